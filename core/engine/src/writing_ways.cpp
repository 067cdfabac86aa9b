#include <digit_tutor/engine/writing_ways.hpp>

#include <digit_tutor/engine/error.hpp>

#include <cmath>
#include <string>

namespace dt {
namespace {

void checkTrajectory(const Trajectory& t, std::size_t points, const std::string& what)
{
    if (t.points.size() != points)
        throw FormatError(what + " has " + std::to_string(t.points.size()) + " points instead of " +
                          std::to_string(points) + ".");
    int stroke = 0;
    for (const TrajectoryPoint& p : t.points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || std::abs(p.x) > 0.5 + 1e-6 || std::abs(p.y) > 0.5 + 1e-6)
            throw FormatError(what + " has a point outside the normalised box [-0.5, 0.5].");
        if (p.stroke != stroke && p.stroke != stroke + 1)
            throw FormatError(what + " has stroke indices out of order.");
        if (&p == &t.points.front() && p.stroke != 0)
            throw FormatError(what + " does not start with stroke 0.");
        stroke = p.stroke;
    }
    if (stroke + 1 != t.strokeCount)
        throw FormatError(what + " says " + std::to_string(t.strokeCount) + " strokes but its points run over " +
                          std::to_string(stroke + 1) + ".");
}

} // namespace

void WritingWays::validate() const
{
    for (int digit = 0; digit < 10; ++digit) {
        const auto& ways = digits[std::size_t(digit)];
        const std::string name = "digit " + std::to_string(digit);
        if (ways.empty() || int(ways.size()) > kMaxWaysPerDigit)
            throw FormatError(name + " has " + std::to_string(ways.size()) + " ways of writing; 1 to " +
                              std::to_string(kMaxWaysPerDigit) + " are allowed.");
        for (std::size_t w = 0; w < ways.size(); ++w) {
            const WayOfWriting& way = ways[w];
            const std::string wayName = name + ", way " + std::to_string(w + 1);
            if (way.exemplars.empty() || int(way.exemplars.size()) > kMaxExemplarsPerWay)
                throw FormatError(wayName + " has " + std::to_string(way.exemplars.size()) + " exemplars; 1 to " +
                                  std::to_string(kMaxExemplarsPerWay) + " are allowed.");
            if (way.support.size() != way.exemplars.size())
                throw FormatError(wayName + " has " + std::to_string(way.support.size()) + " supports for " +
                                  std::to_string(way.exemplars.size()) + " exemplars.");
            long long total = 0;
            for (int s : way.support) {
                if (s < 1)
                    throw FormatError(wayName + " has an exemplar that stands for no drawing.");
                total += s;
            }
            if (total != way.memberCount)
                throw FormatError(wayName + " has " + std::to_string(way.memberCount) +
                                  " members but its exemplars stand for " + std::to_string(total) + ".");
            checkTrajectory(way.path, kWayPathPoints, wayName + "'s path");
            for (std::size_t e = 0; e < way.exemplars.size(); ++e)
                checkTrajectory(way.exemplars[e], kTrajectoryPoints, wayName + "'s exemplar " + std::to_string(e + 1));
        }
    }
}

Drawing wayDrawing(const WayOfWriting& way)
{
    Drawing drawing;
    for (const TrajectoryPoint& p : way.path.points) {
        if (p.stroke >= int(drawing.strokes.size()))
            drawing.strokes.emplace_back();
        drawing.strokes.back().push_back({p.x, p.y});
    }
    return drawing;
}

} // namespace dt
