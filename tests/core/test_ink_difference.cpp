// Where a drawing and a guide differ: nothing for the same picture or one a pixel off,
// everything missing for a blank drawing, a stroke the guide lacks shown as extra where it
// is, a faint guide halo taken as paper, a faint stroke end as room to draw on, and images
// of the wrong size refused.

#include "test_main.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/ink_difference.hpp>

#include <QTest>

#include <numeric>

namespace {

using dt::kDigitSide;

// A vertical bar two pixels wide, rows 4..23, at column x: a "1".
dt::GreyImage bar(int x, std::uint8_t ink = 255)
{
    dt::GreyImage image(kDigitSide, kDigitSide);
    for (int y = 4; y < 24; ++y) {
        image.at(x, y) = ink;
        image.at(x + 1, y) = ink;
    }
    return image;
}

int sum(const dt::GreyImage& image, int x0 = 0, int x1 = kDigitSide)
{
    int total = 0;
    for (int y = 0; y < kDigitSide; ++y)
        for (int x = x0; x < x1; ++x)
            total += image.at(x, y);
    return total;
}

} // namespace

class TestInkDifference : public QObject {
    Q_OBJECT

private slots:
    void samePictureDiffersNowhere_data()
    {
        QTest::addColumn<int>("shift");
        QTest::newRow("the very same") << 0;
        QTest::newRow("one pixel off") << 1;
    }
    void samePictureDiffersNowhere()
    {
        QFETCH(int, shift);
        const dt::InkDifference diff = dt::inkDifference(bar(13 + shift), bar(13));
        QCOMPARE(diff.missingShare, 0.0);
        QCOMPARE(diff.extraShare, 0.0);
        QCOMPARE(sum(diff.missing), 0);
        QCOMPARE(sum(diff.extra), 0);
        QCOMPARE(diff.drawingInk.at(13 + shift, 10), std::uint8_t(255));
        QCOMPARE(diff.guideInk.at(13, 10), std::uint8_t(255));
    }

    void blankDrawingMissesTheWholeGuide()
    {
        const dt::InkDifference diff = dt::inkDifference(dt::GreyImage(kDigitSide, kDigitSide), bar(13));
        QCOMPARE(diff.missingShare, 1.0);
        QCOMPARE(diff.extraShare, 0.0); // no ink drawn, so none of it is extra
        QVERIFY(diff.missing.at(13, 12) > 150); // softened at the edges by the blur
        QCOMPARE(sum(diff.extra), 0);
    }

    void strokeTheGuideLacksIsExtraWhereItIs()
    {
        // The guide is a bar at 6; the child drew it there and another at 20.
        dt::GreyImage drawing = bar(6);
        const dt::GreyImage second = bar(20);
        for (std::size_t i = 0; i < drawing.pixels.size(); ++i)
            drawing.pixels[i] = std::max(drawing.pixels[i], second.pixels[i]);
        const dt::InkDifference diff = dt::inkDifference(drawing, bar(6));
        QCOMPARE(diff.missingShare, 0.0);
        QCOMPARE(diff.extraShare, 0.5); // half of the drawn ink is not on the guide
        QVERIFY(diff.extra.at(20, 12) > 100);
        QCOMPARE(sum(diff.extra, 0, 14), 0); // nothing extra on the left, where the guide is
    }

    void strokeFarFromTheGuideIsBothMissingAndExtra()
    {
        const dt::InkDifference diff = dt::inkDifference(bar(20), bar(6));
        QCOMPARE(diff.missingShare, 1.0);
        QCOMPARE(diff.extraShare, 1.0);
        QVERIFY(sum(diff.missing, 0, 14) > 0);
        QCOMPARE(sum(diff.missing, 14, kDigitSide), 0);
        QVERIFY(sum(diff.extra, 14, kDigitSide) > 0);
        QCOMPARE(sum(diff.extra, 0, 14), 0);
    }

    void faintGuideHaloIsPaper()
    {
        // A mean image has a faint halo around its ink: not something the child must draw.
        dt::GreyImage guide = bar(13, 200);
        for (int y = 2; y < 26; ++y)
            for (int x = 4; x < 24; ++x)
                if (guide.at(x, y) == 0)
                    guide.at(x, y) = 30; // 15% of the darkest ink
        const dt::InkDifference diff = dt::inkDifference(bar(13), guide);
        QCOMPARE(diff.missingShare, 0.0);
        QCOMPARE(sum(diff.missing), 0);
        QCOMPARE(diff.guideInk.at(5, 5), std::uint8_t(0));
        QCOMPARE(diff.guideInk.at(13, 10), std::uint8_t(255)); // its darkest ink counts as full
    }

    void strokeGoingOnAlongAFaintGuideEndIsNotExtra_data()
    {
        QTest::addColumn<int>("faintEnd");
        QTest::addColumn<bool>("extra");
        QTest::newRow("end at 35% of the darkest ink") << 70 << false;
        QTest::newRow("end at 10% of the darkest ink") << 20 << true;
    }
    void strokeGoingOnAlongAFaintGuideEndIsNotExtra()
    {
        // Children end a stroke in different places, so a guide's stroke ends are faint; the
        // child who draws on there has drawn nothing wrong, but beyond a mere trace it is extra.
        QFETCH(int, faintEnd);
        QFETCH(bool, extra);
        dt::GreyImage guide = bar(13, 200);
        dt::GreyImage drawing = bar(13);
        for (int y = 24; y < 27; ++y)
            for (int x = 13; x < 15; ++x) {
                guide.at(x, y) = std::uint8_t(faintEnd);
                drawing.at(x, y) = 255;
            }
        const dt::InkDifference diff = dt::inkDifference(drawing, guide);
        QCOMPARE(diff.missingShare, 0.0);
        QCOMPARE(diff.extraShare > 0.0, extra);
    }

    void guideAsTheModelKeepsIt()
    {
        const dt::GreyImage image = bar(13);
        std::vector<float> guide(image.pixels.begin(), image.pixels.end());
        guide[0] = std::numeric_limits<float>::quiet_NaN(); // taken as paper
        guide[1] = 400.0f;                                  // clamped to full ink
        const dt::InkDifference diff = dt::inkDifference(bar(13), guide);
        QCOMPARE(diff.guideInk.at(0, 0), std::uint8_t(0));
        QCOMPARE(diff.guideInk.at(1, 0), std::uint8_t(255));
        QVERIFY(diff.missingShare > 0.0 && diff.missingShare < 0.05);
    }

    void refusesWrongSizes()
    {
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inkDifference(dt::GreyImage(20, 20), bar(13)));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inkDifference(bar(13), dt::GreyImage(28, 27)));
        dt::GreyImage broken = bar(13);
        broken.pixels.pop_back();
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inkDifference(broken, bar(13)));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inkDifference(bar(13), std::vector<float>(100, 0.0f)));
        dt::InkDifferenceOptions options;
        options.tolerance = 9;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inkDifference(bar(13), bar(13), options));
        dt::InkDifferenceOptions noneAllowed;
        noneAllowed.allowedInk = 0.0;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::inkDifference(bar(13), bar(13), noneAllowed));
    }
};

DT_TEST_MAIN(TestInkDifference, QCoreApplication)
#include "test_ink_difference.moc"
