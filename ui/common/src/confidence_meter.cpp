#include <digit_tutor/common/confidence_meter.hpp>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

const QColor kOrange(0xf5, 0x8a, 0x1f);
const QColor kYellow(0xf2, 0xc9, 0x1d);
const QColor kGreen(0x3c, 0xb0, 0x4a);
const QColor kTrack(0xe6, 0xe6, 0xe6);

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
    setAccessibleName(tr("How sure"));
    setAccessibleDescription(tr("How sure the app is that your drawing is the digit asked for."));
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
    return tr("%1%").arg(int(std::lround(100.0 * m_value)));
}

void ConfidenceMeter::setValue(double value)
{
    if (std::isnan(value)) {
        clearValue();
        return;
    }
    m_value = std::clamp(value, 0.0, 1.0);
    m_hasValue = true;
    setAccessibleDescription(tr("How sure the app is that your drawing is the digit asked for: %1.").arg(text()));
    update();
}

void ConfidenceMeter::clearValue()
{
    m_hasValue = false;
    m_value = 0.0;
    setAccessibleDescription(tr("How sure the app is that your drawing is the digit asked for."));
    update();
}

void ConfidenceMeter::paintEvent(QPaintEvent*)
{
    // The percentage on top in big digits, the bar under it across the whole width.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const int barHeight = std::max(12, height() * 3 / 10);
    const QRectF bar(2, height() - barHeight - 2, width() - 4, barHeight);
    const double radius = bar.height() / 2.0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kTrack);
    painter.drawRoundedRect(bar, radius, radius);
    if (!m_hasValue)
        return;

    // At least a round dot so that 0% still shows where the bar starts.
    QRectF filled = bar;
    filled.setWidth(std::max(bar.height(), bar.width() * m_value));
    painter.setBrush(colourFor(m_value));
    painter.drawRoundedRect(filled, radius, radius);

    QFont font = painter.font();
    font.setPixelSize(std::max(16, int(bar.top()) - 8));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(2, 0, width() - 4, bar.top() - 2), Qt::AlignLeft | Qt::AlignVCenter, text());
}
