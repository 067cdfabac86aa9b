// The drawing canvas as a child uses it: real pen digits replayed as mouse events and as a
// finger on a touch screen, a second finger, a cancelled touch, a pen's pressure, dots,
// scribbles, very long strokes, stray releases, drawing outside, undo and clear; and as a
// replay shows it: read-only, with a drawing from a canvas of another size.

#include "replay.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/common/drawing_canvas.hpp>

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/model_file.hpp>

#include <QApplication>
#include <QFile>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTest>
#include <QTouchEvent>

#include <memory>

namespace {

// Counts the mouse events a widget receives: a finger must reach the canvas as touch
// events only, never also as mouse events that Qt synthesises from them.
class MouseEventCounter : public QObject {
public:
    explicit MouseEventCounter(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::MouseButtonRelease:
            ++count;
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

void touchStroke(QWidget* widget, QPointingDevice* finger, const dt::test::PixelStroke& stroke)
{
    QTest::touchEvent(widget, finger).press(0, stroke.front());
    for (std::size_t i = 1; i < stroke.size(); ++i)
        QTest::touchEvent(widget, finger).move(0, stroke[i]);
    QTest::touchEvent(widget, finger).release(0, stroke.back());
}

void sendTablet(QWidget* widget, const QPointingDevice* pen, QEvent::Type type, QPointF pos, double pressure)
{
    const Qt::MouseButton button = type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons = type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton;
    QTabletEvent event(type, pen, pos, widget->mapToGlobal(pos), pressure, 0.0f, 0.0f, 0.0f, 0.0, 0.0f,
                       Qt::NoModifier, button, buttons);
    QApplication::sendEvent(widget, &event);
}

/// A horizontal pen stroke from x0 to x1 at y with one pressure throughout.
void tabletLine(QWidget* widget, const QPointingDevice* pen, int x0, int x1, int y, double pressure)
{
    sendTablet(widget, pen, QEvent::TabletPress, QPointF(x0, y), pressure);
    for (int x = x0 + 10; x < x1; x += 10)
        sendTablet(widget, pen, QEvent::TabletMove, QPointF(x, y), pressure);
    sendTablet(widget, pen, QEvent::TabletRelease, QPointF(x1, y), pressure);
}

/// Dark pixels in column x of the image from y0 to y1: the ink's width across a horizontal line.
int darkRun(const QImage& image, int x, int y0, int y1)
{
    int n = 0;
    for (int y = y0; y <= y1; ++y)
        n += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return n;
}

} // namespace

class TestDrawingCanvas : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

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

