#include <digit_tutor/training/ways_builder.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/k_medoids.hpp>
#include <digit_tutor/engine/parallel.hpp>
#include <digit_tutor/training/random.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace dt {
namespace {

constexpr int kMaxStrokeFamilies = 3; // 1, 2, and 3 or more strokes

// Pairwise distances of the trajectories, row-major n x n.
std::vector<double> distanceMatrix(const std::vector<Trajectory>& t, int threads)
{
    const int n = int(t.size());
    std::vector<double> d(std::size_t(n) * std::size_t(n), 0.0);
    parallelFor(n, threads, [&](int i) {
        for (int j = i + 1; j < n; ++j)
            d[std::size_t(i) * std::size_t(n) + std::size_t(j)] = trajectoryDistance(t[std::size_t(i)], t[std::size_t(j)]);
    });
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < i; ++j)
            d[std::size_t(i) * std::size_t(n) + std::size_t(j)] = d[std::size_t(j) * std::size_t(n) + std::size_t(i)];
    return d;
}

std::vector<double> subMatrix(const std::vector<double>& d, int n, const std::vector<int>& items)
{
    const std::size_t m = items.size();
    std::vector<double> out(m * m);
    for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = 0; b < m; ++b)
            out[a * m + b] = d[std::size_t(items[a]) * std::size_t(n) + std::size_t(items[b])];
    return out;
}

// Clusters without the ones below minShare: their members go to the nearest remaining
// medoids, and every medoid is recomputed for its new members.
Medoids foldSmallWays(const std::vector<double>& d, int n, Medoids m, double minShare)
{
    for (;;) {
        const int k = int(m.centres.size());
        std::vector<int> sizes(std::size_t(k), 0);
        for (int a : m.assignment)
            ++sizes[std::size_t(a)];
        const auto smallest = std::min_element(sizes.begin(), sizes.end());
        if (k == 1 || double(*smallest) >= minShare * n)
            return m;
        m.centres.erase(m.centres.begin() + (smallest - sizes.begin()));
        m = refineMedoids(d, n, m.centres);
    }
}

// The clustering of `items` (indices into the n x n matrix d) with the best silhouette for
// 1..maxWays clusters, clusters under minMembers folded; returns each way's members.
struct Way {
    std::vector<int> members; ///< indices into the n x n matrix, ascending
    int medoid = 0;           ///< one of the members
};

std::vector<Way> waysAmong(const std::vector<double>& d, int n, const std::vector<int>& items, int maxWays,
                           double minSilhouette, int minMembers, std::uint64_t seed)
{
    const int m = int(items.size());
    const std::vector<double> sub = subMatrix(d, n, items);
    Medoids best = kMedoids(sub, m, 1, seed);
    double bestQuality = minSilhouette;
    for (int k = 2; k <= std::min(maxWays, m); ++k) {
        Medoids candidate = kMedoids(sub, m, k, seed + std::uint64_t(k));
        const double quality = silhouette(sub, m, candidate.assignment);
        if (quality > bestQuality) {
            bestQuality = quality;
            best = std::move(candidate);
        }
    }
    best = foldSmallWays(sub, m, std::move(best), m > 0 ? double(minMembers) / m : 0.0);
    std::vector<Way> ways(best.centres.size());
    for (std::size_t c = 0; c < ways.size(); ++c)
        ways[c].medoid = items[std::size_t(best.centres[c])];
    for (int i = 0; i < m; ++i)
        ways[std::size_t(best.assignment[std::size_t(i)])].members.push_back(items[std::size_t(i)]);
    return ways;
}

