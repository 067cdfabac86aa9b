// The scribble generator: the non-digit drawings that set the outlier threshold must be
// reproducible from a seed, valid stroke files on the app's canvas, timed like a real pen,
// and cheap enough to make by the thousand.

#include "test_main.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/normalisation.hpp>
#include <digit_tutor/training/scribble_generator.hpp>
#include <digit_tutor/engine/stroke_renderer.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace {

std::vector<std::string> jsonOf(const std::vector<dt::Drawing>& drawings)
{
    std::vector<std::string> out;
    for (const dt::Drawing& d : drawings)
        out.push_back(dt::drawingToJson(d));
    return out;
}

// Strokes a kind is drawn with: {fewest, most}.
struct StrokeRange {
    int fewest;
    int most;
};

StrokeRange strokesOf(dt::ScribbleKind kind)
{
    switch (kind) {
    case dt::ScribbleKind::Hash: return {4, 4};
    case dt::ScribbleKind::Dots: return {5, 20};
    case dt::ScribbleKind::Blob: return {1, 2};
    case dt::ScribbleKind::Star: return {1, 3};
    default: return {1, 1};
    }
}

} // namespace

class TestScribbleGenerator : public QObject {
    Q_OBJECT

private slots:
    void theSameSeedGivesTheSameDrawings()
    {
        const std::vector<std::string> a = jsonOf(dt::generateScribbles(90, 42));
        QCOMPARE(jsonOf(dt::generateScribbles(90, 42)), a);
        // The first drawings do not depend on how many are asked for.
        const std::vector<std::string> few = jsonOf(dt::generateScribbles(10, 42));
        QVERIFY(std::equal(few.begin(), few.end(), a.begin()));

        const std::vector<std::string> b = jsonOf(dt::generateScribbles(90, 43));
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(a[i] != b[i], qPrintable(QString("drawing %1").arg(i)));
        QCOMPARE(std::set<std::string>(a.begin(), a.end()).size(), a.size()); // no two alike

        QVERIFY(dt::generateScribbles(0, 42).empty());
        QVERIFY(dt::generateScribbles(-3, 42).empty());
    }

    void cyclesThroughTheKindsInOrder()
    {
        const std::uint64_t seed = 7;
        const std::vector<dt::Drawing> drawings = dt::generateScribbles(90, seed);
        QCOMPARE(drawings.size(), std::size_t(90));
        dt::Random seeds(seed);
        int perKind[dt::kScribbleKinds] = {};
        for (int i = 0; i < 90; ++i) {
            const auto kind = dt::ScribbleKind(i % dt::kScribbleKinds);
            dt::Random rng(seeds.next());
            QCOMPARE(dt::drawingToJson(drawings[std::size_t(i)]), dt::drawingToJson(dt::generateScribble(kind, rng)));
            const int strokes = int(drawings[std::size_t(i)].strokes.size());
            QVERIFY2(strokes >= strokesOf(kind).fewest && strokes <= strokesOf(kind).most,
                     qPrintable(QString("drawing %1 (%2): %3 strokes").arg(i).arg(dt::scribbleKindName(kind)).arg(strokes)));
            ++perKind[int(kind)];
        }
        for (int count : perKind)
            QCOMPARE(count, 10);
    }

