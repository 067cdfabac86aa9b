// digit-tutor: the practice app. Reads its options, finds and loads the model, then shows
// the window. The options are read before QApplication exists, because QApplication needs
// a display: --help and --version must work on a machine without one.

#include <digit_tutor/shell/default_model.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/shell/translations.hpp>

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string_view>

namespace {

// QApplication's own options (qguiapplication.cpp, qapplication.cpp), passed on to it
// untouched; Qt reads "--style" as "-style" too.
constexpr std::string_view kQtOptionsWithValue[] = {"platform", "platformpluginpath", "platformtheme", "plugin",
                                                    "qwindowgeometry", "qwindowicon", "qwindowtitle", "style",
                                                    "stylesheet", "session", "display", "geometry"};
constexpr std::string_view kQtFlags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};

struct Options {
    enum class Action { Run, Help, Version, WrongUsage } action = Action::Run;
    QString model;   ///< empty: the default model
    QString ways;    ///< empty: the default ways of writing
    QString database; ///< empty: the teacher's setting, else the user's own SQLite file
    QString problem; ///< for WrongUsage, one sentence
};

bool contains(const auto& list, std::string_view word)
{
    for (std::string_view w : list)
        if (w == word)
            return true;
    return false;
}

Options parseOptions(int argc, char* argv[])
{
    Options o;
    auto wrong = [&o](const QString& problem) {
        o.action = Options::Action::WrongUsage;
        o.problem = problem;
        return o;
    };
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const QString shown = QString::fromLocal8Bit(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all") {
            o.action = Options::Action::Help;
            return o;
        }
        if (arg == "-v" || arg == "--version") {
            o.action = Options::Action::Version;
            return o;
        }
        // The options that take a value, as "--name value" or "--name=value".
        const struct {
            std::string_view name;
            std::string_view shortName;
            QString* value;
            const char* what;
        } valueOptions[] = {
            {"--model", "-m", &o.model, QT_TRANSLATE_NOOP("main", "a model file")},
            {"--database", "", &o.database, QT_TRANSLATE_NOOP("main", "a file or a postgresql:// URL")},
            {"--ways", "", &o.ways, QT_TRANSLATE_NOOP("main", "a ways-of-writing file")},
        };
        bool taken = false;
        for (const auto& option : valueOptions) {
            const bool attached = arg.starts_with(option.name) && arg.size() > option.name.size() &&
                                 arg[option.name.size()] == '=';
            if (!attached && arg != option.name && (option.shortName.empty() || arg != option.shortName))
                continue;
            if (attached)
                *option.value = QString::fromLocal8Bit(argv[i] + option.name.size() + 1);
            else if (i + 1 < argc)
                *option.value = QString::fromLocal8Bit(argv[++i]);
            if (option.value->isEmpty())
                return wrong(QCoreApplication::translate("main", "digit-tutor: the option '%1' needs a value (%2).")
                                 .arg(attached ? QString::fromLatin1(option.name.data(), qsizetype(option.name.size())) : shown,
                                      QCoreApplication::translate("main", option.what)));
            taken = true;
            break;
        }
        if (taken)
            continue;
        if (arg.size() > 1 && arg[0] == '-') {
            const std::string_view name = arg.substr(arg.starts_with("--") ? 2 : 1);
            const std::string_view bare = name.substr(0, name.find('='));
            if (contains(kQtFlags, bare) || (contains(kQtOptionsWithValue, bare) && bare != name))
                continue;
            if (contains(kQtOptionsWithValue, bare)) {
                if (i + 1 >= argc)
                    return wrong(
                        QCoreApplication::translate("main", "digit-tutor: the option '%1' needs a value.").arg(shown));
                ++i;
                continue;
            }
            return wrong(
                QCoreApplication::translate("main", "digit-tutor: unknown option '%1'; see 'digit-tutor --help'.")
                    .arg(shown));
        }
        return wrong(
            QCoreApplication::translate("main", "digit-tutor: unexpected argument '%1'; see 'digit-tutor --help'.")
                .arg(shown));
    }
    return o;
}

void print(std::FILE* stream, const QString& text) { std::fputs(text.toLocal8Bit().constData(), stream); }

} // namespace

