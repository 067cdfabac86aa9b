#include <digit_tutor/engine/pen_path_features.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace dt {

bool penPathFeatures(const Drawing& drawing, double* out)
{
    const Bounds b = boundsOf(drawing);
    if (b.isEmpty())
        return false;
    const double cx = 0.5 * (b.minX + b.maxX);
    const double cy = 0.5 * (b.minY + b.maxY);
    const double side = std::max(b.width(), b.height());
    const double scale = side > 0.0 && std::isfinite(side) ? 1.0 / side : 1.0;

    // Every pen segment in drawing order, with the path length before it.
    struct Segment {
        const StrokePoint* a;
        const StrokePoint* b;
        double before;
        double length;
    };
    std::vector<Segment> segments;
    double total = 0.0;
    for (const Stroke& s : drawing.strokes)
        for (std::size_t i = 1; i < s.size(); ++i) {
            const double length = std::hypot(s[i].x - s[i - 1].x, s[i].y - s[i - 1].y);
            if (length > 0.0 && std::isfinite(length)) {
                segments.push_back({&s[i - 1], &s[i], total, length});
                total += length;
            }
        }
    if (segments.empty() || !(total > 0.0) || !std::isfinite(total)) {
        // Dots only: every point at the middle of the box, going nowhere.
        for (int i = 0; i < kPenPathPoints; ++i) {
            out[4 * i] = 0.0;
            out[4 * i + 1] = 0.0;
            out[4 * i + 2] = 0.0;
            out[4 * i + 3] = 0.0;
        }
        return true;
    }
    // Position at path length `at`, walking forward from segment `seg`.
    auto positionAt = [&](double at, std::size_t& seg, double& x, double& y) {
        at = std::clamp(at, 0.0, total);
        while (seg + 1 < segments.size() && segments[seg].before + segments[seg].length < at)
            ++seg;
        while (seg > 0 && segments[seg].before > at)
            --seg;
        const Segment& s = segments[seg];
        const double t = std::clamp((at - s.before) / s.length, 0.0, 1.0);
        x = s.a->x + t * (s.b->x - s.a->x);
        y = s.a->y + t * (s.b->y - s.a->y);
    };
    // The direction is the chord over the stretch of path each point stands for, not the
    // last tiny segment: a shaky hand turns every segment, not the way the pen goes.
    const double step = total / double(kPenPathPoints - 1);
    const double half = std::getenv("DT_PATH_HALF") ? std::atof(std::getenv("DT_PATH_HALF")) * step : 0.5 * step;
    std::size_t seg = 0, behind = 0, ahead = 0;
    for (int i = 0; i < kPenPathPoints; ++i) {
        const double at = step * double(i);
        double x = 0.0, y = 0.0, x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;
        positionAt(at, seg, x, y);
        positionAt(at - half, behind, x0, y0);
        positionAt(at + half, ahead, x1, y1);
        const double length = std::hypot(x1 - x0, y1 - y0);
        out[4 * i] = (x - cx) * scale;
        out[4 * i + 1] = (y - cy) * scale;
        out[4 * i + 2] = length > 0.0 ? (x1 - x0) / length : 0.0;
        out[4 * i + 3] = length > 0.0 ? (y1 - y0) / length : 0.0;
    }
    return true;
}

} // namespace dt
