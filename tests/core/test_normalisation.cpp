// Normalisation to MNIST's geometry: a 20-pixel box, centre of mass at (14, 14), and a
// deskew that makes a slanted stroke upright.

#include "ink_box.hpp"

#include <digit_tutor/error.hpp>
#include <digit_tutor/normalisation.hpp>

#include <QTest>

#include <cmath>

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

    void rejectsABufferOfTheWrongSize()
    {
        dt::GreyImage img(10, 10);
        img.pixels.resize(50);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::normaliseDigit(img));
    }
};

QTEST_GUILESS_MAIN(TestNormalisation)
#include "test_normalisation.moc"
