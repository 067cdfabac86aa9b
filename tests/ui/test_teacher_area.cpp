// The teacher area as a teacher meets it: it opens without a PIN on a first run and says
// how to set one; once set, the PIN is asked and a wrong one refused; students are added,
// renamed and removed (archived); the model manager loads a model file (a bad one is refused and the
// current model stays) and goes back to the default, remembered for the next start; the
// progress database can be switched, and a bad address changes nothing; the switches of the
// children's screen (speech, sound effects, full screen, hints) start as the settings say and
// each says when it is clicked.

#include "modal_dialogs.hpp"
#include "practice_window.hpp"
#include "teacher_area_session.hpp"
#include "sqlite_store.hpp"
#include "temp_files.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/model_page.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>
#include <digit_tutor/teacher/student_dialog.hpp>
#include <digit_tutor/teacher/students_page.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>
#include <digit_tutor/teacher/teacher_settings_page.hpp>
#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <digit_tutor/progress/progress_store.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// The switch of the settings page named `name` (its object name), or null after failing the test.
QCheckBox* switchNamed(const TeacherSettingsPage* page, const char* name)
{
    auto* box = page->findChild<QCheckBox*>(QString::fromLatin1(name));
    if (!box)
        QTest::qFail(qPrintable(QStringLiteral("the settings page has no switch named '%1'").arg(QLatin1String(name))),
                     __FILE__, __LINE__);
    return box;
}

// Clicks a check box on its tick box, as a teacher does.
void clickOn(QCheckBox* box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect tick = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, tick.center());
}

} // namespace

