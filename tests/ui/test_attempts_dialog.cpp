// The teacher's "Saved attempts" window: attempts saved by the practice page are listed
// newest first, the chosen one is replayed stroke by stroke on the dialog's canvas, and a
// damaged file is named in the dialog while the others still play.

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/teacher/attempts_dialog.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/stroke_player.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAttemptsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const std::vector<dt::Drawing> all =
            dt::loadDrawings(dt::test::handwritingPath().toStdString());
        for (const dt::Drawing& d : all) {
            if (d.label == 7 && m_seven.isEmpty())
                m_seven = d;
            if (d.label == 4 && d.strokes.size() == 2 && m_four.isEmpty())
                m_four = d;
        }
        QVERIFY(!m_seven.isEmpty() && !m_four.isEmpty());
    }

    void listsNewestFirstAndReplaysTheChosenAttempt()
    {
        QTemporaryDir dir;
        AttemptArchive archive(dir.path());
        const QDateTime morning(QDate(2026, 11, 26), QTime(9, 0));
        QVERIFY(!archive.save(m_seven, 7, morning).isEmpty());
        QVERIFY(!archive.save(m_four, 4, morning.addSecs(60)).isEmpty());

        AttemptsDialog dialog(&archive);
        dialog.player()->setSpeed(50.0);
        dialog.resize(700, 500);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->count(), 2);
        QVERIFY(dialog.list()->item(0)->text().contains("4")); // the newer attempt first

        // The newest plays at once; when it ends the canvas holds both of its strokes.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.player()->isPlaying(), 10000);
        QCOMPARE(dialog.canvas()->drawing().strokes.size(), std::size_t(2));
        QCOMPARE(dialog.canvas()->drawing().pointCount(), m_four.pointCount());

        // Choosing the other replays it.
        QSignalSpy finished(dialog.player(), &StrokePlayer::finished);
        dialog.list()->setCurrentRow(1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.canvas()->drawing().pointCount(), m_seven.pointCount());
        QVERIFY(dialog.statusText().contains("7"));
    }

    void damagedFileIsNamedAndTheOthersStillPlay()
    {
        QTemporaryDir dir;
        AttemptArchive archive(dir.path());
        const QDateTime morning(QDate(2026, 11, 26), QTime(9, 0));
        QVERIFY(!archive.save(m_seven, 7, morning).isEmpty());
        const QString damaged = archive.save(m_four, 4, morning.addSecs(60));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"strokes\": [[[1, 2], [3");
        file.close();

        AttemptsDialog dialog(&archive);
        dialog.player()->setSpeed(50.0);
        dialog.show();
        QVERIFY(dialog.statusText().contains(QFileInfo(damaged).fileName()));
        QVERIFY(dialog.canvas()->isEmpty());
        dialog.list()->setCurrentRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.player()->isPlaying(), 10000);
        QCOMPARE(dialog.canvas()->drawing().pointCount(), m_seven.pointCount());
    }

    void anEmptyArchiveSaysHowAttemptsArrive()
    {
        QTemporaryDir dir;
        AttemptArchive archive(dir.path() + "/not-yet");
        AttemptsDialog dialog(&archive);
        QCOMPARE(dialog.list()->count(), 0);
        QVERIFY(dialog.statusText().contains("Done"));
    }

private:
    dt::Drawing m_seven;
    dt::Drawing m_four;
};

DT_TEST_MAIN(TestAttemptsDialog, QApplication)
#include "test_attempts_dialog.moc"
