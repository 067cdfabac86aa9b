// A child's attempt kept and shown again, as a teacher will use it: a real pen digit is
// drawn by hand on a canvas, recognised, saved with AttemptArchive, loaded back and replayed
// with StrokePlayer onto a second canvas, which must then hold the same drawing and get the
// same verdict. Also: the replay's timing, stopping it, the archive's names and order, and
// corrupt files and unwritable folders reported in a sentence, never a crash.

#include "file_permissions_apply.hpp"
#include "practice_window.hpp"
#include "replay.hpp"
#include "temp_files.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>
#include <digit_tutor/common/stroke_player.hpp>

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/model_file.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

#include <unistd.h>

namespace {

// Draws like a hand: a few ms between pen moves and a pause between strokes, so that the
// canvas records real times for the replay to follow.
void drawByHand(QWidget* widget, const std::vector<dt::test::PixelStroke>& strokes)
{
    for (const dt::test::PixelStroke& s : strokes) {
        QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, s.front());
        for (std::size_t i = 1; i < s.size(); ++i) {
            QTest::qWait(2); // QTest's own delay argument only moves the events' timestamps
            QTest::mouseMove(widget, s[i]);
        }
        QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, s.back());
        QTest::qWait(40);
    }
}

dt::Verdict verdictFor(RecognitionController& controller, const dt::Drawing& drawing)
{
    QSignalSpy ready(&controller, &RecognitionController::verdictReady);
    controller.setDrawing(drawing);
    if (!ready.wait(5000))
        return {};
    return controller.lastVerdict();
}

bool samePoints(const dt::Stroke& a, const dt::Stroke& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].x != b[i].x || a[i].y != b[i].y || a[i].t != b[i].t || a[i].pressure != b[i].pressure)
            return false;
    return true;
}

dt::Drawing timedDrawing()
{
    // Two strokes 2.8 s apart (a child thinking), and a stroke with no times.
    dt::Drawing d;
    d.canvasWidth = 500;
    d.canvasHeight = 500;
    d.strokes = {{{100, 100, 0.0, -1}, {100, 200, 100.0, -1}, {100, 300, 200.0, -1}},
                 {{200, 100, 3000.0, -1}, {200, 150, 3050.0, -1}},
                 {{300, 100}, {300, 150}, {300, 200}}};
    return d;
}

} // namespace

class TestAttemptReplay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void drawnDigitSavedLoadedAndReplayed_data();
    void drawnDigitSavedLoadedAndReplayed();
    void replayOntoALargerCanvas();
    void timelineKeepsTheTimingAndCapsPauses();
    void replayFollowsTheTimeline();
    void stopLeavesWhatWasDrawn();
    void canvasClosedWhilePlaying();
    void attemptsAreListedNewestFirst();
    void savingNeverOverwrites();
    void corruptFileGivesAClearError_data();
    void corruptFileGivesAClearError();
    void unwritableFolderGivesAClearError_data();
    void unwritableFolderGivesAClearError();

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    std::vector<dt::Drawing> m_digits;
    std::unique_ptr<DrawingCanvas> m_canvas; ///< where the child draws
    std::unique_ptr<DrawingCanvas> m_replay; ///< where the teacher watches
};

void TestAttemptReplay::initTestCase()
{
    dt::test::DefaultModelAndDigits loaded = dt::test::loadDefaultModelAndDigits();
    m_model = std::move(loaded.model);
    m_digits = std::move(loaded.digits);
}

void TestAttemptReplay::init()
{
    m_canvas = std::make_unique<DrawingCanvas>();
    m_canvas->resize(500, 500);
    m_canvas->show();
    m_replay = std::make_unique<DrawingCanvas>();
    m_replay->resize(500, 500);
    m_replay->setReadOnly(true);
    m_replay->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    QVERIFY(QTest::qWaitForWindowExposed(m_replay.get()));
}

void TestAttemptReplay::cleanup()
{
    m_canvas.reset();
    m_replay.reset();
}

