// The child's look, piece by piece, as a child and a test see it: every icon loads (the
// SVG engine and the embedded resources reach the program), buttons grow with their
// height, stars arrive one after the other, a celebration ends by itself and lets clicks
// through, a hold button acts only when held, the meter says words and never a number,
// the guide's ink is solid in its core and clear in its tails, and the canvas's writing
// lines stay out of the drawing. lookRendersEveryPiece saves a picture of each piece (to
// $DT_LOOK_DIR when set, e.g. /tmp/look, else a temporary folder) for a person to judge.

#include "replay.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/common/big_button.hpp>
#include <digit_tutor/common/celebration.hpp>
#include <digit_tutor/common/child_button.hpp>
#include <digit_tutor/common/child_icons.hpp>
#include <digit_tutor/common/child_style.hpp>
#include <digit_tutor/common/confidence_meter.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/guide_view.hpp>
#include <digit_tutor/common/hold_button.hpp>
#include <digit_tutor/common/stars_view.hpp>

#include <digit_tutor/engine/demonstration.hpp>
#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/ways_file.hpp>

#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using dt::ui::ChildIcon;

namespace {

const std::vector<ChildIcon> kAllIcons{ChildIcon::Undo,    ChildIcon::Clear,   ChildIcon::Done,     ChildIcon::SayAgain,
                                       ChildIcon::ShowMe,  ChildIcon::Next,    ChildIcon::Trace,    ChildIcon::Compare,
                                       ChildIcon::Star,    ChildIcon::Student, ChildIcon::Quit,     ChildIcon::Practice,
                                       ChildIcon::FreeDrawing};

/// Pixels that are not fully transparent.
int opaquePixels(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            n += qAlpha(argb.pixel(x, y)) > 0 ? 1 : 0;
    return n;
}

/// Pixels of `image` that differ from `colour`.
int pixelsOtherThan(const QImage& image, QColor colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            n += QColor(rgb.pixel(x, y)) != colour ? 1 : 0;
    return n;
}

/// The colour at a point in logical pixels of a widget's grab(), whatever the device pixel
/// ratio (QT_SCALE_FACTOR=2 doubles the image).
QColor at(const QImage& shot, QPointF logical)
{
    return QColor(shot.pixel((logical * shot.devicePixelRatio()).toPoint()));
}

/// A vertical stroke down column 14 from row 4 to row 23, blurred across as the model's
/// mean images are (a Gaussian of 1.5 pixels), peaking at 200 (not 255: the curve works on
/// the image's own maximum).
std::vector<float> blurredStroke()
{
    std::vector<float> pixels(28 * 28, 0.0f);
    for (int y = 4; y < 24; ++y)
        for (int x = 0; x < 28; ++x)
            pixels[std::size_t(y * 28 + x)] = float(200.0 * std::exp(-(x - 14) * (x - 14) / (2.0 * 1.5 * 1.5)));
    return pixels;
}

bool sameStrokes(const std::vector<dt::Stroke>& a, const std::vector<dt::Stroke>& b)
{
    const auto samePoint = [](const dt::StrokePoint& p, const dt::StrokePoint& q) {
        return p.x == q.x && p.y == q.y && p.t == q.t && p.pressure == q.pressure;
    };
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!std::equal(a[i].begin(), a[i].end(), b[i].begin(), b[i].end(), samePoint))
            return false;
    return true;
}

/// The pixel of colouredInk()'s image at the centre of guide pixel (x, y).
QRgb inkAt(const QImage& ink, int x, int y)
{
    const int scale = ink.width() / 28;
    return ink.pixel(x * scale + scale / 2, y * scale + scale / 2);
}

} // namespace

class TestChildLook : public QObject {
    Q_OBJECT
private slots:
    void everyIconLoads_data();
    void everyIconLoads();
    void iconButtonGrowsWithItsHeight();
    void childStyleApplies();
    void starsArriveOneAfterAnother();
    void finishAnimationLeavesTheStars();
    void celebrationEndsByItselfAndLetsClicksThrough_data();
    void celebrationEndsByItselfAndLetsClicksThrough();
    void holdButtonReleasedEarlyDoesNothing();
    void holdButtonHeldActsOnce();
    void holdButtonHeldByAFinger();
    void meterSaysWordsNotNumbers();
    void colouredInkHasSolidCoreAndClearTails();
    void guideShowsColouredInk();
    void writingLinesStayOutOfTheDrawing();
    void tracingTemplateInTheGuidesColour();
    void lookRendersEveryPiece();
};