    void fingerDrawsAsTheMouseDoes_data();
    void fingerDrawsAsTheMouseDoes();
    void secondFingerIsIgnored();
    void secondFingerStaysWhenTheFirstLifts();
    void touchCancelEndsTheStroke();
    void penPressureWidensTheInk();
    void drawingOutsideIsClamped();
    void readOnlyIgnoresInput();
    void setDrawingFitsAnotherCanvas_data();
    void setDrawingFitsAnotherCanvas();
    void programmaticStrokes();

private:
    QPointingDevice* m_finger = nullptr;
    std::unique_ptr<QPointingDevice> m_pen;
    std::vector<dt::Drawing> m_digits;
    std::unique_ptr<dt::DigitModel> m_model;
    std::unique_ptr<DrawingCanvas> m_canvas;
};

void TestDrawingCanvas::cleanupTestCase()
{
    // Qt registers the test's touch device and never deletes it; LeakSanitizer would report
    // it. Deleting it unregisters it.
    delete m_finger;
    m_finger = nullptr;
}

void TestDrawingCanvas::initTestCase()
{
    m_finger = QTest::createTouchDevice(); // registered with Qt, never freed by it: see cleanupTestCase
    m_pen = std::make_unique<QPointingDevice>(
        QStringLiteral("test pen"), 1, QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 2);
    m_model = std::make_unique<dt::DigitModel>(dt::loadModel(dt::test::defaultModelPath().toStdString()));
    m_digits = dt::test::firstClearOfEachDigit(dt::loadDrawings(dt::test::handwritingPath().toStdString()), *m_model);
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
    dt::test::replayStroke(m_canvas.get(), stroke);
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

void TestDrawingCanvas::fingerDrawsAsTheMouseDoes_data()
{
    QTest::addColumn<int>("digit");
    QTest::newRow("a two") << 2;
    QTest::newRow("a five, two strokes") << 5;
}

void TestDrawingCanvas::fingerDrawsAsTheMouseDoes()
{
    QFETCH(int, digit);
    const auto strokes = dt::test::fitToWidget(m_digits[std::size_t(digit)], m_canvas->width(), m_canvas->height());
    const auto expected = dt::test::expectedStrokes(strokes);
    QSignalSpy finished(m_canvas.get(), &DrawingCanvas::strokeFinished);
    auto* mice = new MouseEventCounter(m_canvas.get());
    for (const dt::test::PixelStroke& s : strokes)
        touchStroke(m_canvas.get(), m_finger, s);

    QCOMPARE(mice->count, 0); // the touch events were taken: no synthesised mouse events
    QCOMPARE(finished.count(), int(strokes.size()));
    QVERIFY(!m_canvas->isDrawing());
    const dt::Drawing touched = m_canvas->drawing();
    QCOMPARE(touched.strokes.size(), expected.size());
    for (std::size_t s = 0; s < expected.size(); ++s) {
        QCOMPARE(touched.strokes[s].size(), expected[s].size());
        for (std::size_t i = 0; i < expected[s].size(); ++i) {
            QCOMPARE(touched.strokes[s][i].x, double(expected[s][i].x()));
            QCOMPARE(touched.strokes[s][i].y, double(expected[s][i].y()));
            QCOMPARE(touched.strokes[s][i].pressure, -1.0); // a finger has no pressure: mouse-width ink
        }
    }
    const dt::Verdict verdict = dt::recogniseDrawing(*m_model, touched);
    QVERIFY2(verdict.isDigit, dt::refusalName(verdict.refusal));
    QCOMPARE(verdict.digit, digit);
}

void TestDrawingCanvas::secondFingerIsIgnored()
{
    QSignalSpy finished(m_canvas.get(), &DrawingCanvas::strokeFinished);
    QTest::touchEvent(m_canvas.get(), m_finger).press(0, QPoint(100, 100));
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(150, 120));
    QTest::touchEvent(m_canvas.get(), m_finger).stationary(0).press(1, QPoint(400, 400)); // a palm lands
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(200, 140)).move(1, QPoint(420, 380));
    QTest::touchEvent(m_canvas.get(), m_finger).stationary(0).release(1, QPoint(420, 380));
    QVERIFY(m_canvas->isDrawing());
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(250, 160));
    QTest::touchEvent(m_canvas.get(), m_finger).release(0, QPoint(250, 160));

    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(1));
    const std::vector<QPointF> expected{{100, 100}, {150, 120}, {200, 140}, {250, 160}};
    QCOMPARE(d.strokes[0].size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(QPointF(d.strokes[0][i].x, d.strokes[0][i].y), expected[i]);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_canvas->isDrawing());
}

void TestDrawingCanvas::secondFingerStaysWhenTheFirstLifts()
{
    QTest::touchEvent(m_canvas.get(), m_finger).press(0, QPoint(100, 100));
    QTest::touchEvent(m_canvas.get(), m_finger).stationary(0).press(1, QPoint(300, 300));
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(120, 200)).move(1, QPoint(320, 320));
    QTest::touchEvent(m_canvas.get(), m_finger).release(0, QPoint(120, 200)).stationary(1);
    QVERIFY(!m_canvas->isDrawing()); // the drawing finger lifted: its stroke is done
    // The finger left behind neither continues that stroke nor starts one of its own.
    QTest::touchEvent(m_canvas.get(), m_finger).move(1, QPoint(350, 350));
    QTest::touchEvent(m_canvas.get(), m_finger).stationary(1).press(2, QPoint(50, 400));
    QTest::touchEvent(m_canvas.get(), m_finger).move(1, QPoint(380, 380)).move(2, QPoint(60, 420));
    QTest::touchEvent(m_canvas.get(), m_finger).release(1, QPoint(380, 380)).release(2, QPoint(60, 420));
    dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(1));
    QCOMPARE(d.strokes[0].size(), std::size_t(2));

    // Once every finger is up, the next touch draws again.
    touchStroke(m_canvas.get(), m_finger, {QPoint(200, 200), QPoint(210, 260)});
    d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(2));
    QCOMPARE(d.strokes[1].size(), std::size_t(2));
}

