// Normalisation to MNIST's geometry: a 20-pixel box, centre of mass at (14, 14), and a
// deskew that makes a slanted stroke upright.

#include "ink_box.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/engine/normalisation.hpp>

#include <opencv2/imgproc.hpp>

#include <QFileInfo>
#include <QTest>

#include <cmath>
#include <cstdint>
#include <random>

namespace {

using dt::test::inkBox;

dt::GreyImage slantedBar(int width, int height, double slant)
{
    dt::GreyImage img(width, height);
    for (int y = height / 5; y < height * 4 / 5; ++y)
        for (int dx = -2; dx <= 2; ++dx) {
            const int x = int(width / 2 + slant * (height / 2 - y)) + dx;
            if (x >= 0 && x < width)
                img.at(x, y) = 255;
        }
    return img;
}

// The shear as models up to 2026-11 were trained with it: OpenCV's warpAffine.
dt::GreyImage warpAffineShear(const dt::GreyImage& image, double b, double c)
{
    dt::GreyImage out(image.width, image.height);
    const cv::Mat src(image.height, image.width, CV_8UC1, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat dst(out.height, out.width, CV_8UC1, out.pixels.data());
    const cv::Matx23d inverse(1.0, -b, -c, 0.0, 1.0, 0.0);
    cv::warpAffine(src, dst, inverse, dst.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, 0);
    return out;
}

dt::Affine2 horizontalShear(double b, double c)
{
    return {1.0, b, c, 0.0, 1.0, 0.0};
}

} // namespace

class TestNormalisation : public QObject {
    Q_OBJECT

private slots:
    void bringsAnyDrawingToMnistGeometry_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("large square canvas") << 400 << 400;
        QTest::newRow("wide canvas") << 640 << 200;
        QTest::newRow("tiny image") << 12 << 9;
    }
    void bringsAnyDrawingToMnistGeometry()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        dt::GreyImage img(width, height);
        // An off-centre "7": a bar and a diagonal.
        for (int x = width / 10; x < width / 2; ++x)
            img.at(x, height / 8) = 255;
        for (int t = 0; t < height * 3 / 4; ++t)
            img.at(std::max(0, width / 2 - t * width / (4 * height)), height / 8 + t) = 200;
        const dt::NormalisedDigit d = dt::normaliseDigit(img, {false});
        QVERIFY(!d.empty);
        QCOMPARE(d.image.width, 28);
        const dt::test::InkBox b = inkBox(d.image);
        QCOMPARE(std::max(b.width, b.height), 20);
        const dt::Point2 c = dt::centreOfMass(d.image);
        QVERIFY2(std::abs(c.x - 14.0) <= 0.5 && std::abs(c.y - 14.0) <= 0.5,
                 qPrintable(QString("centre of mass at %1, %2").arg(c.x).arg(c.y)));
    }

    void normalisingTwiceChangesNothing()
    {
        dt::GreyImage img(300, 200);
        for (int t = 0; t < 150; ++t)
            img.at(100 + t / 3, 20 + t) = 255;
        const dt::NormalisedDigit once = dt::normaliseDigit(img, {false});
        const dt::NormalisedDigit twice = dt::normaliseDigit(once.image, {false});
        QCOMPARE(twice.image.pixels, once.image.pixels);
    }

    void emptyImageIsReportedEmpty()
    {
        const dt::NormalisedDigit d = dt::normaliseDigit(dt::GreyImage(50, 50));
        QVERIFY(d.empty);
        QVERIFY(d.image.isBlank());
        QCOMPARE(d.image.width, 28);
    }

    void singlePixelBecomesADot()
    {
        dt::GreyImage img(28, 28);
        img.at(3, 25) = 255;
        const dt::NormalisedDigit d = dt::normaliseDigit(img);
        QVERIFY(!d.empty);
        const dt::Point2 c = dt::centreOfMass(d.image);
        QVERIFY(std::abs(c.x - 14.0) <= 0.5 && std::abs(c.y - 14.0) <= 0.5);
    }

    void deskewMakesASlantedStrokeUpright()
    {
        const dt::NormalisedDigit slanted = dt::normaliseDigit(slantedBar(100, 100, 0.5), {false});
        const dt::NormalisedDigit upright = dt::normaliseDigit(slantedBar(100, 100, 0.5), {true});
        const dt::test::InkBox before = inkBox(slanted.image);
        const dt::test::InkBox after = inkBox(upright.image);
        QVERIFY2(after.width < before.width / 2,
                 qPrintable(QString("width %1 -> %2").arg(before.width).arg(after.width)));
        const dt::Point2 c = dt::centreOfMass(upright.image);
        QVERIFY(std::abs(c.x - 14.0) <= 1.0 && std::abs(c.y - 14.0) <= 1.0);
    }

    void shearIsOpenCVsWarpAffineToTheBit()
    {
        // Deskewing must give the pictures (and so the features) that the bundled model was
        // trained on with cv::warpAffine: random pictures of several sizes, random shears,
        // and shears on exact multiples of the fixed point's steps, where rounding ties.
        std::mt19937 rng(11);
        std::uniform_int_distribution<int> ink(0, 255);
        std::uniform_real_distribution<double> slope(-1.5, 1.5), offset(-40.0, 40.0);
        const int sizes[][2] = {{28, 28}, {31, 17}, {5, 40}, {1, 1}};
        for (int trial = 0; trial < 4000; ++trial) {
            dt::GreyImage image(sizes[trial % 4][0], sizes[trial % 4][1]);
            for (auto& p : image.pixels)
                p = std::uint8_t(ink(rng) > 128 ? ink(rng) : 0);
            double b = slope(rng), c = offset(rng);
            if (trial % 3 == 0) {
                b = std::round(b * 64.0) / 64.0;
                c = std::round(c * 2048.0) / 2048.0;
            }
            const dt::GreyImage ours = dt::shearImage(image, horizontalShear(b, c));
            QVERIFY2(ours.pixels == warpAffineShear(image, b, c).pixels,
                     qPrintable(QString("%1x%2, b = %3, c = %4").arg(image.width).arg(image.height).arg(b, 0, 'g', 17).arg(c, 0, 'g', 17)));
        }
    }

    void deskewingMnistIsOpenCVsWarpAffineToTheBit()
    {
        if (!QFileInfo::exists(dt::test::mnistDir() + "/t10k-images-idx3-ubyte"))
            DT_SKIP_MISSING("MNIST is not in data/mnist (run scripts/fetch-mnist.sh)");
        const dt::LabelledImages test = dt::loadMnistSplit(dt::test::mnistDir().toStdString(), dt::MnistSplit::Test);
        for (int i = 0; i < test.images.count; ++i) {
            dt::GreyImage image(28, 28);
            std::copy_n(test.images.pixels.data() + std::size_t(i) * 784, 784, image.pixels.begin());
            const dt::Affine2 shear = dt::deskewShear(image);
            QVERIFY2(dt::deskewDigit(image).pixels == warpAffineShear(image, shear.b, shear.c).pixels,
                     qPrintable(QString("test digit %1").arg(i)));
        }
    }

    void shearRejectsOtherMaps()
    {
        const dt::GreyImage image(28, 28);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::shearImage(image, {2.0, 0.0, 0.0, 0.0, 1.0, 0.0}));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::shearImage(image, {1.0, 0.0, 0.0, 0.5, 1.0, 0.0}));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::shearImage(image, horizontalShear(std::nan(""), 0.0)));
        dt::GreyImage dot(28, 28);
        dot.at(14, 14) = 255;
        QVERIFY(dt::shearImage(dot, horizontalShear(0.0, 1e300)).isBlank());
    }

    void rejectsABufferOfTheWrongSize()
    {
        dt::GreyImage img(10, 10);
        img.pixels.resize(50);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::normaliseDigit(img));
    }
};

DT_TEST_MAIN(TestNormalisation, QCoreApplication)
#include "test_normalisation.moc"
