#include <digit_tutor/common/drawing_canvas.hpp>

#include <digit_tutor/common/child_style.hpp>
#include <digit_tutor/common/guide_view.hpp>
#include <digit_tutor/common/writing_lines.hpp>

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMinimumSide = 400;
constexpr double kPenShare = 0.04;
constexpr double kTemplateDigitShare = 0.8;
/// Ink width at pressure 0 and the extra width at full pressure, as shares of penWidth().
constexpr double kLightestInk = 0.5;
constexpr double kPressureInk = 1.0;

QPointF toQt(const dt::StrokePoint& p) { return {p.x, p.y}; }

} // namespace

DrawingCanvas::DrawingCanvas(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(kMinimumSide, kMinimumSide);
    setAttribute(Qt::WA_StaticContents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setCursor(Qt::CrossCursor);
    describe();
}

void DrawingCanvas::describe()
{
    setAccessibleName(tr("Drawing area"));
    setAccessibleDescription(tr("Draw the digit here with the mouse, a pen or a finger."));
}

void DrawingCanvas::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}


QSize DrawingCanvas::sizeHint() const { return {kMinimumSide + 100, kMinimumSide + 100}; }

double DrawingCanvas::penWidth() const
{
    return std::max(2.0, kPenShare * std::min(width(), height()));
}

double DrawingCanvas::inkWidth(double pressure) const
{
    if (!(pressure >= 0.0)) // no pressure recorded (mouse, finger), NaN included
        return penWidth();
    return penWidth() * (kLightestInk + kPressureInk * std::min(pressure, 1.0));
}

dt::Drawing DrawingCanvas::drawing() const
{
    dt::Drawing d;
    d.canvasWidth = width();
    d.canvasHeight = height();
    d.strokes = m_strokes;
    return d;
}

QRectF DrawingCanvas::tracingTemplateRect() const
{
    // A guide image holds its digit in the middle 20 of 28 pixels; scaled so that the
    // digit spans 80% of the canvas's shorter side, about as large as children draw.
    const double side = kTemplateDigitShare * std::min(width(), height()) * 28.0 / 20.0;
    return QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side);
}

void DrawingCanvas::setColours(const QColor& paper, const QColor& ink)
{
    m_paper = paper;
    // What lies under a see-through paper must be painted first.
    setAttribute(Qt::WA_OpaquePaintEvent, paper.alpha() == 255);
    m_ink = ink;
    redrawAll();
    update();
}

void DrawingCanvas::setTracingTemplate(const QImage& image, double opacity)
{
    if (image.isNull() || !(opacity > 0.0)) {
        m_template = QImage();
        m_templateOpacity = 0.0;
    } else {
        m_template = GuideView::colouredInk(image, dt::ui::childColours::guideInk());
        m_templateOpacity = std::min(opacity, 1.0);
    }
    redrawAll();
    update();
}

void DrawingCanvas::setTracingFormation(const dt::ui::FormationStrokes& strokes)
{
    m_templateFormation = strokes;
    if (hasTracingTemplate()) {
        redrawAll();
        update();
    }
}

void DrawingCanvas::setWritingLinesVisible(bool visible)
{
    if (visible == m_writingLines)
        return;
    m_writingLines = visible;
    redrawAll();
    update();
}

void DrawingCanvas::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly) {
        endStroke(); // the user's stroke cannot go on; a programmatic one is finished as well
        m_touching = false;
    }
}

dt::Drawing DrawingCanvas::fittedDrawing(const dt::Drawing& drawing) const
{
    double sourceWidth = drawing.canvasWidth;
    double sourceHeight = drawing.canvasHeight;
    if (!(sourceWidth > 0.0) || !(sourceHeight > 0.0)) {
        const dt::Bounds b = dt::boundsOf(drawing);
        sourceWidth = b.isEmpty() ? 1.0 : std::max(b.maxX, 1.0);
        sourceHeight = b.isEmpty() ? 1.0 : std::max(b.maxY, 1.0);
    }
    const double scale = std::min(width() / sourceWidth, height() / sourceHeight);
    const double dx = (width() - sourceWidth * scale) / 2.0;
    const double dy = (height() - sourceHeight * scale) / 2.0;

    dt::Drawing out = drawing;
    out.canvasWidth = width();
    out.canvasHeight = height();
    for (dt::Stroke& stroke : out.strokes)
        for (dt::StrokePoint& p : stroke) {
            const QPointF q = clamped(QPointF(p.x * scale + dx, p.y * scale + dy));
            p.x = q.x();
            p.y = q.y();
        }
    return out;
}

void DrawingCanvas::setDrawing(const dt::Drawing& drawing)
{
    m_drawing = false;
    m_button = Qt::NoButton;
    m_touchId = -1;
    m_strokes = fittedDrawing(drawing).strokes;
    // Strokes the user adds later carry on from the last recorded time.
    m_timeOffset = 0.0;
    for (const dt::Stroke& s : m_strokes)
        for (const dt::StrokePoint& p : s)
            m_timeOffset = std::max(m_timeOffset, p.t);
    m_clock.invalidate();
    redrawAll();
    update();
    emit strokesChanged();
}