void TestAttemptReplay::drawnDigitSavedLoadedAndReplayed_data()
{
    QTest::addColumn<int>("digit");
    QTest::newRow("a three") << 3;
    QTest::newRow("a five, two strokes") << 5;
    QTest::newRow("a four") << 4;
}

void TestAttemptReplay::drawnDigitSavedLoadedAndReplayed()
{
    QFETCH(int, digit);
    drawByHand(m_canvas.get(), dt::test::fitToWidget(m_digits[std::size_t(digit)], 500, 500));
    const dt::Drawing drawn = m_canvas->drawing();
    QCOMPARE(drawn.strokes.size(), m_digits[std::size_t(digit)].strokes.size());
    QVERIFY(drawn.strokes.back().back().t > drawn.strokes.front().front().t); // drawn over time

    RecognitionController controller(m_model);
    const dt::Verdict original = verdictFor(controller, drawn);
    QVERIFY2(original.isDigit, dt::refusalName(original.refusal));
    QCOMPARE(original.digit, digit);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AttemptArchive archive(dir.filePath(QStringLiteral("attempts"))); // created on the first save
    const QString path = archive.save(drawn, digit);
    QVERIFY2(!path.isEmpty(), qPrintable(archive.errorString()));
    QVERIFY(archive.errorString().isEmpty());
    const QList<AttemptArchive::Attempt> listed = archive.attempts();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0].path, path);
    QCOMPARE(listed[0].digit, digit);

    const std::optional<dt::Drawing> loaded = archive.load(path);
    QVERIFY2(loaded.has_value(), qPrintable(archive.errorString()));
    QCOMPARE(loaded->label, digit);
    QCOMPARE(loaded->canvasWidth, 500.0);
    QCOMPARE(loaded->strokes.size(), drawn.strokes.size());
    for (std::size_t s = 0; s < drawn.strokes.size(); ++s)
        QVERIFY(samePoints(loaded->strokes[s], drawn.strokes[s]));

    StrokePlayer player(m_replay.get());
    player.setDrawing(*loaded);
    player.setSpeed(25.0);
    QSignalSpy progressed(&player, &StrokePlayer::progressed);
    QSignalSpy finished(&player, &StrokePlayer::finished);
    // As each stroke ends on the replay canvas it must be the next stroke of the attempt.
    std::vector<std::size_t> strokesSoFar;
    bool inOrder = true;
    connect(m_replay.get(), &DrawingCanvas::strokeFinished, this, [&] {
        const dt::Drawing now = m_replay->drawing();
        strokesSoFar.push_back(now.strokes.size());
        inOrder = inOrder && now.strokes.size() <= drawn.strokes.size() &&
                  samePoints(now.strokes.back(), drawn.strokes[now.strokes.size() - 1]);
    });
    player.play();
    QVERIFY(player.isPlaying());
    QVERIFY(m_replay->isEmpty()); // play() returns at once; the timer draws
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!player.isPlaying());

    QVERIFY(inOrder);
    std::vector<std::size_t> expectedOrder(drawn.strokes.size());
    for (std::size_t i = 0; i < expectedOrder.size(); ++i)
        expectedOrder[i] = i + 1;
    QCOMPARE(strokesSoFar, expectedOrder);
    QVERIFY(progressed.count() >= 1);
    int last = 0;
    for (const QList<QVariant>& args : progressed) {
        QVERIFY(args.at(0).toInt() > last);
        last = args.at(0).toInt();
        QCOMPARE(args.at(1).toInt(), int(drawn.pointCount()));
    }
    QCOMPARE(last, int(drawn.pointCount()));
    QVERIFY(m_replay->isReadOnly()); // as it was before the replay

    const dt::Drawing replayed = m_replay->drawing();
    QCOMPARE(replayed.strokes.size(), drawn.strokes.size());
    for (std::size_t s = 0; s < drawn.strokes.size(); ++s)
        QVERIFY(samePoints(replayed.strokes[s], drawn.strokes[s]));
    const dt::Verdict again = verdictFor(controller, replayed);
    QCOMPARE(again.digit, original.digit);
    QCOMPARE(again.isDigit, original.isDigit);
    for (std::size_t k = 0; k < original.probabilities.size(); ++k)
        // The same points give the same features; 1e-9 allows only for summation order.
        QVERIFY(std::abs(again.probabilities[k] - original.probabilities[k]) <= 1e-9);
}

