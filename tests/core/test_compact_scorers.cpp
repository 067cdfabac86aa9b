// The single-sample scorers of recognition (CompactScorer for the image mixtures, the
// pen path scorer of the drawing views) give the mixtures' own scores, whatever the
// feature count, and scoreWithinMargin scores exactly what can matter.

#include "test_main.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/compact_scorer.hpp>
#include <digit_tutor/engine/drawing_views_scorer.hpp>
#include <digit_tutor/engine/model_file.hpp>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// The mixture with its factors rounded to the precision a model file keeps them in.
template <typename Scalar>
dt::GaussianMixture rounded(const dt::GaussianMixture& gm)
{
    std::vector<Eigen::MatrixXd> factors;
    for (const Eigen::MatrixXd& p : gm.precisionsCholesky())
        factors.push_back(p.cast<Scalar>().template cast<double>());
    return dt::GaussianMixture::fromParameters(gm.weights(), gm.means(), std::move(factors));
}

// A sample near component k's mean.
std::vector<double> near(const dt::GaussianMixture& gm, int k, dt::Random& rng)
{
    std::vector<double> x(std::size_t(gm.nFeatures()));
    for (int j = 0; j < gm.nFeatures(); ++j)
        x[std::size_t(j)] = gm.means()(k, j) + 0.2 * rng.normal();
    return x;
}

std::vector<double> exactScores(const dt::GaussianMixture& gm, const double* x)
{
    std::vector<double> out(std::size_t(gm.nComponents()));
    gm.weightedLogProbOne(x, out.data());
    return out;
}

bool close(double got, double want) { return std::abs(got - want) <= 1e-6 * std::max(1.0, std::abs(want)); }

} // namespace

class TestCompactScorers : public QObject {
    Q_OBJECT

private slots:
    void featureCounts_data()
    {
        QTest::addColumn<int>("features");
        // Fewer than a register, whole registers, one block, a block and a bit, the HOG's 324.
        for (int d : {3, 8, 64, 70, 130, 324})
            QTest::newRow(qPrintable(QString::number(d))) << d;
    }

    void compactScorerGivesTheMixturesScores_data() { featureCounts_data(); }
    void compactScorerGivesTheMixturesScores()
    {
        QFETCH(int, features);
        dt::Random rng(11);
        const dt::GaussianMixture gm = rounded<Eigen::half>(dt::test::randomMixture(features, 3, rng));
        const dt::CompactScorer scorer(gm);
        QCOMPARE(scorer.nComponents(), 3);
        QCOMPARE(scorer.nFeatures(), features);
        for (int k = 0; k < 3; ++k) {
            const std::vector<double> x = near(gm, k, rng);
            std::vector<double> got(3);
            scorer.weightedLogProb(x.data(), got.data());
            const std::vector<double> want = exactScores(gm, x.data());
            for (int c = 0; c < 3; ++c)
                QVERIFY2(close(got[std::size_t(c)], want[std::size_t(c)]),
                         qPrintable(QString("%1 vs %2").arg(got[std::size_t(c)]).arg(want[std::size_t(c)])));
        }
    }

    void stepsGiveFallingBoundsThenTheScore_data() { featureCounts_data(); }
    void stepsGiveFallingBoundsThenTheScore()
    {
        QFETCH(int, features);
        dt::Random rng(12);
        const dt::GaussianMixture gm = rounded<Eigen::half>(dt::test::randomMixture(features, 2, rng));
        const dt::CompactScorer scorer(gm);
        QCOMPARE(scorer.blocks(), std::max(1, (features + 63) / 64));
        const std::vector<double> x = near(gm, 1, rng);
        const std::vector<double> exact = exactScores(gm, x.data());
        for (int k = 0; k < 2; ++k) {
            double distance = 0.0, previous = HUGE_VAL, last = 0.0;
            for (int b = 0; b < scorer.blocks(); ++b) {
                last = scorer.addBlock(x.data(), k, b, distance);
                QVERIFY(last <= previous);
                QVERIFY(last >= exact[std::size_t(k)] - 1e-6 * std::abs(exact[std::size_t(k)]));
                previous = last;
            }
            std::vector<double> whole(2);
            scorer.weightedLogProb(x.data(), whole.data());
            QCOMPARE(last, whole[std::size_t(k)]);
        }
    }

