#include "drawing_canvas.hpp"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QTabletEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMinimumSide = 400;
constexpr double kPenShare = 0.04;
const QColor kInk(0x20, 0x20, 0x30);

QPointF toQt(const dt::StrokePoint& p) { return {p.x, p.y}; }

} // namespace

DrawingCanvas::DrawingCanvas(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(kMinimumSide, kMinimumSide);
    setAttribute(Qt::WA_StaticContents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Drawing area"));
    setAccessibleDescription(tr("Draw the digit here with the mouse, a pen or a finger."));
}

QSize DrawingCanvas::sizeHint() const { return {kMinimumSide + 100, kMinimumSide + 100}; }

double DrawingCanvas::penWidth() const
{
    return std::max(2.0, kPenShare * std::min(width(), height()));
}

dt::Drawing DrawingCanvas::drawing() const
{
    dt::Drawing d;
    d.canvasWidth = width();
    d.canvasHeight = height();
    d.strokes = m_strokes;
    return d;
}

void DrawingCanvas::setTracingTemplate(const QImage& image, double opacity)
{
    if (image.isNull() || !(opacity > 0.0)) {
        m_template = QImage();
        m_templateOpacity = 0.0;
    } else {
        m_template = image.convertToFormat(QImage::Format_Grayscale8);
        m_template.invertPixels(); // the model's images are white ink on black
        m_templateOpacity = std::min(opacity, 1.0);
    }
    redrawAll();
    update();
}

void DrawingCanvas::undoLastStroke()
{
    if (m_strokes.empty())
        return;
    m_strokes.pop_back();
    m_drawing = false;
    m_button = Qt::NoButton;
    redrawAll();
    update();
    emit strokesChanged();
}

void DrawingCanvas::clear()
{
    const bool had = !m_strokes.empty();
    m_strokes.clear();
    m_drawing = false;
    m_button = Qt::NoButton;
    redrawAll();
    update();
    if (had)
        emit strokesChanged();
}

QPointF DrawingCanvas::clamped(QPointF pos) const
{
    const double maxX = std::max(0, width() - 1);
    const double maxY = std::max(0, height() - 1);
    return {std::clamp(pos.x(), 0.0, maxX), std::clamp(pos.y(), 0.0, maxY)};
}

void DrawingCanvas::beginStroke(QPointF pos, double pressure)
{
    if (m_strokes.empty())
        m_clock.start();
    const QPointF p = clamped(pos);
    m_strokes.push_back({dt::StrokePoint{p.x(), p.y(), double(m_clock.elapsed()), pressure}});
    m_drawing = true;
    update(paintSegment(m_strokes.back(), 0));
    emit strokesChanged();
}

void DrawingCanvas::extendStroke(QPointF pos, double pressure)
{
    if (!m_drawing || m_strokes.empty())
        return;
    const QPointF p = clamped(pos);
    dt::Stroke& stroke = m_strokes.back();
    const dt::StrokePoint& last = stroke.back();
    if (last.x == p.x() && last.y == p.y())
        return;
    stroke.push_back(dt::StrokePoint{p.x(), p.y(), double(m_clock.elapsed()), pressure});
    update(paintSegment(stroke, stroke.size() - 2));
    emit strokesChanged();
}

void DrawingCanvas::endStroke()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    m_button = Qt::NoButton;
    emit strokeFinished();
}

void DrawingCanvas::mousePressEvent(QMouseEvent* event)
{
    if (m_drawing || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_button = event->button();
    beginStroke(event->position(), -1.0);
    event->accept();
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_drawing || !(event->buttons() & m_button)) {
        event->ignore();
        return;
    }
    extendStroke(event->position(), -1.0);
    event->accept();
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drawing || event->button() != m_button) {
        event->ignore();
        return;
    }
    extendStroke(event->position(), -1.0);
    endStroke();
    event->accept();
}

void DrawingCanvas::tabletEvent(QTabletEvent* event)
{
    const double pressure = std::clamp(double(event->pressure()), 0.0, 1.0);
    switch (event->type()) {
    case QEvent::TabletPress:
        if (!m_drawing) {
            m_button = Qt::LeftButton;
            beginStroke(event->position(), pressure);
        }
        break;
    case QEvent::TabletMove:
        extendStroke(event->position(), pressure);
        break;
    case QEvent::TabletRelease:
        extendStroke(event->position(), pressure);
        endStroke();
        break;
    default:
        break;
    }
    // Accepted so that Qt does not synthesise a mouse event for the same pen movement.
    event->accept();
}

QRect DrawingCanvas::paintSegment(const dt::Stroke& stroke, std::size_t from)
{
    if (m_image.isNull() || stroke.empty())
        return {};
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double w = penWidth();
    painter.setPen(QPen(kInk, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);

    // A quadratic curve through the midpoints of consecutive segments gives smooth ink;
    // the segment from `from` is drawn from the previous midpoint so pieces join exactly.
    QPainterPath path;
    const std::size_t n = stroke.size();
    if (n == 1) {
        // A dot: a zero-length path draws nothing on some paint engines.
        path.addEllipse(toQt(stroke[0]), w / 2.0, w / 2.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kInk);
    } else {
        auto mid = [&](std::size_t i) { return (toQt(stroke[i]) + toQt(stroke[i + 1])) / 2.0; };
        path.moveTo(from >= 1 ? mid(from - 1) : toQt(stroke[0]));
        for (std::size_t i = std::max<std::size_t>(from, 1); i + 1 < n; ++i)
            path.quadTo(toQt(stroke[i]), mid(i));
        path.lineTo(toQt(stroke[n - 1]));
    }
    painter.drawPath(path);
    const double margin = w / 2.0 + 2.0;
    return path.boundingRect().adjusted(-margin, -margin, margin, margin).toAlignedRect();
}

void DrawingCanvas::redrawAll()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_image.size() != pixels || m_image.isNull()) {
        m_image = QImage(pixels.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
    }
    m_image.fill(Qt::white);
    if (hasTracingTemplate()) {
        QPainter painter(&m_image);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setOpacity(m_templateOpacity);
        const double side = std::min(width(), height());
        painter.drawImage(QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side), m_template);
    }
    for (const dt::Stroke& s : m_strokes)
        paintSegment(s, 0);
}

void DrawingCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    const QRect dirty = event->rect();
    const qreal dpr = m_image.devicePixelRatio();
    const QRectF source(QPointF(dirty.topLeft()) * dpr, QSizeF(dirty.size()) * dpr);
    painter.drawImage(QRectF(dirty), m_image, source);
}

void DrawingCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    redrawAll();
}
