#include <digit_tutor/engine/drawing_recogniser.hpp>

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/mirror_writing.hpp>
#include <digit_tutor/engine/normalisation.hpp>
#include <digit_tutor/engine/pen_path_features.hpp>
#include <digit_tutor/engine/view_combination.hpp>

#include <algorithm>
#include <array>
#include <vector>
#include <cmath>
#include <limits>

namespace dt {
namespace {

constexpr std::uint8_t kHalfInk = 128;
constexpr double kLongStroke = 0.25; // of the drawing's longest side
constexpr double kDot = 0.1;

// With drawing views, the doodles learnt refuse what the path and stroke limits did (they
// added 0.4% of doodles refused and none of the generated hash signs), and a child who goes
// over a digit a second time doubles both: the limits then leave room for a digit traced
// twice (at the single limits they refused a quarter of such digits).
const ScribbleLimits kTracedTwice = [] {
    ScribbleLimits limits;
    limits.maxPathRatio *= 2.0;
    limits.maxLongStrokes *= 2;
    return limits;
}();

// A reversal needs the flipped drawing to be read as a sure digit, and to explain the ink
// far better than the drawing as written: a well-formed 2 flipped is a poor 5-like shape,
// and must never be called a reversed 5. With the asked digit the question is narrower
// and the flipped drawing may be less sure.
constexpr double kSureMirror = 0.95;
constexpr double kSureAskedMirror = 0.8;
constexpr double kMirrorMarginNats = 10.0;
constexpr double kAskedMirrorMarginNats = 6.0;
// A drawing read as written with this posterior and typicality is simply that digit.
constexpr double kClearAsWritten = 0.9;
constexpr double kUsualAsWritten = 0.05;

Verdict readAsWritten(const DigitModel& model, const Drawing& drawing, const NormalisedDigit& normalised)
{
    if (normalised.empty)
        return Verdict{};
    const std::vector<double> f = digitFeatures(model.features, normalised.image);
    Verdict v = model.classifyFeatures(f.data(), InputKind::Drawing);
    if (model.drawingViews) {
        std::array<double, kPenPathFeatures> path{};
        penPathFeatures(drawing, path.data());
        v = combineViews(model, f.data(), path.data(), v);
    }
    if (!v.isDigit)
        return v;
    v.refusal = shapeRefusal(measureShape(drawing, normalised.image), model.drawingViews ? kTracedTwice : ScribbleLimits{});
    v.isDigit = v.refusal == Refusal::None;
    return v;
}

bool clearlyReadAs(const Verdict& v, int digit)
{
    return v.isDigit && v.digit == digit && v.probabilities[std::size_t(digit)] >= kClearAsWritten &&
           v.typicality >= kUsualAsWritten;
}

// The digit the drawing is a mirror image of, or -1. The flipped drawing is only read when
// the drawing as written leaves room for it, so a clear digit costs nothing more.
int reversalOf(const DigitModel& model, const Drawing& drawing, const Verdict& asWritten, int asked)
{
    // Read as the asked digit, it cannot be that digit reversed (the rule below would say
    // so after reading the flipped drawing): the question does not arise.
    if (asked >= 0 && (!hasDistinctMirrorImage(asked) || (asWritten.isDigit && asWritten.digit == asked)))
        return -1;
    if (asked < 0 && clearlyReadAs(asWritten, asWritten.digit))
        return -1;
    const Drawing flipped = mirroredDrawing(drawing);
    const Verdict m = readAsWritten(model, flipped, normaliseDrawing(model, flipped));
    if (!m.isDigit || !hasDistinctMirrorImage(m.digit) || (asked >= 0 && m.digit != asked))
        return -1;
    if (asWritten.isDigit && asWritten.digit == m.digit)
        return -1; // the same digit either way round: a symmetric-looking form, not a reversal
    // A drawing refused as written that is taken for a digit once turned round (the asked
    // one, when asked) is that digit facing the other way: refusing it would tell a child who
    // wrote a digit backwards that it is no digit at all. bench/drawn_digits: no mirrored
    // digit whose original is read right is refused now (19 of 5148 were in free drawing),
    // at 0.13 points of doodles refused and no more real digits called reversed.
    if (!asWritten.isDigit)
        return m.digit;
    const std::size_t d = std::size_t(m.digit);
    const double sure = asked >= 0 ? kSureAskedMirror : kSureMirror;
    const double margin = asked >= 0 ? kAskedMirrorMarginNats : kMirrorMarginNats;
    // With drawing views the digit score says how much more digit-like the flipped drawing
    // is; without them the likelihood does.
    const double gain = model.drawingViews ? m.digitScore - asWritten.digitScore : m.logLikelihood - asWritten.logLikelihood;
    if (m.probabilities[d] < sure || gain < margin)
        return -1;
    return m.digit;
}

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

Verdict recogniseDrawing(const DigitModel& model, const Drawing& drawing, int askedDigit)
{
    return recogniseNormalised(model, drawing, normaliseDrawing(model, drawing), askedDigit);
}

Verdict recogniseAsWritten(const DigitModel& model, const Drawing& drawing, const NormalisedDigit& normalised)
{
    return readAsWritten(model, drawing, normalised);
}

Verdict recogniseNormalised(const DigitModel& model, const Drawing& drawing, const NormalisedDigit& normalised,
                            int askedDigit)
{
    Verdict v = readAsWritten(model, drawing, normalised);
    if (v.empty)
        return v;
    v.reversedDigit = reversalOf(model, drawing, v, askedDigit >= 0 && askedDigit < kDigitClasses ? askedDigit : -1);
    return v;
}

} // namespace dt
