#pragma once
// The second view of a drawing: the path of the pen rather than the ink it left. A 6 whose
// small loop the pen filled in is, as an image, a bold 1; as a path it still goes down and
// round. The path is cut into kPenPathPoints points evenly spaced along the pen's travel
// over all strokes in the order drawn (the jumps between strokes are not travelled), each
// given as its position and the pen's direction there:
//   x_i, y_i       position, the bounding box centred on (0, 0), its longer side 1
//   cos_i, sin_i   unit direction of travel (0, 0 at a dot)
// so kPenPathFeatures = 4 * kPenPathPoints values, in that order per point.
//
// A digit may be written in any stroke order and direction; the view's mixtures learn every
// order and direction of their training digits (training/stroke_distortion.hpp).
//
// Example use:
//   std::array<double, dt::kPenPathFeatures> f;
//   if (dt::penPathFeatures(drawing, f.data())) score(f);

#include <digit_tutor/engine/strokes.hpp>

namespace dt {

inline constexpr int kPenPathPoints = 16;
inline constexpr int kPenPathFeatures = 4 * kPenPathPoints;

/// Writes kPenPathFeatures values to `out`. Returns false (writing nothing) for a drawing
/// with no points. Never throws; cost O(points of the drawing).
bool penPathFeatures(const Drawing& drawing, double* out);

} // namespace dt