void TestAttemptReplay::replayOntoALargerCanvas()
{
    dt::test::replay(m_canvas.get(), dt::test::fitToWidget(m_digits[2], 500, 500));
    const dt::Drawing drawn = m_canvas->drawing();
    DrawingCanvas wide;
    wide.resize(900, 600);
    wide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wide));
    StrokePlayer player(&wide);
    player.setDrawing(drawn);
    player.setSpeed(1000.0);
    QSignalSpy finished(&player, &StrokePlayer::finished);
    player.play();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!wide.isReadOnly()); // a canvas that took input before takes it again

    const dt::Drawing shown = wide.drawing();
    QCOMPARE(shown.canvasWidth, 900.0);
    const dt::Bounds b = dt::boundsOf(shown);
    QVERIFY(b.minY >= 0.0 && b.maxY <= 599.0);
    QVERIFY(std::abs((b.minX + b.maxX) / 2.0 - 450.0) < 15.0); // centred across
    const dt::Verdict v = dt::recogniseDrawing(*m_model, shown);
    QVERIFY(v.isDigit);
    QCOMPARE(v.digit, 2);
}

void TestAttemptReplay::timelineKeepsTheTimingAndCapsPauses()
{
    const auto times = StrokePlayer::timeline(timedDrawing());
    const std::vector<std::vector<double>> expected{
        {0.0, 100.0, 200.0},    // as drawn
        {1200.0, 1250.0},       // the 2.8 s pause shortened to kMaxPauseMs
        {1350.0, 1360.0, 1370.0} // no times: a pen lift, then kUntimedStepMs a point
    };
    QCOMPARE(times, expected);
    StrokePlayer player;
    player.setDrawing(timedDrawing());
    QCOMPARE(player.duration(), 1370.0);
    player.setSpeed(2.0);
    QCOMPARE(player.duration(), 685.0);
    player.setSpeed(0.0); // ignored
    player.setSpeed(-1.0);
    QCOMPARE(player.speed(), 2.0);
    player.play(); // no canvas: nothing happens
    QVERIFY(!player.isPlaying());
}

void TestAttemptReplay::replayFollowsTheTimeline()
{
    StrokePlayer player(m_replay.get());
    player.setDrawing(timedDrawing());
    player.setSpeed(4.0); // 1370 ms of drawing in about 343 ms
    QElapsedTimer clock;
    std::vector<qint64> strokeStarts;
    connect(m_replay.get(), &DrawingCanvas::strokesChanged, this, [&] {
        const dt::Drawing d = m_replay->drawing();
        if (d.strokes.size() > strokeStarts.size())
            strokeStarts.push_back(clock.elapsed());
    });
    QSignalSpy finished(&player, &StrokePlayer::finished);
    clock.start();
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    // Never early (a timer may be late on a busy machine, so only the lower bounds are checked).
    QCOMPARE(strokeStarts.size(), std::size_t(3));
    QVERIFY2(strokeStarts[1] >= 1200 / 4 - 2, qPrintable(QString::number(strokeStarts[1])));
    QVERIFY2(strokeStarts[2] >= 1350 / 4 - 2, qPrintable(QString::number(strokeStarts[2])));
    QVERIFY(clock.elapsed() >= 1370 / 4 - 2);
    QCOMPARE(m_replay->drawing().pointCount(), std::size_t(8));
}