std::vector<WayOfWriting> waysOfDigit(const std::vector<const Drawing*>& drawings, const WaysConfig& config,
                                      std::uint64_t seed)
{
    std::vector<Trajectory> t;
    std::vector<const Drawing*> kept;
    for (const Drawing* drawing : drawings) {
        if (int(drawing->strokes.size()) > kTrajectoryPoints)
            continue; // a cloud of dots is no way of writing
        t.push_back(resampleTrajectory(*drawing));
        kept.push_back(drawing);
    }
    const int n = int(t.size());
    const std::vector<double> d = distanceMatrix(t, config.threads);
    const int minMembers = int(std::ceil(config.minShare * n));

    // The number of strokes sets ways apart before any shape does: a 7 with a bar and one
    // without, a 4 in one stroke or two. Distances alone blur them, as a bar is a fifth of
    // the path. Stroke counts too rare to be a way of their own join the most common one.
    std::array<std::vector<int>, kMaxStrokeFamilies> families;
    for (int i = 0; i < n; ++i)
        families[std::size_t(std::min(t[std::size_t(i)].strokeCount, kMaxStrokeFamilies) - 1)].push_back(i);
    const auto largest = std::max_element(families.begin(), families.end(),
                                          [](const auto& a, const auto& b) { return a.size() < b.size(); });
    for (auto& family : families)
        if (&family != &*largest && int(family.size()) < std::max(minMembers, 1)) {
            largest->insert(largest->end(), family.begin(), family.end());
            family.clear();
        }
    const int used = int(std::count_if(families.begin(), families.end(), [](const auto& f) { return !f.empty(); }));
    const int maxWays = std::max(1, std::min(config.maxWays, kMaxWaysPerDigit / used));

    std::vector<WayOfWriting> ways;
    for (const auto& family : families) {
        if (family.empty())
            continue;
        for (const Way& found : waysAmong(d, n, family, maxWays, config.minSilhouette, minMembers, seed)) {
            const std::vector<int>& members = found.members;
            const std::vector<double> sub = subMatrix(d, n, members);
            const int count = int(members.size());
            WayOfWriting way;
            way.memberCount = count;
            way.path = resampleTrajectory(*kept[std::size_t(found.medoid)], kWayPathPoints);
            const int wanted = std::clamp(int(std::lround(double(config.exemplarsPerDigit) * count / n)), 1,
                                          std::min(count, kMaxExemplarsPerWay));
            const Medoids spread = kMedoids(sub, count, wanted, seed + 100);
            way.support.assign(spread.centres.size(), 0);
            for (int a : spread.assignment)
                ++way.support[std::size_t(a)];
            for (int e : spread.centres)
                way.exemplars.push_back(t[std::size_t(members[std::size_t(e)])]);
            ways.push_back(std::move(way));
        }
    }
    std::stable_sort(ways.begin(), ways.end(),
                     [](const WayOfWriting& a, const WayOfWriting& b) { return a.memberCount > b.memberCount; });
    return ways;
}

} // namespace

WritingWays buildWritingWays(const std::vector<Drawing>& labelled, const WaysConfig& config)
{
    if (config.maxWays < 1 || config.maxWays > kMaxWaysPerDigit)
        throw FormatError("The number of ways per digit must be 1 to " + std::to_string(kMaxWaysPerDigit) + ", not " +
                          std::to_string(config.maxWays) + ".");
    if (config.exemplarsPerDigit < 1 || config.maxDrawingsPerDigit < 3)
        throw FormatError("Ways of writing need at least 1 exemplar and 3 drawings per digit.");
    if (!(config.minShare >= 0.0 && config.minShare < 0.5))
        throw FormatError("The smallest share of a way must be in [0, 0.5), not " + std::to_string(config.minShare) + ".");

    std::array<std::vector<const Drawing*>, 10> byDigit;
    for (const Drawing& drawing : labelled)
        if (drawing.label >= 0 && drawing.label <= 9 && !drawing.isEmpty() &&
            int(drawing.strokes.size()) <= kTrajectoryPoints)
            byDigit[std::size_t(drawing.label)].push_back(&drawing);

    WritingWays ways;
    int used = 0;
    for (int digit = 0; digit < 10; ++digit) {
        std::vector<const Drawing*>& drawings = byDigit[std::size_t(digit)];
        if (drawings.size() < 3)
            throw FormatError("Ways of writing need at least 3 drawings of each digit; there are " +
                              std::to_string(drawings.size()) + " of digit " + std::to_string(digit) + ".");
        // A seeded sample (Fisher-Yates prefix) keeps the O(n^2) distances affordable.
        Random random(config.seed * 1000 + std::uint64_t(digit));
        const std::size_t keep = std::min(drawings.size(), std::size_t(config.maxDrawingsPerDigit));
        for (std::size_t i = 0; i < keep; ++i)
            std::swap(drawings[i], drawings[i + std::size_t(random.below(drawings.size() - i))]);
        drawings.resize(keep);
        used += int(keep);
        ways.digits[std::size_t(digit)] = waysOfDigit(drawings, config, config.seed + std::uint64_t(digit) * 7919);
    }
    ways.metadata.emplace_back("drawings", std::to_string(used));
    ways.validate();
    return ways;
}

} // namespace dt