void TestDrawingCanvas::touchCancelEndsTheStroke()
{
    QSignalSpy finished(m_canvas.get(), &DrawingCanvas::strokeFinished);
    QTest::touchEvent(m_canvas.get(), m_finger).press(0, QPoint(100, 100));
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(200, 200));
    // The system takes the touch away (a gesture, a notification): Qt sends TouchCancel.
    QTouchEvent cancel(QEvent::TouchCancel, m_finger);
    QApplication::sendEvent(m_canvas.get(), &cancel);
    QVERIFY(!m_canvas->isDrawing());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(1));
    QCOMPARE(m_canvas->drawing().strokes[0].size(), std::size_t(2)); // the points it had are kept
    // The finger lifts later: nothing more is added.
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(250, 250));
    QTest::touchEvent(m_canvas.get(), m_finger).release(0, QPoint(250, 250));
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(1));
    QCOMPARE(m_canvas->drawing().strokes[0].size(), std::size_t(2));
    QCOMPARE(finished.count(), 1);

    touchStroke(m_canvas.get(), m_finger, {QPoint(300, 100), QPoint(300, 200)});
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(2));
}

void TestDrawingCanvas::penPressureWidensTheInk()
{
    // Two lines across the canvas, light above and firm below; the canvas is 500 px, so
    // penWidth() is 20 px and the ink 0.7 x 20 = 14 px and 1.5 x 20 = 30 px wide.
    tabletLine(m_canvas.get(), m_pen.get(), 100, 400, 150, 0.2);
    tabletLine(m_canvas.get(), m_pen.get(), 100, 400, 350, 1.0);
    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(2));
    for (const dt::StrokePoint& p : d.strokes[0])
        QCOMPARE(p.pressure, 0.2);
    for (const dt::StrokePoint& p : d.strokes[1])
        QCOMPARE(p.pressure, 1.0);
    QCOMPARE(d.strokes[0].front().x, 100.0);
    QCOMPARE(d.strokes[0].back().x, 400.0);

    const QImage shot = m_canvas->grab().toImage();
    const int light = darkRun(shot, 250, 100, 200);
    const int firm = darkRun(shot, 250, 300, 400);
    // Antialiasing may add or take a pixel on each edge.
    QVERIFY2(light >= 12 && light <= 16, qPrintable(QString::number(light)));
    QVERIFY2(firm >= 28 && firm <= 32, qPrintable(QString::number(firm)));
    QCOMPARE(m_canvas->inkWidth(0.2), 14.0);
    QCOMPARE(m_canvas->inkWidth(1.0), 30.0);
    QCOMPARE(m_canvas->inkWidth(-1.0), m_canvas->penWidth());
}

void TestDrawingCanvas::drawingOutsideIsClamped()
{
    // A finger and a pen that slide off the canvas keep drawing along its edge.
    QTest::touchEvent(m_canvas.get(), m_finger).press(0, QPoint(250, 250));
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(-80, 600));
    QTest::touchEvent(m_canvas.get(), m_finger).move(0, QPoint(700, -30));
    QTest::touchEvent(m_canvas.get(), m_finger).release(0, QPoint(700, -30));
    sendTablet(m_canvas.get(), m_pen.get(), QEvent::TabletPress, QPointF(250, 250), 0.5);
    sendTablet(m_canvas.get(), m_pen.get(), QEvent::TabletMove, QPointF(-10.5, 250), 0.5);
    sendTablet(m_canvas.get(), m_pen.get(), QEvent::TabletRelease, QPointF(250, 900), 0.5);

    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(2));
    const std::vector<QPointF> touch{{250, 250}, {0, 499}, {499, 0}};
    const std::vector<QPointF> pen{{250, 250}, {0, 250}, {250, 499}};
    QCOMPARE(d.strokes[0].size(), touch.size());
    QCOMPARE(d.strokes[1].size(), pen.size());
    for (std::size_t i = 0; i < touch.size(); ++i)
        QCOMPARE(QPointF(d.strokes[0][i].x, d.strokes[0][i].y), touch[i]);
    for (std::size_t i = 0; i < pen.size(); ++i)
        QCOMPARE(QPointF(d.strokes[1][i].x, d.strokes[1][i].y), pen[i]);
}

void TestDrawingCanvas::readOnlyIgnoresInput()
{
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseMove(m_canvas.get(), QPoint(150, 150));
    m_canvas->setReadOnly(true); // a replay starts while the child is drawing
    QVERIFY(m_canvas->isReadOnly());
    QVERIFY(!m_canvas->isDrawing());
    QTest::mouseMove(m_canvas.get(), QPoint(200, 200));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(1));
    QCOMPARE(m_canvas->drawing().strokes[0].size(), std::size_t(2));

    QSignalSpy changed(m_canvas.get(), &DrawingCanvas::strokesChanged);
    dt::test::replayStroke(m_canvas.get(), {QPoint(300, 300), QPoint(350, 350)});
    touchStroke(m_canvas.get(), m_finger, {QPoint(300, 100), QPoint(350, 150)});
    tabletLine(m_canvas.get(), m_pen.get(), 100, 400, 450, 0.5);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(1));

    m_canvas->setReadOnly(false);
    dt::test::replayStroke(m_canvas.get(), {QPoint(300, 300), QPoint(350, 350)});
    QCOMPARE(m_canvas->drawing().strokes.size(), std::size_t(2));
}

