// The guide that suits a drawing: the normalised image is the one recognition judged, the
// closest component of the recognised digit is the verdict's own, an asked digit gets one
// of its own components whatever was drawn, and an empty drawing gets the most common way.

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/model_file.hpp>

#include <QTest>

#include <stdexcept>

namespace {

// A "7": a bar and a long diagonal down to the left, in canvas pixels.
dt::Drawing seven()
{
    dt::Drawing d;
    d.canvasWidth = d.canvasHeight = 400.0;
    dt::Stroke s;
    for (int i = 0; i <= 10; ++i)
        s.push_back({100.0 + 20.0 * i, 80.0});
    for (int i = 1; i <= 20; ++i)
        s.push_back({300.0 - 7.0 * i, 80.0 + 14.0 * i});
    d.strokes.push_back(s);
    return d;
}

} // namespace

class TestDrawingGuide : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_model = dt::loadModel(dt::test::defaultModelPath().toStdString()); }

    void normalisedImageIsWhatRecognitionJudged()
    {
        const dt::Drawing drawing = seven();
        const dt::NormalisedDigit image = dt::normaliseDrawing(m_model, drawing);
        QVERIFY(!image.empty);
        QCOMPARE(image.image.width, dt::kDigitSide);
        QCOMPARE(image.image.height, dt::kDigitSide);
        const dt::Verdict fromImage = m_model.classifyNormalised(image, dt::InputKind::Drawing);
        const dt::Verdict fromDrawing = dt::recogniseDrawing(m_model, drawing);
        QCOMPARE(fromImage.digit, fromDrawing.digit);
        QCOMPARE(fromImage.logLikelihood, fromDrawing.logLikelihood);
    }

    void recognisedDigitsClosestIsTheVerdictsComponent()
    {
        const dt::Drawing drawing = seven();
        const dt::Verdict verdict = dt::recogniseDrawing(m_model, drawing);
        QVERIFY(!verdict.empty);
        QCOMPARE(dt::closestComponent(m_model, verdict.digit, dt::normaliseDrawing(m_model, drawing)), verdict.component);
    }

    void everyAskedDigitGetsOneOfItsOwnComponents()
    {
        const dt::NormalisedDigit image = dt::normaliseDrawing(m_model, seven());
        for (int digit = 0; digit < dt::kDigitClasses; ++digit) {
            const int component = dt::closestComponent(m_model, digit, image);
            QVERIFY(component >= 0);
            QVERIFY(component < int(m_model.classes[std::size_t(digit)].meanImages.size()));
        }
    }

    void emptyDrawingGetsTheMostCommonWay()
    {
        const dt::NormalisedDigit image = dt::normaliseDrawing(m_model, dt::Drawing{});
        QVERIFY(image.empty);
        QCOMPARE(dt::closestComponent(m_model, 3, image), m_model.mostCommonComponent(3));
    }

    void refusesADigitOutsideZeroToNine()
    {
        const dt::NormalisedDigit image = dt::normaliseDrawing(m_model, seven());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, dt::closestComponent(m_model, 10, image));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, dt::closestComponent(m_model, -1, image));
    }

private:
    dt::DigitModel m_model;
};

DT_TEST_MAIN(TestDrawingGuide, QCoreApplication)
#include "test_drawing_guide.moc"
