// The trainer: drawn digits get mixture components of their own beside the images', with
// the weight the configuration gives them, their own guide pictures, and clear errors.

#include "test_main.hpp"

#include <digit_tutor/training/digit_trainer.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/training/random.hpp>

#include <QTest>

namespace {

constexpr int kImagesPerDigit = 40;
constexpr int kDrawingsPerDigit = 20;

// Images of digit d have features near the unit vectors j % 10 == d and a bar at column
// 4 + 2d; drawings of d sit elsewhere in feature space (a pen's thinner strokes) and have
// their bar 10 columns further right.
struct Data {
    dt::FeatureSet set;
    std::vector<std::uint8_t> labels;
};

Data makeData(int drawingsPerDigit, int imagesPerDigit = kImagesPerDigit)
{
    const int n = (imagesPerDigit + drawingsPerDigit) * dt::kDigitClasses;
    Data data;
    data.set.features.resize(n, dt::kHogFeatures);
    data.set.normalised.assign(std::size_t(n) * dt::kDigitPixels, 0);
    data.set.empty.assign(std::size_t(n), 0);
    data.set.drawn.assign(std::size_t(n), 0);
    dt::Random rng(11);
    for (int i = 0; i < n; ++i) {
        const int digit = i % dt::kDigitClasses;
        const bool drawn = i >= imagesPerDigit * dt::kDigitClasses;
        data.labels.push_back(std::uint8_t(digit));
        data.set.drawn[std::size_t(i)] = drawn ? 1 : 0;
        for (int j = 0; j < dt::kHogFeatures; ++j)
            data.set.features(i, j) = 0.1 * rng.normal() + (j % dt::kDigitClasses == digit ? 1.0 : 0.0) +
                                      (drawn && j % 7 == 0 ? 0.8 : 0.0);
        const int column = 4 + 2 * digit / 3 + (drawn ? 10 : 0);
        for (int y = 4; y < 24; ++y)
            data.set.normalised[std::size_t(i) * dt::kDigitPixels + std::size_t(y * 28 + column)] = 255;
    }
    return data;
}

dt::TrainingConfig smallConfig()
{
    dt::TrainingConfig config;
    config.setComponents(2);
    config.drawnComponents.fill(1);
    config.drawnWeight = 2.0;
    config.regCovar = 1e-2;
    config.seed = 3;
    return config;
}

} // namespace

class TestDigitTrainer : public QObject {
    Q_OBJECT

private slots:
    void drawnDigitsGetComponentsOfTheirOwn()
    {
        const Data data = makeData(kDrawingsPerDigit);
        dt::TrainingReport report;
        const dt::DigitModel model = dt::trainDigitModel(data.set, data.labels, smallConfig(), &report);
        for (int d = 0; d < dt::kDigitClasses; ++d) {
            const dt::ClassModel& cm = model.classes[std::size_t(d)];
            QCOMPARE(cm.mixture.nComponents(), 3);
            // The drawings' share of the weight: 2 x 20 / 60 of the digit's samples.
            QVERIFY(std::abs(cm.mixture.weights()[2] - 2.0 * 20.0 / 60.0) < 1e-12);
            QCOMPARE(cm.meanImages.size(), std::size_t(3));
            QCOMPARE(cm.drawnComponents, 1); // the last: images are scored without it
            // The drawn component's guide picture is the drawings' (bar 10 columns right).
            const int column = 4 + 2 * d / 3 + 10;
            QVERIFY(cm.meanImages[2][std::size_t(14 * 28 + column)] > 200.0f);
            QVERIFY(cm.meanImages[0][std::size_t(14 * 28 + column)] < 50.0f);
            QCOMPARE(report.classes[std::size_t(d)].samples, kImagesPerDigit + kDrawingsPerDigit);
            QVERIFY(report.classes[std::size_t(d)].converged);
        }
        QVERIFY(model.classes[0].trainingCount == std::uint32_t(kImagesPerDigit + kDrawingsPerDigit));
        // A drawing is read as its digit, by its own component.
        // The model keeps its features in an order of its own.
        const Eigen::VectorXd x =
            dt::inFeatureOrder(data.set.features.middleRows(kImagesPerDigit * dt::kDigitClasses + 4, 1), model.features)
                .transpose();
        const dt::Verdict v = model.classifyFeatures(x.data(), dt::InputKind::Drawing);
        QCOMPARE(v.digit, 4);
        QCOMPARE(v.component, 2);
        // An image is scored by the image components alone.
        const dt::Verdict asImage = model.classifyFeatures(x.data(), dt::InputKind::Image);
        QVERIFY(asImage.component < 2);
        QVERIFY(asImage.classLogLikelihoods[4] < v.classLogLikelihoods[4]);
    }

