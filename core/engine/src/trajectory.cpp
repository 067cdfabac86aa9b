#include <digit_tutor/engine/trajectory.hpp>

#include <digit_tutor/engine/error.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace dt {
namespace {

double segmentLength(const StrokePoint& a, const StrokePoint& b) { return std::hypot(b.x - a.x, b.y - a.y); }

double strokeLength(const Stroke& s)
{
    double length = 0.0;
    for (std::size_t i = 1; i < s.size(); ++i)
        length += segmentLength(s[i - 1], s[i]);
    return length;
}

// `n` points evenly spaced along the stroke, from its first point to its last.
void resampleStroke(const Stroke& s, int n, int index, std::vector<TrajectoryPoint>& out)
{
    const double length = strokeLength(s);
    if (n == 1 || length <= 0.0) {
        // A dot (or a stroke asked for one point): its middle point, repeated n times.
        const StrokePoint& p = s[s.size() / 2];
        for (int i = 0; i < n; ++i)
            out.push_back({p.x, p.y, index});
        return;
    }
    std::size_t seg = 1;
    double before = 0.0; // path length up to s[seg - 1]
    for (int i = 0; i < n; ++i) {
        const double at = length * double(i) / double(n - 1);
        while (seg + 1 < s.size() && before + segmentLength(s[seg - 1], s[seg]) < at) {
            before += segmentLength(s[seg - 1], s[seg]);
            ++seg;
        }
        const double piece = segmentLength(s[seg - 1], s[seg]);
        const double t = piece > 0.0 ? std::clamp((at - before) / piece, 0.0, 1.0) : 0.0;
        out.push_back({s[seg - 1].x + t * (s[seg].x - s[seg - 1].x), s[seg - 1].y + t * (s[seg].y - s[seg - 1].y),
                       index});
    }
}

// The sum of the strokes' lengths and the box's sides: whether any of them overflows.
double totalLength(const Drawing& drawing)
{
    double total = 0.0;
    for (const Stroke& s : drawing.strokes)
        total += strokeLength(s);
    const Bounds b = boundsOf(drawing);
    return total + b.width() + b.height() + std::abs(b.minX + b.maxX) + std::abs(b.minY + b.maxY);
}

} // namespace

Trajectory resampleTrajectory(const Drawing& original, int count)
{
    // Coordinates near the limits of a double (a hostile file: 1e308 and -1e308) make the
    // lengths and the box infinite, and the shares below undefined. The result is
    // normalised, so the same drawing scaled by a power of two, which is exact, gives the
    // same trajectory: such a drawing is scaled down until its lengths are finite.
    const Drawing* use = &original;
    Drawing scaled;
    if (!std::isfinite(totalLength(original))) {
        scaled = original;
        for (int halvings = 0; !std::isfinite(totalLength(scaled)); halvings += 64) {
            if (halvings > 2048) // only a point at infinity stays infinite: parseDrawing lets none through
                throw FormatError("A trajectory needs finite coordinates; this drawing has a point at infinity.");
            for (Stroke& s : scaled.strokes)
                for (StrokePoint& p : s) {
                    p.x = std::ldexp(p.x, -64);
                    p.y = std::ldexp(p.y, -64);
                }
        }
        use = &scaled;
    }
    const Drawing& drawing = *use;
    const int strokes = int(drawing.strokes.size());
    if (strokes == 0)
        throw FormatError("A trajectory needs a drawing with at least one stroke; this one is empty.");
    if (count < 2 || count < strokes)
        throw FormatError("A trajectory of " + std::to_string(count) + " points cannot hold a drawing of " +
                          std::to_string(strokes) + " strokes; ask for at least " + std::to_string(std::max(2, strokes)) +
                          ".");
    // Points per stroke in proportion to length, at least one each (largest remainders).
    std::vector<double> lengths;
    double total = 0.0;
    for (const Stroke& s : drawing.strokes) {
        lengths.push_back(strokeLength(s));
        total += lengths.back();
    }
    std::vector<int> share(static_cast<std::size_t>(strokes), 1);
    int left = count - strokes;
    if (total > 0.0) {
        std::vector<std::pair<double, int>> remainders;
        for (int i = 0; i < strokes; ++i) {
            const double exact = double(count - strokes) * lengths[std::size_t(i)] / total;
            share[std::size_t(i)] += int(std::floor(exact));
            left -= int(std::floor(exact));
            remainders.push_back({exact - std::floor(exact), i});
        }
        std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (int i = 0; i < left; ++i)
            ++share[std::size_t(remainders[std::size_t(i) % remainders.size()].second)];
    } else {
        share[0] += left; // only dots: the first takes the rest
    }

    Trajectory t;
    t.strokeCount = strokes;
    t.points.reserve(std::size_t(count));
    for (int i = 0; i < strokes; ++i)
        resampleStroke(drawing.strokes[std::size_t(i)], share[std::size_t(i)], i, t.points);

    const Bounds b = boundsOf(drawing);
    const double side = std::max({b.width(), b.height(), 1e-9});
    const double cx = (b.minX + b.maxX) / 2.0;
    const double cy = (b.minY + b.maxY) / 2.0;
    for (TrajectoryPoint& p : t.points) {
        p.x = (p.x - cx) / side;
        p.y = (p.y - cy) / side;
    }
    return t;
}

