// The digit classifier's promises: Bayes' rule gives a distribution, the single-sample
// path agrees with the batch path, typicality is a percentile, and an empty drawing is
// reported as empty rather than guessed.

#include "test_main.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/training/batch_scoring.hpp>
#include <digit_tutor/engine/error.hpp>

#include <QTest>

#include <cmath>
#include <numeric>

class TestDigitModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_model = dt::test::makeTinyModel(3); }

    void singleSampleAndBatchPathsAgree()
    {
        // Samples near each class's centre and in between.
        Eigen::MatrixXd X = Eigen::MatrixXd::Constant(20, dt::kHogFeatures, 0.02);
        for (int i = 0; i < 20; ++i)
            for (int j = i % 10; j < dt::kHogFeatures; j += 10)
                X(i, j) = i < 10 ? 1.0 : 0.5;
        const Eigen::MatrixXd batch = dt::classLogLikelihoods(m_model, X, dt::InputKind::Drawing);
        const Eigen::VectorXi answers = m_model.predictFromLogLikelihoods(batch);
        Eigen::RowVectorXd priors(dt::kDigitClasses);
        for (int c = 0; c < dt::kDigitClasses; ++c)
            priors[c] = m_model.classes[std::size_t(c)].logPrior;
        for (int i = 0; i < X.rows(); ++i) {
            const Eigen::VectorXd x = X.row(i).transpose();
            const dt::Verdict v = m_model.classifyFeatures(x.data(), dt::InputKind::Drawing);
            QCOMPARE(v.digit, answers[i]);
            // Classes that matter (a component within the pruning margin of the best) agree
            // to the single-precision arithmetic of both paths; the single-sample path gives
            // the others an upper bound, never less than their value.
            const double best = (batch.row(i) + priors).maxCoeff();
            for (int c = 0; c < dt::kDigitClasses; ++c) {
                const double single = v.classLogLikelihoods[std::size_t(c)];
                if (batch(i, c) + priors[c] >= best - dt::DigitModel::kPruneMarginNats + 1.0)
                    QVERIFY(std::abs(single - batch(i, c)) <= 1e-6 * std::abs(batch(i, c)));
                else
                    QVERIFY(single >= batch(i, c) - 1e-5 * std::abs(batch(i, c)));
            }
        }
    }

    void verdictIsADistributionWithItsDigitFirst()
    {
        Eigen::VectorXd x = Eigen::VectorXd::Constant(dt::kHogFeatures, 0.0);
        for (int j = 4; j < dt::kHogFeatures; j += 10)
            x[j] = 1.0;
        const dt::Verdict v = m_model.classifyFeatures(x.data(), dt::InputKind::Drawing);
        QCOMPARE(v.digit, 4);
        QVERIFY(v.isDigit);
        const double sum = std::accumulate(v.probabilities.begin(), v.probabilities.end(), 0.0);
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
        QVERIFY(v.probabilities[4] > 0.99);
        QVERIFY(v.component >= 0 && v.component < 3);
        QVERIFY(v.typicality >= 0.0 && v.typicality <= 1.0);
    }

    void farFromEveryDigitIsNotADigit()
    {
        const Eigen::VectorXd x = Eigen::VectorXd::Constant(dt::kHogFeatures, 3.0);
        const dt::Verdict v = m_model.classifyFeatures(x.data(), dt::InputKind::Drawing);
        QVERIFY(!v.isDigit);
        QVERIFY(v.logLikelihood < m_model.outlierThreshold);
        QCOMPARE(v.typicality, 0.0);
    }

    void imagesAreScoredByTheirImageComponentsAlone()
    {
        // Digit 7 gets a component learnt from drawings that looks exactly like a 2 (the 2's
        // component closest to this drawing), with half of 7's weight. A drawing of a 2 is
        // then torn between 2 and 7; an image of a 2 is scored by 7's image components
        // alone, renormalised: as if the drawn component did not exist.
        Eigen::VectorXd x = Eigen::VectorXd::Constant(dt::kHogFeatures, 0.0);
        for (int j = 2; j < dt::kHogFeatures; j += 10)
            x[j] = 1.0;
        dt::DigitModel model = m_model;
        dt::ClassModel& seven = model.classes[7];
        const dt::GaussianMixture& two = model.classes[2].mixture;
        const int closest = m_model.closestComponent(2, x.data());
        const int k = seven.mixture.nComponents();
        Eigen::VectorXd weights(k + 1);
        weights << 0.5 * seven.mixture.weights(), 0.5;
        Eigen::MatrixXd means(k + 1, dt::kHogFeatures);
        means << seven.mixture.means(), two.means().row(closest);
        std::vector<Eigen::MatrixXd> factors = seven.mixture.precisionsCholesky();
        factors.push_back(two.precisionsCholesky()[std::size_t(closest)]);
        seven.mixture = dt::GaussianMixture::fromParameters(weights, means, factors);
        seven.meanImages.push_back(model.classes[2].meanImages[std::size_t(closest)]);
        seven.drawnComponents = 1;
        model.validate();
        model.prepareScoring();

        const dt::Verdict asImage = model.classifyFeatures(x.data(), dt::InputKind::Image);
        const dt::Verdict without = m_model.classifyFeatures(x.data(), dt::InputKind::Image);
        QCOMPARE(asImage.digit, 2);
        for (int c = 0; c < dt::kDigitClasses; ++c)
            QVERIFY(std::abs(asImage.probabilities[std::size_t(c)] - without.probabilities[std::size_t(c)]) < 1e-9);
        const dt::Verdict asDrawing = model.classifyFeatures(x.data(), dt::InputKind::Drawing);
        QVERIFY(asDrawing.probabilities[7] > 0.1);
        QVERIFY(asDrawing.classLogLikelihoods[7] > asImage.classLogLikelihoods[7] + 10.0);

        // The batch path makes the same choice.
        const Eigen::MatrixXd X = x.transpose();
        const Eigen::MatrixXd batch = dt::classLogLikelihoods(model, X, dt::InputKind::Image);
        const Eigen::MatrixXd batchWithout = dt::classLogLikelihoods(m_model, X, dt::InputKind::Image);
        QVERIFY((batch - batchWithout).cwiseAbs().maxCoeff() <= 1e-6 * batchWithout.cwiseAbs().maxCoeff());
        QVERIFY(dt::classLogLikelihoods(model, X, dt::InputKind::Drawing)(0, 7) > batch(0, 7) + 10.0);

        // A model claiming all its components came from drawings is refused.
        seven.drawnComponents = k + 1;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, model.validate());
    }

    void typicalityIsAPercentile()
    {
        const auto& q = m_model.classes[2].typicalityQuantiles;
        QCOMPARE(m_model.typicality(2, q.front() - 1.0), 0.0);
        QCOMPARE(m_model.typicality(2, q.back() + 1.0), 1.0);
        QVERIFY(std::abs(m_model.typicality(2, q[100]) - 0.5) < 1e-9);
        QVERIFY(m_model.typicality(2, q[50]) < m_model.typicality(2, q[150]));
    }

    void emptyDrawingIsEmpty()
    {
        const dt::Verdict v = m_model.classifyImage(dt::GreyImage(100, 100));
        QVERIFY(v.empty);
        QVERIFY(!v.isDigit);
        QCOMPARE(v.digit, -1);
    }

    void guideImagesAverageTheTrainingImages()
    {
        // Every training image of digit 3 is a bar at column 4 + 2 * 3: so is its guide.
        const auto& image = m_model.classes[3].meanImages[std::size_t(m_model.mostCommonComponent(3))];
        QCOMPARE(image[std::size_t(14 * 28 + 10)], 255.0f);
        QCOMPARE(image[std::size_t(14 * 28 + 12)], 0.0f);
    }

private:
    dt::DigitModel m_model;
};

DT_TEST_MAIN(TestDigitModel, QCoreApplication)
#include "test_digit_model.moc"
