#include <digit_tutor/common/hold_button.hpp>

#include <digit_tutor/common/child_style.hpp>

#include <QPainter>

#include <algorithm>

namespace {
/// How fast an unfinished ring runs back: quicker than it filled.
constexpr int kEmptyMs = 250;
} // namespace

HoldButton::HoldButton(dt::ui::ChildIcon icon, const QString& text, QWidget* parent)
    : ChildButton(dt::ui::childIcon(icon), text, parent)
{
    setFocusPolicy(Qt::NoFocus);
    setIconScale(0.68); // the ring goes round the picture, inside the icon's place
    connect(&m_fill, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_progress = value.toDouble();
        update();
    });
    connect(&m_fill, &QVariantAnimation::finished, this, [this] {
        if (isDown() && m_progress >= 1.0 && !m_fired) {
            m_fired = true;
            emit held();
        }
    });
    connect(this, &QAbstractButton::pressed, this, &HoldButton::startHold);
    connect(this, &QAbstractButton::released, this, &HoldButton::releaseHold);
}

void HoldButton::setHoldDuration(int ms) { m_holdMs = std::max(1, ms); }

void HoldButton::startHold()
{
    m_fired = false;
    m_fill.stop();
    m_fill.setStartValue(m_progress);
    m_fill.setEndValue(1.0);
    // From where an emptying ring is, the rest of the way at the same pace.
    m_fill.setDuration(std::max(1, int(m_holdMs * (1.0 - m_progress))));
    m_fill.start();
}

void HoldButton::releaseHold()
{
    m_fill.stop();
    if (m_progress <= 0.0)
        return;
    m_fill.setStartValue(m_progress);
    m_fill.setEndValue(0.0);
    m_fill.setDuration(std::max(1, int(kEmptyMs * m_progress)));
    m_fill.start();
}

void HoldButton::paintEvent(QPaintEvent* event)
{
    ChildButton::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF icon = iconRect();
    const double width = std::max(4.0, 0.09 * icon.width());
    const QRectF ring = icon.adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0);
    // The track always, so a child sees there is something to fill.
    painter.setPen(QPen(dt::ui::childColours::softGrey(), width, Qt::SolidLine, Qt::RoundCap));
    painter.drawEllipse(ring);
    if (m_progress <= 0.0)
        return;
    painter.setPen(QPen(m_fired ? dt::ui::childColours::green() : dt::ui::childColours::orange(), width,
                        Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(ring, 90 * 16, -int(360 * 16 * m_progress));
}
