#pragma once
// Names as shown: a name typed with a right-to-left override (U+202E) shows its letters
// reversed, so "Ben\u202Efdp.exe" reads as "Benexe.pdf" on screen and in a suggested file
// name. The store keeps names as typed; everything that shows one to a person (the
// student picker, the window title, the teacher's pages, reports, file names) shows it
// through this.

#include <QString>

namespace dt::store {

/// Whether `c` is a bidirectional formatting character: the embeddings and overrides
/// U+202A-U+202E, the isolates U+2066-U+2069, the marks U+200E, U+200F and U+061C.
bool isBidiControl(QChar c);

/// `text` without its bidirectional formatting characters (isBidiControl); everything else
/// as it is, so Arabic or Hebrew letters still run right to left by their own direction.
/// Never fails; an empty or control-only text gives "".
QString withoutBidiControls(const QString& text);

/// A name or class as shown in a sentence of the app's language: withoutBidiControls, and in
/// a right-to-left language (Hebrew) set apart by first-strong isolates (U+2068 ... U+2069),
/// so that "Zoë (כיתה 1B)" reads right to left around a name written left to right.
QString shownText(const QString& text);

/// A student's name as shown (shownText), Guest's in the app's language: "Guest" is how
/// the store knows the student of anyone without a profile, not a name a child has.
QString shownName(const QString& name);

} // namespace dt::store
