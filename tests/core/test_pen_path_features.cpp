// The pen path view of a drawing: where the pen went and which way, the same whatever the
// drawing's size or place on the canvas.

#include "test_main.hpp"

#include <digit_tutor/engine/pen_path_features.hpp>
#include <digit_tutor/engine/trajectory.hpp>

#include <QTest>

#include <array>
#include <cmath>

namespace {

using Features = std::array<double, dt::kPenPathFeatures>;

dt::Drawing line(double x0, double y0, double x1, double y1, int points = 50)
{
    dt::Drawing d;
    dt::Stroke s;
    for (int i = 0; i < points; ++i) {
        const double t = double(i) / (points - 1);
        s.push_back({x0 + t * (x1 - x0), y0 + t * (y1 - y0)});
    }
    d.strokes.push_back(s);
    return d;
}

Features featuresOf(const dt::Drawing& d)
{
    Features f{};
    if (!dt::penPathFeatures(d, f.data()))
        qFatal("no features");
    return f;
}

} // namespace

class TestPenPathFeatures : public QObject {
    Q_OBJECT

private slots:
    void aDownStrokeGoesDownTheMiddle()
    {
        const Features f = featuresOf(line(100, 20, 100, 220));
        for (int i = 0; i < dt::kPenPathPoints; ++i) {
            QCOMPARE(f[std::size_t(4 * i)], 0.0);                                              // x: in the middle
            QVERIFY(std::abs(f[std::size_t(4 * i + 1)] - (-0.5 + double(i) / (dt::kPenPathPoints - 1))) < 1e-9); // y
            QVERIFY(std::abs(f[std::size_t(4 * i + 2)]) < 1e-9);                              // going down
            QVERIFY(std::abs(f[std::size_t(4 * i + 3)] - 1.0) < 1e-9);
        }
    }

    void sizeAndPlaceDoNotMatter()
    {
        dt::Drawing seven = line(10, 10, 60, 10);
        seven.strokes.push_back(line(60, 10, 30, 80).strokes[0]);
        dt::Drawing bigger = seven;
        for (auto& s : bigger.strokes)
            for (auto& p : s) {
                p.x = 300 + 4 * p.x;
                p.y = 50 + 4 * p.y;
            }
        const Features a = featuresOf(seven), b = featuresOf(bigger);
        for (int i = 0; i < dt::kPenPathFeatures; ++i)
            QVERIFY2(std::abs(a[std::size_t(i)] - b[std::size_t(i)]) < 1e-9, qPrintable(QString::number(i)));
    }

    void aStrokeDrawnBackwardsRunsTheOtherWay()
    {
        const Features up = featuresOf(line(100, 220, 100, 20));
        const Features down = featuresOf(line(100, 20, 100, 220));
        for (int i = 0; i < dt::kPenPathPoints; ++i) {
            const int j = dt::kPenPathPoints - 1 - i;
            QVERIFY(std::abs(up[std::size_t(4 * i + 1)] - down[std::size_t(4 * j + 1)]) < 1e-9);
            QVERIFY(std::abs(up[std::size_t(4 * i + 3)] + 1.0) < 1e-9);
        }
    }

    void theJumpBetweenStrokesIsNotTravelled()
    {
        // A 4-like drawing: two strokes far apart. No point lies on the jump between them.
        dt::Drawing d = line(0, 0, 0, 100);
        d.strokes.push_back(line(200, 0, 200, 100).strokes[0]);
        const Features f = featuresOf(d);
        for (int i = 0; i < dt::kPenPathPoints; ++i)
            QVERIFY2(std::abs(std::abs(f[std::size_t(4 * i)]) - 0.5) < 1e-9, qPrintable(QString::number(f[std::size_t(4 * i)])));
    }

    void dotsAndEmptyDrawings()
    {
        Features f{};
        f.fill(7.0);
        QVERIFY(!dt::penPathFeatures(dt::Drawing{}, f.data()));
        QCOMPARE(f[0], 7.0); // nothing written
        dt::Drawing dot;
        dot.strokes.push_back({{5, 5}});
        dot.strokes.push_back({{9, 9}, {9, 9}});
        QVERIFY(dt::penPathFeatures(dot, f.data()));
        for (double v : f)
            QCOMPARE(v, 0.0);
    }

    void hugeAndTinyCoordinatesGiveFiniteFeatures()
    {
        for (const dt::Drawing& d : {line(0, 0, 1e300, 1e300), line(0, 0, 1e-300, 2e-300), line(-1e308, 0, 1e308, 0)}) {
            Features f{};
            dt::penPathFeatures(d, f.data());
            for (double v : f)
                QVERIFY(std::isfinite(v));
        }
    }
};

DT_TEST_MAIN(TestPenPathFeatures, QCoreApplication)
#include "test_pen_path_features.moc"