int main(int argc, char* argv[])
{
    const Options options = parseOptions(argc, argv);
    switch (options.action) {
    case Options::Action::Help:
        // No translator can be installed yet (that needs the QApplication): English.
        print(stdout, QCoreApplication::translate(
                          "main", "Usage: digit-tutor [options]\n"
                                  "Practise writing the digits 0-9.\n"
                                  "\n"
                                  "Options:\n"
                                  "  -h, --help          Displays help on commandline options.\n"
                                  "  -v, --version       Displays version information.\n"
                                  "  -m, --model <FILE>  Digit model file (.dtm) to use; without it the bundled\n"
                                  "                      default model.\n"
                                  "  --ways <FILE>       Ways-of-writing file (.ways) for \"Show me\" and the\n"
                                  "                      formation hints; without it the bundled one.\n"
                                  "  --database <URL>    Progress database: an SQLite file or\n"
                                  "                      postgresql://user@host/dbname; without it the\n"
                                  "                      teacher's setting, else the user's own file.\n"
                                  "\n"
                                  "Qt's own options, such as -platform NAME and -style NAME, are passed on to Qt.\n"));
        return 0;
    case Options::Action::Version:
        print(stdout, QStringLiteral("digit-tutor " DIGIT_TUTOR_VERSION "\n"));
        return 0;
    case Options::Action::WrongUsage:
        print(stderr, options.problem + QLatin1Char('\n'));
        return 2;
    case Options::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    dt::ui::installTranslations(app);
    QApplication::setApplicationName(QStringLiteral("digit-tutor"));
    // Settings in ~/.config/digit-tutor/digit-tutor.conf (without an organisation Qt says
    // "Unknown Organization"); data paths do not depend on it (defaultDatabaseLocation).
    QApplication::setOrganizationName(QStringLiteral("digit-tutor"));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Digit Tutor"));
    QApplication::setApplicationVersion(QStringLiteral(DIGIT_TUTOR_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("digit-tutor"))); // installed under share/icons/hicolor

    // A model given with --model that cannot be loaded is explained, and the child still
    // gets to practise on the bundled default; only without any model does the app stop.
    std::shared_ptr<const dt::DigitModel> model;
    QStringList failures;
    QStringList candidates;
    QString loadedPath;
    // --model, else the model the teacher chose (remembered), else the bundled default.
    const QString chosenModel = QSettings().value(QStringLiteral("model/path")).toString();
    if (!options.model.isEmpty())
        candidates << options.model;
    else if (!chosenModel.isEmpty())
        candidates << chosenModel;
    candidates << dt::ui::defaultModelPath();
    for (const QString& path : candidates) {
        try {
            model = std::make_shared<const dt::DigitModel>(dt::loadModel(path.toStdString()));
            loadedPath = path;
            break;
        } catch (const std::exception& e) {
            failures << QCoreApplication::translate("main", "The model %1 could not be loaded.\n\n%2")
                            .arg(path, QString::fromUtf8(e.what()));
        }
    }
    if (!model) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot load model"),
                              failures.join(QStringLiteral("\n\n")));
        return 1;
    }
    if (!failures.isEmpty())
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Cannot load model"),
                             failures.front() + QStringLiteral("\n\n") +
                                 QCoreApplication::translate("main", "The bundled model is used instead."));

    MainWindow window(model);
    window.setModelIdentity(MainWindow::modelIdentityOf(*model, loadedPath));
    if (loadedPath != dt::ui::defaultModelPath())
        window.setModelPath(loadedPath); // shown as the model in use in the teacher area
    // The progress store: without it (a server down, a damaged file) the child still
    // practises, and attempts are kept as files; the status bar says why.
    QString databaseProblem;
    const QString database = !options.database.isEmpty()
                                 ? options.database
                                 : QSettings().value(QStringLiteral("store/database")).toString();
    const auto location = database.isEmpty() ? std::optional(dt::store::defaultDatabaseLocation())
                                             : dt::store::parseDatabaseLocation(database, &databaseProblem);
    auto store = location ? dt::store::ProgressStore::open(*location, &databaseProblem) : nullptr;
    const auto students = store ? store->students() : std::nullopt;
    const bool chooseStudent = students && students->size() > 1;
    window.setProgressStore(std::move(store));
    window.setDatabaseProblem(databaseProblem);
    // Without ways of writing the child still practises: the window says why "Show me" is missing.
    window.loadWritingWaysFile(options.ways.isEmpty() ? dt::ui::defaultWaysPath() : options.ways);
    window.show();
    if (!databaseProblem.isEmpty())
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Progress is kept as files, not in the database: %1").arg(databaseProblem));
    // First run (only Guest): straight to the canvas; a class: each child taps their name.
    if (chooseStudent)
        window.chooseStudent();
    return app.exec();
}
