// Saved Attempts as a teacher uses it, on SQLite and on a real PostgreSQL server: children
// write digits on the practice page, the teacher opens the teacher area and Saved Attempts,
// and finds every attempt of the progress store, newest first, with who, when, the digit
// asked and read, the verdict and the stars, each replayed as it was drawn; narrowed to one
// child; a long history read a page at a time as the teacher scrolls. An attempt the store
// could not take is listed apart, waiting, and goes in with the button once the store works
// again (once: pressed again, nothing is stored twice); while the store still fails, the
// teacher is told so. A child's view shows only their own attempts. A damaged file is named
// and the others still play.

#include "../store/store_fixture.hpp"
#include "attempt_copies.hpp"
#include "practice_parts.hpp"
#include "practice_window.hpp"
#include "replay.hpp"
#include "test_main.hpp"

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/stroke_player.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/attempt_history_model.hpp>
#include <digit_tutor/teacher/attempts_dialog.hpp>
#include <digit_tutor/teacher/kept_files_panel.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <functional>
#include <memory>

using dt::store::AttemptRecord;
using Column = AttemptHistoryModel::Column;

namespace {

QString cell(const AttemptsDialog& d, int row, int column)
{
    return d.history()->data(d.history()->index(row, column)).toString();
}

// Clicks a row of a list as a teacher does.
void clickRow(QTreeView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Opens the teacher area as a teacher does (the Teacher button; no PIN is set), then Saved
// Attempts below its tabs, and runs `look` on it while it is open; false when it never came.
bool openSavedAttempts(MainWindow& window, const std::function<void(AttemptsDialog&)>& look)
{
    bool reached = false;
    const auto opened = QObject::connect(&window, &MainWindow::teacherAreaOpened, &window, [&](TeacherArea* area) {
        QTimer::singleShot(0, area, [&, area] {
            // Runs once Saved Attempts is up, in its own event loop.
            QTimer::singleShot(0, area, [&] {
                if (auto* dialog = qobject_cast<AttemptsDialog*>(QApplication::activeModalWidget())) {
                    reached = true;
                    look(*dialog);
                    dialog->accept();
                }
            });
            QTest::mouseClick(area->findChild<QPushButton*>(QStringLiteral("attemptFiles")), Qt::LeftButton);
            area->accept();
        });
    });
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("teacherArea")), Qt::LeftButton);
    QObject::disconnect(opened);
    return reached;
}

// Another program holding the database so that no attempt can be written (reads still work),
// for as long as it lives.
class WriteLock {
public:
    WriteLock(const QString& url, bool sqlite)
    {
        QSqlDatabase db = dt::test::StoreFixture::rawConnection(url, kName);
        QSqlQuery q(db);
        m_held = sqlite ? q.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                              q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('held', 'yes')"))
                        : q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("LOCK TABLE attempts IN EXCLUSIVE MODE"));
    }
    ~WriteLock() { release(); }
    bool held() const { return m_held; }
    void release()
    {
        if (!QSqlDatabase::contains(kName))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(kName);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(kName);
    }

private:
    inline static const QString kName = QStringLiteral("holder");
    bool m_held = false;
};

AttemptRecord anAttempt(qint64 student, int digit, const QDateTime& when, const dt::Drawing& strokes)
{
    AttemptRecord r;
    r.studentId = student;
    r.when = when;
    r.askedDigit = digit;
    r.recognisedDigit = digit;
    r.posterior = 0.9;
    r.stars = 2;
    r.strokes = strokes;
    return r;
}

} // namespace