void TestChildLook::everyIconLoads_data()
{
    QTest::addColumn<int>("icon");
    for (const ChildIcon icon : kAllIcons)
        QTest::newRow(qPrintable(dt::ui::childIconPath(icon))) << int(icon);
}

void TestChildLook::everyIconLoads()
{
    QFETCH(int, icon);
    const auto which = ChildIcon(icon);
    QVERIFY2(QFile::exists(dt::ui::childIconPath(which)), "the icon is embedded in the common library");
    const QPixmap pixmap = dt::ui::childIcon(which).pixmap(64);
    QVERIFY2(!pixmap.isNull(), "no SVG icon engine? (libqt6svg6, scripts/install-deps.sh)");
    QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(64, 64));
    // Something drawn, not an empty square: at least a fifth of it inked.
    QVERIFY2(opaquePixels(pixmap.toImage()) > pixmap.width() * pixmap.height() / 5, qPrintable(QString::number(opaquePixels(pixmap.toImage()))));
}

void TestChildLook::iconButtonGrowsWithItsHeight()
{
    QWidget window;
    QPushButton* button = dt::ui::iconButton(ChildIcon::Done, QStringLiteral("Done"), QStringLiteral("I am done"),
                                             QStringLiteral("Check my digit"), QKeySequence(Qt::Key_Return), &window);
    QVERIFY(qobject_cast<ChildButton*>(button));
    QCOMPARE(button->accessibleName(), QStringLiteral("I am done"));
    QVERIFY(button->toolTip().contains(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    QCOMPARE(button->focusPolicy(), Qt::NoFocus);
    QVERIFY(button->minimumHeight() >= dt::ui::kMinimumButtonHeight);
    window.show();

    button->resize(120, 70); // a 1024x600 window
    const int smallIcon = button->iconSize().height();
    const int smallFont = button->font().pixelSize();
    button->resize(200, 150); // a 1920x1080 window
    QVERIFY2(button->iconSize().height() > 1.8 * smallIcon,
             qPrintable(QStringLiteral("%1 -> %2").arg(smallIcon).arg(button->iconSize().height())));
    QVERIFY(button->font().pixelSize() > smallFont);
    QVERIFY(button->iconSize().height() < button->height());
}

void TestChildLook::childStyleApplies()
{
    QWidget root;
    auto* layout = new QVBoxLayout(&root);
    auto* button = new QPushButton(QStringLiteral("x"), &root);
    layout->addWidget(button);
    root.resize(300, 200);
    dt::ui::applyChildStyle(&root);
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    QCOMPARE(root.palette().color(QPalette::Window), dt::ui::childColours::background());
    QCOMPARE(button->palette().color(QPalette::ButtonText), dt::ui::childColours::text());
    QCOMPARE(root.styleSheet(), dt::ui::childStyleSheet());
    // The soft background is what a child sees around the buttons.
    const QImage shot = root.grab().toImage();
    QCOMPARE(at(shot, QPoint(2, 2)), dt::ui::childColours::background());
    // The button's face is white, not the background.
    // (beside the label, which is dark)
    QCOMPARE(at(shot, QPoint(button->geometry().center() - QPoint(button->width() / 4, 0))),
             dt::ui::childColours::surface());
}

void TestChildLook::starsArriveOneAfterAnother()
{
    StarsView stars;
    stars.resize(300, 110);
    stars.show();
    QCOMPARE(stars.stars(), -1);
    QSignalSpy arrived(&stars, &StarsView::starArrived);
    stars.setStars(2);
    QCOMPARE(stars.stars(), 2);
    QVERIFY(stars.isAnimating());
    QCOMPARE(arrived.count(), 0); // none has landed yet
    QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, 3 * StarsView::kArrivalMs * 4);
    QCOMPARE(arrived.at(0).at(0).toInt(), 0);
    QCOMPARE(arrived.at(1).at(0).toInt(), 1);
    QVERIFY(!stars.isAnimating());
    QVERIFY(stars.accessibleDescription().contains(QLatin1Char('2')));
    QTest::qWait(2 * StarsView::kArrivalMs);
    QCOMPARE(arrived.count(), 2); // the third, unearned, never arrives

    stars.clear();
    QCOMPARE(stars.stars(), -1);
    stars.setStars(7, false);
    QCOMPARE(stars.stars(), 3);
    QVERIFY(!stars.isAnimating());
    stars.setStars(-4, false);
    QCOMPARE(stars.stars(), 0);
}

void TestChildLook::finishAnimationLeavesTheStars()
{
    StarsView stars;
    QSignalSpy arrived(&stars, &StarsView::starArrived);
    stars.setStars(2);
    stars.finishAnimation();
    QVERIFY(!stars.isAnimating());
    QCOMPARE(stars.stars(), 2);
    QCOMPARE(arrived.count(), 2);
    QTest::qWait(2 * StarsView::kArrivalMs);
    QCOMPARE(arrived.count(), 2); // nothing more after the jump
    stars.clear();
    QCOMPARE(stars.stars(), -1);
    QVERIFY(!stars.isAnimating());
}

void TestChildLook::celebrationEndsByItselfAndLetsClicksThrough_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("three stars") << int(Celebration::Kind::ThreeStars);
    QTest::newRow("digit learnt") << int(Celebration::Kind::DigitLearnt);
}

