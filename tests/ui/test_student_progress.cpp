// The practice app and the progress store, as a class uses them: the child taps their name
// in "Who is writing?", writes, and every finished attempt is stored for them with the
// verdict, stars, formation check, model and strokes; their handedness is applied; when the
// store cannot take an attempt it is kept as a file, and the status bar says so.

#include "practice_parts.hpp"
#include "practice_window.hpp"
#include "sqlite_store.hpp"
#include "replay.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/student_picker.hpp>

#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/engine/model_file.hpp>

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using dt::store::ProgressStore;

class TestStudentProgress : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    std::vector<dt::Drawing> m_digits;
    QTemporaryDir m_dir;

    std::unique_ptr<ProgressStore> openStore(const QString& name)
    {
        return dt::test::openSqliteStore(m_dir.path() + QLatin1Char('/') + name);
    }

    void draw(MainWindow& window, int digit)
    {
        DrawingCanvas* canvas = dt::test::canvas(window.practicePage());
        dt::test::replay(canvas, dt::test::fitToWidget(m_digits[std::size_t(digit)], canvas->width(), canvas->height()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto loaded = dt::test::loadDefaultModelAndDigits();
        m_model = loaded.model;
        m_digits = std::move(loaded.digits);
    }

    void aChildTapsTheirNameAndTheirAttemptsAreKept()
    {
        QTemporaryDir attempts;
        auto window = dt::test::openPracticeWindow(m_model, attempts);
        QVERIFY(window);
        auto store = openStore(QStringLiteral("class.sqlite"));
        QVERIFY(store);
        QVERIFY(store->addStudent(QStringLiteral("Zoë"), QStringLiteral("1B"), true));
        QVERIFY(store->addStudent(QStringLiteral("Ben"), QStringLiteral("1B")));
        window->setProgressStore(std::move(store));
        QCOMPARE(window->student().name, QStringLiteral("Guest"));

        // "Who is writing?" comes up; the child taps Zoë.
        QTimer::singleShot(0, this, [] {
            auto* picker = qobject_cast<StudentPicker*>(QApplication::activeModalWidget());
            QVERIFY(picker);
            QCOMPARE(picker->buttons().size(), std::size_t(3));
            for (QPushButton* b : picker->buttons())
                if (b->text() == QStringLiteral("Zoë"))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        window->chooseStudent();
        QCOMPARE(window->student().name, QStringLiteral("Zoë"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Zoë")));
        QVERIFY(window->practicePage()->isLeftHanded());

        PracticePage* page = window->practicePage();
        page->setAskedDigit(3);
        draw(*window, 3);
        page->done();
        page->done(); // once per drawing
        page->setAskedDigit(5);
        draw(*window, 1); // a 1 for a 5
        page->done();

        const auto kept = window->progressStore()->attempts();
        QVERIFY(kept && kept->size() == 2);
        const dt::store::AttemptRecord& three = kept->at(0);
        QCOMPARE(three.student, QStringLiteral("Zoë"));
        QCOMPARE(three.group, QStringLiteral("1B"));
        QCOMPARE(three.askedDigit, 3);
        QCOMPARE(three.recognisedDigit, 3);
        QVERIFY(three.success());
        QVERIFY(three.posterior > 0.5);
        QVERIFY(three.stars >= 2);
        QVERIFY2(three.model.startsWith(QStringLiteral("model, created ")), qPrintable(three.model));
        QCOMPARE(three.strokes.strokes.size(), m_digits[3].strokes.size());
        QVERIFY(three.when.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        const dt::store::AttemptRecord& wrong = kept->at(1);
        QCOMPARE(wrong.askedDigit, 5);
        QVERIFY(!wrong.success());
        QCOMPARE(wrong.stars, 1);
        QCOMPARE(wrong.formation, QString()); // not the asked digit: how it was written is not judged
        QVERIFY(QDir(attempts.path()).entryList(QDir::Files).isEmpty()); // all in the store
    }

    void anAttemptTheStoreRefusesIsKeptAsAFile()
    {
        QTemporaryDir attempts;
        auto window = dt::test::openPracticeWindow(m_model, attempts);
        QVERIFY(window);
        auto store = openStore(QStringLiteral("refusing.sqlite"));
        QVERIFY(store);
        const auto ada = store->addStudent(QStringLiteral("Ada"));
        QVERIFY(ada);
        window->setProgressStore(std::move(store));
        window->setStudent(*ada);
        // Ada's profile is deleted for good from another machine while she writes.
        auto other = openStore(QStringLiteral("refusing.sqlite"));
        QVERIFY(other->archiveStudent(ada->id));
        QVERIFY(other->deleteStudentForGood(ada->id));

        window->practicePage()->setAskedDigit(7);
        draw(*window, 7);
        window->practicePage()->done();
        QCOMPARE(QDir(attempts.path()).entryList(QDir::Files).size(), 1);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("kept as a file")),
                 qPrintable(window->statusBar()->currentMessage()));
    }
};

DT_TEST_MAIN(TestStudentProgress, QApplication)
#include "test_student_progress.moc"
