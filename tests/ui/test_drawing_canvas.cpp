// The drawing canvas as a child uses it: real pen digits replayed as mouse events, dots,
// scribbles, very long strokes, stray releases, undo and clear.

#include "replay.hpp"
#include "test_paths.hpp"

#include <drawing_canvas.hpp>

#include <digit_tutor/drawing_recogniser.hpp>
#include <digit_tutor/model_file.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestDrawingCanvas : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void replaysRealDigits_data();
    void replaysRealDigits();
    void dotFromSingleClick();
    void hugeScribbleIsClampedAndRefused();
    void tenThousandPointsInOneStroke();
    void releaseWithoutPress();
    void moveWithoutButtonIsIgnored();
    void secondButtonIgnoredWhileDrawing();
    void undoAndClear();
    void paintsInk();

private:
    std::vector<dt::Drawing> m_digits;
    std::unique_ptr<dt::DigitModel> m_model;
    std::unique_ptr<DrawingCanvas> m_canvas;
};

void TestDrawingCanvas::initTestCase()
{
    const QString path = dt::test::sharedDir() + QStringLiteral("/handwriting/pendigits-train.jsonl");
    m_model = std::make_unique<dt::DigitModel>(dt::loadModel(dt::test::defaultModelPath().toStdString()));
    if (QFile::exists(path))
        m_digits = dt::test::firstClearOfEachDigit(dt::loadDrawings(path.toStdString()), *m_model);
}

void TestDrawingCanvas::init()
{
    m_canvas = std::make_unique<DrawingCanvas>();
    m_canvas->resize(500, 500);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
}

void TestDrawingCanvas::cleanup() { m_canvas.reset(); }

void TestDrawingCanvas::replaysRealDigits_data()
{
    QTest::addColumn<int>("digit");
    QTest::newRow("a one") << 1;
    QTest::newRow("a zero") << 0;
    QTest::newRow("a seven") << 7;
    QTest::newRow("a four") << 4;
}

void TestDrawingCanvas::replaysRealDigits()
{
    QFETCH(int, digit);
    if (m_digits.empty())
        QSKIP("../shared/handwriting/pendigits-train.jsonl is absent");
    const dt::Drawing& source = m_digits[std::size_t(digit)];
    QVERIFY(!source.isEmpty());

    const auto strokes = dt::test::fitToWidget(source, m_canvas->width(), m_canvas->height());
    const auto expected = dt::test::expectedStrokes(strokes);
    QSignalSpy finished(m_canvas.get(), &DrawingCanvas::strokeFinished);
    dt::test::replay(m_canvas.get(), strokes);

    const dt::Drawing drawn = m_canvas->drawing();
    QCOMPARE(drawn.canvasWidth, 500.0);
    QCOMPARE(drawn.canvasHeight, 500.0);
    QCOMPARE(drawn.strokes.size(), source.strokes.size());
    QCOMPARE(finished.count(), int(source.strokes.size()));
    for (std::size_t s = 0; s < expected.size(); ++s) {
        QCOMPARE(drawn.strokes[s].size(), expected[s].size());
        for (std::size_t i = 0; i < expected[s].size(); ++i) {
            QCOMPARE(drawn.strokes[s][i].x, double(expected[s][i].x()));
            QCOMPARE(drawn.strokes[s][i].y, double(expected[s][i].y()));
            QCOMPARE(drawn.strokes[s][i].pressure, -1.0);
            QVERIFY(drawn.strokes[s][i].t >= 0.0);
        }
    }
    // The pen data has no consecutive repeats to speak of: the replay keeps nearly every point.
    QVERIFY(drawn.pointCount() * 10 >= source.pointCount() * 9);

    const dt::Verdict verdict = dt::recogniseDrawing(*m_model, drawn);
    QVERIFY(!verdict.empty);
    QVERIFY2(verdict.isDigit, dt::refusalName(verdict.refusal));
    QCOMPARE(verdict.digit, digit);
}

void TestDrawingCanvas::dotFromSingleClick()
{
    QSignalSpy changed(m_canvas.get(), &DrawingCanvas::strokesChanged);
    QSignalSpy finished(m_canvas.get(), &DrawingCanvas::strokeFinished);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(250, 250));
    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(1));
    QCOMPARE(d.strokes[0].size(), std::size_t(1));
    QCOMPARE(finished.count(), 1);
    QVERIFY(changed.count() >= 1);
    const dt::Verdict v = dt::recogniseDrawing(*m_model, d);
    QVERIFY(!v.isDigit); // a dot is no digit, and recognising it does not crash
}

