// The password of a school's database server is a secret: it never reaches the settings
// file (a location is kept without it, and a file an earlier version wrote with it is
// cleaned at start, its password used that once), never shows in the Settings page (typed
// into the address, it moves to a password field on Connect), and never shows in a message,
// of the app or of digit-tutor-cli, however mistyped the address is.

#include "postgres_server.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/shell/app_settings.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/shell/startup_choices.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>
#include <digit_tutor/teacher/teacher_settings_page.hpp>

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString kSecret = QStringLiteral("s3cret");

QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDatabasePassword : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    QTemporaryDir m_attempts;

    // The app's window with the teacher area open (no PIN set): `use` works in its Settings.
    void inSettings(const std::function<void(MainWindow&, TeacherSettingsPage&)>& use)
    {
        MainWindow window(m_model);
        window.setAttemptFolder(m_attempts.path());
        bool opened = false;
        connect(&window, &MainWindow::teacherAreaOpened, this, [&](TeacherArea* area) {
            QTimer::singleShot(0, area, [&, area] {
                opened = true;
                use(window, *area->settingsPage());
                area->accept();
            });
        });
        window.openTeacherArea();
        QVERIFY(opened);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_model = std::make_shared<const dt::DigitModel>(dt::loadModel(dt::test::defaultModelPath().toStdString()));
    }

    void cleanup() { QSettings().clear(); }

    void theSettingsKeepTheAddressWithoutThePassword()
    {
        dt::ui::settings::setDatabase(QStringLiteral("postgresql://teacher:%1@school-server:5433/digit_tutor").arg(kSecret));
        QCOMPARE(dt::ui::settings::database(), QStringLiteral("postgresql://teacher@school-server:5433/digit_tutor"));
        const QByteArray file = settingsFile();
        QVERIFY2(file.contains("teacher@school-server"), file.constData());
        QVERIFY2(!file.contains(kSecret.toUtf8()), file.constData());
    }

    void aSettingsFileWithAPasswordIsCleanedAtStart()
    {
        // As an earlier version wrote it.
        QSettings().setValue(QStringLiteral("store/database"),
                             QStringLiteral("postgresql://teacher:%1@school-server/digit_tutor").arg(kSecret));
        QVERIFY(settingsFile().contains(kSecret.toUtf8()));
        QString password;
        QCOMPARE(dt::ui::settings::databaseAtStart(&password), QStringLiteral("postgresql://teacher@school-server/digit_tutor"));
        QCOMPARE(password, kSecret); // for this session's connection
        QVERIFY2(!settingsFile().contains(kSecret.toUtf8()), settingsFile().constData());
        QCOMPARE(dt::ui::settings::databaseAtStart(&password), QStringLiteral("postgresql://teacher@school-server/digit_tutor"));
        QVERIFY(password.isEmpty());
    }

    void thePasswordGivenForTheSessionReachesTheServer()
    {
        // Nothing listens on port 1; what matters is what the store was asked to open with.
        const dt::ui::StoreChoice choice =
            dt::ui::openProgressStore(QStringLiteral("postgresql://teacher@127.0.0.1:1/digit_tutor"), kSecret);
        QVERIFY(!choice.store);
        QVERIFY2(!choice.problem.contains(kSecret), qPrintable(choice.problem));
        const auto parsed = dt::store::parseDatabaseLocation(QStringLiteral("postgresql://teacher:%1@host/db").arg(kSecret));
        QVERIFY(parsed);
        QCOMPARE(parsed->password, kSecret);
    }

    void messagesHideThePassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("not a URL") << QStringLiteral("postgresql://teacher:%1@school server/dt");
        QTest::newRow("a slash in the password") << QStringLiteral("postgresql://teacher:%1/x@school-server/dt");
        QTest::newRow("an @ in the password") << QStringLiteral("postgresql://teacher:%1@x@school-server:99999/dt");
        QTest::newRow("no database") << QStringLiteral("postgresql://teacher:%1@school-server/");
        QTest::newRow("a bad port") << QStringLiteral("postgresql://teacher:%1@school-server:99999/dt");
        QTest::newRow("a bad port in the query") << QStringLiteral("postgres://teacher:%1@/dt?host=/run/pg&port=x1");
    }
    void messagesHideThePassword()
    {
        QFETCH(QString, location);
        location = location.arg(kSecret);
        QString error;
        QVERIFY(!dt::store::parseDatabaseLocation(location, &error));
        QVERIFY2(!error.contains(kSecret) && !error.contains(QStringLiteral("3cr")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("teacher:***@")), qPrintable(error));

        // And as the teacher meets it in Settings.
        inSettings([&](MainWindow&, TeacherSettingsPage& settings) {
            settings.databaseField()->setText(location);
            settings.connectButton()->click();
            QVERIFY2(settings.messageText().contains(QStringLiteral("not changed")), qPrintable(settings.messageText()));
            QVERIFY2(!settings.messageText().contains(kSecret), qPrintable(settings.messageText()));
        });
    }

    void theCommandLinePrintsNoPassword()
    {
        QProcess cli;
        cli.start(dt::test::cliPath(),
                  {QStringLiteral("report"), QStringLiteral("--database"),
                   QStringLiteral("postgresql://teacher:%1@school server/dt").arg(kSecret), QStringLiteral("--class"),
                   QStringLiteral("1B"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                   QDir::temp().filePath(QStringLiteral("never-written.csv"))});
        QVERIFY(cli.waitForFinished(30000));
        const QString said = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QVERIFY(cli.exitCode() != 0);
        QVERIFY2(said.contains(QStringLiteral("not a valid URL")), qPrintable(said));
        QVERIFY2(!said.contains(kSecret), qPrintable(said));
    }

    void theSettingsFieldNeverShowsThePassword()
    {
        QSettings().setValue(QStringLiteral("store/database"),
                             QStringLiteral("postgresql://teacher:%1@school-server/digit_tutor").arg(kSecret));
        inSettings([&](MainWindow&, TeacherSettingsPage& settings) {
            QCOMPARE(settings.databaseField()->text(), QStringLiteral("postgresql://teacher@school-server/digit_tutor"));
            QVERIFY(settings.databasePasswordField()->text().isEmpty());
            QCOMPARE(settings.databasePasswordField()->echoMode(), QLineEdit::Password);

            // Typed into the address, the password moves to its own field on Connect.
            settings.databaseField()->setText(QStringLiteral("postgresql://teacher:%1@127.0.0.1:1/digit_tutor").arg(kSecret));
            settings.connectButton()->click();
            QCOMPARE(settings.databaseField()->text(), QStringLiteral("postgresql://teacher@127.0.0.1:1/digit_tutor"));
            QCOMPARE(settings.databasePasswordField()->text(), kSecret);
            QVERIFY2(!settings.messageText().contains(kSecret), qPrintable(settings.messageText()));
        });
    }

    void aServerConnectedWithAPasswordLeavesNoneInTheSettingsFile()
    {
        dt::test::PostgresServer server;
        QString error;
        if (!server.start(&error))
            DT_SKIP_MISSING(qPrintable(error));
        const QString url = server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        // The test server trusts every local user, so it takes any password.
        const QString withPassword = QString(url).replace(QStringLiteral("postgres@"), QStringLiteral("postgres:%1@").arg(kSecret));
        inSettings([&](MainWindow& window, TeacherSettingsPage& settings) {
            settings.databaseField()->setText(withPassword);
            settings.connectButton()->click();
            QVERIFY2(settings.messageText().contains(QStringLiteral("now kept in")), qPrintable(settings.messageText()));
            QVERIFY(window.progressStore());
            QCOMPARE(window.progressStore()->location().password, kSecret);
            QCOMPARE(settings.databaseField()->text(), url);
            QVERIFY(settings.databasePasswordField()->text().isEmpty());
        });
        QCOMPARE(dt::ui::settings::database(), url);
        QVERIFY2(!settingsFile().contains(kSecret.toUtf8()), settingsFile().constData());
    }
};

DT_TEST_MAIN(TestDatabasePassword, QApplication)
#include "test_database_password.moc"
