#pragma once
// How a digit is formed, drawn over its picture: a green dot where each stroke starts
// (numbered 1, 2, ... when there is more than one stroke) and a few arrows along each
// stroke in the writing direction. GuideView draws them over the guide and DrawingCanvas
// over the tracing template, so both show the same marks.

#include <QPointF>
#include <QRectF>

#include <vector>

class QPainter;

namespace dt::ui {

/// One polyline per stroke, in writing order; points in the 28x28 guide image's
/// coordinates (x right, y down, 0..28).
using FormationStrokes = std::vector<std::vector<QPointF>>;

/// Paints the marks of `strokes` with the 28x28 image mapped onto `target` (logical
/// pixels). Sizes follow target's width. Strokes with fewer than two points get a start
/// dot only; empty strokes nothing. Leaves the painter's state as it found it.
/// Cost: a few dozen small paths; well under a millisecond.
void paintFormationMarks(QPainter& painter, const QRectF& target, const FormationStrokes& strokes);

} // namespace dt::ui