class TestTeacherArea : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    QTemporaryDir m_dir;
    QTemporaryDir m_attempts;
    std::unique_ptr<MainWindow> m_window;

    // Opens the teacher area, lets `use` work in it, then closes it.
    void inTeacherArea(const std::function<void(TeacherArea&)>& use)
    {
        QVERIFY(dt::test::inTeacherArea(*m_window, use));
    }

    std::unique_ptr<dt::store::ProgressStore> storeAt(const QString& name)
    {
        return dt::test::openSqliteStore(m_dir.path() + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_model = dt::test::loadDefaultModelAndDigits().model;
    }

    void init()
    {
        m_window = dt::test::openPracticeWindow(m_model, m_attempts);
        QVERIFY(m_window);
        m_window->setProgressStore(storeAt(QStringLiteral("school.sqlite")));
    }

    void cleanup()
    {
        m_window.reset();
        QFile::remove(m_dir.path() + QStringLiteral("/school.sqlite"));
        QSettings().clear();
    }

    void firstRunOpensWithoutAPinThenAsksForTheOneSet()
    {
        inTeacherArea([](TeacherArea& area) {
            QVERIFY2(area.bannerText().contains(QStringLiteral("No PIN is set")), qPrintable(area.bannerText()));
            TeacherSettingsPage* settings = area.settingsPage();
            settings->newSecretField()->setText(QStringLiteral("2468"));
            settings->repeatSecretField()->setText(QStringLiteral("2469"));
            settings->setSecretButton()->click();
            QVERIFY(settings->messageText().contains(QStringLiteral("differ")));
            settings->newSecretField()->setText(QStringLiteral("2468"));
            settings->repeatSecretField()->setText(QStringLiteral("2468"));
            settings->setSecretButton()->click();
            QVERIFY(settings->messageText().contains(QStringLiteral("set")));
            QVERIFY(area.bannerText().isEmpty());
        });

        // Now the PIN is asked: a wrong one is said, and the area stays shut until the right one.
        bool refused = false;
        QTimer::singleShot(0, this, [&] {
            auto* unlock = qobject_cast<UnlockDialog*>(QApplication::activeModalWidget());
            QVERIFY(unlock);
            QTest::keyClicks(unlock->secretField(), QStringLiteral("1111"));
            QTest::keyClick(unlock->secretField(), Qt::Key_Return);
            refused = unlock->problemText().contains(QStringLiteral("not the teacher's PIN"));
            QTRY_VERIFY(unlock->secretField()->isEnabled()); // after a second's wait
            QTest::keyClicks(unlock->secretField(), QStringLiteral("2468"));
            QTest::keyClick(unlock->secretField(), Qt::Key_Return);
        });
        inTeacherArea([](TeacherArea& area) { QVERIFY(area.bannerText().isEmpty()); });
        QVERIFY(refused);
    }

    void studentsAreAddedRenamedAndRemoved()
    {
        // Each dialog as a teacher answers it (test_students_page drives what they refuse).
        inTeacherArea([](TeacherArea& area) {
            StudentsPage* page = area.studentsPage();
            QCOMPARE(page->table()->rowCount(), 1); // Guest
            const QString name = QStringLiteral("Zoë \"Zo\" <b>");
            dt::test::whenOpen<StudentDialog>([&name](StudentDialog* dialog) {
                dt::test::typeText(dialog->nameField(), name);
                QTest::keyClicks(dialog->groupField(), QStringLiteral("1B"));
                dialog->leftHandedBox()->setChecked(true);
                dialog->okButton()->click();
            });
            page->addButton()->click();
            QCOMPARE(page->table()->rowCount(), 2);
            QCOMPARE(page->table()->item(1, StudentsPage::NameColumn)->text(), name);
            QCOMPARE(page->table()->item(1, StudentsPage::HandColumn)->text(), QStringLiteral("left"));
            page->table()->selectRow(1);
            dt::test::whenOpen<StudentDialog>([](StudentDialog* dialog) {
                dialog->nameField()->setText(QStringLiteral("Zoë"));
                dialog->okButton()->click();
            });
            page->editButton()->click();
            QCOMPARE(page->table()->item(1, StudentsPage::NameColumn)->text(), QStringLiteral("Zoë"));
            page->table()->selectRow(1);
            dt::test::whenOpen<QMessageBox>([](QMessageBox* box) { dt::test::buttonNamed(box, QStringLiteral("Remove"))->click(); });
            page->removeButton()->click();
            QCOMPARE(page->table()->item(1, StudentsPage::ArchivedColumn)->text().isEmpty(), false);
        });
    }

    void theModelManagerLoadsRefusesAndGoesBackToTheDefault()
    {
        const QString bad = m_dir.path() + QStringLiteral("/broken.dtm");
        QVERIFY(dt::test::writeFile(bad, QByteArrayLiteral("DGTMODEL not really")));
        const QString good = m_dir.path() + QStringLiteral("/class-model.dtm");
        QFile::remove(good);
        QVERIFY(QFile::copy(dt::test::defaultModelPath(), good));
        inTeacherArea([&](TeacherArea& area) {
            ModelPage* page = area.modelPage();
            QVERIFY(page->descriptionText().contains(QStringLiteral("bundled default")));
            QVERIFY(page->descriptionText().contains(QStringLiteral("98.08%")));
            const auto before = m_window->controller()->model();
            QTimer::singleShot(0, this, [] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                    box->accept();
            });
            emit page->modelFileChosen(bad);
            QCOMPARE(m_window->controller()->model().get(), before.get());
            QVERIFY(m_window->modelPath().isEmpty());

            emit page->modelFileChosen(good);
            QVERIFY(m_window->controller()->model().get() != before.get());
            QVERIFY(page->descriptionText().contains(QStringLiteral("class-model.dtm")));
            QCOMPARE(QSettings().value(QStringLiteral("model/path")).toString(), good);

            page->defaultButton()->click();
            QVERIFY(m_window->modelPath().isEmpty());
            QVERIFY(!QSettings().contains(QStringLiteral("model/path")));
        });
    }

    void theProgressDatabaseCanBeSwitched()
    {
        inTeacherArea([&](TeacherArea& area) {
            TeacherSettingsPage* settings = area.settingsPage();
            settings->databaseField()->setText(QStringLiteral("postgresql://host/"));
            settings->connectButton()->click();
            QVERIFY2(settings->messageText().contains(QStringLiteral("not changed")), qPrintable(settings->messageText()));
            const QString other = m_dir.path() + QStringLiteral("/other.sqlite");
            settings->databaseField()->setText(other);
            settings->connectButton()->click();
            QVERIFY2(settings->messageText().contains(QStringLiteral("now kept in")), qPrintable(settings->messageText()));
            QCOMPARE(m_window->progressStore()->location().path, other);
            QCOMPARE(QSettings().value(QStringLiteral("store/database")).toString(), other);
            QCOMPARE(area.studentsPage()->table()->rowCount(), 1);
        });
    }

    void theChildrensScreenSwitchesStartAsTheSettingsSay()
    {
        // The test window has speech off (practice_window.hpp); sounds are switched off here;
        // full screen and hints are not set, so they are on, as by default.
        QSettings().setValue(QStringLiteral("view/sounds"), false);
        QVERIFY(!QSettings().contains(QStringLiteral("view/fullScreen")));
        inTeacherArea([](TeacherArea& area) {
            const TeacherSettingsPage* settings = area.settingsPage();
            QCheckBox* speech = switchNamed(settings, "speech");
            QCheckBox* sounds = switchNamed(settings, "sounds");
            QCheckBox* fullScreen = switchNamed(settings, "fullScreen");
            QCheckBox* hints = switchNamed(settings, "hints");
            QVERIFY(speech && sounds && fullScreen && hints);
            QVERIFY(!speech->isChecked());
            QVERIFY(!sounds->isChecked());
            QVERIFY(fullScreen->isChecked());
            QVERIFY(hints->isChecked());
        });
    }

    void eachSwitchOfTheChildrensScreenSaysWhenClicked()
    {
        const struct {
            const char* name;
            void (TeacherSettingsPage::*toggled)(bool);
        } switches[] = {{"speech", &TeacherSettingsPage::speechToggled},
                        {"sounds", &TeacherSettingsPage::soundsToggled},
                        {"fullScreen", &TeacherSettingsPage::fullScreenToggled},
                        {"hints", &TeacherSettingsPage::hintsToggled}};
        inTeacherArea([&](TeacherArea& area) {
            TeacherSettingsPage* settings = area.settingsPage();
            area.tabs()->setCurrentWidget(settings);
            for (const auto& [name, toggled] : switches) {
                QCheckBox* box = switchNamed(settings, name);
                QVERIFY(box);
                QVERIFY2(box->isVisible(), name);
                const bool before = box->isChecked();
                QSignalSpy spy(settings, toggled);
                clickOn(box);
                QCOMPARE(spy.count(), 1);
                QCOMPARE(spy.at(0).at(0).toBool(), !before);
                clickOn(box);
                QCOMPARE(spy.count(), 2);
                QCOMPARE(spy.at(1).at(0).toBool(), before);
            }
        });
    }
};

DT_TEST_MAIN(TestTeacherArea, QApplication)
#include "test_teacher_area.moc"
