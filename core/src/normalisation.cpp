#include <digit_tutor/normalisation.hpp>

#include <digit_tutor/error.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dt {
namespace {

constexpr double kMaxShear = 1.0;

cv::Mat wrap(const GreyImage& image)
{
    // OpenCV does not write through this header; the const_cast only satisfies its API.
    return cv::Mat(image.height, image.width, CV_8UC1, const_cast<std::uint8_t*>(image.pixels.data()));
}

void checkBuffer(const GreyImage& image)
{
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<std::size_t>(image.width) * image.height)
        throw FormatError("Image buffer of " + std::to_string(image.pixels.size()) + " bytes does not match its size " +
                          std::to_string(image.width) + "x" + std::to_string(image.height) + ".");
}

} // namespace

Point2 centreOfMass(const GreyImage& image)
{
    double sum = 0.0, sx = 0.0, sy = 0.0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const double v = image.at(x, y);
            sum += v;
            sx += v * x;
            sy += v * y;
        }
    if (sum <= 0.0)
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return {sx / sum, sy / sum};
}

NormalisedDigit normaliseDigit(const GreyImage& input, const NormaliseOptions& options)
{
    checkBuffer(input);
    NormalisedDigit out;
    out.image = GreyImage(kDigitSide, kDigitSide);

    const cv::Mat src = wrap(input);
    const cv::Rect box = cv::boundingRect(src); // non-zero pixels
    if (box.width == 0 || box.height == 0)
        return out;

    const int longest = std::max(box.width, box.height);
    const double scale = double(kDigitBox) / longest;
    const int w = std::clamp(int(std::lround(box.width * scale)), 1, kDigitBox);
    const int h = std::clamp(int(std::lround(box.height * scale)), 1, kDigitBox);
    cv::Mat scaled;
    if (w == box.width && h == box.height)
        scaled = src(box).clone();
    else
        cv::resize(src(box), scaled, cv::Size(w, h), 0, 0, longest > kDigitBox ? cv::INTER_AREA : cv::INTER_LINEAR);

    const cv::Moments m = cv::moments(scaled, false);
    if (m.m00 <= 0.0)
        return out; // the resize can wipe out a very faint speck
    const double cx = m.m10 / m.m00;
    const double cy = m.m01 / m.m00;
    // An integer shift keeps the strokes as sharp as MNIST's; it may leave the centre of mass
    // up to half a pixel off. Clamping keeps all the ink inside the frame.
    const int ox = std::clamp(int(std::lround(kCentreOfMass - cx)), 0, kDigitSide - w);
    const int oy = std::clamp(int(std::lround(kCentreOfMass - cy)), 0, kDigitSide - h);
    cv::Mat dst = wrap(out.image);
    scaled.copyTo(dst(cv::Rect(ox, oy, w, h)));
    out.empty = false;
    if (options.deskew)
        out.image = deskewDigit(out.image);
    return out;
}

GreyImage deskewDigit(const GreyImage& image)
{
    checkBuffer(image);
    const cv::Mat src = wrap(image);
    const cv::Moments m = cv::moments(src, false);
    if (m.m00 <= 0.0 || std::abs(m.mu02) < 1e-2)
        return image;
    const double skew = std::clamp(m.mu11 / m.mu02, -kMaxShear, kMaxShear);
    const double cy = m.m01 / m.m00;
    // Inverse map: destination (x, y) samples the source at (x + skew * (y - cy), y).
    const cv::Matx23d inverse(1.0, skew, -skew * cy, 0.0, 1.0, 0.0);
    GreyImage out(image.width, image.height);
    cv::Mat dst = wrap(out);
    cv::warpAffine(src, dst, inverse, dst.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, 0);
    return out;
}

} // namespace dt