    void drawnWeightIsCapped()
    {
        const Data data = makeData(kDrawingsPerDigit);
        dt::TrainingConfig config = smallConfig();
        config.drawnWeight = 50.0;
        const dt::DigitModel model = dt::trainDigitModel(data.set, data.labels, config);
        QVERIFY(std::abs(model.classes[0].mixture.weights()[2] - 0.9) < 1e-12);
    }

    void zeroPoolsDrawingsWithImages()
    {
        const Data data = makeData(kDrawingsPerDigit);
        dt::TrainingConfig config = smallConfig();
        config.drawnComponents.fill(0);
        const dt::DigitModel model = dt::trainDigitModel(data.set, data.labels, config);
        QCOMPARE(model.classes[0].mixture.nComponents(), 2);
        QCOMPARE(model.classes[0].meanImages.size(), std::size_t(2));
    }

    void imagesAloneNeedNoDrawnComponents()
    {
        dt::FeatureSet images = makeData(kDrawingsPerDigit).set.slice(0, kImagesPerDigit * dt::kDigitClasses);
        std::vector<std::uint8_t> labels;
        for (int i = 0; i < kImagesPerDigit * dt::kDigitClasses; ++i)
            labels.push_back(std::uint8_t(i % dt::kDigitClasses));
        const dt::DigitModel model = dt::trainDigitModel(images, labels, smallConfig());
        QCOMPARE(model.classes[5].mixture.nComponents(), 2);
    }

    void sameModelOnAnyNumberOfThreads()
    {
        // Enough samples per digit (2 300) for EM's row blocks to be spread over threads;
        // two digits are fitted at a time when there are two threads or more (with 4, each
        // on two), and the last one gets the threads of a worker that has run out of
        // digits. In both precisions.
        const Data data = makeData(kDrawingsPerDigit, 2300);
        for (bool single : {true, false}) {
            std::vector<std::uint8_t> reference;
            dt::TrainingReport referenceReport;
            for (int threads : {1, 2, 4}) {
                dt::TrainingConfig config = smallConfig();
                config.singlePrecision = single;
                config.drawnComponents.fill(0); // one mixture per digit: the report's lower bound is EM's own
                config.threads = threads;
                dt::TrainingReport report;
                const std::vector<std::uint8_t> bytes =
                    dt::serialiseModel(dt::trainDigitModel(data.set, data.labels, config, &report));
                if (reference.empty()) {
                    reference = bytes;
                    referenceReport = report;
                }
                const QString what = QString("%1 threads, %2 precision").arg(threads).arg(single ? "single" : "double");
                QVERIFY2(bytes == reference, qPrintable(what + ": another model"));
                // The file rounds the factors; the fit's own lower bound shows any difference.
                for (int c = 0; c < dt::kDigitClasses; ++c)
                    QVERIFY2(report.classes[std::size_t(c)].lowerBound == referenceReport.classes[std::size_t(c)].lowerBound,
                             qPrintable(what + QString(": digit %1's lower bound differs").arg(c)));
            }
        }
    }

    void tooFewDrawingsIsAClearError()
    {
        const Data data = makeData(1); // one drawing per digit, for two drawn components
        dt::TrainingConfig config = smallConfig();
        config.drawnComponents.fill(2);
        try {
            dt::trainDigitModel(data.set, data.labels, config);
            QFAIL("trained with fewer drawings than components");
        } catch (const dt::NumericalError& e) {
            QVERIFY2(QString(e.what()).contains("drawn digits"), e.what());
        }
    }
};

DT_TEST_MAIN(TestDigitTrainer, QCoreApplication)
#include "test_digit_trainer.moc"
