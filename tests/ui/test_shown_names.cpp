// Names as a person sees them: a child's name typed with a right-to-left override
// (U+202E) or other direction controls would show its letters reversed ("Ben" + RLO +
// "fdp.exe" reads "Benexe.pdf") in the student picker, the window title, the teacher's
// pages and the suggested report file name. Each place shows the name without them; the
// store keeps it as typed. And everything else of a name shows exactly as typed: a button
// takes '&' for the mark of a shortcut key ("Léa <3 &=1+1" showed as "Léa <3 _=1+1"), a
// title takes "[*]" for the mark of a modified window, a message box takes "<b>" for rich
// text; the window system adds the app's name to the title, so the title does not.

#include "sqlite_store.hpp"
#include "test_main.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/practice/student_picker.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/teacher/student_figures_table.hpp>
#include <digit_tutor/teacher/student_dialog.hpp>
#include <digit_tutor/teacher/students_page.hpp>

#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QWindow>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using dt::store::ProgressStore;

namespace {

// Every kind of control the fix removes: an override, an embedding, an isolate, the marks.
const QString kSpoofing = QStringLiteral("Ben\u202Efdp.exe");
const QString kShown = QStringLiteral("Benfdp.exe");
const QString kMarked = QStringLiteral("\u202AAna\u202C \u2067Lee\u2069\u200E\u200F\u061C");
const QString kMarkedShown = QStringLiteral("Ana Lee");

bool hasControl(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return dt::store::isBidiControl(c); });
}

// What a button shows of its text: "&&" is one '&', a lone '&' marks the shortcut key.
QString shownOn(const QPushButton* button)
{
    QString shown;
    const QString text = button->text();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text[i];
    }
    return shown;
}

// The title as the window system shows it: Qt's title ("[*]" marks worked out) with the
// application's display name added after " \u2014 " unless it already ends with it, as
// QPlatformWindow::formatWindowTitle does on X11 and Wayland.
QString titleShown(QWidget& window)
{
    window.winId(); // the native window, which gets the title as shown
    const QString title = window.windowHandle()->title();
    const QString app = QGuiApplication::applicationDisplayName();
    return title.endsWith(app) ? title : title + QStringLiteral(" \u2014 ") + app;
}

} // namespace

class TestShownNames : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgressStore> m_store;
    dt::store::Student m_ben;

