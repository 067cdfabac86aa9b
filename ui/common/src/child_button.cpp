#include <digit_tutor/common/child_button.hpp>

#include <digit_tutor/common/big_button.hpp>

#include <QPainter>
#include <QResizeEvent>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kIconShareWithLabel = 0.58;
constexpr double kIconShareAlone = 0.72;
constexpr double kLabelShare = 0.16;
constexpr int kSmallestLabel = 12;
constexpr int kPreferredHeight = 96;

} // namespace

ChildButton::ChildButton(const QIcon& icon, const QString& text, QWidget* parent)
    : QPushButton(icon, text, parent)
{
    setMinimumHeight(dt::ui::kMinimumButtonHeight);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    fitToHeight();
}

QSize ChildButton::sizeHint() const
{
    QFont font = this->font();
    font.setPixelSize(std::max(kSmallestLabel, int(std::lround(kLabelShare * kPreferredHeight))));
    const int label = text().isEmpty() ? 0 : QFontMetrics(font).horizontalAdvance(text()) + 24;
    return {std::max(kPreferredHeight, label), kPreferredHeight};
}

QSize ChildButton::minimumSizeHint() const { return {dt::ui::kMinimumButtonHeight, dt::ui::kMinimumButtonHeight}; }

void ChildButton::fitToHeight()
{
    const int h = std::max(height(), dt::ui::kMinimumButtonHeight);
    const double share = text().isEmpty() ? kIconShareAlone : kIconShareWithLabel;
    const int side = int(std::lround(share * h));
    // Only on a change: each set asks the layout to look again.
    if (iconSize() != QSize(side, side))
        setIconSize(QSize(side, side));
    QFont font = this->font();
    font.setPixelSize(std::max(kSmallestLabel, int(std::lround(kLabelShare * h))));
    font.setBold(true);
    if (font != this->font())
        setFont(font);
}

void ChildButton::resizeEvent(QResizeEvent* event)
{
    QPushButton::resizeEvent(event);
    fitToHeight();
}

QRectF ChildButton::iconRect() const
{
    // The icon and the label as one block in the middle; the icon on top.
    const QSizeF icon = iconSize();
    const double label = text().isEmpty() ? 0.0 : QFontMetricsF(font()).height();
    const double gap = label > 0.0 ? 0.03 * height() : 0.0;
    const double top = (height() - icon.height() - gap - label) / 2.0;
    return {(width() - icon.width()) / 2.0, top, icon.width(), icon.height()};
}

void ChildButton::setIconScale(double scale)
{
    m_iconScale = std::clamp(scale, 0.0, 1.0);
    update();
}

void ChildButton::paintEvent(QPaintEvent*)
{
    // The style draws the face (the style sheet's rounded rim); the icon and the label are
    // laid out here, one above the other, which QPushButton cannot do.
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    option.icon = QIcon();
    painter.drawControl(QStyle::CE_PushButtonBevel, option);

    const QPointF shift = isDown() ? QPointF(0, 2) : QPointF();
    const QRectF iconBox = iconRect().translated(shift);
    const QIcon::Mode mode = isEnabled() ? QIcon::Normal : QIcon::Disabled;
    const QIcon::State state = isChecked() ? QIcon::On : QIcon::Off;
    const double inset = (1.0 - m_iconScale) / 2.0;
    const QRectF picture = iconBox.adjusted(inset * iconBox.width(), inset * iconBox.height(),
                                            -inset * iconBox.width(), -inset * iconBox.height());
    painter.save();
    if (isRightToLeft() && property(kMirroredInRtlProperty).toBool()) {
        // An arrow that means "on" or "back" points the way the reader reads.
        painter.translate(picture.center().x() * 2, 0);
        painter.scale(-1, 1);
    }
    icon().paint(&painter, picture.toAlignedRect(), Qt::AlignCenter, mode, state);
    painter.restore();
    if (text().isEmpty())
        return;
    const QRectF labelBox(4, iconBox.bottom() + 0.03 * height(), width() - 8, QFontMetricsF(font()).height());
    painter.setFont(font());
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    const QString shown = QFontMetrics(font()).elidedText(text(), Qt::ElideRight, int(labelBox.width()));
    painter.drawText(labelBox, Qt::AlignHCenter | Qt::AlignTop, shown);
}
