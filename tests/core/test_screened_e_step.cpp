// The screened E-step of single-precision EM (core/training/kernels/screened_e_step.hpp) against the
// plain one: over the parameters of a fit, step after step, it must give the same values
// to the bit, with the pairs more than kTruncationNats below their sample's best at
// -infinity, while computing fewer pairs.
#include "fixture_reader.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include "screened_e_step.hpp"
#include "single_precision_em.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/gaussian_mixture_fit.hpp>

#include <QFileInfo>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

// Four clusters in 20 dimensions, far enough apart that most pairs lie hundreds of nats
// below their sample's best, and each stretched along its own direction so that the
// covariances differ.
Eigen::MatrixXd fourClusters()
{
    Eigen::MatrixXd X(730, 20);
    for (int i = 0; i < X.rows(); ++i) {
        const int cluster = i % 4;
        for (int f = 0; f < X.cols(); ++f)
            X(i, f) = (f == cluster ? 12.0 : 0.0) + (f == 4 + cluster ? 3.0 : 1.0) * std::sin(i * 12.9898 + f * 78.233);
    }
    return X;
}

// What the screened E-step promises: the plain single-precision E-step, with every value
// more than kTruncationNats below its row's largest at -infinity.
Eigen::MatrixXd truncatedPlainEStep(const dt::GaussianMixture& gm, const Eigen::MatrixXd& X)
{
    Eigen::MatrixXd want = dt::detail::weightedLogProbSingle(gm, dt::detail::SamplePanels(X), 2);
    for (Eigen::Index i = 0; i < want.rows(); ++i) {
        const double best = want.row(i).maxCoeff();
        for (Eigen::Index c = 0; c < want.cols(); ++c)
            if (want(i, c) < best - dt::detail::kTruncationNats)
                want(i, c) = -std::numeric_limits<double>::infinity();
    }
    return want;
}

std::vector<Eigen::MatrixXd> covariancesOf(const dt::GaussianMixture& gm)
{
    std::vector<Eigen::MatrixXd> out;
    for (int c = 0; c < gm.nComponents(); ++c)
        out.push_back(gm.covariance(c));
    return out;
}

// Runs the screened E-step over the parameters of the first `steps` EM iterations of a
// single-precision fit, comparing each with the plain one; returns the pairs it computed
// at each step.
std::vector<long> followFit(const Eigen::MatrixXd& X, int k, int steps)
{
    const Eigen::MatrixXf columns = X.transpose().cast<float>();
    dt::detail::ScreenedEStep screened(columns);
    std::vector<long> computed;
    for (int step = 1; step <= steps; ++step) {
        dt::GaussianMixtureOptions options;
        options.nComponents = k;
        options.regCovar = 1e-2;
        options.singlePrecision = true;
        options.maxIter = step;
        options.tol = 0.0;
        options.seed = 11;
        const dt::GaussianMixture gm = dt::fitGaussianMixture(X, options);
        screened.setCovariances(covariancesOf(gm));
        const Eigen::MatrixXd got = screened.weightedLogProb(gm, 2);
        const Eigen::MatrixXd want = truncatedPlainEStep(gm, X);
        for (Eigen::Index i = 0; i < X.rows(); ++i)
            for (int c = 0; c < k; ++c)
                if (!(got(i, c) == want(i, c)))
                    QTest::qFail(qPrintable(QString("step %1, sample %2, component %3: %4, the plain E-step %5")
                                                .arg(step)
                                                .arg(i)
                                                .arg(c)
                                                .arg(got(i, c), 0, 'g', 17)
                                                .arg(want(i, c), 0, 'g', 17)),
                                 __FILE__, __LINE__);
        computed.push_back(screened.computedPairs());
    }
    return computed;
}

} // namespace

class TestScreenedEStep : public QObject {
    Q_OBJECT

private slots:
    void givesThePlainEStepTruncatedWhileComputingLess()
    {
        const Eigen::MatrixXd X = fourClusters();
        const int k = 4;
        const std::vector<long> computed = followFit(X, k, 6);
        if (QTest::currentTestFailed())
            return;
        const long all = long(X.rows()) * k;
        // The first step has no bound yet; later ones leave out most pairs (each sample needs
        // its own cluster's component, and the tiles at the clusters' borders a second).
        QCOMPARE(computed.front(), all);
        QVERIFY2(computed.back() <= all / 2, qPrintable(QString("%1 of %2 pairs computed").arg(computed.back()).arg(all)));
    }

    void givesThePlainEStepTruncatedOnHogFeatures()
    {
        // Real HOG features of MNIST digits, as the trainer fits them: components close to
        // one another, where the bound decides pair by pair.
        const QString path = dt::test::sharedDir() + "/fixtures/gmm/hog324.data.csv";
        if (!QFileInfo::exists(path))
            DT_SKIP_MISSING("../shared/fixtures/gmm is not present beside the clone");
        const Eigen::MatrixXd X = dt::test::readCsvMatrix(path);
        const std::vector<long> computed = followFit(X, 3, 8);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(computed.back() < long(X.rows()) * 3,
                 qPrintable(QString("%1 of %2 pairs computed").arg(computed.back()).arg(X.rows() * 3)));
    }

    void withoutCovariancesEveryPairIsComputed()
    {
        // The bound needs the covariances on both sides of a step: a caller that does not
        // give them gets every pair computed, and the same values.
        const Eigen::MatrixXd X = fourClusters();
        const Eigen::MatrixXf columns = X.transpose().cast<float>();
        dt::detail::ScreenedEStep screened(columns);
        for (int step = 1; step <= 3; ++step) {
            dt::GaussianMixtureOptions options;
            options.nComponents = 4;
            options.regCovar = 1e-2;
            options.maxIter = step;
            const dt::GaussianMixture gm = dt::fitGaussianMixture(X, options);
            QVERIFY(screened.weightedLogProb(gm, 1) == truncatedPlainEStep(gm, X));
            QCOMPARE(screened.computedPairs(), long(X.rows()) * 4);
        }
    }

    void rejectsAMixtureOfAnotherDimension()
    {
        const Eigen::MatrixXd X = fourClusters();
        const Eigen::MatrixXf columns = X.transpose().cast<float>();
        dt::detail::ScreenedEStep screened(columns);
        dt::GaussianMixtureOptions options;
        options.nComponents = 2;
        const dt::GaussianMixture other = dt::fitGaussianMixture(X.leftCols(5), options);
        QVERIFY_THROWS_EXCEPTION(dt::NumericalError, screened.weightedLogProb(other, 1));
    }
};

DT_TEST_MAIN(TestScreenedEStep, QCoreApplication)
#include "test_screened_e_step.moc"
