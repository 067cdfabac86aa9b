#pragma once
// The usual ways of writing each digit, learnt from real pen trajectories: a 7 with and
// without a bar, a 4 closed or open, a 1 with or without a flag. For each digit, its drawn
// examples are resampled (dt::resampleTrajectory) and compared by dynamic time warping.
// They are first split by their number of strokes (1, 2, 3 or more; a count held by less
// than `minShare` of the examples joins the most common), then each group is split by
// k-medoids into at most `maxWays` ways: the number whose clustering has the best
// silhouette, or a single way when no split reaches `minSilhouette`. Ways holding less than
// `minShare` of the examples are folded into the nearest other one, so that a few odd
// writers do not become a "usual" way.
//
// Each way keeps its medoid's path (what "Show me" animates) and a few exemplars, the
// medoids of sub-groups spread over the way in proportion to its size, each with the number
// of drawings it stands for (what the check of a child's trajectory, dt::checkFormation,
// weighs against): one average path would hide that writers of the same way differ in
// proportions, and the support tells a common variant from a rare one.
//
// Example use:
//   const dt::WritingWays ways = dt::buildWritingWays(dt::loadDrawings("pendigits.jsonl"));
//   dt::saveWritingWays(ways, "default.ways");
//   const dt::Drawing demo = dt::wayDrawing(ways.digits[7][0]);

#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/writing_ways.hpp>

#include <cstdint>
#include <vector>

namespace dt {

struct WaysConfig {
    int maxWays = 3; ///< per number of strokes
    double minSilhouette = 0.1;
    double minShare = 0.08;
    int exemplarsPerDigit = 60;
    int maxDrawingsPerDigit = 400; ///< a seeded sample of more is taken (distances are O(n^2))
    std::uint64_t seed = 1;
    int threads = 0; ///< 0: all cores
};

/// Learns the ways of writing from labelled drawings. Unlabelled and empty drawings are
/// skipped. Throws dt::FormatError when a digit has fewer than 3 usable drawings, or for a
/// config out of range (maxWays outside 1..kMaxWaysPerDigit, exemplarsPerDigit < 1,
/// maxDrawingsPerDigit < 3, minShare outside [0, 0.5)). Deterministic for a given seed.
/// Cost: O(n^2) trajectory distances per digit, about ten seconds for 30 writers' digits.
WritingWays buildWritingWays(const std::vector<Drawing>& labelled, const WaysConfig& config = {});

} // namespace dt