void TestChildLook::celebrationEndsByItselfAndLetsClicksThrough()
{
    QFETCH(int, kind);
    QWidget page;
    page.resize(400, 300);
    auto* button = new QPushButton(QStringLiteral("under"), &page);
    button->setGeometry(150, 120, 100, 60);
    auto* party = new Celebration(&page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!party->isVisible());

    QSignalSpy finished(party, &Celebration::finished);
    QElapsedTimer clock;
    clock.start();
    party->celebrate(Celebration::Kind(kind));
    QVERIFY(party->isRunning());
    QVERIFY(party->isVisible());
    QCOMPARE(party->geometry(), page.rect());
    // A click on the button under the confetti reaches the button.
    QVERIFY(party->testAttribute(Qt::WA_TransparentForMouseEvents));
    QCOMPARE(page.childAt(button->geometry().center()), button);
    page.resize(500, 350);
    QCOMPARE(party->geometry(), page.rect());

    const int duration = Celebration::durationMs(Celebration::Kind(kind));
    QTRY_VERIFY_WITH_TIMEOUT(!party->isRunning(), duration + 1000);
    QVERIFY2(clock.elapsed() >= duration - Celebration::kFrameMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!party->isVisible());
}

void TestChildLook::holdButtonReleasedEarlyDoesNothing()
{
    HoldButton button(ChildIcon::Quit, QStringLiteral("Hold"));
    button.resize(120, 100);
    button.show();
    QVERIFY(QTest::qWaitForWindowExposed(&button));
    QCOMPARE(button.holdDuration(), 2000);
    QSignalSpy held(&button, &HoldButton::held);
    QTest::mousePress(&button, Qt::LeftButton, {}, button.rect().center());
    QTest::qWait(300);
    QVERIFY(button.progress() > 0.0); // the ring is filling
    QTest::mouseRelease(&button, Qt::LeftButton, {}, button.rect().center());
    QTRY_COMPARE(button.progress(), 0.0); // and empties again
    QTest::qWait(2000);
    QCOMPARE(held.count(), 0);
}

void TestChildLook::holdButtonHeldActsOnce()
{
    HoldButton button(ChildIcon::Quit, QStringLiteral("Hold"));
    button.resize(120, 100);
    button.show();
    QVERIFY(QTest::qWaitForWindowExposed(&button));
    QSignalSpy held(&button, &HoldButton::held);
    QElapsedTimer clock;
    clock.start();
    QTest::mousePress(&button, Qt::LeftButton, {}, button.rect().center());
    QTest::qWait(2100);
    QCOMPARE(held.count(), 1);
    QVERIFY(clock.elapsed() >= button.holdDuration());
    QTest::qWait(500); // still held: no second time
    QCOMPARE(held.count(), 1);
    QTest::mouseRelease(&button, Qt::LeftButton, {}, button.rect().center());
    QCOMPARE(held.count(), 1);
}

