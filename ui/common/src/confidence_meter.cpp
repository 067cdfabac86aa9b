#include <digit_tutor/common/confidence_meter.hpp>

#include <digit_tutor/common/child_style.hpp>

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

const QColor kOrange(0xf5, 0x8a, 0x1f);
const QColor kYellow(0xf2, 0xc9, 0x1d);
const QColor kGreen(0x3c, 0xb0, 0x4a);

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

ConfidenceMeter::ConfidenceMeter(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe();
}

void ConfidenceMeter::describe()
{
    setAccessibleName(tr("How sure"));
    setAccessibleDescription(m_hasValue ? tr("How sure the app is that your drawing is the digit asked for: %1.").arg(text())
                                        : tr("How sure the app is that your drawing is the digit asked for."));
    setToolTip(text());
}

void ConfidenceMeter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

// Low enough to leave the side panel room for the guide and four finger-sized buttons.
QSize ConfidenceMeter::sizeHint() const { return {260, 76}; }
QSize ConfidenceMeter::minimumSizeHint() const { return {160, 76}; }

QColor ConfidenceMeter::colourFor(double value)
{
    const double v = std::clamp(value, 0.0, 1.0);
    return v < 0.5 ? mix(kOrange, kYellow, v / 0.5) : mix(kYellow, kGreen, (v - 0.5) / 0.5);
}

QString ConfidenceMeter::text() const
{
    if (!m_hasValue)
        return {};
    if (m_value < 0.25)
        return tr("not sure yet");
    if (m_value < 0.5)
        return tr("a bit sure");
    if (m_value < 0.8)
        return tr("quite sure");
    return tr("very sure");
}

void ConfidenceMeter::setValue(double value)
{
    if (std::isnan(value)) {
        clearValue();
        return;
    }
    m_value = std::clamp(value, 0.0, 1.0);
    m_hasValue = true;
    describe();
    update();
}

void ConfidenceMeter::clearValue()
{
    m_hasValue = false;
    m_value = 0.0;
    describe();
    update();
}

void ConfidenceMeter::paintFace(QPainter& painter, const QRectF& box) const
{
    const double d = box.width();
    const QPointF c = box.center();
    const QColor outline = dt::ui::childColours::text();
    painter.setPen(QPen(outline, std::max(2.0, 0.05 * d)));
    painter.setBrush(m_hasValue ? colourFor(m_value) : dt::ui::childColours::softGrey());
    painter.drawEllipse(box);

    // Eyes: round dots, a little apart.
    painter.setPen(Qt::NoPen);
    painter.setBrush(outline);
    const double eye = 0.075 * d;
    painter.drawEllipse(QPointF(c.x() - 0.17 * d, c.y() - 0.12 * d), eye, eye * 1.2);
    painter.drawEllipse(QPointF(c.x() + 0.17 * d, c.y() + -0.12 * d), eye, eye * 1.2);

    // The mouth: a wobble (unsure) that straightens and bends into a smile as the value
    // rises; without a value, a calm flat line.
    const double v = m_hasValue ? m_value : 0.35;
    const double halfWidth = (0.18 + 0.08 * v) * d;
    const double y = c.y() + 0.2 * d;
    const double smile = std::max(0.0, (v - 0.3) / 0.7) * 0.2 * d;   // how far the middle sinks
    const double wobble = std::max(0.0, (0.4 - v) / 0.4) * 0.045 * d; // how much it waves
    QPainterPath mouth;
    constexpr int kSteps = 24;
    for (int i = 0; i <= kSteps; ++i) {
        const double s = -1.0 + 2.0 * i / kSteps;
        const QPointF p(c.x() + s * halfWidth,
                        y - smile * 0.35 + smile * (1.0 - s * s) + wobble * std::sin(s * 2.0 * std::numbers::pi));
        if (i == 0)
            mouth.moveTo(p);
        else
            mouth.lineTo(p);
    }
    if (v >= 0.8) {
        // A big open smile: closed along its top, filled dark with a hint of tongue.
        mouth.closeSubpath();
        painter.setBrush(outline);
        painter.setPen(QPen(outline, std::max(2.0, 0.06 * d), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(mouth);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(outline, std::max(2.5, 0.07 * d), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(mouth);
    }
}

void ConfidenceMeter::paintEvent(QPaintEvent*)
{
    // The face on the left, as tall as the widget; the bar to its right, filling with colour.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const double faceSide = height() - 4.0;
    paintFace(painter, QRectF(2.0, 2.0, faceSide, faceSide));

    const double left = faceSide + 0.25 * faceSide;
    const double barHeight = std::max(16.0, 0.45 * height());
    const QRectF bar(left, (height() - barHeight) / 2.0, std::max(0.0, width() - left - 2.0), barHeight);
    const double radius = bar.height() / 2.0;
    painter.setPen(QPen(dt::ui::childColours::softGrey().darker(110), 2.0));
    painter.setBrush(dt::ui::childColours::surface());
    painter.drawRoundedRect(bar, radius, radius);
    if (!m_hasValue)
        return;
    // At least a round dot so that "not sure at all" still shows where the bar starts.
    QRectF filled = bar.adjusted(3, 3, -3, -3);
    filled.setWidth(std::max(filled.height(), filled.width() * m_value));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourFor(m_value));
    const double inner = filled.height() / 2.0;
    painter.drawRoundedRect(filled, inner, inner);
}
