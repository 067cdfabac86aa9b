// The teacher's PIN holds on every way into the grown-ups' functions, as a child would try
// them: the Teacher button, Ctrl+Shift+T and every other key of the child's window, holding
// the quit button; when the database cannot be opened at start, when it goes down while the
// app runs, after the teacher switched to a database that has no PIN yet, and when an area
// opened without a PIN (none known) connects to a database that has one. Wrong PINs make
// the next try wait, longer each time, and closing the dialog does not skip the wait.

#include "postgres_server.hpp"
#include "sqlite_store.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/common/hold_button.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/shell/startup_choices.hpp>
#include <digit_tutor/teacher/students_page.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>
#include <digit_tutor/teacher/teacher_settings_page.hpp>
#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/teacher_lock.hpp>

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString kPin = QStringLiteral("2468");

// Answers every dialog that comes up over the window, as a child who does not know the PIN
// (Cancel) or a teacher who does (`pin`), and notes what came: how often the PIN was asked,
// and the class of any other dialog (which a child must never reach without the PIN).
class DialogWatcher : public QObject {
public:
    explicit DialogWatcher(QString pin = QString())
        : m_pin(std::move(pin))
    {
        connect(&m_poll, &QTimer::timeout, this, &DialogWatcher::poll);
        m_poll.start(10);
    }

    int pinAsked = 0;
    QStringList others;

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || qobject_cast<TeacherArea*>(modal))
            return;
        auto* unlock = qobject_cast<UnlockDialog*>(modal);
        if (!unlock) {
            others << QString::fromLatin1(modal->metaObject()->className());
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            return;
        }
        ++pinAsked;
        if (m_pin.isEmpty() || !unlock->secretField()->isEnabled()) {
            unlock->reject();
            return;
        }
        unlock->secretField()->setText(m_pin);
        QTest::keyClick(unlock->secretField(), Qt::Key_Return);
    }

    QString m_pin;
    QTimer m_poll;
};

} // namespace

