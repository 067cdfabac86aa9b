#include <digit_tutor/engine/formation_check.hpp>

#include <digit_tutor/engine/error.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace dt {
namespace {

constexpr int kFullSearchStrokes = 3;  // up to 3! orders x 2^3 directions = 48 arrangements
constexpr double kClosedGap = 0.2;     // ends this close (share of the digit's size) make a loop
constexpr int kLoopStarts = 16;        // places on a loop tried as its start
constexpr double kArrowShare = 0.15;   // the arrow points this share along the first stroke

// One way of re-drawing the child's strokes.
struct Arrangement {
    std::vector<int> order;     // stroke drawn 1st, 2nd, ...
    std::vector<bool> reversed; // per original stroke
    int loopStroke = -1;        // original stroke started elsewhere on its loop, or -1
    int loopStart = 0;          // index of its point that starts it
};

Drawing arranged(const Drawing& drawing, const Arrangement& a)
{
    Drawing out;
    for (int index : a.order) {
        Stroke s = drawing.strokes[std::size_t(index)];
        if (index == a.loopStroke && a.loopStart > 0) {
            // The loop's last point meets its first, so it is left out of the rotation.
            Stroke rotated(s.begin() + a.loopStart, s.end() - 1);
            rotated.insert(rotated.end(), s.begin(), s.begin() + a.loopStart + 1);
            s = std::move(rotated);
        }
        if (a.reversed[std::size_t(index)])
            std::reverse(s.begin(), s.end());
        out.strokes.push_back(std::move(s));
    }
    return out;
}

bool isLoop(const Stroke& s, double size)
{
    if (s.size() < 6 || !(size > 0.0))
        return false;
    return std::hypot(s.front().x - s.back().x, s.front().y - s.back().y) <= kClosedGap * size;
}

std::vector<Arrangement> arrangementsOf(const Drawing& drawing)
{
    const int n = int(drawing.strokes.size());
    std::vector<Arrangement> out;
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    if (n <= kFullSearchStrokes) {
        do {
            for (int mask = 0; mask < (1 << n); ++mask) {
                Arrangement a{order, std::vector<bool>(std::size_t(n))};
                for (int s = 0; s < n; ++s)
                    a.reversed[std::size_t(s)] = (mask >> s) & 1;
                out.push_back(std::move(a));
            }
        } while (std::next_permutation(order.begin(), order.end()));
    } else {
        out.push_back({order, std::vector<bool>(std::size_t(n), false)});
        out.push_back({order, std::vector<bool>(std::size_t(n), true)});
        for (int s = 0; s < n; ++s) {
            Arrangement a{order, std::vector<bool>(std::size_t(n), false)};
            a.reversed[std::size_t(s)] = true;
            out.push_back(std::move(a));
        }
    }
    // Loops started elsewhere, in the order drawn, each way round.
    const Bounds b = boundsOf(drawing);
    const double size = std::max(b.width(), b.height());
    std::iota(order.begin(), order.end(), 0);
    for (int s = 0; s < n; ++s) {
        const Stroke& stroke = drawing.strokes[std::size_t(s)];
        if (!isLoop(stroke, size))
            continue;
        const int points = int(stroke.size()) - 1;
        for (int k = 1; k < kLoopStarts; ++k)
            for (bool backwards : {false, true}) {
                Arrangement a{order, std::vector<bool>(std::size_t(n), false), s, k * points / kLoopStarts};
                a.reversed[std::size_t(s)] = backwards;
                if (a.loopStart > 0)
                    out.push_back(std::move(a));
            }
    }
    return out; // the first is always the drawing as drawn
}

// How well a trajectory fits the digit's usual writing: the nearest exemplar, and a kernel
// density over all exemplars weighted by the drawings they stand for, so that a rare
// variant counts for less than a common one at the same distance.
struct Fit {
    double distance = std::numeric_limits<double>::infinity();
    int way = 0;
    double logDensity = -std::numeric_limits<double>::infinity();
};

Fit fitOf(const std::vector<WayOfWriting>& ways, const Trajectory& t, double bandwidth)
{
    Fit fit;
    std::vector<double> terms;
    double members = 0.0;
    for (std::size_t w = 0; w < ways.size(); ++w) {
        members += ways[w].memberCount;
        for (std::size_t e = 0; e < ways[w].exemplars.size(); ++e) {
            const double d = trajectoryDistance(t, ways[w].exemplars[e]);
            if (d < fit.distance) {
                fit.distance = d;
                fit.way = int(w);
            }
            terms.push_back(std::log(double(ways[w].support[e])) - d / bandwidth);
        }
    }
    // log-sum-exp: the terms differ by hundreds when distances differ by a few bandwidths.
    const double top = *std::max_element(terms.begin(), terms.end());
    double sum = 0.0;
    for (double v : terms)
        sum += std::exp(v - top);
    fit.logDensity = top + std::log(sum) - std::log(members);
    return fit;
}

// The point `share` of the way along the stroke's length.
StrokePoint alongStroke(const Stroke& s, double share)
{
    double total = 0.0;
    for (std::size_t i = 1; i < s.size(); ++i)
        total += std::hypot(s[i].x - s[i - 1].x, s[i].y - s[i - 1].y);
    double left = share * total;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const double piece = std::hypot(s[i].x - s[i - 1].x, s[i].y - s[i - 1].y);
        if (piece >= left && piece > 0.0) {
            const double t = left / piece;
            return {s[i - 1].x + t * (s[i].x - s[i - 1].x), s[i - 1].y + t * (s[i].y - s[i - 1].y)};
        }
        left -= piece;
    }
    return s.back();
}