void TestDrawingCanvas::hugeScribbleIsClampedAndRefused()
{
    dt::test::PixelStroke scribble;
    for (int i = 0; i < 400; ++i) // zig-zags far beyond the widget on every side
        scribble.push_back(QPoint(i % 2 ? 900 : -400, -300 + 3 * i));
    dt::test::replayStroke(m_canvas.get(), scribble);
    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(1));
    for (const dt::StrokePoint& p : d.strokes[0]) {
        QVERIFY(p.x >= 0.0 && p.x <= 499.0);
        QVERIFY(p.y >= 0.0 && p.y <= 499.0);
    }
    const dt::Verdict v = dt::recogniseDrawing(*m_model, d);
    QVERIFY(!v.empty);
    QVERIFY(!v.isDigit);
}

void TestDrawingCanvas::tenThousandPointsInOneStroke()
{
    dt::test::PixelStroke stroke;
    for (int i = 0; i < 10000; ++i) {
        const double a = i * 0.01;
        stroke.push_back(QPoint(250 + int(std::lround(200 * std::cos(a) * (1.0 - i / 20000.0))),
                                250 + int(std::lround(200 * std::sin(a) * (1.0 - i / 20000.0)))));
    }
    const auto expected = dt::test::expectedStrokes({stroke});
    QElapsedTimer clock;
    clock.start();
    dt::test::replayStroke(m_canvas.get(), stroke);
    QVERIFY2(clock.elapsed() < 10000, "10 000 moves took more than 10 s");
    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(1));
    QCOMPARE(d.strokes[0].size(), expected[0].size());
    for (std::size_t i = 1; i < d.strokes[0].size(); ++i)
        QVERIFY(d.strokes[0][i].t >= d.strokes[0][i - 1].t);
    const dt::Verdict v = dt::recogniseDrawing(*m_model, d); // a spiral round and round: refused
    QVERIFY(!v.isDigit);
}

void TestDrawingCanvas::releaseWithoutPress()
{
    QSignalSpy finished(m_canvas.get(), &DrawingCanvas::strokeFinished);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QVERIFY(m_canvas->isEmpty());
    QCOMPARE(finished.count(), 0);
}

void TestDrawingCanvas::moveWithoutButtonIsIgnored()
{
    QMouseEvent hover(QEvent::MouseMove, QPointF(120, 130), m_canvas->mapToGlobal(QPointF(120, 130)),
                      Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_canvas.get(), &hover);
    QVERIFY(m_canvas->isEmpty());
}

void TestDrawingCanvas::secondButtonIgnoredWhileDrawing()
{
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseMove(m_canvas.get(), QPoint(150, 150));
    QTest::mousePress(m_canvas.get(), Qt::RightButton, Qt::NoModifier, QPoint(160, 160));
    QTest::mouseRelease(m_canvas.get(), Qt::RightButton, Qt::NoModifier, QPoint(160, 160));
    QVERIFY(m_canvas->isDrawing());
    QTest::mouseMove(m_canvas.get(), QPoint(200, 200));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(1));
    QCOMPARE(d.strokes[0].size(), std::size_t(3));
    QVERIFY(!m_canvas->isDrawing());
}

void TestDrawingCanvas::undoAndClear()
{
    QSignalSpy changed(m_canvas.get(), &DrawingCanvas::strokesChanged);
    dt::test::replay(m_canvas.get(), {{QPoint(100, 100), QPoint(200, 200)},
                                      {QPoint(300, 100), QPoint(300, 300), QPoint(320, 340)}});
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(2));
    changed.clear();
    m_canvas->undoLastStroke();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(1));
    QCOMPARE(m_canvas->drawing().strokes[0].size(), std::size_t(2));
    m_canvas->clear();
    QVERIFY(m_canvas->isEmpty());
    m_canvas->undoLastStroke(); // nothing left: no crash, no signal
    m_canvas->clear();
    QCOMPARE(changed.count(), 2);
}

void TestDrawingCanvas::paintsInk()
{
    dt::test::replayStroke(m_canvas.get(), {QPoint(100, 250), QPoint(400, 250)});
    const QImage shot = m_canvas->grab().toImage();
    QVERIFY(qGray(shot.pixel(250, 250)) < 100);        // ink on the line
    QCOMPARE(qGray(shot.pixel(250, 100)), 255);        // white elsewhere
    QCOMPARE(qGray(shot.pixel(250, 250 + 20)), 255);   // pen width ~ 4% of 500 = 20 px
}

QTEST_MAIN(TestDrawingCanvas)
#include "test_drawing_canvas.moc"
