#pragma once
// digit-tutor's command line, read with QCommandLineParser before any QApplication exists:
// QApplication needs a display, and --help and --version must answer without one.
//
//   digit-tutor [--model FILE] [--ways FILE] [--database URL] [Qt's own options]
//
// Qt's own options (-platform NAME, -style NAME, -reverse, ...) are accepted and left in
// argv for QApplication, which reads them itself.
//
// Example use:
//   const dt::ui::AppOptions options = dt::ui::parseAppOptions({"digit-tutor", "--model", "my.dtm"});
//   if (options.action == dt::ui::AppOptions::Action::Help) print(options.message);

#include <QString>
#include <QStringList>

namespace dt::ui {

struct AppOptions {
    enum class Action { Run, Help, Version, WrongUsage } action = Action::Run;
    QString model;    ///< empty: the teacher's choice, else the bundled default model
    QString ways;     ///< empty: the bundled ways of writing
    QString database; ///< empty: the teacher's setting, else the user's own SQLite file
    /// Help: the help text; WrongUsage: one sentence starting "digit-tutor: " that says what
    /// is wrong (an unknown option, an option without its value, a stray argument).
    QString message;
};

/// Reads `arguments` (the program's name first, as argv). --help wins over everything, then
/// --version; a value option given twice keeps the last. Needs no QCoreApplication.
AppOptions parseAppOptions(const QStringList& arguments);

} // namespace dt::ui