class TestAttemptsDialog : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    std::vector<dt::Drawing> m_digits;

    void write(MainWindow& window, int digit)
    {
        window.practicePage()->setAskedDigit(digit);
        DrawingCanvas* canvas = dt::test::canvas(window.practicePage());
        dt::test::replay(canvas, dt::test::fitToWidget(m_digits[std::size_t(digit)], canvas->width(), canvas->height()));
        window.practicePage()->done();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        start();
        auto loaded = dt::test::loadDefaultModelAndDigits();
        m_model = loaded.model;
        m_digits = std::move(loaded.digits);
    }
    void initTestCase_data() { addKinds(); }
    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
    }
    void cleanupTestCase() { stop(); }

    void attemptsDrawnAreListedNewestFirstWithTheirReplay()
    {
        QTemporaryDir files;
        auto window = dt::test::openPracticeWindow(m_model, files);
        QVERIFY(window);
        window->setProgressStore(open(newDatabase()));
        QVERIFY(window->progressStore());
        const auto ada = window->progressStore()->addStudent(QStringLiteral("Ada"), QStringLiteral("1B"));
        const auto ben = window->progressStore()->addStudent(QStringLiteral("Ben"), QStringLiteral("1B"));
        QVERIFY(ada && ben);
        window->setStudent(*ada);
        write(*window, 3);
        window->setStudent(*ben);
        write(*window, 5);
        window->setStudent(*ada);
        write(*window, 7);
        QVERIFY(window->attemptArchive()->attempts().isEmpty()); // all of them in the store
        const auto stored = window->progressStore()->attempts();
        QVERIFY(stored && stored->size() == 3);

        const bool opened = openSavedAttempts(*window, [&](AttemptsDialog& d) {
            d.player()->setSpeed(50.0);
            QCOMPARE(d.tabs()->currentIndex(), int(AttemptsDialog::StoreTab));
            // At first the child writing, Ada; then every child's.
            QCOMPARE(d.whoseChooser()->currentText(), QStringLiteral("Ada"));
            QCOMPARE(d.history()->rowCount(), 2);
            QCOMPARE(cell(d, 0, Column::AskedColumn), QStringLiteral("7"));
            d.whoseChooser()->setCurrentIndex(d.whoseChooser()->findText(QStringLiteral("All children")));
            QCOMPARE(d.history()->rowCount(), 3);
            // Every child's, newest first: who, the digit asked, what it was read as, the verdict, the stars.
            const QStringList who{cell(d, 0, Column::StudentColumn), cell(d, 1, Column::StudentColumn),
                                  cell(d, 2, Column::StudentColumn)};
            QCOMPARE(who, (QStringList{QStringLiteral("Ada"), QStringLiteral("Ben"), QStringLiteral("Ada")}));
            QCOMPARE(cell(d, 0, Column::AskedColumn), QStringLiteral("7"));
            QCOMPARE(cell(d, 1, Column::AskedColumn), QStringLiteral("5"));
            QCOMPARE(cell(d, 2, Column::AskedColumn), QStringLiteral("3"));
            QCOMPARE(cell(d, 0, Column::ReadColumn), QString::number(stored->at(2).recognisedDigit));
            QCOMPARE(cell(d, 0, Column::VerdictColumn).startsWith(QStringLiteral("right")), stored->at(2).success());
            QCOMPARE(cell(d, 0, Column::StarsColumn).count(QChar(0x2605)), stored->at(2).stars);
            QVERIFY(!cell(d, 0, Column::WhenColumn).isEmpty());
            QVERIFY2(d.historyNote().contains(QStringLiteral("Attempts: 3,")), qPrintable(d.historyNote()));

            // The newest plays at once, as Ada drew it.
            QTRY_VERIFY_WITH_TIMEOUT(!d.player()->isPlaying(), 10000);
            QCOMPARE(d.canvas()->drawing().pointCount(), stored->at(2).strokes.pointCount());
            QVERIFY2(d.statusText().contains(QStringLiteral("Ada")) && d.statusText().contains(QStringLiteral("7 asked")),
                     qPrintable(d.statusText()));

            // The oldest, chosen with the mouse, replays; Play again replays it again.
            QSignalSpy finished(d.player(), &StrokePlayer::finished);
            clickRow(d.historyList(), d.history()->index(2, 0));
            QVERIFY(finished.wait(10000));
            QCOMPARE(d.canvas()->drawing().pointCount(), stored->at(0).strokes.pointCount());
            QVERIFY(d.statusText().contains(QStringLiteral("3 asked")));
            QTest::mouseClick(d.findChild<QPushButton*>(QStringLiteral("playAgain")), Qt::LeftButton);
            QVERIFY(d.player()->isPlaying());
            QVERIFY(finished.wait(10000));
            QCOMPARE(d.canvas()->drawing().pointCount(), stored->at(0).strokes.pointCount());

            // Narrowed to one child.
            d.whoseChooser()->setCurrentIndex(d.whoseChooser()->findText(QStringLiteral("Ben")));
            QCOMPARE(d.history()->rowCount(), 1);
            QCOMPARE(cell(d, 0, Column::StudentColumn), QStringLiteral("Ben"));
            QCOMPARE(cell(d, 0, Column::AskedColumn), QStringLiteral("5"));
        });
        QVERIFY(opened);
    }

    void aLongHistoryComesAPageAtATimeAsTheTeacherScrolls()
    {
        const QString url = newDatabase();
        auto store = open(url);
        QVERIFY(store);
        const auto ada = store->addStudent(QStringLiteral("Ada"));
        QVERIFY(ada);
        AttemptRecord first = anAttempt(ada->id, 3, QDateTime::currentDateTimeUtc(), m_digits[3]);
        QVERIFY(store->addAttempt(first));
        // 256 attempts made at the same moment (a class writing at once), copied in SQL.
        {
            QSqlDatabase db = rawConnection(url, QStringLiteral("copier"));
            QVERIFY(dt::test::doubleAttempts(db, 8));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copier"));
        QTemporaryDir files;
        AttemptArchive archive(files.path());

        AttemptsDialog d(store.get(), &archive, {.child = *ada, .teacher = true});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        // Whole pages of 100 (the view may take a second one as it lays out), not all of them;
        // the count comes from the database's index.
        const int shown = d.history()->rowCount();
        QVERIFY2(shown >= 100 && shown < 256 && shown % 100 == 0, qPrintable(QString::number(shown)));
        QVERIFY2(d.historyNote().contains(QStringLiteral("Attempts: 256,")), qPrintable(d.historyNote()));
        // Each scroll to the end brings the next page, up to the oldest.
        for (int page = shown / 100; page < 3; ++page) {
            d.historyList()->scrollToBottom();
            QTRY_COMPARE(d.history()->rowCount(), std::min(256, 100 * (page + 1)));
        }
        QVERIFY(!d.history()->canFetchMore());
        // Made at the same moment: the later stored first, each once.
        for (int row = 1; row < 256; ++row)
            QVERIFY(d.history()->attemptAt(row)->id < d.history()->attemptAt(row - 1)->id);
        // The one at the end replays like any other.
        d.player()->setSpeed(50.0);
        QSignalSpy finished(d.player(), &StrokePlayer::finished);
        clickRow(d.historyList(), d.history()->index(255, 0));
        QCOMPARE(d.history()->attemptAt(255)->id, first.id);
        QVERIFY(finished.wait(10000));
        QCOMPARE(d.canvas()->drawing().pointCount(), m_digits[3].pointCount());
    }

    void aKeptAttemptWaitsApartAndGoesInOnceTheStoreIsBack()
    {
        const QString url = newDatabase();
        QTemporaryDir files;
        auto window = dt::test::openPracticeWindow(m_model, files);
        QVERIFY(window);
        window->setProgressStore(open(url));
        QVERIFY(window->progressStore());
        const auto ada = window->progressStore()->addStudent(QStringLiteral("Ada"));
        QVERIFY(ada);
        window->setStudent(*ada);
        WriteLock lock(url, sqlite());
        QVERIFY(lock.held());
        write(*window, 4); // the store is held: kept as a file
        QCOMPARE(window->attemptArchive()->attempts().size(), 1);
        const auto keptFile = window->attemptArchive()->loadAttempt(window->attemptArchive()->attempts().front().path);
        QVERIFY(keptFile && keptFile->whole);

        const bool opened = openSavedAttempts(*window, [&](AttemptsDialog& d) {
            d.player()->setSpeed(50.0);
            KeptFilesPanel* kept = d.keptFiles();
            // Nothing in the store yet: the waiting attempt is what the dialog shows.
            QCOMPARE(d.history()->rowCount(), 0);
            QCOMPARE(d.tabs()->currentIndex(), int(AttemptsDialog::KeptTab));
            QVERIFY2(d.tabs()->tabText(AttemptsDialog::KeptTab).contains(QStringLiteral("(1)")),
                     qPrintable(d.tabs()->tabText(AttemptsDialog::KeptTab)));
            QCOMPARE(kept->list()->topLevelItemCount(), 1);
            const QTreeWidgetItem* item = kept->list()->topLevelItem(0);
            QCOMPARE(item->text(KeptFilesPanel::StudentColumn), QStringLiteral("Ada"));
            QCOMPARE(item->text(KeptFilesPanel::AskedColumn), QStringLiteral("4"));
            QVERIFY(item->text(KeptFilesPanel::StateColumn).contains(QStringLiteral("waiting to go into the progress database")));
            QVERIFY(kept->explanationText().contains(QStringLiteral("waiting to go into the progress database")));
            QTRY_VERIFY_WITH_TIMEOUT(!d.player()->isPlaying(), 10000);
            QCOMPARE(d.canvas()->drawing().pointCount(), keptFile->record.strokes.pointCount());

            // Still held: the teacher is told, and the attempt stays.
            QTest::mouseClick(kept->takeInButton(), Qt::LeftButton);
            QVERIFY2(kept->resultText().contains(QStringLiteral("still not available")), qPrintable(kept->resultText()));
            QCOMPARE(kept->list()->topLevelItemCount(), 1);
            QCOMPARE(d.history()->rowCount(), 0);

            // Let go: it goes in, and shows among the store's attempts.
            lock.release();
            QTest::mouseClick(kept->takeInButton(), Qt::LeftButton);
            QVERIFY2(kept->resultText().contains(QStringLiteral("went into the progress database: 1")),
                     qPrintable(kept->resultText()));
            QCOMPARE(kept->list()->topLevelItemCount(), 0);
            QVERIFY(!kept->takeInButton()->isEnabled());
            QVERIFY(!d.tabs()->tabText(AttemptsDialog::KeptTab).contains(QStringLiteral("(")));
            QCOMPARE(d.history()->rowCount(), 1);
            QCOMPARE(cell(d, 0, Column::StudentColumn), QStringLiteral("Ada"));
            QCOMPARE(cell(d, 0, Column::AskedColumn), QStringLiteral("4"));
        });
        QVERIFY(opened);
        // Once: the store holds it once, under its own key, and no file is left.
        const auto stored = window->progressStore()->attempts();
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(stored->front().key, keptFile->record.key);
        QVERIFY(window->attemptArchive()->attempts().isEmpty());
    }

    void aChildSeesOnlyTheirOwnAttempts()
    {
        auto store = open(newDatabase());
        QVERIFY(store);
        const auto ada = store->addStudent(QStringLiteral("Ada"));
        const auto ben = store->addStudent(QStringLiteral("Ben"));
        QVERIFY(ada && ben);
        const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        for (AttemptRecord r : {anAttempt(ada->id, 1, monday, m_digits[1]), anAttempt(ben->id, 2, monday.addSecs(60), m_digits[2]),
                                anAttempt(ada->id, 3, monday.addSecs(120), m_digits[3])})
            QVERIFY(store->addAttempt(r));
        // Waiting as files: one of each child, and an old file of strokes only (no child).
        QTemporaryDir files;
        AttemptArchive archive(files.path());
        for (const QString& name : {QStringLiteral("Ada"), QStringLiteral("Ben")}) {
            AttemptRecord r = anAttempt(0, 6, monday.addDays(1), m_digits[6]);
            r.student = name;
            QVERIFY(!archive.keep(r).isEmpty());
        }
        QVERIFY(!archive.save(m_digits[8], 8, monday.toLocalTime()).isEmpty());

        AttemptsDialog child(store.get(), &archive, {.child = *ada, .teacher = false});
        child.show();
        QVERIFY(QTest::qWaitForWindowExposed(&child));
        QVERIFY(!child.whoseChooser()->isVisible()); // nobody else to choose, not even a name
        QCOMPARE(child.history()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(cell(child, row, Column::StudentColumn), QStringLiteral("Ada"));
        QCOMPARE(child.keptFiles()->list()->topLevelItemCount(), 1);
        QCOMPARE(child.keptFiles()->list()->topLevelItem(0)->text(KeptFilesPanel::StudentColumn), QStringLiteral("Ada"));
        QVERIFY(!child.keptFiles()->takeInButton()->isVisible());

        // A teacher's view of the same: every child's, and every file.
        AttemptsDialog teacher(store.get(), &archive, {.child = *ada, .teacher = true});
        QCOMPARE(teacher.history()->rowCount(), 2);
        teacher.whoseChooser()->setCurrentIndex(teacher.whoseChooser()->findText(QStringLiteral("All children")));
        QCOMPARE(teacher.history()->rowCount(), 3);
        QCOMPARE(cell(teacher, 1, Column::StudentColumn), QStringLiteral("Ben"));
        QCOMPARE(teacher.keptFiles()->list()->topLevelItemCount(), 3);
        QCOMPARE(teacher.keptFiles()->waiting(), 2);
    }

    void aDamagedFileIsNamedAndTheOthersStillPlay()
    {
        if (!sqlite())
            return; // files only: once is enough
        QTemporaryDir files;
        AttemptArchive archive(files.path());
        const QDateTime morning(QDate(2026, 11, 26), QTime(9, 0));
        QVERIFY(!archive.save(m_digits[7], 7, morning).isEmpty());
        const QString damaged = archive.save(m_digits[4], 4, morning.addSecs(60));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"strokes\": [[[1, 2], [3");
        file.close();

        // No database at all: said, and the files still play.
        AttemptsDialog d(nullptr, &archive, {.child = {}, .teacher = true}, QStringLiteral("the server is down."));
        d.player()->setSpeed(50.0);
        d.show();
        QVERIFY(d.historyNote().contains(QStringLiteral("the server is down.")));
        QCOMPARE(d.tabs()->currentIndex(), int(AttemptsDialog::KeptTab));
        QVERIFY2(d.statusText().contains(QFileInfo(damaged).fileName()), qPrintable(d.statusText()));
        QVERIFY(d.canvas()->isEmpty());
        d.keptFiles()->list()->setCurrentItem(d.keptFiles()->list()->topLevelItem(1));
        QTRY_VERIFY_WITH_TIMEOUT(!d.player()->isPlaying(), 10000);
        QCOMPARE(d.canvas()->drawing().pointCount(), m_digits[7].pointCount());
        // Nothing to take in (strokes only, and damaged); none can go in without a database.
        QVERIFY(!d.keptFiles()->takeInButton()->isEnabled());
    }

    void anEmptyStoreSaysHowAttemptsArrive()
    {
        auto store = open(newDatabase());
        QVERIFY(store);
        QTemporaryDir files;
        AttemptArchive archive(files.path() + QStringLiteral("/not-yet"));
        AttemptsDialog d(store.get(), &archive, {.child = {}, .teacher = true});
        QCOMPARE(d.history()->rowCount(), 0);
        QVERIFY2(d.historyNote().contains(QStringLiteral("Done")), qPrintable(d.historyNote()));
        QVERIFY(d.keptFiles()->explanationText().contains(QStringLiteral("every attempt is in the progress database")));
    }
};

DT_TEST_MAIN(TestAttemptsDialog, QApplication)
#include "test_attempts_dialog.moc"