void TestChildLook::holdButtonHeldByAFinger()
{
    // A finger reaches the button as Qt's mouse events made from the touch.
    std::unique_ptr<QPointingDevice> finger(QTest::createTouchDevice());
    HoldButton button(ChildIcon::Quit, QStringLiteral("Hold"));
    button.setHoldDuration(600);
    button.resize(120, 100);
    button.show();
    QVERIFY(QTest::qWaitForWindowExposed(&button));
    QSignalSpy held(&button, &HoldButton::held);
    QTest::touchEvent(&button, finger.get()).press(0, button.rect().center());
    QTest::qWait(200);
    QTest::touchEvent(&button, finger.get()).release(0, button.rect().center());
    QTest::qWait(700);
    QCOMPARE(held.count(), 0); // lifted early
    QTest::touchEvent(&button, finger.get()).press(0, button.rect().center());
    QTRY_COMPARE_WITH_TIMEOUT(held.count(), 1, 2000);
    QTest::touchEvent(&button, finger.get()).release(0, button.rect().center());
    QCOMPARE(held.count(), 1);
}

void TestChildLook::meterSaysWordsNotNumbers()
{
    ConfidenceMeter meter;
    QCOMPARE(meter.text(), QString());
    QStringList seen;
    for (int i = 0; i <= 100; ++i) {
        meter.setValue(i / 100.0);
        const QString words = meter.text();
        QVERIFY2(!words.isEmpty(), qPrintable(QString::number(i)));
        for (const QString& said : {words, meter.accessibleDescription(), meter.toolTip()})
            for (const QChar c : said)
                QVERIFY2(!c.isDigit(), qPrintable(QStringLiteral("%1 at %2").arg(said).arg(i)));
        if (!seen.contains(words))
            seen << words;
    }
    // From unsure to sure, in order, each once.
    QCOMPARE(seen, QStringList({QStringLiteral("not sure yet"), QStringLiteral("a bit sure"),
                                QStringLiteral("quite sure"), QStringLiteral("very sure")}));
    meter.clearValue();
    QCOMPARE(meter.text(), QString());
    QVERIFY(!meter.hasValue());
}

void TestChildLook::colouredInkHasSolidCoreAndClearTails()
{
    const QColor blue = dt::ui::childColours::guideInk();
    const QImage ink = GuideView::colouredInk(blurredStroke(), blue);
    QCOMPARE(ink.size(), QSize(GuideView::kInkSide, GuideView::kInkSide));
    QVERIFY(ink.hasAlphaChannel());
    // The core, at 200 of a maximum of 200: solid colour.
    QCOMPARE(qAlpha(inkAt(ink, 14, 14)), 255);
    QCOMPARE(QColor(inkAt(ink, 14, 14)).rgb() & 0xffffff, blue.rgb() & 0xffffff);
    // One pixel out the blur is at 80% of the peak: still solid.
    QCOMPARE(qAlpha(inkAt(ink, 15, 14)), 255);
    // Three pixels out it is at 14% (grey 27 of 255): a faint smudge in the model's image,
    // nothing at all here.
    QCOMPARE(qAlpha(inkAt(ink, 17, 14)), 0);
    QCOMPARE(qAlpha(inkAt(ink, 11, 14)), 0);
    QCOMPARE(qAlpha(inkAt(ink, 2, 2)), 0);
    // Not a guide: nothing.
    QVERIFY(GuideView::colouredInk(std::vector<float>(10, 1.0f), blue).isNull());
    QCOMPARE(opaquePixels(GuideView::colouredInk(std::vector<float>(784, 0.0f), blue)), 0);
}

