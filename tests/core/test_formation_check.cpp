// The gentle check of how a digit was written (start, direction, stroke order) against
// the ways real writers write it, and "Show me how": the way that matches the guide, and
// its path laid exactly on the guide's ink.

#include "test_main.hpp"
#include "test_paths.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/demonstration.hpp>
#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/formation_check.hpp>
#include <digit_tutor/engine/trajectory.hpp>
#include <digit_tutor/training/ways_builder.hpp>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace {

const std::vector<dt::Drawing>& pendigits()
{
    static const std::vector<dt::Drawing> all =
        dt::loadDrawings(dt::test::handwritingPath().toStdString());
    return all;
}

// The child is writer 1; the ways are learnt from the 29 others.
const dt::WritingWays& othersWays()
{
    static const dt::WritingWays ways = [] {
        std::vector<dt::Drawing> others;
        for (const dt::Drawing& d : pendigits())
            if (d.writer != "1")
                others.push_back(d);
        dt::WaysConfig config;
        config.maxDrawingsPerDigit = 200;
        return dt::buildWritingWays(others, config);
    }();
    return ways;
}

std::vector<dt::Drawing> childDigits(int digit, std::size_t strokes = 0)
{
    std::vector<dt::Drawing> out;
    for (const dt::Drawing& d : pendigits())
        if (d.writer == "1" && d.label == digit && (strokes == 0 || d.strokes.size() == strokes))
            out.push_back(d);
    return out;
}

double distance(const dt::StrokePoint& a, const dt::StrokePoint& b) { return std::hypot(a.x - b.x, a.y - b.y); }

double size(const dt::Drawing& d)
{
    const dt::Bounds b = dt::boundsOf(d);
    return std::max(b.width(), b.height());
}

// The first drawing of the child's that passes as drawn.
dt::Drawing usualDigit(int digit, std::size_t strokes)
{
    for (const dt::Drawing& d : childDigits(digit, strokes))
        if (dt::checkFormation(othersWays(), digit, d).usual)
            return d;
    return {};
}

} // namespace

class TestFormationCheck : public QObject {
    Q_OBJECT

private slots:
    void aNewWritersUsualDigitsPass()
    {
        int passed = 0, count = 0;
        for (int digit = 0; digit < 10; ++digit)
            for (const dt::Drawing& d : childDigits(digit)) {
                const dt::FormationCheck check = dt::checkFormation(othersWays(), digit, d);
                ++count;
                passed += check.usual;
                if (check.usual) {
                    QCOMPARE(check.problem, dt::FormationProblem::None);
                    QVERIFY(check.score > std::exp(-2.0));
                    QCOMPARE(check.start.x, d.strokes[0][0].x); // the hint would be where they started
                }
            }
        QVERIFY2(passed >= 0.85 * count, qPrintable(QString("%1 of %2 passed").arg(passed).arg(count)));
    }

    void aTwoWrittenBackwardsIsFlaggedAndShownWhereToStart()
    {
        const dt::Drawing two = usualDigit(2, 1);
        QVERIFY(!two.isEmpty());
        const dt::FormationCheck check = dt::checkFormation(othersWays(), 2, dt::withReversedStrokes(two));
        QVERIFY(!check.usual);
        QCOMPARE(check.problem, dt::FormationProblem::Direction);
        QVERIFY(check.score < std::exp(-2.0));
        // "Try starting here": where the usual 2 started, heading where it went.
        QVERIFY(distance(check.start, two.strokes[0].front()) < 1e-9);
        const dt::StrokePoint& along = two.strokes[0][std::min<std::size_t>(3, two.strokes[0].size() - 1)];
        QVERIFY(distance(check.towards, along) < distance(check.start, along) + 0.3 * size(two));
    }

    void theBarOfASevenDrawnFirstIsFlagged()
    {
        const dt::Drawing seven = usualDigit(7, 2);
        QVERIFY(!seven.isEmpty());
        dt::Drawing barFirst = seven;
        std::swap(barFirst.strokes[0], barFirst.strokes[1]);
        const dt::FormationCheck check = dt::checkFormation(othersWays(), 7, barFirst);
        QVERIFY(!check.usual);
        QCOMPARE(check.problem, dt::FormationProblem::Order);
        QVERIFY(distance(check.start, seven.strokes[0].front()) < 1e-9);
    }

