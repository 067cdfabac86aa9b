#include <digit_tutor/practice/show_me_overlay.hpp>

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/stroke_player.hpp>

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <cmath>

namespace {

const QColor kDemoInk(0x35, 0x78, 0xd0, 200); // a soft blue, apart from the child's dark ink
const QColor kStartDot(0x1e, 0xa0, 0x46);     // green: "start here"
const QColor kArrow(0x1b, 0x4f, 0x9c);

QPointF toQt(const dt::StrokePoint& p) { return {p.x, p.y}; }

// An arrow head with its tip at `tip`, pointing along the unit vector `direction`.
void drawArrowHead(QPainter& painter, QPointF tip, QPointF direction, double size)
{
    const QPointF side(-direction.y(), direction.x());
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip - size * direction + 0.6 * size * side);
    head.lineTo(tip - size * direction - 0.6 * size * side);
    head.closeSubpath();
    painter.fillPath(head, kArrow);
}

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 0.0 ? v / length : QPointF(1.0, 0.0);
}

} // namespace

// The dot and the arrow, above the pen's ink.
class ShowMeOverlay::Marks : public QWidget {
public:
    explicit Marks(ShowMeOverlay* overlay) : QWidget(overlay), m_overlay(overlay)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const double size = m_overlay->m_pen->penWidth();
        if (const auto start = m_overlay->startMarker()) {
            painter.setPen(QPen(Qt::white, 2.0));
            painter.setBrush(kStartDot);
            painter.drawEllipse(*start, 0.9 * size, 0.9 * size);
        }
        if (const auto& hint = m_overlay->m_hint) {
            const QPointF direction = unit(hint->towards - hint->start);
            const QPointF from = hint->start + 1.3 * size * direction;
            const QPointF tip = from + 2.5 * size * direction;
            painter.setPen(QPen(kArrow, 0.35 * size, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(from, tip - 0.8 * size * direction);
            drawArrowHead(painter, tip, direction, 1.2 * size);
        } else if (const auto pen = m_overlay->penMarker()) {
            drawArrowHead(painter, pen->first + 0.9 * size * pen->second, pen->second, 1.1 * size);
        }
    }

private:
    ShowMeOverlay* m_overlay;
};

ShowMeOverlay::ShowMeOverlay(DrawingCanvas* canvas)
    : QWidget(canvas)
    , m_pen(new DrawingCanvas(this))
    , m_marks(new Marks(this))
    , m_player(new StrokePlayer(m_pen, this))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_pen->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_pen->setReadOnly(true);
    m_pen->setColours(Qt::transparent, kDemoInk);
    describe();
    m_marks->raise();
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    hide();

    m_linger.setSingleShot(true);
    m_linger.setInterval(kLingerMs);
    connect(&m_linger, &QTimer::timeout, this, &ShowMeOverlay::hideAnimation);
    connect(m_player, &StrokePlayer::progressed, m_marks, qOverload<>(&QWidget::update));
    connect(m_player, &StrokePlayer::finished, this, [this] {
        m_marks->update();
        m_linger.start();
        emit finished();
    });
}

bool ShowMeOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize) {
        // The guide moves with a new size and the pen would write beside it: a running
        // animation stops. A hint stays: the child's strokes keep their place.
        stop();
        setGeometry(parentWidget()->rect());
        m_pen->setGeometry(rect());
        m_marks->setGeometry(rect());
    }
    return QWidget::eventFilter(watched, event);
}

void ShowMeOverlay::play(const dt::Drawing& path)
{
    m_hint.reset();
    m_linger.stop();
    setGeometry(parentWidget()->rect());
    m_pen->setGeometry(rect());
    m_marks->setGeometry(rect());
    show();
    raise();
    const bool wasAnimating = m_animating;
    m_animating = true;
    m_player->setDrawing(path);
    m_player->play();
    if (!wasAnimating)
        emit playingChanged(true);
}

bool ShowMeOverlay::isPlaying() const { return m_animating; }

void ShowMeOverlay::stop()
{
    if (m_animating)
        hideAnimation();
}

void ShowMeOverlay::hideAnimation()
{
    m_player->stop();
    m_linger.stop();
    m_pen->clear();
    m_animating = false;
    if (!m_hint)
        hide();
    m_marks->update();
    emit playingChanged(false);
}

void ShowMeOverlay::showHint(QPointF start, QPointF towards)
{
    stop();
    m_hint = Hint{start, towards};
    setGeometry(parentWidget()->rect());
    m_marks->setGeometry(rect());
    show();
    raise();
    m_marks->update();
}

void ShowMeOverlay::clearHint()
{
    if (!m_hint)
        return;
    m_hint.reset();
    if (!m_animating)
        hide();
    m_marks->update();
}

std::optional<QPointF> ShowMeOverlay::startMarker() const
{
    if (m_hint)
        return m_hint->start;
    if (!m_animating)
        return std::nullopt;
    const dt::Drawing shown = m_pen->drawing();
    if (shown.strokes.empty() || shown.strokes.back().empty())
        return std::nullopt;
    return toQt(shown.strokes.back().front());
}

std::optional<std::pair<QPointF, QPointF>> ShowMeOverlay::penMarker() const
{
    if (!m_animating || !m_player->isPlaying())
        return std::nullopt;
    const dt::Drawing shown = m_pen->drawing();
    if (shown.strokes.empty() || shown.strokes.back().size() < 2)
        return std::nullopt;
    // The heading over the last pen width or so, steadier than the last tiny step.
    const dt::Stroke& s = shown.strokes.back();
    const QPointF tip = toQt(s.back());
    QPointF from = toQt(s[s.size() - 2]);
    for (std::size_t i = s.size() - 1; i-- > 0;) {
        from = toQt(s[i]);
        if (std::hypot(tip.x() - from.x(), tip.y() - from.y()) >= m_pen->penWidth())
            break;
    }
    return std::make_pair(tip, unit(tip - from));
}

void ShowMeOverlay::describe() { m_pen->setAccessibleName(tr("The digit being written")); }

void ShowMeOverlay::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}