    void everyKindIsAValidPenDrawing_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k < dt::kScribbleKinds; ++k)
            QTest::newRow(dt::scribbleKindName(dt::ScribbleKind(k))) << k;
    }
    void everyKindIsAValidPenDrawing()
    {
        QFETCH(int, kind);
        const auto scribbleKind = dt::ScribbleKind(kind);
        dt::Random rng(1000 + std::uint64_t(kind));
        for (int n = 0; n < 40; ++n) {
            const dt::Drawing d = dt::generateScribble(scribbleKind, rng);
            const QString which = QString("drawing %1").arg(n);
            QVERIFY2(!d.isEmpty(), qPrintable(which));
            QCOMPARE(d.canvasWidth, 500.0);
            QCOMPARE(d.canvasHeight, 500.0);
            QCOMPARE(d.label, -1);
            QVERIFY(d.writer.empty());
            QVERIFY2(d.pointCount() <= std::size_t(dt::kMaxScribblePoints), qPrintable(which));
            const int strokes = int(d.strokes.size());
            QVERIFY2(strokes >= strokesOf(scribbleKind).fewest && strokes <= strokesOf(scribbleKind).most,
                     qPrintable(which));

            double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300, lastT = -1.0;
            std::vector<double> steps;
            for (const dt::Stroke& stroke : d.strokes) {
                QVERIFY2(!stroke.empty(), qPrintable(which));
                if (scribbleKind == dt::ScribbleKind::Dots) { // a dot: one point, or two very close
                    QVERIFY2(stroke.size() <= 2, qPrintable(which));
                    QVERIFY2(std::hypot(stroke.back().x - stroke[0].x, stroke.back().y - stroke[0].y) <= 3.0,
                             qPrintable(which));
                }
                for (std::size_t i = 0; i < stroke.size(); ++i) {
                    const dt::StrokePoint& p = stroke[i];
                    QVERIFY2(std::isfinite(p.x) && std::isfinite(p.y), qPrintable(which));
                    QVERIFY2(p.x >= 0.0 && p.x <= 500.0 && p.y >= 0.0 && p.y <= 500.0, qPrintable(which));
                    QCOMPARE(p.pressure, -1.0);
                    // 8-12 ms between samples, 100-300 ms (plus one sample) between strokes.
                    const double gap = p.t - lastT;
                    if (lastT < 0.0)
                        QCOMPARE(p.t, 0.0);
                    else if (i > 0)
                        QVERIFY2(gap >= 8.0 && gap <= 12.0, qPrintable(which + QString(": %1 ms").arg(gap)));
                    else
                        QVERIFY2(gap >= 100.0 && gap <= 300.0, qPrintable(which + QString(": gap %1 ms").arg(gap)));
                    lastT = p.t;
                    if (i > 0)
                        steps.push_back(std::hypot(p.x - stroke[i - 1].x, p.y - stroke[i - 1].y));
                    minX = std::min(minX, p.x);
                    maxX = std::max(maxX, p.x);
                    minY = std::min(minY, p.y);
                    maxY = std::max(maxY, p.y);
                }
            }
            // 40% to 90% of the canvas, give or take the pen's jitter and a dot's second point.
            const double side = std::max(maxX - minX, maxY - minY);
            QVERIFY2(side >= 190.0 && side <= 460.0, qPrintable(which + QString(": %1 units").arg(side)));
            if (scribbleKind != dt::ScribbleKind::Dots) { // a pen sampled at a fixed rate; long scribbles are drawn fast
                std::nth_element(steps.begin(), steps.begin() + std::ptrdiff_t(steps.size() / 2), steps.end());
                const double median = steps[steps.size() / 2];
                QVERIFY2(median >= 3.0 && median <= 40.0, qPrintable(which + QString(": %1 units apart").arg(median)));
            }

            const std::string json = dt::drawingToJson(d);
            QCOMPARE(dt::drawingToJson(dt::parseDrawing(json, "x")), json);

            const dt::GreyImage image = dt::renderDrawing(d);
            QVERIFY2(!image.isBlank(), qPrintable(which));
            QVERIFY2(!dt::normaliseDigit(image).empty, qPrintable(which));
        }
    }

    void namesEveryKind()
    {
        std::set<std::string> names;
        for (int k = 0; k < dt::kScribbleKinds; ++k)
            names.insert(dt::scribbleKindName(dt::ScribbleKind(k)));
        QCOMPARE(names.size(), std::size_t(dt::kScribbleKinds));
        QCOMPARE(dt::scribbleKindName(dt::ScribbleKind::BackAndForth), "back-and-forth");
        QCOMPARE(dt::scribbleKindName(dt::ScribbleKind::WavyLine), "wavy-line");
        QCOMPARE(dt::scribbleKindName(dt::ScribbleKind(dt::kScribbleKinds)), "unknown");
    }

    void rejectsAKindOutsideTheEnum()
    {
        dt::Random rng(1);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::generateScribble(dt::ScribbleKind(dt::kScribbleKinds), rng));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::generateScribble(dt::ScribbleKind(-1), rng));
    }

    void aThousandScribbles()
    {
        const std::vector<dt::Drawing> drawings = dt::generateScribbles(1000, 2024);
        QCOMPARE(drawings.size(), std::size_t(1000));
        for (const dt::Drawing& d : drawings)
            QVERIFY(!d.isEmpty());
    }
};

DT_TEST_MAIN(TestScribbleGenerator, QCoreApplication)
#include "test_scribble_generator.moc"
