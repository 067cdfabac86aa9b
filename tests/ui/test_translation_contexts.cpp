// Every text the app looks up for translation can be found in the translation file: its
// context and its source text are there as the code asks for them. lupdate files a tr() by
// where it is written (the class around it, else the namespace) and the app looks it up by
// the context the code names; where the two differ, as the store's messages once did ("dt::store"
// in the file, "ProgressStore" asked), a translator can never reach the text.
//
// Two checks: the app is driven (the windows and pages opened, the store, its addresses,
// the reports and the command line made to say what is wrong) with a translator that
// records every lookup, and each must be an entry of translations/digit_tutor_en.ts; and
// every context of that file must be one that the code names (a QObject class, a
// Q_DECLARE_TR_FUNCTIONS or a translate() context), and every context the code names must
// be in the file.

#include "practice_window.hpp"
#include "sqlite_store.hpp"
#include "teacher_area_session.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"
#include "translation_file.hpp"

#include <digit_tutor/shell/app_options.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/store_integrity.hpp>
#include <digit_tutor/reports/progress_chart.hpp>
#include <digit_tutor/reports/report_file.hpp>

#include <digit_tutor/engine/model_file.hpp>

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>
#include <utility>

namespace {

using Entry = std::pair<QString, QString>; // context, source text

// The entries of a .ts file, and its contexts.
struct TsFile {
    QSet<Entry> entries;
    QSet<QString> contexts;
    QString problem;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    const dt::test::TsContents contents = dt::test::readTsFile(path);
    ts.problem = contents.problem;
    for (const dt::test::TsMessage& m : contents.messages) {
        ts.contexts.insert(m.context);
        ts.entries.insert({m.context, m.source});
    }
    return ts;
}

// Answers no lookup (the source text shows) and remembers each one.
class LookupRecorder : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (sourceText && *sourceText) {
            const QMutexLocker lock(&m_mutex);
            m_seen.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        }
        return {};
    }
    bool isEmpty() const override { return false; }

    QSet<Entry> seen() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_seen;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<Entry> m_seen;
};

// The files lupdate reads (ui/shell/CMakeLists.txt): every layer's sources and the app's main.
QStringList translatedSources()
{
    QStringList files{dt::test::sourceDir() + QStringLiteral("/app/app/main.cpp")};
    QDirIterator it(dt::test::sourceDir() + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.hpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// What the code names as a context: a class with Q_OBJECT (its tr()), the argument of
// Q_DECLARE_TR_FUNCTIONS, and the first argument of translate() and QT_TRANSLATE_NOOP.
// (The macros' names are split: moc reads this file too.)
struct CodeContexts {
    QSet<QString> classes; ///< unqualified
    QSet<QString> handWritten;
    int files = 0;

    /// Whether the app's code looks texts up in `context` (not Qt's own classes).
    bool has(const QString& context) const
    {
        return handWritten.contains(context) || classes.contains(context.section(QStringLiteral("::"), -1));
    }
};

CodeContexts readCodeContexts()
{
    static const QRegularExpression qobject(QStringLiteral("class\\s+(\\w+)\\b[^;{]*\\{\\s*Q_" "OBJECT\\b"));
    static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_" "FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"));
    static const QRegularExpression named(QStringLiteral("(?:translate|QT_TRANSLATE_" "NOOP)\\(\\s*\"([^\"]+)\""));
    CodeContexts code;
    for (const QString& path : translatedSources()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++code.files;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch& m : qobject.globalMatch(text))
            code.classes.insert(m.captured(1));
        for (const QRegularExpressionMatch& m : declared.globalMatch(text))
            code.handWritten.insert(m.captured(1));
        for (const QRegularExpressionMatch& m : named.globalMatch(text))
            code.handWritten.insert(m.captured(1));
    }
    return code;
}

QString list(const QSet<QString>& items)
{
    QStringList sorted(items.begin(), items.end());
    sorted.sort();
    return sorted.join(QStringLiteral(", "));
}

} // namespace

class TestTranslationContexts : public QObject {
    Q_OBJECT

