// The pen's movement as a trajectory: strokes resampled evenly in drawing order,
// normalised in position and size, and compared by dynamic time warping, so that a digit
// written backwards stands apart from the usual way of writing it.

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/trajectory.hpp>

#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

dt::Stroke line(double x0, double y0, double x1, double y1)
{
    return {dt::StrokePoint{x0, y0}, dt::StrokePoint{x1, y1}};
}

std::vector<dt::Drawing> drawnDigits(int digit, std::size_t count)
{
    std::vector<dt::Drawing> out;
    const std::string path = dt::test::handwritingPath().toStdString();
    for (const dt::Drawing& d : dt::loadDrawings(path))
        if (d.label == digit && out.size() < count)
            out.push_back(d);
    return out;
}

} // namespace

class TestTrajectory : public QObject {
    Q_OBJECT

private slots:
    void pointsAreEvenlySpacedAndNormalised()
    {
        dt::Drawing d;
        d.strokes = {line(100, 50, 300, 50)};
        const dt::Trajectory t = dt::resampleTrajectory(d, 11);
        QCOMPARE(t.points.size(), std::size_t(11));
        for (int i = 0; i < 11; ++i) {
            QVERIFY(std::abs(t.points[std::size_t(i)].x - (-0.5 + i / 10.0)) < 1e-12);
            QCOMPARE(t.points[std::size_t(i)].y, 0.0);
        }
    }

    void pointsFollowStrokeLengthAndOrder()
    {
        // A long stroke then a short one (3:1): 48 and 16 of 64 points, in that order.
        dt::Drawing d;
        d.strokes = {line(0, 0, 0, 300), line(0, 0, 100, 0)};
        const dt::Trajectory t = dt::resampleTrajectory(d);
        QCOMPARE(t.strokeCount, 2);
        QCOMPARE(std::count_if(t.points.begin(), t.points.end(), [](const auto& p) { return p.stroke == 0; }), 48);
        QCOMPARE(t.points.front().stroke, 0);
        QCOMPARE(t.points.back().stroke, 1);
        QVERIFY(std::abs(t.points.front().y - (-0.5)) < 1e-12); // starts at the top
    }

    void dotsAndBadRequests()
    {
        dt::Drawing dots;
        dots.strokes = {{dt::StrokePoint{5, 5}}, {dt::StrokePoint{9, 5}}};
        const dt::Trajectory t = dt::resampleTrajectory(dots, 8);
        QCOMPARE(t.points.size(), std::size_t(8));
        QVERIFY(std::all_of(t.points.begin(), t.points.end(), [](const auto& p) { return std::isfinite(p.x); }));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::resampleTrajectory(dt::Drawing{}));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::resampleTrajectory(dots, 1));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::trajectoryDistance(t, t, 0.0));
    }

    void coordinatesAtTheLimitsOfADoubleGiveAFiniteTrajectory()
    {
        // Finite, as parseDrawing demands, but their lengths overflow: the shares of points
        // were computed from infinities (undefined behaviour, trajectory.cpp's float-to-int).
        dt::Drawing huge;
        huge.strokes = {{{-1e308, 0}, {1e308, 0}}, {{0, 0}, {1e308, 1e308}, {-1e308, -1e308}}};
        const dt::Trajectory t = dt::resampleTrajectory(huge, 16);
        QCOMPARE(t.points.size(), std::size_t(16));
        QVERIFY(std::all_of(t.points.begin(), t.points.end(),
                            [](const auto& p) { return std::isfinite(p.x) && std::isfinite(p.y) && std::abs(p.x) <= 0.5; }));
        QCOMPARE(t.points.front().stroke, 0);
        QCOMPARE(t.points.back().stroke, 1);
        // The same drawing at an everyday scale gives the same trajectory: only the size differs.
        dt::Drawing small = huge;
        for (auto& s : small.strokes)
            for (auto& p : s) {
                p.x = std::ldexp(p.x, -1000);
                p.y = std::ldexp(p.y, -1000);
            }
        const dt::Trajectory u = dt::resampleTrajectory(small, 16);
        for (std::size_t i = 0; i < u.points.size(); ++i)
            QVERIFY(std::abs(u.points[i].x - t.points[i].x) < 1e-12 && std::abs(u.points[i].y - t.points[i].y) < 1e-12);
    }

    void distanceIsZeroToItselfAndSymmetric()
    {
        const std::vector<dt::Drawing> twos = drawnDigits(2, 2);
        const dt::Trajectory a = dt::resampleTrajectory(twos[0]);
        const dt::Trajectory b = dt::resampleTrajectory(twos[1]);
        QCOMPARE(dt::trajectoryDistance(a, a), 0.0);
        QCOMPARE(dt::trajectoryDistance(a, b), dt::trajectoryDistance(b, a));
        QVERIFY(dt::trajectoryDistance(a, b) > 0.0);
    }

    void aTwoWrittenBackwardsIsFartherThanOtherTwos()
    {
        // For real 2s: the nearest of the other 2s is closer than the same 2 drawn backwards.
        const std::vector<dt::Drawing> twos = drawnDigits(2, 40);
        std::vector<dt::Trajectory> t;
        for (const dt::Drawing& d : twos)
            t.push_back(dt::resampleTrajectory(d));
        int apart = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            double nearest = 1e9;
            for (std::size_t j = 0; j < t.size(); ++j)
                if (j != i)
                    nearest = std::min(nearest, dt::trajectoryDistance(t[i], t[j]));
            const double reversed = dt::trajectoryDistance(dt::resampleTrajectory(dt::withReversedStrokes(twos[i])), t[i]);
            apart += nearest < reversed ? 1 : 0;
        }
        QVERIFY2(apart >= int(t.size()) * 95 / 100, qPrintable(QString("%1 of %2").arg(apart).arg(t.size())));
    }
};

DT_TEST_MAIN(TestTrajectory, QCoreApplication)
#include "test_trajectory.moc"
