#include <digit_tutor/engine/drawing_recogniser.hpp>

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/normalisation.hpp>

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
    const Bounds bounds = boundsOf(drawing);
    double length = 0.0;
    for (const Stroke& stroke : drawing.strokes)
        for (std::size_t i = 1; i < stroke.size(); ++i)
            length += std::hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
    const double side = std::max(bounds.width(), bounds.height());
    shape.pathRatio = side > 0.0 && std::isfinite(length) ? length / side : 0.0;
    shape.widthRatio = bounds.height() > 0.0 ? bounds.width() / bounds.height()
                                             : (bounds.width() > 0.0 ? std::numeric_limits<double>::infinity() : 1.0);
    for (const Stroke& stroke : drawing.strokes) {
        const Bounds b = boundsOf(stroke);
        const double extent = std::max(b.width(), b.height());
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

Refusal shapeRefusal(const DrawingShape& shape, const ScribbleLimits& limits)
{
    if (shape.pathRatio > limits.maxPathRatio)
        return Refusal::PathTooLong;
    if (shape.inkCoverage > limits.maxInkCoverage)
        return Refusal::TooMuchInk;
    if (shape.longStrokes > limits.maxLongStrokes || shape.dots > limits.maxDots)
        return Refusal::TooManyStrokes;
    if (shape.widthRatio > limits.maxWidthRatio)
        return Refusal::TooWide;
    return Refusal::None;
}

Verdict recogniseDrawing(const DigitModel& model, const Drawing& drawing, const ScribbleLimits& limits)
{
    return recogniseNormalised(model, drawing, normaliseDrawing(model, drawing), limits);
}

Verdict recogniseNormalised(const DigitModel& model, const Drawing& drawing, const NormalisedDigit& normalised,
                            const ScribbleLimits& limits)
{
    Verdict v = model.classifyNormalised(normalised, InputKind::Drawing);
    if (!v.isDigit)
        return v;
    v.refusal = shapeRefusal(measureShape(drawing, normalised.image), limits);
    v.isDigit = v.refusal == Refusal::None;
    return v;
}

} // namespace dt