void TestChildLook::guideShowsColouredInk()
{
    GuideView guide;
    guide.resize(200, 200);
    guide.setGuide(blurredStroke());
    QCOMPARE(guide.guide(), GuideView::colouredInk(blurredStroke(), dt::ui::childColours::guideInk()));
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    const QImage shot = guide.grab().toImage();
    // The middle of the card is the stroke's core: the guide's blue.
    QCOMPARE(at(shot, QPoint(100, 110)), dt::ui::childColours::guideInk());
    guide.setFormation({{QPointF(14, 4), QPointF(14, 23)}});
    QCOMPARE(guide.grab().toImage(), shot); // not shown until asked
    guide.setFormationShown(true);
    const QImage marked = guide.grab().toImage();
    QVERIFY(marked != shot);
    // The start dot, green, at the top of the stroke.
    const QPoint start(100, int(1 + 4.0 / 28.0 * 198));
    QCOMPARE(at(marked, QPoint(start)), dt::ui::childColours::green());
}

void TestChildLook::writingLinesStayOutOfTheDrawing()
{
    DrawingCanvas canvas;
    canvas.resize(500, 500);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QVERIFY(canvas.writingLinesVisible());
    dt::test::replayStroke(&canvas, {QPoint(100, 150), QPoint(300, 150), QPoint(300, 350)});
    const dt::Drawing before = canvas.drawing();
    const QImage withLines = canvas.grab().toImage();

    // The base line lies on the template's row 24: for a 500 px canvas, y = 450.
    const QRectF picture = canvas.tracingTemplateRect();
    const int base = int(std::lround(picture.top() + 24.0 / 28.0 * picture.height()));
    QCOMPARE(base, 450);
    QVERIFY(at(withLines, QPoint(250, base)) != QColor(Qt::white));
    QCOMPARE(at(withLines, QPoint(250, base - 15)), QColor(Qt::white));

    canvas.setWritingLinesVisible(false);
    QVERIFY(!canvas.writingLinesVisible());
    const QImage without = canvas.grab().toImage();
    QCOMPARE(at(without, QPoint(250, base)), QColor(Qt::white));
    QVERIFY(sameStrokes(canvas.drawing().strokes, before.strokes));
    canvas.setWritingLinesVisible(true);
    QVERIFY(sameStrokes(canvas.drawing().strokes, before.strokes));
    QVERIFY(at(canvas.grab().toImage(), QPoint(250, base)) != QColor(Qt::white));
    // Clear takes the ink, not the lines.
    canvas.clear();
    QVERIFY(canvas.isEmpty());
    QVERIFY(at(canvas.grab().toImage(), QPoint(250, base)) != QColor(Qt::white));
}

void TestChildLook::tracingTemplateInTheGuidesColour()
{
    DrawingCanvas canvas;
    canvas.resize(500, 500);
    canvas.setWritingLinesVisible(false);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setTracingTemplate(GuideView::inkImage(blurredStroke()), 1.0);
    QVERIFY(canvas.hasTracingTemplate());
    const QRectF picture = canvas.tracingTemplateRect();
    const QPoint core = QPointF(picture.left() + 14.5 / 28.0 * picture.width(), picture.center().y()).toPoint();
    const QImage shot = canvas.grab().toImage();
    QCOMPARE(at(shot, QPoint(core)), dt::ui::childColours::guideInk());

    // Formation marks over the template: the start dot at the top of the stroke.
    canvas.setTracingFormation({{QPointF(14.5, 4), QPointF(14.5, 23)}});
    const QPoint start = QPointF(picture.left() + 14.5 / 28.0 * picture.width(),
                                 picture.top() + 4.0 / 28.0 * picture.height()).toPoint();
    QCOMPARE(at(canvas.grab().toImage(), start), dt::ui::childColours::green());
    QVERIFY(canvas.isEmpty()); // marks are no ink
    canvas.setTracingTemplate(QImage(), 0.0);
    QCOMPARE(pixelsOtherThan(canvas.grab().toImage(), Qt::white), 0); // no template, no marks
}

