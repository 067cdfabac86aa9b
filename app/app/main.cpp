// digit-tutor: the practice app. Reads its options, chooses the model and the progress
// database, then shows the window. The options are read before QApplication exists,
// because QApplication needs a display: --help and --version must work without one.

#include <digit_tutor/shell/app_options.hpp>
#include <digit_tutor/shell/app_settings.hpp>
#include <digit_tutor/shell/default_model.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/shell/startup_choices.hpp>
#include <digit_tutor/shell/app_language.hpp>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace {

void print(std::FILE* stream, const QString& text) { std::fputs(text.toLocal8Bit().constData(), stream); }

QStringList argumentList(int argc, char* argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char* argv[])
{
    const dt::ui::AppOptions options = dt::ui::parseAppOptions(argumentList(argc, argv));
    switch (options.action) {
    case dt::ui::AppOptions::Action::Help:
        print(stdout, options.message); // no translator yet (that needs the QApplication): English
        return 0;
    case dt::ui::AppOptions::Action::Version:
        print(stdout, QStringLiteral("digit-tutor " DIGIT_TUTOR_VERSION "\n"));
        return 0;
    case dt::ui::AppOptions::Action::WrongUsage:
        print(stderr, options.message + QLatin1Char('\n'));
        return 2;
    case dt::ui::AppOptions::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    // The teacher's language, the computer's; each child may practise in their own.
    AppLanguage language(app);
    language.use(QLocale::system());
    QApplication::setApplicationName(QStringLiteral("digit-tutor"));
    // Settings in ~/.config/digit-tutor/digit-tutor.conf (without an organisation Qt says
    // "Unknown Organization"); data paths do not depend on it (defaultDatabaseLocation).
    QApplication::setOrganizationName(QStringLiteral("digit-tutor"));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Digit Tutor"));
    QApplication::setApplicationVersion(QStringLiteral(DIGIT_TUTOR_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("digit-tutor"))); // installed under share/icons/hicolor

    // A model given with --model that cannot be loaded is explained, and the child still
    // gets to practise on the bundled default; only without any model does the app stop.
    const dt::ui::ModelChoice model = dt::ui::chooseModel(options.model);
    if (!model.model) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot load model"),
                              model.failures.join(QStringLiteral("\n\n")));
        return 1;
    }
    if (!model.failures.isEmpty())
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Cannot load model"),
                             model.failures.front() + QStringLiteral("\n\n") +
                                 QCoreApplication::translate("main", "The bundled model is used instead."));

    MainWindow window(model.model);
    window.setModelIdentity(MainWindow::modelIdentityOf(*model.model, model.path));
    if (model.path != dt::ui::defaultModelPath())
        window.setModelPath(model.path); // shown as the model in use in the teacher area
    // The progress store: without it (a server down, a damaged file) the child still
    // practises, and attempts are kept as files; the status bar says why.
    // A password an earlier version kept in the settings file leaves it now (used this once).
    QString password;
    const QString location = dt::ui::settings::databaseAtStart(&password);
    dt::ui::StoreChoice store = !options.database.isEmpty() ? dt::ui::openProgressStore(options.database)
                                                             : dt::ui::openProgressStore(location, password);
    const auto students = store.store ? store.store->students() : std::nullopt;
    const bool chooseStudent = students && students->size() > 1;
    window.setProgressStore(std::move(store.store));
    window.setDatabaseProblem(store.problem);
    // Without ways of writing the child still practises: the window says why "Show me" is missing.
    window.setLanguage(&language, QLocale::system());
    window.loadWritingWaysFile(options.ways.isEmpty() ? dt::ui::defaultWaysPath() : options.ways);
    // Child mode: the whole screen, as the teacher set it (F11 toggles).
    if (dt::ui::settings::fullScreen())
        window.showFullScreen();
    else
        window.show();
    if (!store.problem.isEmpty())
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Progress is kept as files, not in the database: %1").arg(store.problem));
    // First run (only Guest): straight to the canvas; a class: each child taps their name.
    if (chooseStudent)
        window.chooseStudent();
    return app.exec();
}
