#include <digit_tutor/engine/demonstration.hpp>

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/stroke_renderer.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace dt {

Drawing drawingInGuideFrame(const DigitModel& model, const Drawing& drawing)
{
    if (boundsOf(drawing).isEmpty())
        return drawing;
    const RenderPlacement place = renderPlacement(drawing);
    const NormalisedDigit normalised = normaliseDrawing(model, drawing);
    Drawing out = drawing;
    out.canvasWidth = kDigitSide;
    out.canvasHeight = kDigitSide;
    for (Stroke& stroke : out.strokes)
        for (StrokePoint& p : stroke) {
            const Point2 rendered{(p.x - place.originX) * place.pixelsPerUnit + place.margin,
                                  (p.y - place.originY) * place.pixelsPerUnit + place.margin};
            const Point2 q = normalised.fromInput(rendered);
            p.x = q.x;
            p.y = q.y;
        }
    return out;
}

int wayClosestToGuide(const DigitModel& model, const WritingWays& ways, int digit, const std::vector<float>& guide)
{
    if (digit < 0 || digit > 9)
        throw std::out_of_range("wayClosestToGuide: digit " + std::to_string(digit) + " is not 0-9");
    if (guide.size() != std::size_t(kDigitPixels))
        throw std::invalid_argument("wayClosestToGuide: a guide has " + std::to_string(kDigitPixels) + " pixels, not " +
                                    std::to_string(guide.size()));
    const auto& digitWays = ways.digits[std::size_t(digit)];
    int best = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (std::size_t w = 0; w < digitWays.size(); ++w) {
        const NormalisedDigit image = normaliseDrawing(model, wayDrawing(digitWays[w]));
        double distance = 0.0;
        for (int i = 0; i < kDigitPixels; ++i) {
            const double diff = double(image.image.pixels[std::size_t(i)]) - guide[std::size_t(i)];
            distance += diff * diff;
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(w);
        }
    }
    return best;
}

Drawing demonstrationPath(const DigitModel& model, const WayOfWriting& way)
{
    return drawingInGuideFrame(model, wayDrawing(way));
}

Drawing withSteadyPace(const Drawing& drawing, double speed, double liftMs)
{
    if (!(speed > 0.0) || !std::isfinite(speed) || !(liftMs >= 0.0) || !std::isfinite(liftMs))
        throw std::invalid_argument("withSteadyPace: the speed must be positive and the lift time non-negative");
    Drawing out = drawing;
    double t = 0.0;
    for (std::size_t s = 0; s < out.strokes.size(); ++s) {
        Stroke& stroke = out.strokes[s];
        if (s > 0)
            t += liftMs;
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            if (i > 0)
                t += 1000.0 * std::hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y) / speed;
            stroke[i].t = t;
        }
    }
    return out;
}

} // namespace dt
