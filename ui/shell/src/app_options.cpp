#include <digit_tutor/shell/app_options.hpp>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <array>

namespace dt::ui {
namespace {

// QApplication's own options (qguiapplication.cpp, qapplication.cpp): known to the parser
// so that they are not refused, hidden from the help, and read by QApplication from argv.
constexpr std::array kQtOptionsWithValue{"platform", "platformpluginpath", "platformtheme", "plugin",
                                         "qwindowgeometry", "qwindowicon", "qwindowtitle", "style",
                                         "stylesheet", "session", "display", "geometry"};
constexpr std::array kQtFlags{"reverse", "widgetcount", "nograb", "dograb", "sync"};

// The command line's context, as app/app/main.cpp's, for the app and lupdate alike.
class MainText {
    Q_DECLARE_TR_FUNCTIONS(main)
};

QString spelt(const QString& name) { return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name; }

} // namespace

AppOptions parseAppOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    // "-platform offscreen" is Qt's spelling: a word after one dash is a long option.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(MainText::tr("Practise writing the digits 0-9."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
                                  MainText::tr("Displays help on commandline options."));
    QCommandLineOption helpAll(QStringLiteral("help-all"), MainText::tr("Displays help on commandline options."));
    helpAll.setFlags(QCommandLineOption::HiddenFromHelp); // the same help: there are no more options to show
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     MainText::tr("Displays version information."));
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   MainText::tr("Digit model file (.dtm) to use; without it the bundled default model."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption ways(QStringLiteral("ways"),
                                  MainText::tr("Ways-of-writing file (.ways) for \"Show me\" and the formation hints; "
                                     "without it the bundled one."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      MainText::tr("Progress database: an SQLite file or postgresql://user@host/dbname; "
                                         "without it the teacher's setting, else the user's own file."),
                                      QStringLiteral("URL"));
    parser.addOptions({help, helpAll, version, model, ways, database});
    auto addQtOption = [&parser](const char* name, const QString& valueName) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), valueName);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    };
    for (const char* name : kQtOptionsWithValue)
        addQtOption(name, QStringLiteral("value"));
    for (const char* name : kQtFlags)
        addQtOption(name, QString()); // no value name: a flag

    AppOptions o;
    const bool parsed = parser.parse(arguments);
    // --help answers whatever else is wrong, as --help does everywhere.
    if (parser.isSet(help) || parser.isSet(helpAll)) {
        o.action = AppOptions::Action::Help;
        QString text = parser.helpText();
        // Without a QCoreApplication the parser cannot know the program's name.
        text.replace(0, text.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: digit-tutor [options]"));
        o.message = text + QLatin1Char('\n') + MainText::tr("Qt's own options, such as -platform NAME and -style NAME, are "
                                                  "passed on to Qt.\n");
        return o;
    }
    auto wrong = [&o](const QString& problem) {
        o.action = AppOptions::Action::WrongUsage;
        o.message = QStringLiteral("digit-tutor: ") + problem;
        return o;
    };
    if (!parser.unknownOptionNames().isEmpty())
        return wrong(MainText::tr("unknown option '%1'; see 'digit-tutor --help'.").arg(spelt(parser.unknownOptionNames().front())));
    if (!parsed) {
        // The one other way parsing fails: an option that takes a value is the last argument.
        return wrong(MainText::tr("the option '%1' needs a value.").arg(arguments.back()));
    }
    if (parser.isSet(version)) {
        o.action = AppOptions::Action::Version;
        return o;
    }
    const struct {
        const QCommandLineOption& option;
        QString* value;
        const char* what;
    } values[] = {
        {model, &o.model, QT_TRANSLATE_NOOP("main", "a model file")},
        {ways, &o.ways, QT_TRANSLATE_NOOP("main", "a ways-of-writing file")},
        {database, &o.database, QT_TRANSLATE_NOOP("main", "a file or a postgresql:// URL")},
    };
    for (const auto& v : values) {
        if (!parser.isSet(v.option))
            continue;
        *v.value = parser.value(v.option);
        if (v.value->isEmpty())
            return wrong(MainText::tr("the option '%1' needs a value (%2).").arg(spelt(v.option.names().back()), MainText::tr(v.what)));
    }
    if (!parser.positionalArguments().isEmpty())
        return wrong(MainText::tr("unexpected argument '%1'; see 'digit-tutor --help'.").arg(parser.positionalArguments().front()));
    return o;
}

} // namespace dt::ui
