// The Students page as a teacher uses it, on SQLite and on a real PostgreSQL server: nothing
// of a child's work is lost by one key. Remove asks with Cancel the default (Return keeps
// the child) and archives: out of "Who is writing?", the attempts kept, listed greyed at the
// end of the page and restorable; deleting for good is a second step, on an archived child
// only, whose question names the attempts that go and again defaults to Cancel. The Add and
// Edit dialogs keep what was typed when the store refuses it, and say why.

#include "../store/store_fixture.hpp"
#include "modal_dialogs.hpp"
#include "practice_window.hpp"
#include "teacher_area_session.hpp"
#include "test_main.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/practice/student_picker.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/class_language_dialog.hpp>
#include <digit_tutor/teacher/language_box.hpp>
#include <digit_tutor/teacher/student_dialog.hpp>
#include <digit_tutor/teacher/students_page.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <digit_tutor/progress/progress_store.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dt::store::ProgressStore;
using dt::store::Student;

class TestStudentsPage : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    QTemporaryDir m_attempts;
    std::unique_ptr<MainWindow> m_window;
    QString m_url;
    Student m_lea; ///< in class 1B, with two attempts
    Student m_ben;

    ProgressStore& store() { return *m_window->progressStore(); }

    int attemptsOf(qint64 id)
    {
        dt::store::AttemptFilter hers;
        hers.studentId = id;
        const auto attempts = store().attempts(hers);
        return attempts ? int(attempts->size()) : -1;
    }

    // Selects the student's row, as a click on it does.
    static void select(StudentsPage* page, const Student& s)
    {
        const int row = page->rowOf(s.id);
        QVERIFY(row >= 0);
        page->table()->selectRow(row);
    }

    // Clicks `button` and answers its question with Return: the question, and the text of
    // the button Return pressed.
    static std::pair<QString, QString> answerWithReturn(QPushButton* button)
    {
        QString question;
        QString defaultButton;
        dt::test::whenOpen<QMessageBox>([&](QMessageBox* box) {
            question = box->text();
            defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            QTest::keyClick(box, Qt::Key_Return);
        });
        button->click();
        return {question, defaultButton};
    }

    // The names "Who is writing?" offers.
    QStringList pickerNames()
    {
        QStringList names;
        dt::test::whenOpen<StudentPicker>([&names](StudentPicker* picker) {
            for (const QPushButton* b : picker->buttons())
                names << b->text();
            picker->reject();
        });
        m_window->chooseStudent();
        return names;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_model = std::make_shared<const dt::DigitModel>(dt::test::makeTinyModel());
        start();
    }
    void initTestCase_data() { addKinds(); }
    void cleanupTestCase() { stop(); }

    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
        m_window = dt::test::openPracticeWindow(m_model, m_attempts);
        QVERIFY(m_window);
        m_url = newDatabase();
        auto opened = open(m_url);
        QVERIFY(opened);
        const auto lea = opened->addStudent(QStringLiteral("Léa"), QStringLiteral("1B"));
        const auto ben = opened->addStudent(QStringLiteral("Ben"), QStringLiteral("1B"));
        QVERIFY(lea && ben);
        m_lea = *lea;
        m_ben = *ben;
        for (int digit : {3, 5}) {
            dt::store::AttemptRecord a;
            a.studentId = m_lea.id;
            a.askedDigit = digit;
            a.recognisedDigit = digit;
            a.stars = 3;
            QVERIFY(opened->addAttempt(a));
        }
        m_window->setProgressStore(std::move(opened));
    }

    void cleanup() { m_window.reset(); }

    void removingAsksWithCancelAsTheDefaultAndArchives()
    {
        m_window->setStudent(m_lea); // Léa is writing when the teacher comes
        QVERIFY(dt::test::inTeacherArea(*m_window, [this](TeacherArea& area) {
            StudentsPage* page = area.studentsPage();
            select(page, m_lea);
            QVERIFY(page->removeButton()->isEnabled());
            QVERIFY(!page->restoreButton()->isEnabled() && !page->deleteButton()->isEnabled());

            // Return, as a teacher pressing on by habit: Cancel, and Léa stays.
            const auto [question, defaultButton] = answerWithReturn(page->removeButton());
            QCOMPARE(defaultButton, QStringLiteral("Cancel"));
            QVERIFY2(question.contains(QStringLiteral("Remove Léa")) && question.contains(QStringLiteral("2 attempt")) &&
                         question.contains(QStringLiteral("archived")),
                     qPrintable(question));
            QVERIFY(!store().student(m_lea.id)->isArchived());
            QVERIFY(page->table()->item(page->rowOf(m_lea.id), StudentsPage::ArchivedColumn)->text().isEmpty());

            // Remove, said in so many words: archived, the attempts kept, listed last and greyed.
            dt::test::whenOpen<QMessageBox>(
                [](QMessageBox* box) { dt::test::buttonNamed(box, QStringLiteral("Remove"))->click(); });
            page->removeButton()->click();
            QVERIFY2(page->problemText().isEmpty(), qPrintable(page->problemText()));
            QVERIFY(store().student(m_lea.id)->isArchived());
            QCOMPARE(attemptsOf(m_lea.id), 2);
            const int row = page->rowOf(m_lea.id);
            QCOMPARE(row, page->table()->rowCount() - 1);
            QVERIFY(!page->table()->item(row, StudentsPage::ArchivedColumn)->text().isEmpty());
            QCOMPARE(page->table()->item(row, StudentsPage::AttemptsColumn)->text(), QStringLiteral("2"));
            QVERIFY(page->table()->item(row, StudentsPage::NameColumn)->foreground().color() !=
                    page->table()->item(0, StudentsPage::NameColumn)->foreground().color());
            select(page, m_lea);
            QVERIFY(!page->removeButton()->isEnabled());
            QVERIFY(page->restoreButton()->isEnabled() && page->deleteButton()->isEnabled());
        }));
        // Out of the children's list; the child writing now is Guest, not an archived child.
        QCOMPARE(m_window->student().name, QStringLiteral("Guest"));
        QCOMPARE(pickerNames(), (QStringList{QStringLiteral("Guest"), QStringLiteral("Ben")}));
    }

    void anArchivedStudentIsRestoredAsTheyWere()
    {
        QVERIFY(store().archiveStudent(m_lea.id));
        QVERIFY(!pickerNames().contains(QStringLiteral("Léa")));
        QVERIFY(dt::test::inTeacherArea(*m_window, [this](TeacherArea& area) {
            StudentsPage* page = area.studentsPage();
            select(page, m_lea);
            page->restoreButton()->click();
            QVERIFY(page->table()->item(page->rowOf(m_lea.id), StudentsPage::ArchivedColumn)->text().isEmpty());
        }));
        const auto lea = store().student(m_lea.id);
        QVERIFY(!lea->isArchived());
        QCOMPARE(lea->group, QStringLiteral("1B"));
        QCOMPARE(attemptsOf(m_lea.id), 2);
        QVERIFY(pickerNames().contains(QStringLiteral("Léa")));
    }

    void deletingForGoodIsASecondStepThatNamesTheAttempts()
    {
        QVERIFY(dt::test::inTeacherArea(*m_window, [this](TeacherArea& area) {
            StudentsPage* page = area.studentsPage();
            select(page, m_lea);
            QVERIFY(!page->deleteButton()->isEnabled()); // not for a student in the lists
            dt::test::whenOpen<QMessageBox>(
                [](QMessageBox* box) { dt::test::buttonNamed(box, QStringLiteral("Remove"))->click(); });
            page->removeButton()->click();
            select(page, m_lea);

            const auto [question, defaultButton] = answerWithReturn(page->deleteButton());
            QCOMPARE(defaultButton, QStringLiteral("Cancel"));
            QVERIFY2(question.contains(QStringLiteral("Léa")) && question.contains(QStringLiteral("2 attempt")) &&
                         question.contains(QStringLiteral("cannot be undone")),
                     qPrintable(question));
            QCOMPARE(attemptsOf(m_lea.id), 2);

            dt::test::whenOpen<QMessageBox>(
                [](QMessageBox* box) { dt::test::buttonNamed(box, QStringLiteral("Delete for Good"))->click(); });
            page->deleteButton()->click();
            QCOMPARE(page->rowOf(m_lea.id), -1);
        }));
        QVERIFY(!store().student(m_lea.id));
        QCOMPARE(attemptsOf(m_lea.id), 0);
        QCOMPARE(store().students(dt::store::StudentList::All)->size(), std::size_t(2)); // Guest and Ben
    }

    void theAddDialogKeepsWhatWasTypedWhenRefused()
    {
        QVERIFY(dt::test::inTeacherArea(*m_window, [this](TeacherArea& area) {
            StudentsPage* page = area.studentsPage();
            dt::test::whenOpen<StudentDialog>([this](StudentDialog* dialog) {
                QTest::keyClicks(dialog->nameField(), QStringLiteral("Ben"));
                QTest::keyClicks(dialog->groupField(), QStringLiteral("2A"));
                dialog->leftHandedBox()->setChecked(true);
                QTest::keyClick(dialog->nameField(), Qt::Key_Return);
                // Still open, everything as typed, and why.
                QVERIFY(dialog->isVisible());
                QCOMPARE(dialog->nameField()->text(), QStringLiteral("Ben"));
                QCOMPARE(dialog->groupField()->text(), QStringLiteral("2A"));
                QVERIFY(dialog->leftHandedBox()->isChecked());
                QVERIFY2(dialog->messageText().contains(QStringLiteral("already a student named Ben")),
                         qPrintable(dialog->messageText()));
                QCOMPARE(dialog->nameField()->selectedText(), QStringLiteral("Ben")); // ready to be typed over
                QTest::keyClicks(dialog->nameField(), QStringLiteral("Ben K."));
                QTest::keyClick(dialog->nameField(), Qt::Key_Return);
                QVERIFY(!dialog->isVisible());
            });
            page->addButton()->click();
            const auto added = store().studentNamed(QStringLiteral("Ben K."));
            QVERIFY(added);
            QCOMPARE(added->group, QStringLiteral("2A"));
            QVERIFY(added->leftHanded);
            QVERIFY(page->rowOf(added->id) >= 0);

            // A name an archived child has: said so, for the teacher to restore them instead.
            QVERIFY(store().archiveStudent(m_lea.id));
            dt::test::whenOpen<StudentDialog>([](StudentDialog* dialog) {
                dt::test::typeText(dialog->nameField(), QStringLiteral("Léa"));
                dialog->okButton()->click();
                QVERIFY(dialog->isVisible());
                QVERIFY2(dialog->messageText().contains(QStringLiteral("archived")), qPrintable(dialog->messageText()));
                dialog->reject();
            });
            page->addButton()->click();
        }));
    }

    void theEditDialogKeepsWhatWasTypedWhenRefused()
    {
        QVERIFY(dt::test::inTeacherArea(*m_window, [this](TeacherArea& area) {
            StudentsPage* page = area.studentsPage();
            select(page, m_ben);
            dt::test::whenOpen<StudentDialog>([](StudentDialog* dialog) {
                QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Student"));
                dialog->nameField()->selectAll();
                dt::test::typeText(dialog->nameField(), QStringLiteral("Léa"));
                dialog->groupField()->clear();
                QTest::keyClicks(dialog->groupField(), QStringLiteral("2A"));
                dialog->okButton()->click();
                QVERIFY(dialog->isVisible());
                QCOMPARE(dialog->nameField()->text(), QStringLiteral("Léa"));
                QCOMPARE(dialog->groupField()->text(), QStringLiteral("2A"));
                QVERIFY2(dialog->messageText().contains(QStringLiteral("already a student named Léa")),
                         qPrintable(dialog->messageText()));
                dialog->reject(); // Cancel: Ben stays as he was
            });
            page->editButton()->click();
        }));
        const auto ben = store().student(m_ben.id);
        QCOMPARE(ben->name, QStringLiteral("Ben"));
        QCOMPARE(ben->group, QStringLiteral("1B"));
    }

    void theTeacherSetsAClassesAndAChildsLanguage()
    {
        QVERIFY(dt::test::inTeacherArea(*m_window, [this](TeacherArea& area) {
            StudentsPage* page = area.studentsPage();
            // Class 1B in French: Léa's class, chosen through her.
            select(page, m_lea);
            QVERIFY(page->classLanguageButton()->isEnabled());
            dt::test::whenOpen<ClassLanguageDialog>([](ClassLanguageDialog* dialog) {
                QCOMPARE(dialog->languageBox()->language(), QString()); // the computer's at first
                dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("fr")));
                QCOMPARE(dialog->languageBox()->currentText(), QStringLiteral("Français"));
                QTest::keyClick(dialog, Qt::Key_Return);
            });
            page->classLanguageButton()->click();
            QCOMPARE(*store().classLanguage(QStringLiteral("1B")), QStringLiteral("fr"));
            QCOMPARE(page->table()->item(page->rowOf(m_lea.id), StudentsPage::LanguageColumn)->text(),
                     QStringLiteral("Français"));

            // Ben speaks Polish at home: his own, over his class's.
            select(page, m_ben);
            dt::test::whenOpen<StudentDialog>([](StudentDialog* dialog) {
                QCOMPARE(dialog->languageBox()->currentText(), QStringLiteral("Same as the class"));
                dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("pl")));
                dialog->okButton()->click();
            });
            page->editButton()->click();
            QCOMPARE(store().student(m_ben.id)->language, QStringLiteral("pl"));
            QCOMPARE(page->table()->item(page->rowOf(m_ben.id), StudentsPage::LanguageColumn)->text(),
                     QStringLiteral("Polski"));
            QCOMPARE(page->table()->item(page->rowOf(m_lea.id), StudentsPage::LanguageColumn)->text(),
                     QStringLiteral("Français"));
            // Guest has no class: nothing to set for one.
            select(page, *store().guest());
            QVERIFY(!page->classLanguageButton()->isEnabled());
        }));
    }
};

DT_TEST_MAIN(TestStudentsPage, QApplication)
#include "test_students_page.moc"
