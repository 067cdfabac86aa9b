#include <digit_tutor/training/augmentation.hpp>

#include <digit_tutor/engine/parallel.hpp>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

namespace dt {

GreyImage distortDigit(const GreyImage& image, Random& rng, const DistortionOptions& o)
{
    auto symmetric = [&rng](double limit) { return (2.0 * rng.uniform() - 1.0) * limit; };
    const double angle = symmetric(o.maxRotationDegrees) * std::numbers::pi / 180.0;
    const double sx = 1.0 + symmetric(o.maxScale);
    const double sy = 1.0 + symmetric(o.maxScale);
    const double shear = symmetric(o.maxShear);
    const double thickness = rng.uniform();

    // A = R * Shear * Scale about the image centre; the digit may leave a 28x28 frame a
    // little, so it is drawn into a padded frame and normalisation crops it back.
    const double c = std::cos(angle), s = std::sin(angle);
    const cv::Matx22d a = cv::Matx22d(c, -s, s, c) * cv::Matx22d(1.0, shear, 0.0, 1.0) * cv::Matx22d(sx, 0.0, 0.0, sy);
    const int pad = std::max(image.width, image.height) / 4;
    const cv::Size outSize(image.width + 2 * pad, image.height + 2 * pad);
    const cv::Point2d centreIn(image.width / 2.0, image.height / 2.0);
    const cv::Point2d centreOut(outSize.width / 2.0, outSize.height / 2.0);
    const cv::Vec2d t = cv::Vec2d(centreOut.x, centreOut.y) - a * cv::Vec2d(centreIn.x, centreIn.y);
    const cv::Matx23d m(a(0, 0), a(0, 1), t[0], a(1, 0), a(1, 1), t[1]);

    const cv::Mat src(image.height, image.width, CV_8UC1, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat big;
    cv::warpAffine(src, big, m, outSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
    if (thickness < o.thicknessChange / 2)
        cv::dilate(big, big, cv::getStructuringElement(cv::MORPH_ELLIPSE, {2, 2}));
    else if (thickness < o.thicknessChange)
        cv::erode(big, big, cv::getStructuringElement(cv::MORPH_ELLIPSE, {2, 2}));

    // Back to the input's size around the ink, so callers keep one image size.
    cv::Mat out = cv::Mat::zeros(image.height, image.width, CV_8UC1);
    const cv::Rect box = cv::boundingRect(big);
    if (box.area() > 0) {
        const double fit = std::min({1.0, double(image.width) / box.width, double(image.height) / box.height});
        cv::Mat ink = big(box);
        if (fit < 1.0)
            cv::resize(ink, ink, cv::Size(std::max(1, int(box.width * fit)), std::max(1, int(box.height * fit))), 0, 0,
                       cv::INTER_AREA);
        ink.copyTo(out(cv::Rect((image.width - ink.cols) / 2, (image.height - ink.rows) / 2, ink.cols, ink.rows)));
    }
    GreyImage result(image.width, image.height);
    std::copy(out.datastart, out.dataend, result.pixels.begin());
    return result;
}

std::vector<std::uint8_t> distortImages(const std::uint8_t* images, int count, int width, int height, int copies,
                                        std::uint64_t seed, const DistortionOptions& options, int threads)
{
    const std::size_t bytes = std::size_t(width) * height;
    std::vector<std::uint8_t> out(bytes * std::size_t(count) * std::size_t(copies));
    parallelFor(count, threads, [&](int i) {
        // One generator per image: the result does not depend on how threads share the work.
        Random rng(seed ^ (0x9E3779B97F4A7C15ull * std::uint64_t(i + 1)));
        GreyImage img(width, height);
        std::copy(images + bytes * std::size_t(i), images + bytes * std::size_t(i + 1), img.pixels.begin());
        for (int c = 0; c < copies; ++c) {
            const GreyImage d = distortDigit(img, rng, options);
            std::copy(d.pixels.begin(), d.pixels.end(), out.begin() + std::ptrdiff_t(bytes * (std::size_t(i) * copies + c)));
        }
    });
    return out;
}

} // namespace dt
