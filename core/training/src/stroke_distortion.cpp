#include <digit_tutor/training/stroke_distortion.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dt {
namespace {

double between(Random& rng, double lo, double hi) { return lo + (hi - lo) * rng.uniform(); }

// A wobble that drifts along the stroke rather than jumping from point to point: noise
// smoothed over a few points, as a hand that shakes slowly draws it.
void shake(Stroke& stroke, double amount, Random& rng)
{
    const std::size_t n = stroke.size();
    std::vector<double> dx(n), dy(n);
    for (std::size_t i = 0; i < n; ++i) {
        dx[i] = rng.normal();
        dy[i] = rng.normal();
    }
    constexpr int kSpan = 2;
    const double norm = amount / std::sqrt(2.0 * kSpan + 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        double sx = 0.0, sy = 0.0;
        for (int k = -kSpan; k <= kSpan; ++k) {
            const std::size_t j = std::size_t(std::clamp<long>(long(i) + k, 0, long(n) - 1));
            sx += dx[j];
            sy += dy[j];
        }
        stroke[i].x += norm * sx;
        stroke[i].y += norm * sy;
    }
}

} // namespace

Drawing distortStrokes(const Drawing& drawing, Random& rng, const StrokeDistortionOptions& o)
{
    Drawing out = drawing;
    const Bounds b = boundsOf(drawing);
    if (b.isEmpty())
        return out;
    const double cx = 0.5 * (b.minX + b.maxX);
    const double cy = 0.5 * (b.minY + b.maxY);
    const double height = std::max(b.height(), 1e-9);

    const double angle = between(rng, -o.maxRotationDegrees, o.maxRotationDegrees) * std::numbers::pi / 180.0;
    const double widthScale = between(rng, o.minWidthScale, o.maxWidthScale);
    const bool stretchHalf = rng.uniform() < o.halfStretchChance;
    const bool bottomHalf = rng.uniform() < 0.5;
    const double stretch = between(rng, 1.0, o.maxHalfStretch);
    const double c = std::cos(angle), s = std::sin(angle);
    for (Stroke& stroke : out.strokes)
        for (StrokePoint& p : stroke) {
            double x = (p.x - cx) * widthScale;
            double y = p.y - cy;
            if (stretchHalf && (bottomHalf ? y > 0.0 : y < 0.0))
                y *= stretch;
            p.x = cx + c * x - s * y;
            p.y = cy + s * x + c * y;
        }
    const double amount = between(rng, o.minShake, o.maxShake) * height;
    for (Stroke& stroke : out.strokes)
        shake(stroke, amount, rng);

    if (rng.uniform() < o.gapChance) {
        // Lift the pen over a twentieth of the longest stroke, somewhere in its middle part.
        auto longest = std::max_element(out.strokes.begin(), out.strokes.end(),
                                        [](const Stroke& x, const Stroke& y) { return x.size() < y.size(); });
        const std::size_t n = longest->size();
        if (n >= 20) {
            const std::size_t gap = std::max<std::size_t>(1, n / 20);
            const std::size_t at = n / 4 + std::size_t(rng.below(n / 2));
            Stroke second(longest->begin() + std::ptrdiff_t(std::min(n - 1, at + gap)), longest->end());
            longest->resize(at);
            out.strokes.insert(longest + 1, std::move(second));
        }
    }
    return out;
}

std::vector<Drawing> distortedCopies(const std::vector<Drawing>& drawings, int copies, Random& rng,
                                     const StrokeDistortionOptions& options)
{
    std::vector<Drawing> out;
    out.reserve(drawings.size() * std::size_t(std::max(0, copies)));
    for (const Drawing& d : drawings)
        for (int copy = 0; copy < copies; ++copy)
            out.push_back(distortStrokes(d, rng, options));
    return out;
}

Drawing inRandomWritingOrder(const Drawing& drawing, Random& rng)
{
    Drawing out = drawing;
    for (std::size_t i = out.strokes.size(); i > 1; --i)
        std::swap(out.strokes[i - 1], out.strokes[std::size_t(rng.below(i))]);
    for (Stroke& stroke : out.strokes)
        if (rng.uniform() < 0.5)
            std::reverse(stroke.begin(), stroke.end());
    return out;
}

} // namespace dt