FormationProblem problemOf(const Arrangement& a)
{
    for (std::size_t i = 0; i < a.order.size(); ++i)
        if (a.order[i] != int(i))
            return FormationProblem::Order;
    if (a.loopStroke >= 0)
        return FormationProblem::Start;
    return FormationProblem::Direction;
}

} // namespace

const char* formationProblemName(FormationProblem problem)
{
    switch (problem) {
    case FormationProblem::None: return "none";
    case FormationProblem::Start: return "start";
    case FormationProblem::Direction: return "direction";
    case FormationProblem::Order: return "order";
    }
    return "none";
}

FormationCheck checkFormation(const WritingWays& ways, int digit, const Drawing& drawing,
                              const FormationSettings& settings)
{
    if (digit < 0 || digit > 9)
        throw std::out_of_range("checkFormation: digit " + std::to_string(digit) + " is not 0-9");
    if (drawing.isEmpty())
        throw FormatError("There is no drawing to check.");
    if (int(drawing.strokes.size()) > kTrajectoryPoints)
        throw FormatError("A drawing of " + std::to_string(drawing.strokes.size()) +
                          " strokes is too many to check; at most " + std::to_string(kTrajectoryPoints) + ".");
    const std::vector<WayOfWriting>& digitWays = ways.digits[std::size_t(digit)];

    const std::vector<Arrangement> arrangements = arrangementsOf(drawing);
    if (!(settings.bandwidth > 0.0) || !std::isfinite(settings.minLogRatio))
        throw FormatError("The formation check needs a positive bandwidth and a finite threshold.");
    const Fit asDrawn = fitOf(digitWays, resampleTrajectory(drawing), settings.bandwidth);
    Fit best = asDrawn;
    std::size_t bestIndex = 0;
    for (std::size_t i = 1; i < arrangements.size(); ++i) {
        const Fit f = fitOf(digitWays, resampleTrajectory(arranged(drawing, arrangements[i])), settings.bandwidth);
        if (f.logDensity > best.logDensity) {
            best = f;
            bestIndex = i;
        }
    }

    FormationCheck check;
    check.distance = asDrawn.distance;
    check.rearranged = best.distance;
    check.logRatio = best.logDensity - asDrawn.logDensity;
    check.score = std::exp(-check.logRatio);
    check.usual = check.logRatio < settings.minLogRatio;
    const Arrangement& shown = arrangements[check.usual ? 0 : bestIndex];
    check.problem = check.usual ? FormationProblem::None : problemOf(shown);
    check.way = check.usual ? asDrawn.way : best.way;
    const Drawing first = arranged(drawing, shown);
    check.start = first.strokes.front().front();
    check.towards = alongStroke(first.strokes.front(), kArrowShare);
    return check;
}

} // namespace dt
