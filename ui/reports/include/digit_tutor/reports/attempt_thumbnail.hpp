#pragma once
// A small picture of a child's drawing for a report: where the ink went and where each
// stroke began, which is what a teacher looks at beside a formation hint.

#include <digit_tutor/engine/strokes.hpp>

#include <QImage>

namespace dt::reports {

/// The drawing as a `side` x `side` image (Format_RGB32): dark ink on white, the ink's
/// bounding box fitted into the square with a margin and its aspect kept (the canvas size
/// is ignored: a small 3 in a corner still fills its picture), the pen as wide as a
/// child's pen looks at that size, and a green dot where each stroke starts. Points that
/// are not finite are skipped; an empty drawing gives a blank white picture.
/// `side` below 16 is taken as 16. Cost: one small paint, well under a millisecond.
QImage attemptThumbnail(const dt::Drawing& drawing, int side);

} // namespace dt::reports
