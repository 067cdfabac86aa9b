#include <digit_tutor/reports/attempt_thumbnail.hpp>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dt::reports {

namespace {
constexpr int kMinSide = 16;
// The ink fills about three quarters of the picture, so this is about a tenth of the
// digit's size: the pen the renderer gives a digit (README, "How recognition works").
constexpr double kPenShare = 0.08;
constexpr double kMarginShare = 0.12;
const QColor kInk(0x22, 0x22, 0x22);
const QColor kStart(0x1b, 0x9e, 0x3e);

bool finite(const dt::StrokePoint& p) { return std::isfinite(p.x) && std::isfinite(p.y); }
} // namespace

QImage attemptThumbnail(const dt::Drawing& drawing, int side)
{
    side = std::max(side, kMinSide);
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    const dt::Bounds box = dt::boundsOf(drawing);
    if (box.isEmpty())
        return image;

    const double pen = std::max(1.5, kPenShare * side);
    const double room = side * (1.0 - 2.0 * kMarginShare) - pen;
    const double extent = std::max(box.width(), box.height());
    // A lone dot or a point-sized scribble has no extent to fit: it is drawn at its size, centred.
    const double scale = extent > 0.0 ? room / extent : 1.0;
    const QPointF centre((box.minX + box.maxX) / 2.0, (box.minY + box.maxY) / 2.0);
    const auto place = [&](const dt::StrokePoint& p) {
        return QPointF(side / 2.0 + (p.x - centre.x()) * scale, side / 2.0 + (p.y - centre.y()) * scale);
    };

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kInk, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const dt::Stroke& stroke : drawing.strokes) {
        QPainterPath path;
        bool started = false;
        for (const dt::StrokePoint& p : stroke) {
            if (!finite(p))
                continue;
            if (!started)
                path.moveTo(place(p));
            else
                path.lineTo(place(p));
            started = true;
        }
        if (path.elementCount() == 1)
            painter.drawPoint(path.currentPosition());
        else if (started)
            painter.drawPath(path);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(kStart);
    for (const dt::Stroke& stroke : drawing.strokes) {
        const auto first = std::find_if(stroke.begin(), stroke.end(), finite);
        if (first != stroke.end())
            painter.drawEllipse(place(*first), pen * 0.9, pen * 0.9);
    }
    return image;
}

} // namespace dt::reports
