#include <digit_tutor/common/big_button.hpp>

#include <digit_tutor/common/child_button.hpp>

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPushButton>

#include <algorithm>

namespace dt::ui {

QString tipWithKey(const QString& tip, const QKeySequence& key)
{
    return QCoreApplication::translate("BigButton", "%1 (%2)", "a tooltip and its key")
        .arg(tip, key.toString(QKeySequence::NativeText));
}

void setButtonWords(QPushButton* button, const QString& text, const QString& accessibleName, const QString& tip,
                    const QKeySequence& key)
{
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(tipWithKey(tip, key));
}

QPushButton* bigButton(const QString& text, const QString& accessibleName, const QString& tip,
                       const QKeySequence& key, QWidget* parent, int pixelSize)
{
    auto* button = new QPushButton(text, parent);
    QFont font = button->font();
    font.setPixelSize(pixelSize);
    font.setBold(true);
    button->setFont(font);
    // Room around the words, which the style alone leaves tight.
    const int width = std::max(120, QFontMetrics(font).horizontalAdvance(text) + 40);
    button->setMinimumSize(width, kMinimumButtonHeight);
    button->setAccessibleName(accessibleName);
    button->setToolTip(tipWithKey(tip, key));
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QPushButton* iconButton(ChildIcon icon, const QString& text, const QString& accessibleName, const QString& tip,
                        const QKeySequence& key, QWidget* parent)
{
    auto* button = new ChildButton(childIcon(icon), text, parent);
    button->setAccessibleName(accessibleName);
    button->setToolTip(tipWithKey(tip, key));
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace dt::ui