    void aZeroStartedAtTheBottomIsFlagged()
    {
        const dt::Drawing zero = usualDigit(0, 1);
        QVERIFY(!zero.isEmpty());
        // The same loop, started at its lowest point (y grows downwards).
        const dt::Stroke& loop = zero.strokes[0];
        const auto lowest = std::max_element(loop.begin(), loop.end(),
                                             [](const dt::StrokePoint& a, const dt::StrokePoint& b) { return a.y < b.y; });
        dt::Drawing fromBottom;
        fromBottom.strokes.emplace_back(lowest, loop.end());
        fromBottom.strokes[0].insert(fromBottom.strokes[0].end(), loop.begin() + 1, lowest + 1);
        const dt::FormationCheck check = dt::checkFormation(othersWays(), 0, fromBottom);
        QVERIFY(!check.usual);
        QVERIFY(check.problem == dt::FormationProblem::Start || check.problem == dt::FormationProblem::Direction);
        // "Try starting here" points at the top half, where 0s start, not where this one did.
        const dt::Bounds box = dt::boundsOf(zero);
        QVERIFY2(check.start.y < box.minY + 0.5 * box.height(),
                 qPrintable(QString("hint (%1, %2), usual start (%3, %4), box y %5..%6")
                                .arg(check.start.x).arg(check.start.y).arg(loop.front().x).arg(loop.front().y)
                                .arg(box.minY).arg(box.maxY)));
    }

    void badInputIsRefused()
    {
        const dt::Drawing two = childDigits(2).front();
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, dt::checkFormation(othersWays(), 10, two));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::checkFormation(othersWays(), 2, dt::Drawing{}));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::checkFormation(othersWays(), 2, two, {0.0, 2.0}));
    }

    void theShownPathLiesOnItsOwnInk_data()
    {
        QTest::addColumn<bool>("deskew");
        QTest::newRow("deskewed model") << true;
        QTest::newRow("model without deskew") << false;
    }

    void theShownPathLiesOnItsOwnInk()
    {
        QFETCH(bool, deskew);
        dt::DigitModel model = dt::test::makeTinyModel();
        model.features.normalise.deskew = deskew;
        for (int digit : {1, 4, 7}) {
            const dt::WayOfWriting& way = othersWays().digits[std::size_t(digit)][0];
            const dt::NormalisedDigit image = dt::normaliseDrawing(model, dt::wayDrawing(way));
            const dt::Drawing path = dt::demonstrationPath(model, way);
            QCOMPARE(path.canvasWidth, 28.0);
            int onInk = 0, points = 0;
            for (const dt::Stroke& s : path.strokes)
                for (const dt::StrokePoint& p : s) {
                    const int x = int(std::lround(p.x)), y = int(std::lround(p.y));
                    ++points;
                    onInk += x >= 0 && y >= 0 && x < 28 && y < 28 && image.image.at(x, y) >= 96;
                }
            QVERIFY2(onInk >= 0.95 * points, qPrintable(QString("digit %1: %2 of %3 points on ink")
                                                            .arg(digit).arg(onInk).arg(points)));
        }
    }

    void theWayShownIsTheOneThatLooksLikeTheGuide()
    {
        const dt::DigitModel model = dt::test::makeTinyModel();
        for (int digit = 0; digit < 10; ++digit) {
            const auto& ways = othersWays().digits[std::size_t(digit)];
            for (std::size_t w = 0; w < ways.size(); ++w) {
                const dt::NormalisedDigit image = dt::normaliseDrawing(model, dt::wayDrawing(ways[w]));
                const std::vector<float> guide(image.image.pixels.begin(), image.image.pixels.end());
                QCOMPARE(dt::wayClosestToGuide(model, othersWays(), digit, guide), int(w));
            }
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::wayClosestToGuide(model, othersWays(), 1, {1.0f, 2.0f}));
    }
};

DT_TEST_MAIN(TestFormationCheck, QCoreApplication)
#include "test_formation_check.moc"
