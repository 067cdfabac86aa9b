#pragma once
// The practice page's buttons: big enough for a small finger (at least kMinimumHeight
// logical pixels high, room around the words), bold, named for screen readers, with their
// key in the tooltip, and never taking the keyboard focus, so that Return always means
// Done whatever was clicked last.

#include <digit_tutor/common/child_icons.hpp>

#include <QKeySequence>
#include <QString>

class QPushButton;
class QWidget;

namespace dt::ui {

/// Finger-sized: about 9 mm at 96 dpi, above the 7-10 mm that touch guidelines ask for.
inline constexpr int kMinimumButtonHeight = 56;

/// A button showing `text`, with `accessibleName`, and the tooltip "tip (key)".
QPushButton* bigButton(const QString& text, const QString& accessibleName, const QString& tip,
                       const QKeySequence& key, QWidget* parent, int pixelSize = 22);

/// A child's button (a ChildButton, child_button.hpp): `icon` large above the short label
/// `text` (may be empty: icon alone), both scaling with the button's height, at least
/// kMinimumButtonHeight high; named `accessibleName` for screen readers, the tooltip
/// "tip (key)", never taking the focus. The key itself is not bound: the page binds it.
QPushButton* iconButton(ChildIcon icon, const QString& text, const QString& accessibleName, const QString& tip,
                        const QKeySequence& key, QWidget* parent);

/// New words for a button made by bigButton() or iconButton(), after a change of language:
/// its label, its name for screen readers and its tooltip "tip (key)".
void setButtonWords(QPushButton* button, const QString& text, const QString& accessibleName, const QString& tip,
                    const QKeySequence& key);

/// "tip (key)", the tooltip of every big button.
QString tipWithKey(const QString& tip, const QKeySequence& key);

} // namespace dt::ui