void TestDrawingCanvas::setDrawingFitsAnotherCanvas_data()
{
    QTest::addColumn<double>("canvasWidth");
    QTest::addColumn<double>("canvasHeight");
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    // This canvas is 500 x 500.
    QTest::newRow("same size, unchanged") << 500.0 << 500.0 << QPointF(123.25, 456.5) << QPointF(123.25, 456.5);
    QTest::newRow("half the size, doubled") << 250.0 << 250.0 << QPointF(100, 50) << QPointF(200, 100);
    QTest::newRow("wide, centred vertically") << 1000.0 << 500.0 << QPointF(1000, 0) << QPointF(499, 125);
    QTest::newRow("tall, centred across") << 200.0 << 400.0 << QPointF(0, 400) << QPointF(125, 499);
    QTest::newRow("no canvas: up to its largest x and y") << 0.0 << 0.0 << QPointF(100, 50) << QPointF(499, 375);
}

void TestDrawingCanvas::setDrawingFitsAnotherCanvas()
{
    QFETCH(double, canvasWidth);
    QFETCH(double, canvasHeight);
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    dt::Drawing d;
    d.canvasWidth = canvasWidth;
    d.canvasHeight = canvasHeight;
    d.label = 7;
    d.strokes = {{{from.x(), from.y(), 0.0, 0.3}, {from.x() / 2, from.y() / 2, 15.0, 0.9}}};
    m_canvas->setReadOnly(true); // a replay canvas
    QSignalSpy changed(m_canvas.get(), &DrawingCanvas::strokesChanged);
    m_canvas->setDrawing(d);
    QCOMPARE(changed.count(), 1);

    const dt::Drawing shown = m_canvas->drawing();
    QCOMPARE(shown.canvasWidth, 500.0);
    QCOMPARE(shown.strokes.size(), std::size_t(1));
    QCOMPARE(shown.strokes[0].size(), std::size_t(2));
    QCOMPARE(QPointF(shown.strokes[0][0].x, shown.strokes[0][0].y), to);
    QCOMPARE(shown.strokes[0][0].t, 0.0);
    QCOMPARE(shown.strokes[0][1].t, 15.0);
    QCOMPARE(shown.strokes[0][0].pressure, 0.3);
    QCOMPARE(m_canvas->fittedDrawing(d).label, 7);
    QCOMPARE(QPointF(m_canvas->fittedDrawing(d).strokes[0][0].x, m_canvas->fittedDrawing(d).strokes[0][0].y), to);
    QVERIFY(qGray(m_canvas->grab().toImage().pixel(int(shown.strokes[0][1].x), int(shown.strokes[0][1].y))) < 100);
}

void TestDrawingCanvas::programmaticStrokes()
{
    // What StrokePlayer does: points with their own times and pressures, in read-only mode.
    m_canvas->setReadOnly(true);
    QSignalSpy changed(m_canvas.get(), &DrawingCanvas::strokesChanged);
    QSignalSpy finished(m_canvas.get(), &DrawingCanvas::strokeFinished);
    m_canvas->continueStroke({10, 10, 0, -1}); // no stroke yet: nothing
    m_canvas->startStroke({100, 100, 40.0, 0.5});
    m_canvas->continueStroke({100, 100, 50.0, 0.5}); // a repeat is kept, as recorded
    m_canvas->continueStroke({900, 200, 60.0, 0.6}); // clamped
    m_canvas->startStroke({300, 300, 200.0, 0.7});   // finishes the first
    m_canvas->finishStroke();
    m_canvas->finishStroke(); // nothing to finish
    QCOMPARE(changed.count(), 4);
    QCOMPARE(finished.count(), 2);
    const dt::Drawing d = m_canvas->drawing();
    QCOMPARE(d.strokes.size(), std::size_t(2));
    QCOMPARE(d.strokes[0].size(), std::size_t(3));
    QCOMPARE(d.strokes[0][2].x, 499.0);
    QCOMPARE(d.strokes[0][2].t, 60.0);
    QCOMPARE(d.strokes[1][0].pressure, 0.7);
}

DT_TEST_MAIN(TestDrawingCanvas, QApplication)
#include "test_drawing_canvas.moc"
