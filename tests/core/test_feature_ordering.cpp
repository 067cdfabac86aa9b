// The model's feature order: the features that tell its components apart come first, the
// mixtures re-expressed in that order give the same densities, and a model trained that way
// reads every sample as one trained in HOG's order does, through the app's own path.

#include "test_main.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/training/digit_trainer.hpp>
#include <digit_tutor/training/feature_ordering.hpp>
#include <digit_tutor/training/random.hpp>

#include <QTest>

#include <algorithm>
#include <numeric>

namespace {

constexpr int kPerDigit = 60;
constexpr int kTelling = 200; ///< features from here on tell the digits apart; the others are noise

// Digit c's samples: noise everywhere, and near the unit vectors j % 10 == c on the
// features from kTelling on.
dt::FeatureSet makeSamples(std::vector<std::uint8_t>& labels)
{
    const int n = kPerDigit * dt::kDigitClasses;
    dt::FeatureSet set;
    set.features.resize(n, dt::kHogFeatures);
    set.normalised.assign(std::size_t(n) * dt::kDigitPixels, 0);
    set.empty.assign(std::size_t(n), 0);
    set.drawn.assign(std::size_t(n), 0);
    dt::Random rng(5);
    for (int i = 0; i < n; ++i) {
        const int digit = i % dt::kDigitClasses;
        labels.push_back(std::uint8_t(digit));
        for (int j = 0; j < dt::kHogFeatures; ++j)
            set.features(i, j) = j < kTelling ? 0.3 * rng.normal()
                                              : 0.1 * rng.normal() + (j % dt::kDigitClasses == digit ? 1.0 : 0.0);
    }
    return set;
}

dt::TrainingConfig config(bool ordered)
{
    dt::TrainingConfig c;
    c.setComponents(2);
    c.drawnComponents.fill(0);
    c.seed = 9;
    c.orderFeatures = ordered;
    return c;
}

} // namespace

class TestFeatureOrdering : public QObject {
    Q_OBJECT

private slots:
    void reorderedMixturesGiveTheSameDensities()
    {
        dt::Random rng(3);
        const dt::GaussianMixture mixture = dt::test::randomMixture(40, 3, rng);
        std::vector<int> order(40);
        std::iota(order.begin(), order.end(), 0);
        std::reverse(order.begin(), order.begin() + 25); // any permutation
        std::rotate(order.begin(), order.begin() + 7, order.end());
        const dt::GaussianMixture reordered = dt::inOrder(mixture, order);
        for (const Eigen::MatrixXd& p : reordered.precisionsCholesky())
            QVERIFY(p.isUpperTriangular());
        for (int s = 0; s < 5; ++s) {
            Eigen::VectorXd x(40);
            for (int j = 0; j < 40; ++j)
                x[j] = 0.5 * rng.normal();
            const Eigen::VectorXd xOrdered = x(order);
            Eigen::VectorXd want(3), got(3);
            mixture.weightedLogProbOne(x.data(), want.data());
            reordered.weightedLogProbOne(xOrdered.data(), got.data());
            QVERIFY2(((got - want).array().abs() / want.array().abs()).maxCoeff() < 1e-10,
                     qPrintable(QString("sample %1 scored differently").arg(s)));
        }
    }

    void anOrderThatIsNoPermutationIsRefused()
    {
        dt::Random rng(3);
        const dt::GaussianMixture mixture = dt::test::randomMixture(4, 1, rng);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inOrder(mixture, {0, 1, 1, 3}));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inOrder(mixture, {0, 1, 2}));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::validateFeatureOrder({0, 1, 2, 4}, 4));
    }

    void theTellingFeaturesComeFirstAndNoVerdictChanges()
    {
        std::vector<std::uint8_t> labels;
        const dt::FeatureSet samples = makeSamples(labels);
        const dt::DigitModel natural = dt::trainDigitModel(samples, labels, config(false));
        const dt::DigitModel ordered = dt::trainDigitModel(samples, labels, config(true));
        QVERIFY(natural.features.order.empty());
        QCOMPARE(ordered.features.order.size(), std::size_t(dt::kHogFeatures));
        dt::validateFeatureOrder(ordered.features.order, dt::kHogFeatures);
        // The scorer's first block (64 columns) holds only features that tell digits apart.
        for (int j = 0; j < 64; ++j)
            QVERIFY2(ordered.features.order[std::size_t(j)] >= kTelling,
                     qPrintable(QString("feature %1 of the order is noise (HOG value %2)")
                                    .arg(j)
                                    .arg(ordered.features.order[std::size_t(j)])));
        // The same samples, put in the model's order, get the same verdicts; the scores agree
        // to the rounding of the factors to half precision.
        const Eigen::MatrixXd inOrder = dt::inFeatureOrder(samples.features, ordered.features);
        for (Eigen::Index i = 0; i < samples.size(); ++i) {
            const Eigen::VectorXd x = samples.features.row(i).transpose();
            const Eigen::VectorXd y = inOrder.row(i).transpose();
            const dt::Verdict a = natural.classifyFeatures(x.data(), dt::InputKind::Drawing);
            const dt::Verdict b = ordered.classifyFeatures(y.data(), dt::InputKind::Drawing);
            QCOMPARE(b.digit, a.digit);
            QCOMPARE(b.digit, int(labels[std::size_t(i)]));
            QVERIFY2(std::abs(b.logLikelihood - a.logLikelihood) < 1e-3 * std::abs(a.logLikelihood) + 0.05,
                     qPrintable(QString("sample %1: %2 against %3").arg(i).arg(b.logLikelihood).arg(a.logLikelihood)));
        }
        // The calibration is the ordered model's own: its training samples' typicality spreads
        // over [0, 1] as the natural model's does.
        QVERIFY(std::abs(ordered.outlierThreshold - natural.outlierThreshold) < 0.05 + 1e-3 * std::abs(natural.outlierThreshold));
    }

    void theOrderIsSavedAndRead()
    {
        std::vector<std::uint8_t> labels;
        const dt::FeatureSet samples = makeSamples(labels);
        const dt::DigitModel model = dt::trainDigitModel(samples, labels, config(true));
        const std::vector<unsigned char> bytes = dt::serialiseModel(model);
        const dt::DigitModel loaded = dt::parseModel(bytes.data(), bytes.size(), "ordered.dtm");
        QCOMPARE(loaded.loadedFormatVersion, dt::kModelFormatVersion);
        QVERIFY(loaded.features == model.features);
        const Eigen::VectorXd x = dt::inFeatureOrder(samples.features.middleRows(7, 1), model.features).transpose();
        QCOMPARE(loaded.classifyFeatures(x.data(), dt::InputKind::Drawing).probabilities,
                 model.classifyFeatures(x.data(), dt::InputKind::Drawing).probabilities);
    }
};

DT_TEST_MAIN(TestFeatureOrdering, QCoreApplication)
#include "test_feature_ordering.moc"