private slots:
    void initTestCase()
    {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Digit Tutor")); // as main() does
        QVERIFY(m_dir.isValid());
        m_store = dt::test::openSqliteStore(m_dir.filePath(QStringLiteral("names.sqlite")));
        QVERIFY(m_store);
        const auto ben = m_store->addStudent(kSpoofing, QStringLiteral("1\u202EB"));
        QVERIFY2(ben, qPrintable(m_store->lastError()));
        m_ben = *ben;
        QVERIFY(m_store->addStudent(kMarked, QStringLiteral("1\u202EB")));
        dt::store::AttemptRecord a;
        a.studentId = m_ben.id;
        a.when = QDateTime::currentDateTimeUtc();
        a.askedDigit = 3;
        a.recognisedDigit = 3;
        a.stars = 3;
        QVERIFY(m_store->addAttempt(a));
    }

    void theControlsAreRemovedAndNothingElse()
    {
        QCOMPARE(dt::store::withoutBidiControls(kSpoofing), kShown);
        QCOMPARE(dt::store::withoutBidiControls(kMarked), kMarkedShown);
        const QString arabic = QStringLiteral("\u0633\u0627\u0631\u0629 Zo\u00eb \U0001F98A");
        QCOMPARE(dt::store::withoutBidiControls(arabic), arabic); // letters keep their own direction
        QCOMPARE(dt::store::withoutBidiControls(QStringLiteral("\u202E\u2066")), QString());
    }

    void theStoreKeepsTheNameAsTyped()
    {
        QCOMPARE(m_store->student(m_ben.id)->name, kSpoofing);
    }

    void thePickerShowsTheNameWithoutControls()
    {
        StudentPicker picker(*m_store->students());
        QStringList shown;
        for (const QPushButton* button : picker.findChildren<QPushButton*>()) {
            QVERIFY2(!hasControl(button->text()) && !hasControl(button->accessibleName()) &&
                         !hasControl(button->toolTip()),
                     qPrintable(button->text()));
            shown << button->text();
        }
        QVERIFY2(shown.contains(kShown) && shown.contains(kMarkedShown), qPrintable(shown.join(u'|')));
        // The badge's colour follows the name as shown, so the window's badge matches the picker's.
        QCOMPARE(StudentPicker::colourFor(kSpoofing), StudentPicker::colourFor(kShown));
    }

    void theWindowTitleShowsTheNameWithoutControls()
    {
        MainWindow window(std::make_shared<const dt::DigitModel>(dt::test::makeTinyModel()));
        window.setStudent(m_ben);
        QVERIFY2(window.windowTitle().endsWith(kShown), qPrintable(window.windowTitle()));
        QVERIFY(!hasControl(window.windowTitle()));
    }

    void aNameWithAnAmpersandShowsAsTyped()
    {
        const QString typed = QStringLiteral("Léa <3 &=1+1 [*]");
        const auto lea = m_store->addStudent(typed);
        QVERIFY2(lea, qPrintable(m_store->lastError()));
        StudentPicker picker(*m_store->students());
        const QPushButton* hers = nullptr;
        for (const QPushButton* button : picker.buttons())
            if (shownOn(button) == typed)
                hers = button;
        QVERIFY2(hers, qPrintable(typed));
        QVERIFY(QKeySequence::mnemonic(hers->text()).isEmpty()); // no Alt+= hidden in her name

        MainWindow window(std::make_shared<const dt::DigitModel>(dt::test::makeTinyModel()));
        window.setStudent(*lea);
        const auto* button = window.findChild<QPushButton*>(QStringLiteral("student"));
        QVERIFY(button);
        QCOMPARE(shownOn(button), typed);
        QVERIFY(QKeySequence::mnemonic(button->text()).isEmpty());
        QCOMPARE(titleShown(window), typed + QStringLiteral(" \u2014 Digit Tutor"));
        QVERIFY(m_store->archiveStudent(lea->id)); // out of the other tests' lists
    }

    void theWindowTitleNamesTheAppOnce()
    {
        MainWindow window(std::make_shared<const dt::DigitModel>(dt::test::makeTinyModel()));
        QCOMPARE(titleShown(window), QStringLiteral("Digit Tutor")); // Guest
        auto zoe = m_store->addStudent(QStringLiteral("Zoë"));
        QVERIFY(zoe);
        window.setStudent(*zoe);
        QCOMPARE(titleShown(window), QStringLiteral("Zoë \u2014 Digit Tutor"));
        QVERIFY(m_store->archiveStudent(zoe->id));
    }

    void theEditDialogShowsTheNameWithoutControlsAndKeepsItUnlessChanged()
    {
        StudentDialog::Saver keep = [](const dt::store::Student&) { return QString(); };
        StudentDialog dialog(m_ben, keep);
        QCOMPARE(dialog.nameField()->text(), kShown);
        QCOMPARE(dialog.groupField()->text(), QStringLiteral("1B"));
        QCOMPARE(dialog.typed().name, kSpoofing); // left as shown: the store's name stays
        dialog.leftHandedBox()->setChecked(true);
        QCOMPARE(dialog.typed().name, kSpoofing);
        dialog.nameField()->setText(QStringLiteral("Ben F."));
        QCOMPARE(dialog.typed().name, QStringLiteral("Ben F."));

        // The store's refusal quotes the name as stored: shown without the controls.
        StudentDialog refused(dt::store::Student{}, [this](const dt::store::Student& s) {
            return m_store->addStudent(s.name) ? QString() : m_store->lastError();
        });
        refused.nameField()->setText(kSpoofing);
        refused.okButton()->click();
        QVERIFY2(refused.messageText().contains(kShown), qPrintable(refused.messageText()));
        QVERIFY(!hasControl(refused.messageText()));
    }

    void theStatusBarShowsTheNameWithoutControls()
    {
        // A damaged practice plan is said in the status bar, with the child's name.
        QVERIFY(m_store->savePracticePlan(m_ben.id, QStringLiteral("not a plan")));
        MainWindow window(std::make_shared<const dt::DigitModel>(dt::test::makeTinyModel()));
        window.setProgressStore(dt::test::openSqliteStore(m_dir.filePath(QStringLiteral("names.sqlite"))));
        window.setStudent(m_ben);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(kShown + QStringLiteral("'s practice plan")), qPrintable(message));
        QVERIFY(!hasControl(message));
    }

    void theTeachersPagesShowTheNameWithoutControls()
    {
        StudentsPage page(m_store.get());
        bool found = false;
        for (const QTableWidget* table : page.findChildren<QTableWidget*>())
            for (int row = 0; row < table->rowCount(); ++row)
                for (int column = 0; column < table->columnCount(); ++column)
                    if (const QTableWidgetItem* item = table->item(row, column)) {
                        QVERIFY2(!hasControl(item->text()), qPrintable(item->text()));
                        found = found || item->text() == kShown;
                    }
        QVERIFY(found);

        ProgressView view(m_store.get());
        for (int i = 0; i < view.subjectChooser()->count(); ++i)
            QVERIFY2(!hasControl(view.subjectChooser()->itemText(i)), qPrintable(view.subjectChooser()->itemText(i)));
        QVERIFY(view.subjectChooser()->chooseStudent(m_ben.id));
        QCOMPARE(view.titleLabel()->text(), QStringLiteral("%1 (class 1B)").arg(kShown));
        QCOMPARE(view.scope().title, kSpoofing); // what the store has, for the report's query

        view.subjectChooser()->setCurrentIndex(0); // the class
        QVERIFY(view.scope().isClass);
        for (int row = 0; row < view.studentTable()->rowCount(); ++row)
            QVERIFY(!hasControl(view.studentTable()->item(row, 0)->text()));
    }

    void theSuggestedReportFileNameHasNoControls()
    {
        ProgressView view(m_store.get());
        QVERIFY(view.subjectChooser()->chooseStudent(m_ben.id));
        QString suggested;
        view.setFileAsker([&](const QString& proposal) {
            suggested = proposal;
            return QString(); // cancelled
        });
        view.exportWithDialog();
        QVERIFY2(suggested.contains(kShown) && suggested.endsWith(QStringLiteral(".pdf")), qPrintable(suggested));
        QVERIFY(!hasControl(suggested));
    }
};

DT_TEST_MAIN(TestShownNames, QApplication)
#include "test_shown_names.moc"
