#pragma once
// The look of the child's side in one place: a soft cream background, white rounded
// buttons with a coloured rim, calm bright accents (green for Done, blue, orange, purple, a
// warm yellow for stars) and dark text. Widgets take their colours from here, so that the
// icons (resources/icons/child/, drawn with the same colours), the stars, the meter, the
// guide and the canvas agree.
//
// Example use:
//     dt::ui::applyChildStyle(practicePage); // the page and everything in it
//     doneButton->setProperty(dt::ui::kChildAccentProperty, "done"); // the green Done

#include <QColor>
#include <QString>

class QWidget;

namespace dt::ui {

namespace childColours {
QColor background(); ///< the soft cream behind everything
QColor surface();    ///< a button's face, the canvas's paper
QColor text();       ///< dark text and outlines
QColor mutedText();  ///< disabled text
QColor rim();        ///< a resting button's border
QColor green();      ///< Done, "very sure", start dots
QColor blue();       ///< the main accent: checked buttons, the guide, Next
QColor orange();     ///< warm accent: "not sure yet"
QColor purple();     ///< Say it again, the child
QColor yellow();     ///< stars
QColor softGrey();   ///< unearned stars, empty tracks
QColor writingLine(); ///< the canvas's school writing lines
QColor guideInk();   ///< the guide's and the tracing template's ink: a strong calm blue
} // namespace childColours

/// The dynamic property that picks a button's accent in the child's style sheet: "done"
/// (green face, white text) or "quiet" (no rim, for rarely used buttons). Set it before
/// applyChildStyle(), or call applyChildStyle() again.
inline constexpr const char* kChildAccentProperty = "childAccent";

/// The style sheet of the child's side: rounded white buttons with a rim, checked buttons
/// blue-rimmed on pale blue, disabled ones faded, pressed ones darker. No fonts: buttons
/// size their own text (ChildButton).
QString childStyleSheet();

/// Gives `root` (and so its children) the child's palette and style sheet; auto-fills
/// its background with the soft cream. A null root is ignored.
void applyChildStyle(QWidget* root);

} // namespace dt::ui