class TestTeacherLock : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    QTemporaryDir m_dir;
    QTemporaryDir m_attempts;
    std::unique_ptr<MainWindow> m_window;
    int m_areasOpened = 0;
    std::function<void(TeacherArea&)> m_inArea; ///< what the next area opened does, before it closes

    QString pathOf(const QString& name) const { return m_dir.filePath(name); }

    // The app as it starts: the settings file is what the last session left.
    void start(std::unique_ptr<dt::store::ProgressStore> store, const QString& problem = QString())
    {
        m_window = std::make_unique<MainWindow>(m_model);
        m_window->setAttemptFolder(m_attempts.path());
        m_window->setProgressStore(std::move(store));
        m_window->setDatabaseProblem(problem);
        m_window->resize(1024, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        connect(m_window.get(), &MainWindow::teacherAreaOpened, this, [this](TeacherArea* area) {
            ++m_areasOpened;
            QTimer::singleShot(0, area, [this, area] {
                if (m_inArea)
                    m_inArea(*area);
                area->accept();
            });
        });
    }

    // The database at `location` as the app opens it at start: `--database` or the settings.
    void startWithDatabase(const QString& location)
    {
        dt::ui::StoreChoice choice = dt::ui::openProgressStore(location);
        start(std::move(choice.store), choice.problem);
    }

    // A first session on the school's own file: the teacher sets the PIN in Settings.
    void aTeacherSetsThePin()
    {
        start(dt::test::openSqliteStore(pathOf(QStringLiteral("school.sqlite"))));
        m_inArea = [](TeacherArea& area) {
            TeacherSettingsPage* settings = area.settingsPage();
            settings->newSecretField()->setText(kPin);
            settings->repeatSecretField()->setText(kPin);
            settings->setSecretButton()->click();
        };
        m_window->openTeacherArea();
        m_inArea = nullptr;
        m_window.reset();
        m_areasOpened = 0;
    }

    // Presses a key on the child's window, as a child does: the window active first (a dialog
    // that just closed may have left none).
    void press(QKeyCombination key)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
    }

    // Holds the quit button down until it fires.
    void holdQuit()
    {
        auto* quit = m_window->findChild<HoldButton*>(QStringLiteral("quit"));
        QVERIFY(quit);
        quit->setHoldDuration(50);
        QSignalSpy held(quit, &HoldButton::held);
        QTest::mousePress(quit, Qt::LeftButton);
        QTRY_COMPARE(held.count(), 1);
        QTest::mouseRelease(quit, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_model = std::make_shared<const dt::DigitModel>(dt::loadModel(dt::test::defaultModelPath().toStdString()));
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("view/speech"), false);
        m_areasOpened = 0;
    }

    void cleanup()
    {
        m_inArea = nullptr; // it may hold a finished test's locals
        m_window.reset();
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(pathOf(name));
        QSettings().clear();
    }

    void everyDoorAsksForThePinWhenTheDatabaseCannotBeOpenedAtStart()
    {
        aTeacherSetsThePin();
        startWithDatabase(QStringLiteral("postgresql://127.0.0.1:1/x")); // nothing listens there
        QVERIFY(!m_window->progressStore());
        {
            DialogWatcher child;
            press(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
            auto* door = m_window->findChild<QPushButton*>(QStringLiteral("teacherArea"));
            QVERIFY(door);
            QTest::mouseClick(door, Qt::LeftButton);
            holdQuit();
            QCOMPARE(child.pinAsked, 3);
            QCOMPARE(child.others, QStringList());
        }
        QCOMPARE(m_areasOpened, 0);
        QVERIFY(m_window->isVisible());

        // The teacher still gets in with the PIN, and can mend the database from there.
        DialogWatcher teacher(kPin);
        m_window->openTeacherArea();
        QCOMPARE(m_areasOpened, 1);
    }

    void theDoorAsksForThePinWhenTheServerGoesDown()
    {
        dt::test::PostgresServer server;
        QString error;
        if (!server.start(&error))
            DT_SKIP_MISSING(qPrintable(error));
        const QString url = server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        {
            dt::ui::StoreChoice school = dt::ui::openProgressStore(url);
            QVERIFY2(school.store, qPrintable(school.problem));
            QVERIFY(dt::store::TeacherLock(*school.store).setSecret(kPin)); // set from another classroom computer
        }
        startWithDatabase(url);
        QVERIFY(m_window->progressStore());
        server.stop();

        DialogWatcher child;
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
        QCOMPARE(child.pinAsked, 1);
        QCOMPARE(m_areasOpened, 0);
    }

    void thePinStaysWhenTheTeacherSwitchesToADatabaseWithoutOne()
    {
        aTeacherSetsThePin();
        start(dt::test::openSqliteStore(pathOf(QStringLiteral("school.sqlite"))));
        const QString fresh = pathOf(QStringLiteral("fresh.sqlite"));
        {
            DialogWatcher teacher(kPin);
            m_inArea = [&](TeacherArea& area) {
                area.settingsPage()->databaseField()->setText(fresh);
                area.settingsPage()->connectButton()->click();
                QVERIFY2(area.settingsPage()->messageText().contains(QStringLiteral("now kept in")),
                         qPrintable(area.settingsPage()->messageText()));
                QVERIFY2(area.bannerText().isEmpty(), qPrintable(area.bannerText())); // no "No PIN is set"
            };
            m_window->openTeacherArea();
            m_inArea = nullptr;
            QCOMPARE(teacher.pinAsked, 1);
        }
        QCOMPARE(m_window->progressStore()->location().path, fresh);
        // The new database keeps the PIN too, for the other programs that open it.
        QVERIFY(dt::store::TeacherLock(*m_window->progressStore()).isSet());

        DialogWatcher child;
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
        QCOMPARE(child.pinAsked, 1);
        QCOMPARE(m_areasOpened, 1);
    }

    void anAreaOpenedWithoutAPinAsksForItBeforeADatabaseWithOneShows()
    {
        // The school's database has a PIN that this computer has never seen (set from another
        // one), and it was down when the app started: nothing says a PIN exists, so the area
        // opens, as on a first run. Connecting to the school's database brings its PIN.
        const QString school = pathOf(QStringLiteral("school.sqlite"));
        {
            auto store = dt::test::openSqliteStore(school);
            QVERIFY(store);
            QVERIFY(dt::store::TeacherLock(*store).setSecret(kPin));
            QVERIFY(store->addStudent(QStringLiteral("Ada"), QStringLiteral("1B")));
        }
        startWithDatabase(QStringLiteral("postgresql://127.0.0.1:1/x"));
        DialogWatcher child;
        int studentsShown = -1;
        bool areaStillOpen = true;
        m_inArea = [&](TeacherArea& area) {
            area.settingsPage()->databaseField()->setText(school);
            area.settingsPage()->connectButton()->click();
            studentsShown = area.studentsPage()->table()->rowCount();
            areaStillOpen = area.isVisible();
        };
        m_window->openTeacherArea();
        QCOMPARE(m_areasOpened, 1);
        QCOMPARE(child.pinAsked, 1);
        QVERIFY(!areaStillOpen);
        QCOMPARE(studentsShown, 0); // the pages never read the school's database
        QCOMPARE(child.others, QStringList());
    }

    void noKeyOfTheChildsWindowReachesAGrownUpsFunction()
    {
        aTeacherSetsThePin();
        startWithDatabase(QStringLiteral("postgresql://127.0.0.1:1/x"));
        // Every key the window knows, and those that open files, save, print, quit or set
        // preferences elsewhere.
        QList<QKeySequence> keys = {QKeySequence(Qt::CTRL | Qt::Key_O),     QKeySequence(Qt::CTRL | Qt::Key_S),
                                    QKeySequence(Qt::CTRL | Qt::Key_P),     QKeySequence(Qt::CTRL | Qt::Key_Q),
                                    QKeySequence(Qt::CTRL | Qt::Key_W),     QKeySequence(Qt::CTRL | Qt::Key_E),
                                    QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence(Qt::Key_F1),
                                    QKeySequence(Qt::ALT | Qt::Key_F4)};
        for (const QAction* action : m_window->findChildren<QAction*>())
            keys << action->shortcuts();
        for (const QShortcut* shortcut : m_window->findChildren<QShortcut*>())
            keys << shortcut->keys();
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
        const auto model = m_window->controller()->model();
        DialogWatcher child;
        int pressed = 0;
        for (const QKeySequence& key : keys) {
            if (key.isEmpty() || key == QKeySequence(Qt::Key_F11)) // F11 only toggles full screen
                continue;
            press(key[0]);
            ++pressed;
        }
        QVERIFY(pressed > 10);
        QCOMPARE(m_areasOpened, 0);
        QCOMPARE(child.others, QStringList());
        QVERIFY(child.pinAsked >= 1);
        QCOMPARE(m_window->controller()->model(), model);
        QVERIFY(m_window->modelPath().isEmpty());
        QVERIFY(m_window->isVisible());
    }

    void wrongPinsMakeTheNextTryWait()
    {
        aTeacherSetsThePin();
        start(dt::test::openSqliteStore(pathOf(QStringLiteral("school.sqlite"))));
        QString during;
        bool rightRefusedDuringTheWait = false;
        bool stillWaitingWhenOpenedAgain = false;
        QTimer::singleShot(0, this, [&] {
            auto* unlock = qobject_cast<UnlockDialog*>(QApplication::activeModalWidget());
            QVERIFY(unlock);
            QTest::keyClicks(unlock->secretField(), QStringLiteral("1111"));
            QTest::keyClick(unlock->secretField(), Qt::Key_Return);
            during = unlock->problemText();
            // The right PIN at once changes nothing: the wait comes first.
            unlock->secretField()->setText(kPin);
            unlock->accept();
            rightRefusedDuringTheWait = unlock->isVisible() && !unlock->okButton()->isEnabled();
            unlock->reject();
        });
        m_window->openTeacherArea();
        QCOMPARE(m_areasOpened, 0);
        QVERIFY2(during.contains(QStringLiteral("not the teacher's PIN")) && during.contains(QStringLiteral("1 s")),
                 qPrintable(during));
        QVERIFY(rightRefusedDuringTheWait);

        // Cancel and the door again: the wait goes on, then the right PIN opens.
        QTimer::singleShot(0, this, [&] {
            auto* unlock = qobject_cast<UnlockDialog*>(QApplication::activeModalWidget());
            QVERIFY(unlock);
            stillWaitingWhenOpenedAgain = !unlock->secretField()->isEnabled();
            QTRY_VERIFY_WITH_TIMEOUT(unlock->secretField()->isEnabled(), 3000);
            QTest::keyClicks(unlock->secretField(), kPin);
            QTest::keyClick(unlock->secretField(), Qt::Key_Return);
        });
        m_window->openTeacherArea();
        QVERIFY(stillWaitingWhenOpenedAgain);
        QCOMPARE(m_areasOpened, 1);
    }
};

DT_TEST_MAIN(TestTeacherLock, QApplication)
#include "test_teacher_lock.moc"
