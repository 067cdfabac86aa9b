#pragma once
// A drawing as the movement of the pen, for checking how a digit was written (where it
// starts, which way it goes, the order of its strokes) rather than only its final shape.
//
// resampleTrajectory turns a drawing's strokes, in the order they were drawn, into a fixed
// number of points evenly spaced along the pen's path (the jumps between strokes are not
// part of the path), each labelled with its stroke. Position and size are normalised: the
// bounding box is centred on (0, 0) and its longer side is 1, so drawings of any size on any
// canvas compare. trajectoryDistance is dynamic time warping over two such trajectories:
// the mean distance between aligned points along the best alignment that keeps both in
// order. A digit written backwards, or with its strokes in another order, aligns badly
// with the usual way even when its shape is the same.
//
// Example use:
//   const dt::Trajectory usual = dt::resampleTrajectory(teacherTwo);
//   const dt::Trajectory child = dt::resampleTrajectory(childTwo);
//   if (dt::trajectoryDistance(child, usual) > 0.15) ...   // written another way

#include <digit_tutor/engine/strokes.hpp>

#include <vector>

namespace dt {

struct TrajectoryPoint {
    double x = 0.0;
    double y = 0.0;
    int stroke = 0; ///< 0-based index of the stroke the point lies on
};

struct Trajectory {
    std::vector<TrajectoryPoint> points; ///< in drawing order
    int strokeCount = 0;
};

inline constexpr int kTrajectoryPoints = 64;

/// `count` points (at least 2; each stroke gets at least one, so count must be at least the
/// number of strokes) spread over the strokes in proportion to their length; a stroke that
/// is a single dot gets one point. Throws dt::FormatError for an empty drawing, a count
/// below 2 or below the stroke count, and a point at infinity (parseDrawing lets none
/// through); coordinates up to a double's limits are fine. Cost: O(points of the drawing + count).
Trajectory resampleTrajectory(const Drawing& drawing, int count = kTrajectoryPoints);

/// Dynamic time warping distance between two trajectories (in units of the longer side of
/// the bounding box), constrained to a band of `band` times the longer trajectory's length
/// around the diagonal (0.25 by default; 1 is unconstrained). Symmetric; 0 for identical
/// trajectories. Throws dt::FormatError when either is empty or band is not in (0, 1].
/// Cost: O(n * m * band).
double trajectoryDistance(const Trajectory& a, const Trajectory& b, double band = 0.25);

/// The same drawing with every stroke drawn backwards (its last point first), strokes in
/// their order: what a child writing each stroke the other way would produce.
Drawing withReversedStrokes(const Drawing& drawing);

} // namespace dt