    void scoreWithinMarginIsExactWhereItMatters()
    {
        // Two mixtures as two classes with their log priors, and a sample near one
        // component: the components within the margin of the best are scored exactly, the
        // others get an upper bound that still lies below the margin.
        dt::Random rng(13);
        const dt::GaussianMixture a = rounded<Eigen::half>(dt::test::randomMixture(324, 6, rng));
        const dt::GaussianMixture b = rounded<Eigen::half>(dt::test::randomMixture(324, 6, rng));
        const dt::CompactScorer scorerA(a), scorerB(b);
        const double priorA = std::log(0.3), priorB = std::log(0.7);
        const std::vector<double> x = near(a, 2, rng);
        std::vector<dt::MarginCandidate> candidates;
        for (int k = 0; k < 6; ++k) {
            candidates.push_back({&scorerA, k, priorA, 0.0});
            candidates.push_back({&scorerB, k, priorB, 0.0});
        }
        const double margin = 20.0;
        dt::scoreWithinMargin(x.data(), candidates, margin);

        const std::vector<double> exactA = exactScores(a, x.data()), exactB = exactScores(b, x.data());
        auto exact = [&](const dt::MarginCandidate& m) {
            return (m.scorer == &scorerA ? exactA : exactB)[std::size_t(m.component)] + m.offset;
        };
        double best = -HUGE_VAL;
        for (const dt::MarginCandidate& m : candidates)
            best = std::max(best, exact(m));
        QCOMPARE(candidates.size(), std::size_t(12));
        int bounded = 0;
        for (const dt::MarginCandidate& m : candidates) {
            if (exact(m) >= best - margin)
                QVERIFY2(close(m.score, exact(m)), qPrintable(QString("%1 vs %2").arg(m.score).arg(exact(m))));
            else {
                QVERIFY(m.score >= exact(m) - 1e-6 * std::abs(exact(m)));
                QVERIFY(m.score < best - margin + 1e-6 * std::abs(best));
                bounded += m.score > exact(m) + 1.0;
            }
        }
        QVERIFY2(bounded > 0, "the sample should leave some components far enough to stop early");
    }

    void penPathScorerGivesTheMixturesLikelihood_data()
    {
        QTest::addColumn<int>("features");
        // The pen path's 64, fewer, and more than its register kernel holds.
        for (int d : {5, 64, 70})
            QTest::newRow(qPrintable(QString::number(d))) << d;
    }
    void penPathScorerGivesTheMixturesLikelihood()
    {
        QFETCH(int, features);
        dt::Random rng(14);
        const dt::GaussianMixture gm = rounded<float>(dt::test::randomMixture(features, 4, rng));
        const dt::PackedMixtureScorer scorer(gm);
        for (int k = 0; k < 4; ++k) {
            const std::vector<double> x = near(gm, k, rng);
            const std::vector<double> exact = exactScores(gm, x.data());
            const double want = dt::logSumExp(exact.data(), 4);
            QVERIFY2(close(scorer.logLikelihood(x.data()), want),
                     qPrintable(QString("%1 vs %2").arg(scorer.logLikelihood(x.data())).arg(want)));
        }
    }

    void preparedViewsGiveTheMixturesScores()
    {
        const dt::DrawingViews views = dt::roundedForStorage(dt::test::makeTinyDrawingViews(324, 3));
        const dt::DrawingViewsScorer prepared(views);
        dt::Random rng(15);
        const std::vector<double> hog = near(views.doodleImage, 1, rng);
        const std::vector<double> path = near(views.pathDigits[4], 0, rng);
        const dt::DrawingViewScores got = prepared.score(hog.data(), path.data());
        const dt::DrawingViewScores want = dt::scoreDrawingViews(views, hog.data(), path.data());
        for (int c = 0; c < dt::kDigitClasses; ++c)
            QVERIFY(close(got.pathDigits[std::size_t(c)], want.pathDigits[std::size_t(c)]));
        QVERIFY(close(got.retracedPath, want.retracedPath));
        QVERIFY(close(got.doodlePath, want.doodlePath));
        QVERIFY2(close(got.doodleImage, want.doodleImage),
                 qPrintable(QString("%1 vs %2").arg(got.doodleImage).arg(want.doodleImage)));
    }
};

DT_TEST_MAIN(TestCompactScorers, QCoreApplication)
#include "test_compact_scorers.moc"
