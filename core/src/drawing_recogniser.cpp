#include <digit_tutor/drawing_recogniser.hpp>

#include <digit_tutor/hog.hpp>
#include <digit_tutor/normalisation.hpp>
#include <digit_tutor/stroke_renderer.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dt {
namespace {

constexpr std::uint8_t kHalfInk = 128;
constexpr double kLongStroke = 0.25; // of the drawing's longest side
constexpr double kDot = 0.1;

} // namespace

DrawingShape measureShape(const Drawing& drawing, const GreyImage& normalised)
{
    DrawingShape shape;
    double x0 = std::numeric_limits<double>::infinity(), y0 = x0, x1 = -x0, y1 = -x0, length = 0.0;
    for (const Stroke& stroke : drawing.strokes)
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            x0 = std::min(x0, stroke[i].x);
            x1 = std::max(x1, stroke[i].x);
            y0 = std::min(y0, stroke[i].y);
            y1 = std::max(y1, stroke[i].y);
            if (i > 0)
                length += std::hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
        }
    const double side = std::max(x1 - x0, y1 - y0);
    shape.pathRatio = side > 0.0 && std::isfinite(length) ? length / side : 0.0;
    shape.widthRatio = y1 > y0 ? (x1 - x0) / (y1 - y0) : (x1 > x0 ? std::numeric_limits<double>::infinity() : 1.0);
    for (const Stroke& stroke : drawing.strokes) {
        double sx0 = stroke.front().x, sx1 = sx0, sy0 = stroke.front().y, sy1 = sy0;
        for (const StrokePoint& p : stroke) {
            sx0 = std::min(sx0, p.x);
            sx1 = std::max(sx1, p.x);
            sy0 = std::min(sy0, p.y);
            sy1 = std::max(sy1, p.y);
        }
        const double extent = std::max(sx1 - sx0, sy1 - sy0);
        if (side > 0.0 && extent >= kLongStroke * side)
            ++shape.longStrokes;
        else if (side > 0.0 && extent < kDot * side)
            ++shape.dots;
    }
    const auto inked = std::count_if(normalised.pixels.begin(), normalised.pixels.end(),
                                     [](std::uint8_t v) { return v >= kHalfInk; });
    shape.inkCoverage = double(inked) / double(kDigitBox * kDigitBox);
    return shape;
}

Verdict recogniseDrawing(const DigitModel& model, const Drawing& drawing, const ScribbleLimits& limits)
{
    const NormalisedDigit digit = normaliseDigit(renderDrawing(drawing), model.features.normalise);
    if (digit.empty)
        return Verdict{};
    const HogExtractor hog(model.features.hog);
    std::vector<double> f(static_cast<std::size_t>(hog.featureCount()));
    hog.compute(digit.image.pixels.data(), f.data());
    Verdict v = model.classifyFeatures(f.data());
    const DrawingShape shape = measureShape(drawing, digit.image);
    if (!v.isDigit)
        return v;
    if (shape.pathRatio > limits.maxPathRatio)
        v.refusal = Refusal::PathTooLong;
    else if (shape.inkCoverage > limits.maxInkCoverage)
        v.refusal = Refusal::TooMuchInk;
    else if (shape.longStrokes > limits.maxLongStrokes || shape.dots > limits.maxDots)
        v.refusal = Refusal::TooManyStrokes;
    else if (shape.widthRatio > limits.maxWidthRatio)
        v.refusal = Refusal::TooWide;
    v.isDigit = v.refusal == Refusal::None;
    return v;
}

} // namespace dt