double trajectoryDistance(const Trajectory& a, const Trajectory& b, double band)
{
    if (a.points.empty() || b.points.empty())
        throw FormatError("Cannot compare an empty trajectory.");
    if (!(band > 0.0 && band <= 1.0))
        throw FormatError("The warping band must be in (0, 1], got " + std::to_string(band) + ".");
    const int n = int(a.points.size());
    const int m = int(b.points.size());
    const int width = std::max(std::abs(n - m), int(std::ceil(band * std::max(n, m))));
    const double inf = std::numeric_limits<double>::infinity();
    // cost[i][j]: least summed distance aligning a[0..i] with b[0..j]; steps[i][j]: the
    // alignment's length, so that the result is a mean over aligned pairs.
    std::vector<double> cost(std::size_t(n) * m, inf);
    std::vector<int> steps(std::size_t(n) * m, 0);
    auto at = [m](int i, int j) { return std::size_t(i) * std::size_t(m) + std::size_t(j); };
    for (int i = 0; i < n; ++i) {
        const int centre = int(std::lround(double(i) * (m - 1) / std::max(1, n - 1)));
        for (int j = std::max(0, centre - width); j <= std::min(m - 1, centre + width); ++j) {
            // sqrt rather than hypot: the coordinates are normalised, so nothing can overflow,
            // and this is the innermost loop of every formation check.
            const double dx = a.points[std::size_t(i)].x - b.points[std::size_t(j)].x;
            const double dy = a.points[std::size_t(i)].y - b.points[std::size_t(j)].y;
            const double d = std::sqrt(dx * dx + dy * dy);
            if (i == 0 && j == 0) {
                cost[at(0, 0)] = d;
                steps[at(0, 0)] = 1;
                continue;
            }
            double best = inf;
            int len = 0;
            auto consider = [&](int pi, int pj) {
                if (pi >= 0 && pj >= 0 && cost[at(pi, pj)] < best) {
                    best = cost[at(pi, pj)];
                    len = steps[at(pi, pj)];
                }
            };
            consider(i - 1, j - 1);
            consider(i - 1, j);
            consider(i, j - 1);
            if (best < inf) {
                cost[at(i, j)] = best + d;
                steps[at(i, j)] = len + 1;
            }
        }
    }
    const double total = cost[at(n - 1, m - 1)];
    return std::isfinite(total) ? total / double(steps[at(n - 1, m - 1)]) : inf;
}

Drawing withReversedStrokes(const Drawing& drawing)
{
    Drawing out = drawing;
    for (Stroke& s : out.strokes)
        std::reverse(s.begin(), s.end());
    return out;
}

} // namespace dt
