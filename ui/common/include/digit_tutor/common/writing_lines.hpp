#pragma once
// School writing lines: a top line, a dashed middle line and a base line, in soft colours,
// for a child to write between. They are placed on the model's 28x28 picture of a digit: a
// digit's 20-pixel box runs from row 4 to row 24, so the top line lies on row 4, the base
// line on row 24 and the middle line on row 14. Drawn with the 28x28 picture mapped onto
// a rectangle (the canvas's tracingTemplateRect(), the guide's square), a child who writes
// from the base line to the top line writes as large as the guides and the tracing
// template show a digit.

#include <QRectF>

class QPainter;

namespace dt::ui {

/// The rows (in the 28x28 picture) of the top, middle and base lines.
inline constexpr double kTopLineRow = 4.0;
inline constexpr double kMiddleLineRow = 14.0;
inline constexpr double kBaseLineRow = 24.0;

/// Paints the three lines across [left, right] (logical pixels), at the heights that the
/// rows above have with the 28x28 picture mapped onto `picture`. Line widths follow the
/// picture's size. Leaves the painter's state as it found it.
void paintWritingLines(QPainter& painter, const QRectF& picture, double left, double right);

} // namespace dt::ui
