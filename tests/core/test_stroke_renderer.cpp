// The stroke renderer: a drawn digit, rendered and normalised, must look like an MNIST
// digit (20-pixel box, centred mass, ~2-pixel pen), and odd drawings must still give a
// defined image quickly.

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/normalisation.hpp>
#include <digit_tutor/engine/stroke_renderer.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QFile>
#include <QTest>

#include "ink_box.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace {

using dt::test::inkBox;
using Box = dt::test::InkBox;

// The default render: the path's longest side spans kScale pixels, and the pen is a tenth
// of the inked box, 0.1 * kScale / 0.9 pixels.
const int kScale = dt::RenderOptions{}.scale;
const int kPen = int(std::lround(0.1 * kScale / 0.9));

double totalInk(const dt::GreyImage& image)
{
    double sum = 0.0;
    for (std::uint8_t v : image.pixels)
        sum += v / 255.0;
    return sum;
}

// The pen width in the 28x28 digit, as ink area / centre-line length. The ink is the sum of
// grey values, so anti-aliased edges count by their coverage and no threshold decides the
// width. The centre line is the drawing's own trajectory (its polyline length), carried
// through the renderer's scale (scale / longest side) and normaliseDigit's (20 / longest side
// of the rendered ink box), so no skeleton has to be guessed from pixels: a skeleton takes
// two strokes that run side by side, as in many a "1", for one thick stroke. Biases: the
// round caps add ink (a few percent) and a retraced stretch counts its length twice but its
// ink once (a lower estimate); both are small for real digits.
double penWidthInDigit(const dt::Drawing& drawing, const dt::GreyImage& rendered, const dt::GreyImage& digit)
{
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300, length = 0.0;
    for (const dt::Stroke& stroke : drawing.strokes)
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            minX = std::min(minX, stroke[i].x);
            maxX = std::max(maxX, stroke[i].x);
            minY = std::min(minY, stroke[i].y);
            maxY = std::max(maxY, stroke[i].y);
            if (i > 0)
                length += std::hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
        }
    const double toRender = dt::RenderOptions{}.scale / std::max(maxX - minX, maxY - minY);
    const Box box = inkBox(rendered);
    const double toDigit = double(dt::kDigitBox) / std::max(box.width, box.height);
    return totalInk(digit) / (length * toRender * toDigit);
}

// Rendered with the default options and normalised as for recognition (without deskew, so
// that the geometry can be checked).
struct MnistLike {
    dt::GreyImage digit;
    double penWidth = 0.0;
};

MnistLike mnistLike(const dt::Drawing& drawing)
{
    const dt::GreyImage rendered = dt::renderDrawing(drawing);
    MnistLike out{dt::normaliseDigit(rendered, {false}).image, 0.0};
    out.penWidth = penWidthInDigit(drawing, rendered, out.digit);
    return out;
}

dt::Drawing drawingOf(std::vector<std::vector<std::pair<double, double>>> strokes)
{
    dt::Drawing d;
    for (const auto& s : strokes) {
        dt::Stroke stroke;
        for (const auto& [x, y] : s)
            stroke.push_back({x, y});
        d.strokes.push_back(stroke);
    }
    return d;
}

dt::Drawing spiral(int points)
{
    dt::Drawing d;
    d.strokes.emplace_back();
    for (int i = 0; i < points; ++i) {
        const double a = i * 0.002, r = 10.0 + 0.02 * i; // 3 turns, samples far below a pixel apart
        d.strokes.back().push_back({250 + r * std::cos(a), 250 + r * std::sin(a), double(i), -1.0});
    }
    return d;
}

} // namespace

