// HOG parity with scikit-image 0.19.3 on the shared fixtures (194 MNIST digits and six edge
// cases), and the behaviour of other parameter settings.

#include "fixture_reader.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/hog.hpp>
#include <digit_tutor/training/idx_reader.hpp>

#include <QFileInfo>
#include <QTest>

#include <cmath>

class TestHog : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitImageOnEveryFixture()
    {
        const QString dir = dt::test::sharedDir() + "/fixtures/hog";
        if (!QFileInfo::exists(dir + "/hog.csv"))
            DT_SKIP_MISSING("../shared/fixtures/hog is not present beside the clone");
        const dt::IdxImages images = dt::readIdxImages((dir + "/images.idx").toStdString());
        const Eigen::MatrixXd expected = dt::test::readCsvMatrix(dir + "/hog.csv");
        QCOMPARE(images.count, 200);
        QCOMPARE(expected.rows(), 200);
        QCOMPARE(expected.cols(), dt::kHogFeatures);

        const dt::HogExtractor hog;
        QCOMPARE(hog.featureCount(), dt::kHogFeatures);
        double worst = 0.0;
        std::vector<double> bytes(dt::kHogFeatures), reals(dt::kHogFeatures);
        for (int i = 0; i < images.count; ++i) {
            hog.compute(images.data(i), bytes.data());
            // The generic real-valued path must agree with the byte fast path.
            std::vector<double> asReal(images.data(i), images.data(i) + dt::kDigitPixels);
            hog.compute(asReal.data(), reals.data());
            for (int j = 0; j < dt::kHogFeatures; ++j) {
                worst = std::max(worst, std::abs(bytes[j] - expected(i, j)));
                worst = std::max(worst, std::abs(reals[j] - expected(i, j)));
            }
        }
        // 1e-9 absolute on values in [0, 1]: the bound; only summation order differs.
        QVERIFY2(worst <= 1e-9, qPrintable(QString("largest difference %1").arg(worst)));
    }

    void otherSettingsChangeTheFeatureCount_data()
    {
        QTest::addColumn<int>("orientations");
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("expected");
        QTest::newRow("default 9x7x2") << 9 << 7 << 2 << 324;
        QTest::newRow("12 bins") << 12 << 7 << 2 << 432;
        QTest::newRow("4px cells 2x2 blocks") << 9 << 4 << 2 << 36 * 4 * 9;
        QTest::newRow("one block of all cells") << 9 << 7 << 4 << 16 * 9;
        QTest::newRow("1x1 blocks") << 9 << 7 << 1 << 16 * 9;
    }
    void otherSettingsChangeTheFeatureCount()
    {
        QFETCH(int, orientations);
        QFETCH(int, cell);
        QFETCH(int, block);
        QFETCH(int, expected);
        const dt::HogExtractor hog({orientations, cell, block});
        QCOMPARE(hog.featureCount(), expected);
        dt::GreyImage image(28, 28);
        for (int y = 5; y < 23; ++y)
            image.at(14, y) = 255;
        const std::vector<double> f = hog.compute(image);
        for (double v : f)
            QVERIFY(std::isfinite(v) && v >= 0.0 && v <= 1.0);
    }

    void rejectsImpossibleSettings_data()
    {
        QTest::addColumn<int>("orientations");
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("block");
        QTest::newRow("no bins") << 0 << 7 << 2;
        QTest::newRow("cell larger than image") << 9 << 29 << 1;
        QTest::newRow("block larger than grid") << 9 << 7 << 5;
        QTest::newRow("zero block") << 9 << 7 << 0;
    }
    void rejectsImpossibleSettings()
    {
        QFETCH(int, orientations);
        QFETCH(int, cell);
        QFETCH(int, block);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::HogExtractor({orientations, cell, block}));
    }

    void refusesSettingsThatGiveMoreValuesThanItCanHold()
    {
        // 384x384 pixels, 1-pixel cells, 114-cell blocks: 271^2 blocks of 114^2 cells of 9
        // bins, 8.6 billion values, which once overflowed the count and the heap.
        try {
            dt::HogExtractor({9, 1, 114}, 384, 384);
            QFAIL("8.6 billion values per image were accepted");
        } catch (const dt::FormatError& e) {
            QVERIFY2(QString(e.what()).contains("8589953124") && QString(e.what()).contains("larger cells"), e.what());
        }
        // The most that 28x28 digits give with 9 bins is still taken.
        QCOMPARE(dt::HogExtractor({9, 1, 14}).featureCount(), 15 * 15 * 14 * 14 * 9);
    }

    void rejectsAnImageOfTheWrongSize()
    {
        const dt::HogExtractor hog;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, hog.compute(dt::GreyImage(20, 28)));
    }
};

DT_TEST_MAIN(TestHog, QCoreApplication)
#include "test_hog.moc"
