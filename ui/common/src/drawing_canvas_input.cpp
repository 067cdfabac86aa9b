// DrawingCanvas's input: mouse, pen (QTabletEvent, with pressure) and touch (one finger
// draws; more are ignored). Every device ends in beginStroke / extendStroke / endStroke, so
// the recorded strokes do not depend on what drew them.

#include <digit_tutor/common/drawing_canvas.hpp>

#include <QMouseEvent>
#include <QTabletEvent>
#include <QTouchEvent>

#include <algorithm>

namespace {

bool isTouch(QEvent::Type type)
{
    return type == QEvent::TouchBegin || type == QEvent::TouchUpdate || type == QEvent::TouchEnd ||
           type == QEvent::TouchCancel;
}

} // namespace

void DrawingCanvas::mousePressEvent(QMouseEvent* event)
{
    // A mouse event that the system made from the finger that is touching is no new stroke.
    const bool fromTouch = m_touching && event->source() != Qt::MouseEventNotSynthesized;
    if (m_readOnly || fromTouch || m_drawing || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_button = event->button();
    beginStroke(event->position(), -1.0);
    event->accept();
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (m_readOnly || m_button == Qt::NoButton || !m_drawing || !(event->buttons() & m_button)) {
        event->ignore();
        return;
    }
    extendStroke(event->position(), -1.0);
    event->accept();
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_readOnly || m_button == Qt::NoButton || !m_drawing || event->button() != m_button) {
        event->ignore();
        return;
    }
    extendStroke(event->position(), -1.0);
    endStroke();
    event->accept();
}

void DrawingCanvas::tabletEvent(QTabletEvent* event)
{
    if (m_readOnly) {
        event->ignore();
        return;
    }
    const double pressure = std::clamp(double(event->pressure()), 0.0, 1.0);
    switch (event->type()) {
    case QEvent::TabletPress:
        if (!m_drawing && !m_touching) {
            m_button = Qt::LeftButton;
            beginStroke(event->position(), pressure);
        }
        break;
    case QEvent::TabletMove:
        if (m_button != Qt::NoButton)
            extendStroke(event->position(), pressure);
        break;
    case QEvent::TabletRelease:
        if (m_button != Qt::NoButton) {
            extendStroke(event->position(), pressure);
            endStroke();
        }
        break;
    default:
        break;
    }
    // Accepted so that Qt does not synthesise a mouse event for the same pen movement.
    event->accept();
}

bool DrawingCanvas::event(QEvent* event)
{
    if (isTouch(event->type()) && !m_readOnly) {
        touchEvent(static_cast<QTouchEvent*>(event));
        return true;
    }
    return QWidget::event(event);
}

void DrawingCanvas::touchEvent(QTouchEvent* event)
{
    // Accepting every touch event, even those that draw nothing, keeps Qt from synthesising
    // mouse events from them, which would record the finger's points a second time.
    event->accept();
    switch (event->type()) {
    case QEvent::TouchBegin:
        if (m_touchId >= 0) // a touch stroke whose end never came
            endStroke();
        m_touching = true;
        if (m_drawing) // the mouse or the pen is drawing: the finger waits its turn
            return;
        for (const QEventPoint& p : event->points())
            if (p.state() == QEventPoint::Pressed) {
                beginStroke(p.position(), -1.0);
                m_touchId = p.id();
                break;
            }
        return;
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
        for (const QEventPoint& p : event->points()) {
            if (m_touchId < 0 || p.id() != m_touchId)
                continue; // fingers other than the drawing one are ignored
            if (p.state() == QEventPoint::Released || event->type() == QEvent::TouchEnd) {
                extendStroke(p.position(), -1.0);
                endStroke();
            } else if (p.state() == QEventPoint::Updated) {
                extendStroke(p.position(), -1.0);
            }
        }
        if (event->type() == QEvent::TouchEnd) {
            if (m_touchId >= 0) // the drawing finger was not among the points: end it anyway
                endStroke();
            m_touching = false;
        }
        return;
    case QEvent::TouchCancel:
        if (m_touchId >= 0)
            endStroke();
        m_touching = false;
        return;
    default:
        return;
    }
}