void TestAttemptReplay::stopLeavesWhatWasDrawn()
{
    m_replay->setReadOnly(false);
    StrokePlayer player(m_replay.get());
    player.setDrawing(timedDrawing());
    QSignalSpy progressed(&player, &StrokePlayer::progressed);
    QSignalSpy finished(&player, &StrokePlayer::finished);
    player.play();
    QVERIFY(m_replay->isReadOnly()); // the child cannot draw into a replay
    QTRY_VERIFY(progressed.count() >= 1);
    player.stop();
    QVERIFY(!player.isPlaying());
    QVERIFY(!m_replay->isReadOnly());
    QVERIFY(!m_replay->isDrawing());
    const std::size_t shown = m_replay->drawing().pointCount();
    QVERIFY(shown >= 1 && shown < 8);
    QCOMPARE(player.pointsShown(), int(shown));
    QTest::qWait(100);
    QCOMPARE(m_replay->drawing().pointCount(), shown);
    QCOMPARE(finished.count(), 0);
    player.stop(); // twice: nothing

    // Playing again starts from the beginning on a clean canvas.
    player.setSpeed(1000.0);
    player.play();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_replay->drawing().pointCount(), std::size_t(8));
}

void TestAttemptReplay::canvasClosedWhilePlaying()
{
    // The teacher closes the replay window half-way: the player stops, nothing crashes.
    auto canvas = std::make_unique<DrawingCanvas>();
    canvas->resize(500, 500);
    StrokePlayer player(canvas.get());
    player.setDrawing(timedDrawing());
    QSignalSpy progressed(&player, &StrokePlayer::progressed);
    QSignalSpy finished(&player, &StrokePlayer::finished);
    player.play();
    QTRY_VERIFY(progressed.count() >= 1);
    canvas.reset();
    QVERIFY(player.canvas() == nullptr);
    QTRY_VERIFY(!player.isPlaying());
    QCOMPARE(finished.count(), 0);
    player.play(); // no canvas now: nothing
    QVERIFY(!player.isPlaying());
}

void TestAttemptReplay::attemptsAreListedNewestFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AttemptArchive archive(dir.path());
    dt::Drawing d;
    d.canvasWidth = 500;
    d.canvasHeight = 500;
    const QDate day(2025, 1, 14);
    auto drawingAt = [&](double x) {
        d.strokes = {{{x, 10.0, 0.0, -1}, {x, 20.0, 8.0, -1}}};
        return d;
    };
    const QString a = archive.save(drawingAt(1), 3, QDateTime(day, QTime(10, 0, 0)));
    const QString b = archive.save(drawingAt(2), -1, QDateTime(day, QTime(10, 0, 5)));
    const QString c = archive.save(drawingAt(3), -1, QDateTime(day, QTime(10, 0, 5))); // same moment
    const QString e = archive.save(drawingAt(4), 0, QDateTime(day, QTime(9, 59, 59)));
    for (const QString& p : {a, b, c, e})
        QVERIFY2(!p.isEmpty(), qPrintable(archive.errorString()));
    QCOMPARE(QFileInfo(a).fileName(), QStringLiteral("attempt-20250114-100000-000-digit-3.json"));
    QCOMPARE(QFileInfo(b).fileName(), QStringLiteral("attempt-20250114-100005-000-free.json"));
    QCOMPARE(QFileInfo(c).fileName(), QStringLiteral("attempt-20250114-100005-000-free-2.json"));

    const QList<AttemptArchive::Attempt> listed = archive.attempts();
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed[0].path, c);
    QCOMPARE(listed[1].path, b);
    QCOMPARE(listed[2].path, a);
    QCOMPARE(listed[3].path, e);
    QCOMPARE(listed[2].digit, 3);
    QCOMPARE(listed[1].digit, -1);
    QCOMPARE(listed[3].digit, 0);
    QCOMPARE(listed[2].savedAt, QDateTime(day, QTime(10, 0, 0)));
    QCOMPARE(archive.load(b)->label, -1); // free drawing: no label
    QCOMPARE(archive.load(b)->strokes[0][0].x, 2.0);

    QVERIFY(AttemptArchive(dir.filePath(QStringLiteral("none"))).attempts().isEmpty());
    QVERIFY(AttemptArchive::defaultFolder().endsWith(QStringLiteral("/attempts")));
}