class TestStrokeRenderer : public QObject {
    Q_OBJECT

private slots:
    void rendersADrawnDigitLikeMnist_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("seven with a bar") << QByteArray(R"({"strokes": [[[100, 100], [300, 100], [250, 180], [200, 280],
            [170, 400]], [[160, 250], [280, 250]]]})");
        QTest::newRow("round zero") << QByteArray(R"({"strokes": [[[200, 100], [140, 150], [120, 250], [140, 350],
            [200, 400], [260, 350], [280, 250], [260, 150], [200, 100]]]})");
        QTest::newRow("two from a tablet") << QByteArray(R"({"strokes": [[[249,266],[258,256],[270,251],[285,249],
            [303,251],[316,261],[319,278],[314,301],[300,328],[284,353],[274,373],[275,390],[290,398],[315,400],
            [345,399],[373,395],[394,392],[412,391]]]})");
    }
    void rendersADrawnDigitLikeMnist()
    {
        QFETCH(QByteArray, json);
        const MnistLike result = mnistLike(dt::parseDrawing(json.toStdString(), "digit"));
        const dt::GreyImage& image = result.digit;
        QCOMPARE(image.width, dt::kDigitSide);
        const Box box = inkBox(image);
        QCOMPARE(std::max(box.width, box.height), dt::kDigitBox);
        // normaliseDigit shifts by whole pixels, so each coordinate may be off by half a pixel.
        const dt::Point2 centre = dt::centreOfMass(image);
        QVERIFY2(std::abs(centre.x - dt::kCentreOfMass) <= 0.5, qPrintable(QString::number(centre.x)));
        QVERIFY2(std::abs(centre.y - dt::kCentreOfMass) <= 0.5, qPrintable(QString::number(centre.y)));
        // MNIST's pen is about 2 px wide; OpenCV's anti-aliasing adds about a tenth.
        QVERIFY2(result.penWidth >= 1.5 && result.penWidth <= 3.0, qPrintable(QString("pen %1 px").arg(result.penWidth)));
    }

    void realPenDigitsHaveMnistsStrokeWidth()
    {
        const QString path = dt::test::handwritingPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::vector<double> widths;
        for (int line = 1; line <= 50; ++line) {
            const QByteArray text = file.readLine();
            const dt::Drawing drawing = dt::parseDrawing(text.toStdString(), path.toStdString() + ":" + std::to_string(line));
            const MnistLike result = mnistLike(drawing);
            const Box box = inkBox(result.digit);
            QCOMPARE(std::max(box.width, box.height), dt::kDigitBox);
            const double width = result.penWidth;
            QVERIFY2(width >= 1.5 && width <= 3.0,
                     qPrintable(QString("line %1 (a %2): stroke width %3 px").arg(line).arg(drawing.label).arg(width)));
            widths.push_back(width);
        }
        std::sort(widths.begin(), widths.end());
        qInfo("stroke width of the first 50 pen digits: min %.2f, median %.2f, max %.2f px", widths.front(),
              (widths[24] + widths[25]) / 2, widths.back());
    }

    void anEmptyDrawingIsABlankPixel()
    {
        const dt::GreyImage image = dt::renderDrawing(dt::Drawing{});
        QCOMPARE(image.width, 1);
        QCOMPARE(image.height, 1);
        QVERIFY(image.isBlank());
        QVERIFY(dt::normaliseDigit(image).empty);
    }

    void aSinglePointIsARoundDotOnePenWide()
    {
        const dt::GreyImage image = dt::renderDrawing(drawingOf({{{42, 17}}}));
        QCOMPARE(image.width, 3 * kPen); // three pens
        QCOMPARE(image.height, 3 * kPen);
        const Box box = inkBox(image);
        QCOMPARE(box.height, box.width);
        // The diameter of a disc with as much ink: one pen, give or take the pixels that
        // OpenCV's fixed-point edge takes or leaves.
        const double diameter = 2.0 * std::sqrt(totalInk(image) / std::numbers::pi);
        QVERIFY2(diameter >= kPen - 0.5 && diameter <= kPen + 1.0, qPrintable(QString::number(diameter)));
        const dt::Point2 centre = dt::centreOfMass(image);
        const double middle = (3 * kPen - 1) / 2.0;
        QVERIFY(std::abs(centre.x - middle) < 0.5 && std::abs(centre.y - middle) < 0.5);
        // Repeated points and several one-point strokes at one place are the same dot.
        QCOMPARE(dt::renderDrawing(drawingOf({{{1, 1}, {1, 1}}, {{1, 1}}})).pixels, image.pixels);
        QVERIFY(!dt::normaliseDigit(image).empty);
    }

    void aStraightLineIsABarOnePenWide_data()
    {
        QTest::addColumn<bool>("horizontal");
        QTest::addColumn<bool>("smooth");
        QTest::newRow("horizontal") << true << true;
        QTest::newRow("vertical") << false << true;
        QTest::newRow("horizontal, straight segments") << true << false;
    }
    void aStraightLineIsABarOnePenWide()
    {
        QFETCH(bool, horizontal);
        QFETCH(bool, smooth);
        dt::Drawing d;
        d.strokes.emplace_back();
        for (int i = 0; i <= 10; ++i) // evenly sampled, as a ruler-drawn line would be
            d.strokes.back().push_back(horizontal ? dt::StrokePoint{10.0 * i, 5.0} : dt::StrokePoint{5.0, 10.0 * i});
        dt::RenderOptions options;
        options.smooth = smooth;
        dt::GreyImage image = dt::renderDrawing(d, options);
        if (!horizontal) { // compare as a horizontal bar
            dt::GreyImage turned(image.height, image.width);
            for (int y = 0; y < image.height; ++y)
                for (int x = 0; x < image.width; ++x)
                    turned.at(y, x) = image.at(x, y);
            image = turned;
        }
        QCOMPARE(image.width, kScale + kPen + 2 * kPen);
        QCOMPARE(image.height, kPen + 2 * kPen);
        // Inked pixels: the bar is the path plus one pen, with round caps (see the dot above).
        int columns = 0;
        for (int x = 0; x < image.width; ++x)
            columns += image.at(x, image.height / 2) >= 128;
        QVERIFY2(columns >= kScale + kPen - 1 && columns <= kScale + kPen + 1, qPrintable(QString::number(columns)));
        // Straight and centred: every column along the bar (caps aside) has the same
        // thickness and the middle row as its centre, to the half pixel by which OpenCV's
        // lines without anti-aliasing may round their ends (this path lies on half pixels).
        for (int x = 2 * kPen; x < image.width - 2 * kPen; ++x) {
            int rows = 0;
            double ink = 0.0, moment = 0.0;
            for (int y = 0; y < image.height; ++y) {
                rows += image.at(x, y) >= 128;
                ink += image.at(x, y);
                moment += image.at(x, y) * double(y);
            }
            QVERIFY2(rows >= kPen && rows <= kPen + 1, qPrintable(QString("column %1: %2 rows").arg(x).arg(rows)));
            QVERIFY2(std::abs(moment / ink - (image.height - 1) / 2.0) <= 0.5, qPrintable(QString::number(x)));
        }

        const MnistLike result = mnistLike(d);
        QVERIFY(!std::isnan(dt::centreOfMass(result.digit).x));
        QCOMPARE(std::max(inkBox(result.digit).width, inkBox(result.digit).height), dt::kDigitBox);
        QVERIFY2(result.penWidth >= 1.5 && result.penWidth <= 3.0, qPrintable(QString::number(result.penWidth)));
    }

    void passesThroughEverySample()
    {
        // A zig-zag with sharp corners: the curve must reach each corner, not cut it.
        const dt::Drawing d = drawingOf({{{0, 0}, {100, 200}, {200, 0}, {300, 200}}});
        const dt::GreyImage image = dt::renderDrawing(d);
        const double s = kScale / 300.0, offset = kPen + kPen / 2.0 - 0.5; // margin + half a pen, at pixel centres
        for (const dt::StrokePoint& p : d.strokes[0])
            QCOMPARE(int(image.at(int(std::lround(p.x * s + offset)), int(std::lround(p.y * s + offset)))), 255);
    }

    void drawsLoneDotsBesideStrokes()
    {
        // An "i"-like drawing: a stroke and a one-point stroke above it.
        const dt::GreyImage image = dt::renderDrawing(drawingOf({{{0, 60}, {0, 200}}, {{0, 0}}}));
        const double s = kScale / 200.0, c = kPen + kPen / 2.0 - 0.5; // where a point at 0 lands
        const int x = int(std::lround(c));
        QCOMPARE(int(image.at(x, x)), 255);                              // centre of the dot
        QCOMPARE(int(image.at(x, int(std::lround(c + 30 * s)))), 0);     // the gap below it
        QCOMPARE(int(image.at(x, int(std::lround(c + 100 * s)))), 255);  // the stroke
    }

    void tenThousandPointsRender()
    {
        // Only that the result is sound: speed is for bench/ to measure, not for a test to assert.
        const dt::Drawing d = spiral(10000);
        const dt::GreyImage image = dt::renderDrawing(d);
        const dt::Point2 centre = dt::centreOfMass(mnistLike(d).digit);
        QVERIFY(std::isfinite(centre.x) && std::isfinite(centre.y));
        QVERIFY(!image.isBlank());
    }

    void survivesCoordinatesAtTheEdgeOfTheDoubleRange()
    {
        // Finite, as parseDrawing demands, but their difference overflows a double.
        const dt::GreyImage image = dt::renderDrawing(drawingOf({{{-1e308, 0}, {1e308, 0}}, {{0, 1e-300}}}));
        QCOMPARE(image.width, kScale + 3 * kPen);
        QCOMPARE(image.height, 3 * kPen);
        QVERIFY(!image.isBlank());
        const dt::Point2 centre = dt::centreOfMass(image);
        QVERIFY2(std::abs(centre.x - (image.width - 1) / 2.0) <= 0.5, qPrintable(QString::number(centre.x)));
    }

    void aSubnormalExtentIsADot()
    {
        // A hostile file's points 1e-310 apart: the scale to render pixels overflows, and the
        // positions were infinite (a float-to-int overflow, then an allocation that failed).
        const dt::GreyImage image = dt::renderDrawing(drawingOf({{{0, 0}, {1e-310, 1e-310}}}));
        QCOMPARE(image.width, 3 * kPen);
        QCOMPARE(image.height, 3 * kPen);
        QVERIFY(!image.isBlank());
        QCOMPARE(dt::renderPlacement(drawingOf({{{0, 0}, {1e-310, 0}}})).pixelsPerUnit, 0.0);
    }

    void rejectsImpossibleOptions_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<double>("penRatio");
        QTest::newRow("zero scale") << 0 << 0.1;
        QTest::newRow("huge scale") << 100000 << 0.1;
        QTest::newRow("no pen") << 180 << 0.0;
        QTest::newRow("pen wider than the digit") << 180 << 0.9;
        QTest::newRow("NaN pen") << 180 << std::nan("");
    }
    void rejectsImpossibleOptions()
    {
        QFETCH(int, scale);
        QFETCH(double, penRatio);
        dt::RenderOptions options;
        options.scale = scale;
        options.penRatio = penRatio;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::renderDrawing(drawingOf({{{0, 0}, {1, 1}}}), options));
    }
};

DT_TEST_MAIN(TestStrokeRenderer, QCoreApplication)
#include "test_stroke_renderer.moc"
