// Nothing a child writes is lost when the progress store fails, as the app does it: an
// attempt the store refuses (another program holds the database locked) is kept whole as a
// file at once, the window never freezing, and goes into the store, to the same child, when
// the next attempt is stored; attempts kept while there was no store go in when one is set.

#include "practice_parts.hpp"
#include "practice_window.hpp"
#include "replay.hpp"
#include "sqlite_store.hpp"
#include "test_main.hpp"

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/shell/main_window.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAttemptsKept : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    std::vector<dt::Drawing> m_digits;
    QTemporaryDir m_dir;

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
        auto loaded = dt::test::loadDefaultModelAndDigits();
        m_model = loaded.model;
        m_digits = std::move(loaded.digits);
    }

    void anAttemptRefusedWhileTheDatabaseIsLockedGoesInLater()
    {
        QTemporaryDir attempts;
        auto window = dt::test::openPracticeWindow(m_model, attempts);
        QVERIFY(window);
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        auto store = dt::test::openSqliteStore(path);
        QVERIFY(store);
        const auto ada = store->addStudent(QStringLiteral("Ada"), QStringLiteral("1B"));
        QVERIFY(ada);
        window->setProgressStore(std::move(store));
        window->setStudent(*ada);
        {
            // Another program writing to the database, for longer than a child waits.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('held', 'yes')")));
            QElapsedTimer timer;
            timer.start();
            write(*window, 3);
            QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed()))); // was 10 s
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("kept as a file")) && message.contains(QStringLiteral("busy")),
                 qPrintable(message));
        const QList<AttemptArchive::Attempt> files = window->attemptArchive()->attempts();
        QCOMPARE(files.size(), 1);
        const auto kept = window->attemptArchive()->loadAttempt(files.front().path);
        QVERIFY(kept && kept->whole);
        QCOMPARE(kept->record.student, QStringLiteral("Ada"));
        QCOMPARE(kept->record.askedDigit, 3);

        // The lock gone, the next attempt is stored, and the kept one goes in with it.
        write(*window, 5);
        const auto stored = window->progressStore()->attempts();
        QVERIFY(stored && stored->size() == 2);
        QCOMPARE(stored->at(0).askedDigit, 3);
        QCOMPARE(stored->at(0).studentId, ada->id);
        QCOMPARE(stored->at(0).stars, kept->record.stars);
        QCOMPARE(stored->at(1).askedDigit, 5);
        QVERIFY(window->attemptArchive()->attempts().isEmpty());
    }

    void attemptsMadeWithoutAStoreGoInWhenOneIsSet()
    {
        QTemporaryDir attempts;
        auto window = dt::test::openPracticeWindow(m_model, attempts);
        QVERIFY(window);
        write(*window, 2); // no store: kept as a file, as always
        QCOMPARE(window->attemptArchive()->attempts().size(), 1);

        window->setProgressStore(dt::test::openSqliteStore(m_dir.filePath(QStringLiteral("later.sqlite"))));
        const auto stored = window->progressStore()->attempts();
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(stored->front().student, QStringLiteral("Guest"));
        QCOMPARE(stored->front().askedDigit, 2);
        QVERIFY(window->attemptArchive()->attempts().isEmpty());
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("went into the progress database")),
                 qPrintable(window->statusBar()->currentMessage()));
    }
};

DT_TEST_MAIN(TestAttemptsKept, QApplication)
#include "test_attempts_kept.moc"
