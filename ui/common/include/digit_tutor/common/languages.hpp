#pragma once
// The languages the app speaks, for the teacher's choice of a class's and a student's
// language: those with a translation built into the app (":/i18n/digit_tutor_<name>.qm",
// AppLanguage loads them).

#include <QString>
#include <QStringList>

namespace dt::ui {

/// The locale names of the built-in translations ("de", "en", "pt_BR", ...), sorted; empty
/// in a program built without them.
QStringList builtInLanguages();

/// A language as a teacher picks it from a list: its own name in its own words with a
/// capital ("Deutsch", "Português (Brasil)", "עברית"); the name itself for a locale name Qt
/// does not know.
QString languageName(const QString& language);

} // namespace dt::ui