void DrawingCanvas::startStroke(const dt::StrokePoint& point)
{
    endStroke();
    dt::StrokePoint p = point;
    const QPointF q = clamped(toQt(point));
    p.x = q.x();
    p.y = q.y();
    m_strokes.push_back({p});
    m_drawing = true;
    update(paintSegment(m_strokes.back(), 0));
    emit strokesChanged();
}

void DrawingCanvas::continueStroke(const dt::StrokePoint& point)
{
    if (!m_drawing || m_strokes.empty())
        return;
    dt::StrokePoint p = point;
    const QPointF q = clamped(toQt(point));
    p.x = q.x();
    p.y = q.y();
    // Unlike live input, a repeated point is kept: a replay gives back what was recorded.
    dt::Stroke& stroke = m_strokes.back();
    stroke.push_back(p);
    update(paintSegment(stroke, stroke.size() - 2));
    emit strokesChanged();
}

void DrawingCanvas::finishStroke() { endStroke(); }

void DrawingCanvas::undoLastStroke()
{
    if (m_strokes.empty())
        return;
    m_strokes.pop_back();
    m_drawing = false;
    m_button = Qt::NoButton;
    m_touchId = -1;
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
    m_touchId = -1;
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

double DrawingCanvas::now()
{
    if (m_strokes.empty()) {
        m_timeOffset = 0.0;
        m_clock.start();
    } else if (!m_clock.isValid()) {
        m_clock.start();
    }
    return m_timeOffset + double(m_clock.elapsed());
}

void DrawingCanvas::beginStroke(QPointF pos, double pressure)
{
    const double t = now();
    const QPointF p = clamped(pos);
    m_strokes.push_back({dt::StrokePoint{p.x(), p.y(), t, pressure}});
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
    stroke.push_back(dt::StrokePoint{p.x(), p.y(), now(), pressure});
    update(paintSegment(stroke, stroke.size() - 2));
    emit strokesChanged();
}

void DrawingCanvas::endStroke()
{
    m_button = Qt::NoButton;
    m_touchId = -1;
    if (!m_drawing)
        return;
    m_drawing = false;
    emit strokeFinished();
}

QRect DrawingCanvas::paintSegment(const dt::Stroke& stroke, std::size_t from)
{
    if (m_image.isNull() || stroke.empty())
        return {};
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);

    const std::size_t n = stroke.size();
    const std::size_t first = from >= 1 ? from - 1 : 0;
    // The curves stay inside the hull of the points they pass, so their box bounds the ink.
    dt::Bounds box;
    for (std::size_t i = first; i < n; ++i)
        box.add(stroke[i]);
    double widest = 0.0;

    if (n == 1) {
        // A dot: a zero-length path draws nothing on some paint engines.
        widest = inkWidth(stroke[0].pressure);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_ink);
        painter.drawEllipse(toQt(stroke[0]), widest / 2.0, widest / 2.0);
    } else {
        // A quadratic curve through the midpoints of consecutive segments gives smooth ink;
        // the segment from `from` is drawn from the previous midpoint so pieces join exactly.
        // Each piece takes the width of the point it bends around, and round caps hide the
        // steps between widths. Pieces of one width go into one path, so mouse and finger
        // ink is a single path with clean joins.
        auto mid = [&](std::size_t i) { return (toQt(stroke[i]) + toQt(stroke[i + 1])) / 2.0; };
        QPainterPath path;
        double pathWidth = -1.0;
        QPointF at = from >= 1 ? mid(from - 1) : toQt(stroke[0]);
        auto flush = [&] {
            if (path.isEmpty())
                return;
            painter.setPen(QPen(m_ink, pathWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
        };
        auto startPiece = [&](double w) {
            if (w == pathWidth)
                return;
            flush();
            path = QPainterPath();
            path.moveTo(at);
            pathWidth = w;
            widest = std::max(widest, w);
        };
        for (std::size_t i = std::max<std::size_t>(from, 1); i + 1 < n; ++i) {
            startPiece(inkWidth(stroke[i].pressure));
            path.quadTo(toQt(stroke[i]), mid(i));
            at = mid(i);
        }
        startPiece(inkWidth(stroke[n - 1].pressure));
        path.lineTo(toQt(stroke[n - 1]));
        flush();
    }
    const double margin = widest / 2.0 + 2.0;
    return QRectF(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY))
        .adjusted(-margin, -margin, margin, margin)
        .toAlignedRect();
}

void DrawingCanvas::redrawAll()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_image.size() != pixels || m_image.isNull()) {
        m_image = QImage(pixels.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
    }
    m_image.fill(m_paper);
    // The background goes into the cached image with the ink, so a frame while drawing
    // still copies just the dirty rectangle.
    if (m_writingLines && m_paper.alpha() == 255) {
        QPainter painter(&m_image);
        const double margin = 0.04 * width();
        dt::ui::paintWritingLines(painter, tracingTemplateRect(), margin, width() - margin);
    }
    if (hasTracingTemplate()) {
        QPainter painter(&m_image);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setOpacity(m_templateOpacity);
        painter.drawImage(tracingTemplateRect(), m_template);
        painter.setOpacity(1.0);
        if (!m_templateFormation.empty())
            dt::ui::paintFormationMarks(painter, tracingTemplateRect(), m_templateFormation);
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
