#pragma once
// The usual ways of writing each digit, learnt from real pen trajectories (a 7 with and
// without a bar, a 4 closed or open) by the training library's buildWritingWays
// (training/ways_builder.hpp). Each way keeps its medoid's path (what "Show me" animates)
// and a few exemplars, each with the number of drawings it stands for (what the check of a
// child's trajectory, dt::checkFormation, weighs against).
//
// Example use:
//   const dt::WritingWays ways = dt::loadWritingWays("default.ways");
//   const dt::Drawing demo = dt::wayDrawing(ways.digits[7][0]);

#include <digit_tutor/engine/grey_image.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/trajectory.hpp>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace dt {

inline constexpr int kWayPathPoints = 128; ///< points of a way's shown path
inline constexpr int kMaxWaysPerDigit = 8;
inline constexpr int kMaxExemplarsPerWay = 64;

struct WayOfWriting {
    Trajectory path;                   ///< the medoid, kWayPathPoints points, normalised
    std::vector<Trajectory> exemplars; ///< kTrajectoryPoints points each
    std::vector<int> support;          ///< per exemplar, the training drawings it stands for (>= 1)
    int memberCount = 0;               ///< training drawings in this way: the sum of support
};

struct WritingWays {
    std::array<std::vector<WayOfWriting>, 10> digits; ///< at least one way per digit
    std::vector<std::pair<std::string, std::string>> metadata; ///< source, counts, date

    /// Throws dt::FormatError naming the digit and way when a digit has no way or more than
    /// kMaxWaysPerDigit, a way has no exemplar or more than kMaxExemplarsPerWay, a path or
    /// exemplar has the wrong number of points, supports that are not positive or do not
    /// add up to the way's member count, a non-finite or out-of-box coordinate
    /// (normalised points lie within [-0.5, 0.5]), or stroke indices that do not run
    /// 0, 1, ... strokeCount - 1 in order.
    void validate() const;
};

/// A way's path as a drawing (one stroke per stroke of the path) in the normalised box,
/// centred on (0, 0) with its longer side 1, without times.
Drawing wayDrawing(const WayOfWriting& way);

} // namespace dt
