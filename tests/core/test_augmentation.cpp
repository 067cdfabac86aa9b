// Distorting digit images for training (training/augmentation.hpp): the same size out, the
// same result for the same seed, a centred digit unchanged when every distortion is off,
// and distortImages' order: every copy of image 0, then every copy of image 1.

#include "ink_box.hpp"
#include "test_main.hpp"

#include <digit_tutor/training/augmentation.hpp>

#include <QTest>

#include <cstdint>
#include <numeric>
#include <vector>

namespace {

// A 28x28 digit-like image: a filled 8x12 block centred in the frame, full ink.
dt::GreyImage centredBlock()
{
    dt::GreyImage image(dt::kDigitSide, dt::kDigitSide);
    for (int y = 8; y < 20; ++y)
        for (int x = 10; x < 18; ++x)
            image.at(x, y) = 255;
    return image;
}

long inkOf(const dt::GreyImage& image) { return std::accumulate(image.pixels.begin(), image.pixels.end(), 0L); }

} // namespace

class TestAugmentation : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameDistortion()
    {
        const dt::GreyImage digit = centredBlock();
        dt::Random a(7), b(7), c(8);
        const dt::GreyImage first = dt::distortDigit(digit, a);
        QCOMPARE(first.width, digit.width);
        QCOMPARE(first.height, digit.height);
        QVERIFY(first.pixels == dt::distortDigit(digit, b).pixels);
        QVERIFY(first.pixels != dt::distortDigit(digit, c).pixels);
    }

    void everyDistortionOffLeavesACentredDigitAlone()
    {
        dt::DistortionOptions none;
        none.maxRotationDegrees = 0;
        none.maxScale = 0;
        none.maxShear = 0;
        none.thicknessChange = 0;
        dt::Random rng(1);
        const dt::GreyImage digit = centredBlock();
        QVERIFY(dt::distortDigit(digit, rng, none).pixels == digit.pixels);
    }

    void distortedDigitsStayInTheFrameWithTheirInk()
    {
        // The default distortions: rotation, scale and shear move the ink about, but the
        // digit stays whole, centred, and about as heavy.
        const dt::GreyImage digit = centredBlock();
        dt::Random rng(2024);
        int changed = 0;
        for (int i = 0; i < 50; ++i) {
            const dt::GreyImage d = dt::distortDigit(digit, rng);
            QVERIFY(!d.isBlank());
            const dt::test::InkBox box = dt::test::inkBox(d);
            QVERIFY2(std::abs(2 * box.left + box.width - d.width) <= 1, "not centred across");
            QVERIFY2(std::abs(2 * box.top + box.height - d.height) <= 1, "not centred down");
            QVERIFY2(inkOf(d) > inkOf(digit) / 2 && inkOf(d) < inkOf(digit) * 2, qPrintable(QString::number(inkOf(d))));
            changed += d.pixels != digit.pixels;
        }
        QVERIFY(changed >= 45);
    }

    void aBlankImageStaysBlank()
    {
        dt::Random rng(3);
        QVERIFY(dt::distortDigit(dt::GreyImage(28, 28), rng).isBlank());
    }

    void distortImagesGivesEveryCopyOfEachImageInTurn()
    {
        // Two images: a blank one, then the block. Three copies of each.
        const dt::GreyImage block = centredBlock();
        std::vector<std::uint8_t> images(2 * block.pixels.size(), 0);
        std::copy(block.pixels.begin(), block.pixels.end(), images.begin() + std::ptrdiff_t(block.pixels.size()));
        const std::vector<std::uint8_t> out = dt::distortImages(images.data(), 2, 28, 28, 3, 99, {}, 1);
        QCOMPARE(out.size(), std::size_t(6 * dt::kDigitPixels));
        for (int copy = 0; copy < 6; ++copy) {
            const auto begin = out.begin() + std::ptrdiff_t(copy * dt::kDigitPixels);
            const bool blank = std::all_of(begin, begin + dt::kDigitPixels, [](std::uint8_t v) { return v == 0; });
            QCOMPARE(blank, copy < 3); // copies 0-2 of the blank image, then 3-5 of the block
        }
        // The same on any number of threads.
        QVERIFY(dt::distortImages(images.data(), 2, 28, 28, 3, 99, {}, 2) == out);
        QVERIFY(dt::distortImages(images.data(), 2, 28, 28, 3, 100, {}, 1) != out);
    }
};

DT_TEST_MAIN(TestAugmentation, QCoreApplication)
#include "test_augmentation.moc"
