#include <digit_tutor/common/writing_lines.hpp>

#include <digit_tutor/common/child_style.hpp>

#include <QPainter>

#include <algorithm>

namespace dt::ui {

void paintWritingLines(QPainter& painter, const QRectF& picture, double left, double right)
{
    const auto rowY = [&](double row) { return picture.top() + row / 28.0 * picture.height(); };
    const double width = std::max(1.5, picture.height() / 28.0 * 0.28);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor line = childColours::writingLine();
    painter.setPen(QPen(line, width, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(left, rowY(kTopLineRow)), QPointF(right, rowY(kTopLineRow)));
    painter.drawLine(QPointF(left, rowY(kBaseLineRow)), QPointF(right, rowY(kBaseLineRow)));
    // The middle line lighter and dashed: a help, not a border.
    QPen dashed(line.lighter(108), width, Qt::CustomDashLine, Qt::RoundCap);
    dashed.setDashPattern({3.0, 3.0});
    painter.setPen(dashed);
    painter.drawLine(QPointF(left, rowY(kMiddleLineRow)), QPointF(right, rowY(kMiddleLineRow)));
    painter.restore();
}

} // namespace dt::ui
