// EM parity with scikit-learn 1.2.1's GaussianMixture(covariance_type='full') on the shared
// fixtures, each started from the same given weights, means and precisions.

#include "fixture_reader.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/gaussian_mixture_fit.hpp>
#include <digit_tutor/training/kmeans.hpp>

#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

double maxRelative(const Eigen::VectorXd& got, const Eigen::VectorXd& want)
{
    return ((got - want).array().abs() / want.array().abs().max(1e-300)).maxCoeff();
}

} // namespace

class TestGaussianMixture : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("blobs2d: 1000 x 2, k = 3") << "blobs2d";
        QTest::newRow("hog24: 3000 x 24, k = 4") << "hog24";
        QTest::newRow("hog324: 1500 x 324, k = 2") << "hog324";
    }
    void matchesScikitLearn()
    {
        QFETCH(QString, name);
        const QString base = dt::test::sharedDir() + "/fixtures/gmm/" + name;
        if (!QFileInfo::exists(base + ".data.csv"))
            DT_SKIP_MISSING("../shared/fixtures/gmm is not present beside the clone");
        const Eigen::MatrixXd X = dt::test::readCsvMatrix(base + ".data.csv");
        const QJsonObject init = dt::test::readJson(base + ".init.json").object();
        const QJsonObject want = dt::test::readJson(base + ".expected.json").object();

        dt::GaussianMixtureOptions options;
        options.nComponents = init["k"].toInt();
        options.regCovar = init["reg_covar"].toDouble();
        options.tol = init["tol"].toDouble();
        options.maxIter = init["max_iter"].toInt();
        dt::GaussianMixtureInit start;
        start.weights = dt::test::toVector(init["weights"].toArray());
        start.means = dt::test::toMatrix(init["means"].toArray());
        start.precisions = dt::test::toMatrices(init["precisions"].toArray());

        const dt::GaussianMixture gm = dt::fitGaussianMixture(X, options, start);

        // Iteration counts and the convergence flag are integers: exact.
        QCOMPARE(gm.nIter(), want["n_iter"].toInt());
        QCOMPARE(gm.converged(), want["converged"].toBool());
        // 1e-6 relative: the bound. Differences come from summation order only and
        // stay near 1e-12 here; a wrong formula shows up far above it.
        const double wantBound = want["lower_bound"].toDouble();
        QVERIFY2(std::abs(gm.lowerBound() - wantBound) <= 1e-6 * std::abs(wantBound),
                 qPrintable(QString("lower bound %1, expected %2").arg(gm.lowerBound(), 0, 'g', 17).arg(wantBound, 0, 'g', 17)));
        const Eigen::VectorXd weights = dt::test::toVector(want["weights"].toArray());
        QVERIFY((gm.weights() - weights).cwiseAbs().maxCoeff() <= 1e-6);
        const Eigen::MatrixXd means = dt::test::toMatrix(want["means"].toArray());
        QVERIFY2((gm.means() - means).cwiseAbs().maxCoeff() <= 1e-6,
                 qPrintable(QString("means differ by %1").arg((gm.means() - means).cwiseAbs().maxCoeff())));
        if (want["covariances"].isArray()) {
            const auto covariances = dt::test::toMatrices(want["covariances"].toArray());
            for (int k = 0; k < gm.nComponents(); ++k)
                QVERIFY((gm.covariance(k) - covariances[std::size_t(k)]).cwiseAbs().maxCoeff() <= 1e-6);
        }
        const Eigen::VectorXd scores = dt::test::toVector(want["score_samples"].toArray());
        const double rel = maxRelative(gm.scoreSamples(X), scores);
        QVERIFY2(rel <= 1e-6, qPrintable(QString("score_samples relative difference %1").arg(rel)));
        const Eigen::VectorXd predict = dt::test::toVector(want["predict"].toArray());
        QCOMPARE(gm.predict(X), predict.cast<int>());

        const Eigen::MatrixXd proba = gm.predictProba(X);
        QVERIFY((proba.rowwise().sum().array() - 1.0).abs().maxCoeff() < 1e-12);
    }

    void singlePrecisionFollowsDoubleOnHogFeatures()
    {
        // The trainer's mode: EM's products in single precision. On real HOG features with
        // the default model's regularisation it must take the same path as double: same
        // iterations, the same lower bound to 1e-6 and scores within a thousandth of a nat.
        const QString path = dt::test::sharedDir() + "/fixtures/gmm/hog324.data.csv";
        if (!QFileInfo::exists(path))
            DT_SKIP_MISSING("../shared/fixtures/gmm is not present beside the clone");
        const Eigen::MatrixXd X = dt::test::readCsvMatrix(path); // 1500 rows: more than one single-precision sum
        dt::GaussianMixtureOptions options;
        options.nComponents = 3;
        options.regCovar = 1e-2;
        options.seed = 7;
        const dt::GaussianMixture exact = dt::fitGaussianMixture(X, options);
        options.singlePrecision = true;
        const dt::GaussianMixture single = dt::fitGaussianMixture(X, options);

        QCOMPARE(single.nIter(), exact.nIter());
        QCOMPARE(single.converged(), exact.converged());
        QVERIFY2(std::abs(single.lowerBound() - exact.lowerBound()) <= 1e-6 * std::abs(exact.lowerBound()),
                 qPrintable(QString("lower bound %1 against %2").arg(single.lowerBound(), 0, 'g', 12).arg(exact.lowerBound(), 0, 'g', 12)));
        QVERIFY((single.weights() - exact.weights()).cwiseAbs().maxCoeff() <= 1e-5);
        QVERIFY((single.means() - exact.means()).cwiseAbs().maxCoeff() <= 1e-5);
        const double scoreGap = (single.scoreSamples(X) - exact.scoreSamples(X)).cwiseAbs().maxCoeff();
        QVERIFY2(scoreGap <= 1e-3, qPrintable(QString("scores differ by %1 nats").arg(scoreGap)));
        QCOMPARE(single.predict(X), exact.predict(X));
    }

    void singlePrecisionHandlesAnyShape()
    {
        // The single-precision products work in blocks of 24 samples by 4 features; 301
        // samples of 7 features fill neither, and must score as double does.
        Eigen::MatrixXd X(301, 7);
        for (int i = 0; i < X.rows(); ++i)
            for (int j = 0; j < X.cols(); ++j)
                X(i, j) = (i % 3 - 1) * 5.0 * (j == 0) + 0.5 * std::sin(i * (12.9898 + 7.1 * j));
        dt::GaussianMixtureOptions options;
        options.nComponents = 3;
        options.regCovar = 1e-2; // as the trainer, which alone offers single precision
        options.seed = 3;
        const dt::GaussianMixture exact = dt::fitGaussianMixture(X, options);
        options.singlePrecision = true;
        const dt::GaussianMixture single = dt::fitGaussianMixture(X, options);

        QCOMPARE(single.nIter(), exact.nIter());
        QVERIFY(std::abs(single.lowerBound() - exact.lowerBound()) <= 1e-5 * std::abs(exact.lowerBound()));
        QVERIFY((single.scoreSamples(X) - exact.scoreSamples(X)).cwiseAbs().maxCoeff() <= 1e-3);
        QCOMPARE(single.predict(X), exact.predict(X));
    }

    void kmeansInitialisationIsDeterministic()
    {
        const Eigen::MatrixXd X = threeBlobs();
        dt::GaussianMixtureOptions options;
        options.nComponents = 3;
        options.seed = 42;
        const auto a = dt::fitGaussianMixture(X, options);
        const auto b = dt::fitGaussianMixture(X, options);
        QCOMPARE(a.nIter(), b.nIter());
        QCOMPARE(a.means(), b.means());
        QVERIFY(a.converged());
        // The three blobs sit at x = -5, 0 and 5: each is found.
        std::vector<double> xs{a.means()(0, 0), a.means()(1, 0), a.means()(2, 0)};
        std::sort(xs.begin(), xs.end());
        QVERIFY(std::abs(xs[0] + 5) < 0.2 && std::abs(xs[1]) < 0.2 && std::abs(xs[2] - 5) < 0.2);
    }

    void kmeansInSinglePrecisionFindsTheSameClusters()
    {
        // EM's single-precision mode starts from k-means on float samples: on well
        // separated clusters it must label every sample as double does.
        const Eigen::MatrixXd X = threeBlobs();
        dt::KMeansOptions options;
        options.nClusters = 3;
        options.seed = 5;
        const dt::KMeansResult exact = dt::kmeans(X, options);
        options.singlePrecision = true;
        const dt::KMeansResult single = dt::kmeans(X, options);
        QCOMPARE(single.labels, exact.labels);
        QCOMPARE(single.nIter, exact.nIter);
        QVERIFY((single.centres - exact.centres).cwiseAbs().maxCoeff() < 1e-6);
        QVERIFY(std::abs(single.inertia - exact.inertia) < 1e-4 * exact.inertia);
    }

    void kmeansPassesAreLloydsSteps()
    {
        // Lloyd's passes skip the samples whose bounds show that their centre cannot change
        // and update the sums by the samples that move: each pass must still be Lloyd's
        // step, every sample to its nearest centre and every centre to its members' mean.
        // Seven overlapping clusters, so that samples change cluster for many passes.
        Eigen::MatrixXd X(2000, 6);
        for (int i = 0; i < X.rows(); ++i)
            for (int f = 0; f < X.cols(); ++f)
                X(i, f) = 1.5 * (f == i % 7 % 6) + (i % 7 == 6 ? 0.8 : 0.0) + std::sin(i * 12.9898 + f * 78.233) * 1.3;
        dt::KMeansOptions options;
        options.nClusters = 7;
        options.seed = 4;
        options.tol = 0.0;
        options.maxIter = 1;
        Eigen::MatrixXd centres = dt::kmeans(X, options).centres;
        int moved = 0;
        for (int pass = 2; pass <= 25; ++pass) {
            Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(7, 6);
            Eigen::VectorXd counts = Eigen::VectorXd::Zero(7);
            for (int i = 0; i < X.rows(); ++i) {
                Eigen::Index nearest = 0;
                (centres.rowwise() - X.row(i)).rowwise().squaredNorm().minCoeff(&nearest);
                sums.row(nearest) += X.row(i);
                counts[nearest] += 1.0;
            }
            QVERIFY((counts.array() > 0.0).all());
            const Eigen::MatrixXd want = sums.array().colwise() / counts.array();
            options.maxIter = pass;
            const Eigen::MatrixXd got = dt::kmeans(X, options).centres;
            QVERIFY2((got - want).cwiseAbs().maxCoeff() <= 1e-12,
                     qPrintable(QString("pass %1: centres %2 away from Lloyd's step").arg(pass).arg((got - want).cwiseAbs().maxCoeff())));
            moved += (want - centres).cwiseAbs().maxCoeff() > 0.0;
            centres = want;
        }
        QVERIFY2(moved >= 10, qPrintable(QString("the centres moved in only %1 passes").arg(moved)));
    }

    void kmeansInSinglePrecisionWithMoreClustersThanOneVectorHolds()
    {
        // Float k-means scores eight centres to a vector and twelve samples at a time:
        // eleven clusters in 13 dimensions and 319 samples fill neither, and every sample
        // must still go where double puts it.
        const int k = 11;
        Eigen::MatrixXd X(319, 13);
        for (int i = 0; i < X.rows(); ++i)
            for (int f = 0; f < X.cols(); ++f)
                X(i, f) = (f == i % k ? 10.0 : 0.0) + 0.5 * std::sin(i * 12.9898 + f * 78.233);
        dt::KMeansOptions options;
        options.nClusters = k;
        options.seed = 9;
        const dt::KMeansResult exact = dt::kmeans(X, options);
        options.singlePrecision = true;
        const dt::KMeansResult single = dt::kmeans(X, options);
        QCOMPARE(single.labels, exact.labels);
        QVERIFY((single.centres - exact.centres).cwiseAbs().maxCoeff() < 1e-5);
        // The clusters are the blobs: samples i and i + k always share one.
        for (int i = 0; i + k < X.rows(); ++i)
            QCOMPARE(single.labels[i + k], single.labels[i]);
    }

    void singularCovarianceNamesTheComponent()
    {
        // Two features that are copies of each other and no regularisation: the covariance
        // is singular, which must be an error naming the component, never NaN.
        Eigen::MatrixXd X(50, 2);
        for (int i = 0; i < 50; ++i)
            X(i, 0) = X(i, 1) = i;
        dt::GaussianMixtureOptions options;
        options.regCovar = 0.0;
        try {
            dt::fitGaussianMixture(X, options);
            QFAIL("a singular covariance was accepted");
        } catch (const dt::NumericalError& e) {
            QVERIFY2(QString(e.what()).contains("component 0"), e.what());
            QVERIFY2(QString(e.what()).contains("regCovar"), e.what());
        }
    }

    void rejectsBadShapesAndData()
    {
        Eigen::MatrixXd X = threeBlobs();
        dt::GaussianMixtureOptions options;
        options.nComponents = 2;
        dt::GaussianMixtureInit init;
        init.means = Eigen::MatrixXd::Zero(3, 2);
        QVERIFY_THROWS_EXCEPTION(dt::NumericalError, dt::fitGaussianMixture(X, options, init));
        options.nComponents = int(X.rows()) + 1;
        QVERIFY_THROWS_EXCEPTION(dt::NumericalError, dt::fitGaussianMixture(X, options));
        options.nComponents = 1;
        X(3, 1) = std::nan("");
        QVERIFY_THROWS_EXCEPTION(dt::NumericalError, dt::fitGaussianMixture(X, options));
        const auto gm = dt::fitGaussianMixture(threeBlobs(), options);
        QVERIFY_THROWS_EXCEPTION(dt::NumericalError, gm.scoreSamples(Eigen::MatrixXd::Zero(4, 3)));
    }

    void fromParametersRoundTripsScores()
    {
        dt::GaussianMixtureOptions options;
        options.nComponents = 3;
        const Eigen::MatrixXd X = threeBlobs();
        const auto gm = dt::fitGaussianMixture(X, options);
        const auto copy = dt::GaussianMixture::fromParameters(gm.weights(), gm.means(), gm.precisionsCholesky());
        QVERIFY((copy.scoreSamples(X) - gm.scoreSamples(X)).cwiseAbs().maxCoeff() == 0.0);
        std::vector<double> one(3);
        copy.weightedLogProbOne(X.row(7).transpose().eval().data(), one.data());
        const Eigen::MatrixXd all = copy.weightedLogProb(X.topRows(8));
        for (int k = 0; k < 3; ++k)
            QVERIFY(std::abs(one[std::size_t(k)] - all(7, k)) < 1e-9);
    }

private:
    static Eigen::MatrixXd threeBlobs()
    {
        Eigen::MatrixXd X(300, 2);
        for (int i = 0; i < 300; ++i) {
            const double cx = (i % 3 - 1) * 5.0;
            X(i, 0) = cx + 0.5 * std::sin(i * 12.9898);
            X(i, 1) = 0.5 * std::cos(i * 78.233);
        }
        return X;
    }
};

DT_TEST_MAIN(TestGaussianMixture, QCoreApplication)
#include "test_gaussian_mixture.moc"