void TestChildLook::lookRendersEveryPiece()
{
    // Pictures for a person: each piece at the sizes of a 1024x600 and a 1920x1080 window.
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariableIsSet("DT_LOOK_DIR") ? qEnvironmentVariable("DT_LOOK_DIR") : temporary.path();
    QVERIFY(QDir().mkpath(dir));
    int saved = 0;
    const auto save = [&](QWidget& widget, const QString& name) {
        QApplication::processEvents();
        const QImage shot = widget.grab().toImage();
        // Something is drawn besides the background.
        QVERIFY2(pixelsOtherThan(shot, dt::ui::childColours::background()) > shot.width() * shot.height() / 50,
                 qPrintable(name));
        QVERIFY2(shot.save(QDir(dir).filePath(name + QStringLiteral(".png"))), qPrintable(name));
        ++saved;
    };

    const dt::DigitModel model = dt::loadModel(dt::test::defaultModelPath().toStdString());
    const dt::WritingWays ways =
        dt::loadWritingWays((dt::test::sourceDir() + QStringLiteral("/models/default.ways")).toStdString());
    const auto guides = dt::firstGuides(model);
    const auto formationOf = [&](int digit) {
        const int way = dt::wayClosestToGuide(model, ways, digit, guides[std::size_t(digit)]);
        const dt::Drawing path = dt::demonstrationPath(model, ways.digits[std::size_t(digit)][std::size_t(way)]);
        dt::ui::FormationStrokes strokes;
        for (const dt::Stroke& s : path.strokes) {
            strokes.emplace_back();
            for (const dt::StrokePoint& p : s)
                strokes.back().push_back(QPointF(p.x + 0.5, p.y + 0.5)); // pixel index to pixel centre
        }
        return strokes;
    };

    {   // The icons at 96 and 32 px.
        QWidget sheet;
        dt::ui::applyChildStyle(&sheet);
        auto* grid = new QGridLayout(&sheet);
        int column = 0;
        for (const ChildIcon icon : kAllIcons) {
            auto* big = new QLabel(&sheet);
            big->setPixmap(dt::ui::childIcon(icon).pixmap(96));
            auto* small = new QLabel(&sheet);
            small->setPixmap(dt::ui::childIcon(icon).pixmap(32));
            small->setAlignment(Qt::AlignCenter);
            grid->addWidget(big, 0, column);
            grid->addWidget(small, 1, column++);
        }
        save(sheet, QStringLiteral("icons"));
    }

    const std::vector<std::pair<QSize, QString>> windows{{{1024, 600}, QStringLiteral("1024x600")},
                                                         {{1920, 1080}, QStringLiteral("1920x1080")}};
    for (const auto& [size, tag] : windows) {
        // A practice screen made of the pieces: canvas on the left, a column on the right.
        QWidget page;
        dt::ui::applyChildStyle(&page);
        page.resize(size);
        auto* row = new QHBoxLayout(&page);
        auto* left = new QVBoxLayout;
        auto* tools = new QHBoxLayout;
        auto* canvas = new DrawingCanvas(&page);
        canvas->setMinimumSize(300, 300);
        left->addWidget(canvas, 1);
        left->addLayout(tools);
        row->addLayout(left, 3);
        auto* column = new QVBoxLayout;
        row->addLayout(column, 2);
        auto* guide = new GuideView(&page);
        guide->setGuide(guides[3]);
        guide->setFormation(formationOf(3));
        guide->setFormationShown(true);
        auto* meter = new ConfidenceMeter(&page);
        meter->setValue(0.85);
        auto* stars = new StarsView(&page);
        stars->setStars(2, false);
        column->addWidget(guide, 3);
        column->addWidget(meter);
        column->addWidget(stars, 1);
        const auto add = [&](QBoxLayout* to, ChildIcon icon, const QString& text) {
            QPushButton* b = dt::ui::iconButton(icon, text, text, text, QKeySequence(Qt::Key_Space), &page);
            b->setMinimumHeight(std::max(dt::ui::kMinimumButtonHeight, size.height() / 8));
            to->addWidget(b);
            return b;
        };
        add(tools, ChildIcon::Undo, QStringLiteral("Undo"));
        add(tools, ChildIcon::Clear, QStringLiteral("Clear"));
        add(tools, ChildIcon::Trace, QStringLiteral("Trace"))->setCheckable(true);
        add(tools, ChildIcon::ShowMe, QStringLiteral("Show me"));
        add(tools, ChildIcon::SayAgain, QStringLiteral("Say it again"));
        auto* quit = new HoldButton(ChildIcon::Quit, QStringLiteral("Hold"), &page);
        quit->setMinimumHeight(std::max(dt::ui::kMinimumButtonHeight, size.height() / 8));
        tools->addWidget(quit);
        auto* doneRow = new QHBoxLayout;
        column->addLayout(doneRow);
        QPushButton* compare = add(doneRow, ChildIcon::Compare, QStringLiteral("Compare"));
        compare->setEnabled(false);
        QPushButton* done = add(doneRow, ChildIcon::Done, QStringLiteral("Done"));
        done->setProperty(dt::ui::kChildAccentProperty, "done");
        dt::ui::applyChildStyle(&page); // again, for the accent
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (QPushButton* b : page.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Trace"))
                b->setChecked(true);
        canvas->setTracingTemplate(GuideView::inkImage(guides[3]), 0.35);
        canvas->setTracingFormation(formationOf(3));
        const QRectF picture = canvas->tracingTemplateRect();
        const auto at = [&](double x, double y) {
            return QPointF(picture.left() + x / 28.0 * picture.width(), picture.top() + y / 28.0 * picture.height())
                .toPoint();
        };
        dt::test::replayStroke(canvas, {at(9, 7), at(13, 4.5), at(18, 5), at(19, 9), at(15, 13)});
        save(page, QStringLiteral("page-") + tag);

        // The same page celebrating, half way through.
        auto* party = new Celebration(&page);
        party->celebrate(Celebration::Kind::ThreeStars);
        QTest::qWait(Celebration::durationMs(Celebration::Kind::ThreeStars) / 3);
        save(page, QStringLiteral("page-confetti-") + tag);
        party->celebrate(Celebration::Kind::DigitLearnt);
        QTest::qWait(Celebration::durationMs(Celebration::Kind::DigitLearnt) / 3);
        save(page, QStringLiteral("page-learnt-") + tag);
        party->stop();
    }

    {   // The meter from unsure to sure, and without a value.
        QWidget sheet;
        dt::ui::applyChildStyle(&sheet);
        auto* list = new QVBoxLayout(&sheet);
        for (const double v : {-1.0, 0.0, 0.2, 0.45, 0.7, 0.95}) {
            auto* meter = new ConfidenceMeter(&sheet);
            if (v >= 0.0)
                meter->setValue(v);
            list->addWidget(meter);
        }
        sheet.resize(360, 6 * 90);
        save(sheet, QStringLiteral("meters"));
    }

    {   // Stars: none, one, two, three, and one arriving.
        QWidget sheet;
        dt::ui::applyChildStyle(&sheet);
        auto* list = new QVBoxLayout(&sheet);
        for (int n = 0; n <= 3; ++n) {
            auto* stars = new StarsView(&sheet);
            stars->setStars(n, false);
            list->addWidget(stars);
        }
        auto* arriving = new StarsView(&sheet);
        list->addWidget(arriving);
        sheet.resize(320, 5 * 110);
        sheet.show();
        arriving->setStars(3);
        QTest::qWait(StarsView::kArrivalMs / 2);
        save(sheet, QStringLiteral("stars"));
    }

    {   // Every digit's first guide with its formation.
        QWidget sheet;
        dt::ui::applyChildStyle(&sheet);
        auto* grid = new QGridLayout(&sheet);
        for (int digit = 0; digit < 10; ++digit) {
            auto* guide = new GuideView(&sheet);
            guide->setGuide(guides[std::size_t(digit)]);
            guide->setFormation(formationOf(digit));
            guide->setFormationShown(digit % 2 == 0);
            grid->addWidget(guide, digit / 5, digit % 5);
        }
        sheet.resize(5 * 180, 2 * 180);
        save(sheet, QStringLiteral("guides"));
    }
    QCOMPARE(saved, 1 + 3 * 2 + 3);
}

DT_TEST_MAIN(TestChildLook, QApplication)
#include "test_child_look.moc"