void TestAttemptReplay::savingNeverOverwrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AttemptArchive archive(dir.path());
    const QDateTime when(QDate(2025, 3, 1), QTime(8, 30, 0, 250));
    dt::Drawing first;
    first.strokes = {{{1, 1}, {2, 2}}};
    dt::Drawing second;
    second.strokes = {{{7, 7}, {8, 8}}};
    const QString p1 = archive.save(first, 7, when);
    const QString p2 = archive.save(second, 7, when);
    QVERIFY(!p1.isEmpty() && !p2.isEmpty());
    QVERIFY(p1 != p2);
    QCOMPARE(archive.load(p1)->strokes[0][0].x, 1.0);
    QCOMPARE(archive.load(p2)->strokes[0][0].x, 7.0);
    QCOMPARE(archive.attempts().size(), 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary files left

    QVERIFY(archive.save(first, 10).isEmpty()); // not a digit
    QVERIFY2(archive.errorString().contains(QStringLiteral("10")), qPrintable(archive.errorString()));
}

void TestAttemptReplay::corruptFileGivesAClearError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("this is not a stroke file") << QString();
    QTest::newRow("cut short") << QByteArray(R"({"canvas": {"width": 500, "height": 500}, "strokes": [[[1, 2, 0], [3)")
                               << QString();
    QTest::newRow("empty file") << QByteArray() << QString();
    QTest::newRow("a point with one number") << QByteArray(R"({"strokes": [[[1, 2], [3]]]})")
                                             << QStringLiteral("1 number");
    QTest::newRow("a label that is no digit") << QByteArray(R"({"label": 12, "strokes": [[[1, 2]]]})")
                                              << QStringLiteral("label 12");
    QTest::newRow("no strokes") << QByteArray(R"({"canvas": {"width": 500, "height": 500}})")
                                << QStringLiteral("\"strokes\" is missing");
}

void TestAttemptReplay::corruptFileGivesAClearError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("attempt-20250114-100000-000-digit-3.json"));
    QVERIFY(dt::test::writeFile(path, content));
    AttemptArchive archive(dir.path());
    QCOMPARE(archive.attempts().size(), 1); // listed by name; read only when chosen
    const std::optional<dt::Drawing> loaded = archive.load(path);
    QVERIFY(!loaded.has_value());
    const QString error = archive.errorString();
    QVERIFY2(error.startsWith(QStringLiteral("The attempt cannot be read: ")), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char('\n')), 0);

    // A file that is not there at all.
    QVERIFY(!archive.load(dir.filePath(QStringLiteral("gone.json"))).has_value());
    QVERIFY2(archive.errorString().contains(QStringLiteral("does not exist")), qPrintable(archive.errorString()));
}

void TestAttemptReplay::unwritableFolderGivesAClearError_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("a folder inside a file") << false;
    QTest::newRow("a read-only folder") << true;
}

void TestAttemptReplay::unwritableFolderGivesAClearError()
{
    QFETCH(bool, readOnlyFolder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString folder;
    const dt::test::FilePermissionsApply permissions; // as root too (CI runs as root)
    if (readOnlyFolder) {
        if (::geteuid() == 0 && !permissions.isActive())
            DT_SKIP("root writes into read-only folders, and this process cannot give that up");
        folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    } else {
        QVERIFY(dt::test::writeFile(dir.filePath(QStringLiteral("plain-file")), "x"));
        folder = dir.filePath(QStringLiteral("plain-file/attempts"));
    }
    AttemptArchive archive(folder);
    dt::Drawing d;
    d.strokes = {{{1, 1}, {2, 2}}};
    QVERIFY(archive.save(d, 4).isEmpty());
    const QString error = archive.errorString();
    QVERIFY2(error.startsWith(QStringLiteral("Cannot save the attempt")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char('\n')), 0);
    QVERIFY(archive.attempts().isEmpty());
    if (readOnlyFolder)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

DT_TEST_MAIN(TestAttemptReplay, QApplication)
#include "test_attempt_replay.moc"
