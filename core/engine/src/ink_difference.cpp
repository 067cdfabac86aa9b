#include <digit_tutor/engine/ink_difference.hpp>

#include <digit_tutor/engine/error.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace dt {
namespace {

constexpr int kMaxTolerance = 3;

using InkMap = std::array<double, kDigitPixels>; // row-major, 0 (paper) .. 1 (full ink)

void checkDigitImage(const GreyImage& image, const char* what)
{
    if (image.width != kDigitSide || image.height != kDigitSide ||
        image.pixels.size() != static_cast<std::size_t>(kDigitPixels))
        throw FormatError(std::string("The ") + what + " to compare must be a 28x28 image, but got " +
                          std::to_string(image.width) + "x" + std::to_string(image.height) + " with " +
                          std::to_string(image.pixels.size()) + " bytes.");
}

void checkOptions(const InkDifferenceOptions& o)
{
    if (!(o.inkFloor >= 0.0 && o.inkFloor < 1.0))
        throw FormatError("The ink floor must be in [0, 1), but got " + std::to_string(o.inkFloor) + ".");
    if (!(o.allowedInk > 0.0 && o.allowedInk <= 1.0))
        throw FormatError("The allowed ink must be in (0, 1], but got " + std::to_string(o.allowedInk) + ".");
    if (o.tolerance < 0 || o.tolerance > kMaxTolerance)
        throw FormatError("The tolerance must be 0 to 3 pixels, but got " + std::to_string(o.tolerance) + ".");
    if (!(o.showThreshold >= 0.0 && o.showThreshold < 1.0))
        throw FormatError("The show threshold must be in [0, 1), but got " + std::to_string(o.showThreshold) + ".");
}

// Scaled so that the darkest pixel is 1, with the faint rest below the floor taken as paper:
// a guide is a mean image whose darkest ink is rarely 255, and whose halo is no ink to draw.
InkMap inkOf(const GreyImage& image, double floor)
{
    InkMap ink{};
    const double darkest = *std::max_element(image.pixels.begin(), image.pixels.end());
    if (darkest <= 0.0)
        return ink;
    for (int i = 0; i < kDigitPixels; ++i) {
        const double v = image.pixels[std::size_t(i)] / darkest;
        ink[std::size_t(i)] = std::clamp((v - floor) / (1.0 - floor), 0.0, 1.0);
    }
    return ink;
}

// Where the guide allows ink: fully from `full` of its darkest ink up, in proportion below.
InkMap allowedBy(const GreyImage& guide, double full)
{
    InkMap allowed{};
    const double darkest = *std::max_element(guide.pixels.begin(), guide.pixels.end());
    if (darkest <= 0.0)
        return allowed;
    for (int i = 0; i < kDigitPixels; ++i)
        allowed[std::size_t(i)] = std::min(1.0, guide.pixels[std::size_t(i)] / darkest / full);
    return allowed;
}

// The largest value within `radius` pixels (a square): ink spread so that a near miss counts.
InkMap spread(const InkMap& ink, int radius)
{
    InkMap out{};
    for (int y = 0; y < kDigitSide; ++y)
        for (int x = 0; x < kDigitSide; ++x) {
            double best = 0.0;
            for (int dy = -radius; dy <= radius; ++dy)
                for (int dx = -radius; dx <= radius; ++dx) {
                    const int sx = x + dx, sy = y + dy;
                    if (sx >= 0 && sx < kDigitSide && sy >= 0 && sy < kDigitSide)
                        best = std::max(best, ink[std::size_t(sy * kDigitSide + sx)]);
                }
            out[std::size_t(y * kDigitSide + x)] = best;
        }
    return out;
}

// 3x3 binomial blur (1 2 1 / 2 4 2 / 1 2 1) / 16; outside the image counts as paper.
InkMap blurred(const InkMap& map)
{
    constexpr int kWeights[3] = {1, 2, 1};
    InkMap out{};
    for (int y = 0; y < kDigitSide; ++y)
        for (int x = 0; x < kDigitSide; ++x) {
            double sum = 0.0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int sx = x + dx, sy = y + dy;
                    if (sx >= 0 && sx < kDigitSide && sy >= 0 && sy < kDigitSide)
                        sum += kWeights[dx + 1] * kWeights[dy + 1] * map[std::size_t(sy * kDigitSide + sx)];
                }
            out[std::size_t(y * kDigitSide + x)] = sum / 16.0;
        }
    return out;
}

GreyImage toImage(const InkMap& map, double threshold)
{
    GreyImage image(kDigitSide, kDigitSide);
    for (int i = 0; i < kDigitPixels; ++i) {
        const double v = map[std::size_t(i)];
        image.pixels[std::size_t(i)] = v < threshold ? 0 : std::uint8_t(std::lround(255.0 * std::min(v, 1.0)));
    }
    return image;
}

// What `ink` has that `otherSpread` lacks, per pixel, and its share of all of `ink`.
double differenceOf(const InkMap& ink, const InkMap& otherSpread, InkMap& out)
{
    double total = 0.0, lacking = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = std::max(0.0, ink[i] - otherSpread[i]);
        total += ink[i];
        lacking += out[i];
    }
    return total > 0.0 ? std::clamp(lacking / total, 0.0, 1.0) : 0.0;
}

} // namespace

InkDifference inkDifference(const GreyImage& drawing, const GreyImage& guide, const InkDifferenceOptions& options)
{
    checkDigitImage(drawing, "drawing");
    checkDigitImage(guide, "guide");
    checkOptions(options);

    const InkMap drawn = inkOf(drawing, options.inkFloor);
    const InkMap guided = inkOf(guide, options.inkFloor);
    InkMap missing{}, extra{};
    InkDifference out;
    out.missingShare = differenceOf(guided, spread(drawn, options.tolerance), missing);
    out.extraShare = differenceOf(drawn, spread(allowedBy(guide, options.allowedInk), options.tolerance), extra);
    out.drawingInk = toImage(drawn, 0.0);
    out.guideInk = toImage(guided, 0.0);
    out.missing = toImage(blurred(missing), options.showThreshold);
    out.extra = toImage(blurred(extra), options.showThreshold);
    return out;
}

InkDifference inkDifference(const GreyImage& drawing, const std::vector<float>& guide, const InkDifferenceOptions& options)
{
    if (guide.size() != static_cast<std::size_t>(kDigitPixels))
        throw FormatError("The guide to compare must have 784 values (28x28), but got " + std::to_string(guide.size()) +
                          ".");
    GreyImage image(kDigitSide, kDigitSide);
    for (std::size_t i = 0; i < guide.size(); ++i) {
        const float v = guide[i];
        image.pixels[i] = std::isfinite(v) ? std::uint8_t(std::lround(std::clamp(v, 0.0f, 255.0f))) : 0;
    }
    return inkDifference(drawing, image, options);
}

} // namespace dt