    TsFile m_ts;
    CodeContexts m_code;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_ts = readTs(dt::test::sourceDir() + QStringLiteral("/translations/digit_tutor_en.ts"));
        QVERIFY2(m_ts.problem.isEmpty(), qPrintable(m_ts.problem));
        QVERIFY(m_ts.entries.size() > 100);
        m_code = readCodeContexts();
        QVERIFY(m_code.files > 50);
        QVERIFY(m_code.classes.contains(QStringLiteral("ProgressView")));
    }

    void everyTextTheAppLooksUpIsInTheTranslationFile()
    {
        LookupRecorder recorder;
        QCoreApplication::installTranslator(&recorder);
        QTemporaryDir dir;

        // The store's messages: an address that is wrong, a file that is not a database.
        QString error;
        QVERIFY(!dt::store::parseDatabaseLocation(QString(), &error));
        QVERIFY(!dt::store::parseDatabaseLocation(QStringLiteral("postgresql://school.example"), &error));
        QVERIFY(!dt::store::parseDatabaseLocation(QStringLiteral("postgresql://school.example:99999/db"), &error));
        const QString notADatabase = dir.filePath(QStringLiteral("letter.sqlite"));
        {
            QFile file(notADatabase);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        dt::store::DatabaseLocation letter;
        letter.path = notADatabase;
        QVERIFY(!dt::store::ProgressStore::open(letter, &error));
        QVERIFY2(error.contains(QStringLiteral("not an SQLite database")), qPrintable(error));
        QVERIFY(!dt::store::checkIntegrity(letter).ok);

        // The reports' and the command line's.
        QVERIFY(!dt::reports::ProgressChart({}, dt::reports::ProgressStep::Day).title().isEmpty());
        QVERIFY(!dt::reports::writeReportFile(QString(), [](QIODevice&, QString*) { return true; }, &error));
        QCOMPARE(dt::ui::parseAppOptions({QStringLiteral("digit-tutor"), QStringLiteral("--colour")}).action,
                 dt::ui::AppOptions::Action::WrongUsage);

        // The windows: the child's, and each page of the teacher's.
        const auto model = std::make_shared<const dt::DigitModel>(
            dt::loadModel(dt::test::defaultModelPath().toStdString()));
        QTemporaryDir attempts;
        auto window = dt::test::openPracticeWindow(model, attempts);
        QVERIFY(window);
        window->setProgressStore(dt::test::openSqliteStore(dir.filePath(QStringLiteral("school.sqlite"))));
        QVERIFY(dt::test::inTeacherArea(*window, [](TeacherArea& area) {
            for (int i = 0; i < area.tabs()->count(); ++i) {
                area.tabs()->setCurrentIndex(i);
                QApplication::processEvents();
            }
        }));
        window.reset();
        QCoreApplication::removeTranslator(&recorder);
        QSettings().clear();

        const QSet<Entry> seen = recorder.seen();
        QStringList missing;
        QSet<QString> contexts;
        for (const Entry& e : seen) {
            if (!m_code.has(e.first))
                continue; // Qt's own ("QShortcut"), translated by Qt's files
            contexts.insert(e.first);
            if (!m_ts.entries.contains(e))
                missing << QStringLiteral("%1: \"%2\"").arg(e.first, e.second);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 text(s) looked up but not in the translation file:\n")
                                                   .arg(missing.size()) +
                                               missing.join(QLatin1Char('\n'))));
        // Not a check that passes for having looked nothing up: the store's were.
        for (const char* context : {"ProgressStore", "DatabaseLocation", "ReportText", "main", "TeacherArea"})
            QVERIFY2(contexts.contains(QLatin1String(context)), context);
    }

    void everyContextOfTheTranslationFileIsOneTheCodeNames()
    {
        // A namespace ("dt::store") or a class without tr() of its own is a context no lookup uses.
        QSet<QString> unused;
        for (const QString& context : std::as_const(m_ts.contexts))
            if (!m_code.has(context))
                unused.insert(context);
        QVERIFY2(unused.isEmpty(),
                 qPrintable(QStringLiteral("contexts of the translation file that the code never looks up: ") + list(unused)));

        QSet<QString> absent;
        for (const QString& context : std::as_const(m_code.handWritten))
            if (!m_ts.contexts.contains(context))
                absent.insert(context);
        QVERIFY2(absent.isEmpty(),
                 qPrintable(QStringLiteral("contexts the code names that the translation file lacks: ") + list(absent)));
    }
};

DT_TEST_MAIN(TestTranslationContexts, QApplication)
#include "test_translation_contexts.moc"
