#include <digit_tutor/engine/normalisation.hpp>

#include <digit_tutor/engine/error.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dt {
namespace {

constexpr double kMaxShear = 1.0;
constexpr double kAlreadyCentred = 1.0; // pixels

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
    if (input.width == kDigitSide && input.height == kDigitSide && longest == kDigitBox) {
        // Already in MNIST's geometry (MNIST's own centres of mass spread about 0.3 px):
        // shifting it by a rounding pixel would only make it differ from the data the
        // model was trained on. This also makes normalisation idempotent.
        const Point2 c = centreOfMass(input);
        if (std::abs(c.x - kCentreOfMass) <= kAlreadyCentred && std::abs(c.y - kCentreOfMass) <= kAlreadyCentred) {
            out.image = input;
            out.empty = false;
            if (options.deskew) {
                out.fromInput = deskewShear(out.image);
                out.image = shearImage(out.image, out.fromInput);
            }
            return out;
        }
    }
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
    // An integer shift keeps the strokes as sharp as MNIST's and leaves the centre of mass
    // at most half a pixel off. As in MNIST, a digit whose mass sits far from its box's
    // middle may lose a sliver of ink at the frame rather than be off-centre.
    const int ox = int(std::lround(kCentreOfMass - cx));
    const int oy = int(std::lround(kCentreOfMass - cy));
    const cv::Rect frame(0, 0, kDigitSide, kDigitSide);
    const cv::Rect placed = cv::Rect(ox, oy, w, h) & frame;
    if (placed.area() == 0)
        return out;
    cv::Mat dst = wrap(out.image);
    scaled(cv::Rect(placed.x - ox, placed.y - oy, placed.width, placed.height)).copyTo(dst(placed));
    out.empty = false;
    // cv::resize maps pixel centres: (x + 0.5) * w / box.width - 0.5, and likewise in y.
    const double sx = double(w) / box.width, sy = double(h) / box.height;
    out.fromInput = {sx, 0.0, (0.5 - box.x) * sx - 0.5 + ox, 0.0, sy, (0.5 - box.y) * sy - 0.5 + oy};
    if (options.deskew) {
        // One set of moments for both the picture and the map of where its points went.
        const Affine2 shear = deskewShear(out.image);
        out.fromInput = shear.after(out.fromInput);
        out.image = shearImage(out.image, shear);
    }
    return out;
}

Affine2 deskewShear(const GreyImage& image)
{
    checkBuffer(image);
    const cv::Moments m = cv::moments(wrap(image), false);
    if (m.m00 <= 0.0 || std::abs(m.mu02) < 1e-2)
        return {};
    const double skew = std::clamp(m.mu11 / m.mu02, -kMaxShear, kMaxShear);
    const double cy = m.m01 / m.m00;
    // deskewDigit samples the source at (x + skew * (y - cy), y), so a source point moves by
    // -skew * (y - cy).
    return {1.0, -skew, skew * cy, 0.0, 1.0, 0.0};
}

GreyImage shearImage(const GreyImage& image, const Affine2& shear)
{
    checkBuffer(image);
    if (!(shear.a == 1.0 && shear.d == 0.0 && shear.e == 1.0 && shear.f == 0.0) || !std::isfinite(shear.b) ||
        !std::isfinite(shear.c))
        throw FormatError("Only a finite horizontal shear (x' = x + b y + c, y' = y) can be applied to an image.");
    if (shear.b == 0.0 && shear.c == 0.0)
        return image;
    if (std::abs(shear.b) * image.height + std::abs(shear.c) > double(image.width) + 1e6)
        return GreyImage(image.width, image.height); // every pixel leaves the image (and no fixed point overflows)
    // Why not cv::warpAffine, which models were trained with: on a 28 x 28 picture its
    // set-up costs several times the work (0.5 s of every training run's 70 000 deskews).
    // Its arithmetic is kept: the source column x - b y - c in fixed point with 10
    // fractional bits, rounded to 5 (kFractionBits), and 15-bit weights. As the map moves a
    // whole row by one amount, each row is one shift and one pair of weights.
    constexpr int kMapBits = 10;
    constexpr int kFractionBits = 5;
    constexpr int kWeightBits = 15;
    GreyImage out(image.width, image.height);
    const int w = image.width;
    for (int y = 0; y < image.height; ++y) {
        const long mapped = std::lrint((-shear.b * y - shear.c) * double(1 << kMapBits)) +
                            (1 << (kMapBits - kFractionBits - 1));
        const long source = mapped >> (kMapBits - kFractionBits); // arithmetic: floors negatives
        const long shift = source >> kFractionBits;
        const int right = int(source & ((1 << kFractionBits) - 1)) << (kWeightBits - kFractionBits);
        const int left = (1 << kWeightBits) - right;
        const std::uint8_t* in = image.pixels.data() + std::size_t(y) * std::size_t(w);
        std::uint8_t* row = out.pixels.data() + std::size_t(y) * std::size_t(w);
        auto pixel = [&](long x) { return x >= 0 && x < w ? int(in[x]) : 0; };
        for (int x = 0; x < w; ++x)
            row[x] = std::uint8_t((left * pixel(x + shift) + right * pixel(x + shift + 1) + (1 << (kWeightBits - 1))) >>
                                  kWeightBits);
    }
    return out;
}

GreyImage deskewDigit(const GreyImage& image)
{
    return shearImage(image, deskewShear(image));
}

} // namespace dt
