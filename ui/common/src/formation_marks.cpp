#include <digit_tutor/common/formation_marks.hpp>

#include <digit_tutor/common/child_style.hpp>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kSide = 28.0;
/// Where along a stroke (share of its length) an arrow goes: a few, never at the start dot.
constexpr double kArrowPlaces[] = {0.25, 0.55, 0.82};

QPointF mapped(QPointF p, const QRectF& target)
{
    return {target.left() + p.x() / kSide * target.width(), target.top() + p.y() / kSide * target.height()};
}

/// The point at `distance` along a polyline, and its heading (a unit vector).
std::pair<QPointF, QPointF> along(const std::vector<QPointF>& line, double distance)
{
    for (std::size_t i = 1; i < line.size(); ++i) {
        const QPointF step = line[i] - line[i - 1];
        const double length = std::hypot(step.x(), step.y());
        if (length <= 0.0)
            continue;
        if (distance <= length || i + 1 == line.size())
            return {line[i - 1] + step * std::min(1.0, distance / length), step / length};
        distance -= length;
    }
    return {line.back(), QPointF(1.0, 0.0)};
}

double lengthOf(const std::vector<QPointF>& line)
{
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y());
    return total;
}

/// A rounded chevron ">" pointing along `heading`, centred on `at`.
void drawChevron(QPainter& painter, QPointF at, QPointF heading, double size)
{
    const QPointF across(-heading.y(), heading.x());
    QPainterPath chevron;
    chevron.moveTo(at - size * heading + size * across);
    chevron.lineTo(at + 0.4 * size * heading);
    chevron.lineTo(at - size * heading - size * across);
    // Orange: apart from the guide's blue and from the child's dark ink.
    const QColor ink = dt::ui::childColours::orange().darker(115);
    painter.setPen(QPen(Qt::white, 0.9 * size, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(chevron);
    painter.setPen(QPen(ink, 0.45 * size, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(chevron);
}

} // namespace

namespace dt::ui {

void paintFormationMarks(QPainter& painter, const QRectF& target, const FormationStrokes& strokes)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const double unit = target.width() / kSide; // one guide pixel
    const bool numbered = std::count_if(strokes.begin(), strokes.end(), [](const auto& s) { return !s.empty(); }) > 1;

    // Arrows first, so the start dots stay on top.
    for (const auto& stroke : strokes) {
        if (stroke.size() < 2)
            continue;
        std::vector<QPointF> line;
        line.reserve(stroke.size());
        for (const QPointF& p : stroke)
            line.push_back(mapped(p, target));
        const double total = lengthOf(line);
        if (total < 4.0 * unit)
            continue;
        for (const double place : kArrowPlaces) {
            const auto [at, heading] = along(line, place * total);
            drawChevron(painter, at, heading, 1.2 * unit);
        }
    }

    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(std::lround(1.6 * unit))));
    painter.setFont(font);
    int number = 0;
    for (const auto& stroke : strokes) {
        if (stroke.empty())
            continue;
        ++number;
        const QPointF start = mapped(stroke.front(), target);
        const double radius = 1.35 * unit;
        painter.setPen(QPen(Qt::white, std::max(1.5, 0.3 * unit)));
        painter.setBrush(childColours::green());
        painter.drawEllipse(start, radius, radius);
        if (numbered) {
            painter.setPen(Qt::white);
            painter.drawText(QRectF(start.x() - radius, start.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                             QString::number(number));
        }
    }
    painter.restore();
}

} // namespace dt::ui
