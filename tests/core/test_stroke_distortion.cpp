// Distorted copies of drawn digits for training: the same for the same seed, within the
// strengths asked for, and keeping what the drawing is (its label, its writer, its ink).

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/training/random.hpp>
#include <digit_tutor/training/stroke_distortion.hpp>

#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

std::vector<dt::Drawing> someDigits(int count)
{
    std::vector<dt::Drawing> all = dt::loadDrawings(dt::test::handwritingPath().toStdString());
    all.resize(std::size_t(count));
    return all;
}

std::vector<std::pair<double, double>> pointsOf(const dt::Drawing& d)
{
    std::vector<std::pair<double, double>> out;
    for (const auto& s : d.strokes)
        for (const auto& p : s)
            out.emplace_back(p.x, p.y);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestStrokeDistortion : public QObject {
    Q_OBJECT

private slots:
    void theSameSeedGivesTheSameCopies()
    {
        for (const dt::Drawing& d : someDigits(20)) {
            dt::Random a(5), b(5);
            QCOMPARE(dt::drawingToJson(dt::distortStrokes(d, a)), dt::drawingToJson(dt::distortStrokes(d, b)));
        }
    }

    void aCopyKeepsItsLabelAndWriterAndStaysNearItsSize()
    {
        dt::Random rng(1);
        for (const dt::Drawing& d : someDigits(200)) {
            const dt::Drawing copy = dt::distortStrokes(d, rng);
            QCOMPARE(copy.label, d.label);
            QCOMPARE(copy.writer, d.writer);
            QVERIFY(copy.strokes.size() == d.strokes.size() || copy.strokes.size() == d.strokes.size() + 1); // a lifted pen
            const dt::Bounds before = dt::boundsOf(d), after = dt::boundsOf(copy);
            const double side = std::max(before.width(), before.height());
            const double sideAfter = std::max(after.width(), after.height());
            QVERIFY2(sideAfter > 0.5 * side && sideAfter < 2.0 * side, qPrintable(QString("%1 -> %2").arg(side).arg(sideAfter)));
        }
    }

    void noDistortionAsked()
    {
        const dt::StrokeDistortionOptions none = dt::StrokeDistortionOptions::none();
        dt::Random rng(3);
        for (const dt::Drawing& d : someDigits(20)) {
            const dt::Drawing copy = dt::distortStrokes(d, rng, none);
            const auto a = pointsOf(d), b = pointsOf(copy);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY(std::abs(a[i].first - b[i].first) < 1e-9 && std::abs(a[i].second - b[i].second) < 1e-9);
        }
    }

    void aLiftedPenSplitsAStrokeAndDropsOnlyAFewPoints()
    {
        dt::StrokeDistortionOptions gapOnly = dt::StrokeDistortionOptions::none();
        gapOnly.gapChance = 1.0;
        dt::Random rng(4);
        int split = 0;
        for (const dt::Drawing& d : someDigits(50)) {
            const dt::Drawing copy = dt::distortStrokes(d, rng, gapOnly);
            if (copy.strokes.size() == d.strokes.size() + 1) {
                ++split;
                QVERIFY(copy.pointCount() < d.pointCount());
                QVERIFY(copy.pointCount() >= d.pointCount() * 9 / 10);
            }
        }
        QVERIFY2(split >= 45, qPrintable(QString::number(split))); // all but the shortest digits
    }

    void anotherWritingOrderHasTheSameInk()
    {
        dt::Random rng(9);
        for (const dt::Drawing& d : someDigits(100)) {
            const dt::Drawing other = dt::inRandomWritingOrder(d, rng);
            QCOMPARE(other.strokes.size(), d.strokes.size());
            QVERIFY(pointsOf(other) == pointsOf(d));
        }
    }

    void anEmptyDrawingStaysEmpty()
    {
        dt::Random rng(2);
        QVERIFY(dt::distortStrokes(dt::Drawing{}, rng).isEmpty());
        QVERIFY(dt::inRandomWritingOrder(dt::Drawing{}, rng).isEmpty());
    }
};

DT_TEST_MAIN(TestStrokeDistortion, QCoreApplication)
#include "test_stroke_distortion.moc"
