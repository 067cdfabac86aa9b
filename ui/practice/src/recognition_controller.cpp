#include <digit_tutor/practice/recognition_controller.hpp>

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>

#include <algorithm>
#include <utility>

RecognitionController::RecognitionController(std::shared_ptr<const dt::DigitModel> model, QObject* parent)
    : QObject(parent)
    , m_model(std::move(model))
{
    qRegisterMetaType<dt::Verdict>("dt::Verdict");
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RecognitionController::recogniseNow);
}

void RecognitionController::setModel(std::shared_ptr<const dt::DigitModel> model)
{
    if (!model)
        return;
    m_model = std::move(model);
    m_normalised.reset(); // the new model may normalise differently
    if (m_hasDrawing)
        schedule();
}

void RecognitionController::setAskedDigit(int digit)
{
    m_asked = digit >= 0 && digit < dt::kDigitClasses ? digit : -1;
}

void RecognitionController::setDrawingSource(std::function<dt::Drawing()> source)
{
    m_source = std::move(source);
}

void RecognitionController::drawingChanged()
{
    if (!m_source)
        return;
    m_fromSource = true;
    m_hasDrawing = true;
    schedule();
}

void RecognitionController::setDrawing(const dt::Drawing& drawing)
{
    m_drawing = drawing;
    m_fromSource = false;
    m_hasDrawing = true;
    schedule();
}

void RecognitionController::schedule()
{
    if (m_timer.isActive())
        return; // the pending recognition will read the latest drawing
    // A zero delay still waits for the next turn of the event loop, so moves already
    // queued are taken together.
    const qint64 since = m_sinceLast.isValid() ? m_sinceLast.elapsed() : kIntervalMs;
    m_timer.start(int(std::max<qint64>(0, kIntervalMs - since)));
}

void RecognitionController::recogniseNow() { recognise(false); }

void RecognitionController::judgeNow() { recognise(true); }

void RecognitionController::recognise(bool handedIn)
{
    m_timer.stop();
    if (!m_hasDrawing)
        return;
    m_sinceLast.start();
    if (m_fromSource && m_source)
        m_drawing = m_source();
    // The normalised image is kept: the guide and the comparison need it too.
    m_normalised.reset();
    if (!m_model)
        m_verdict = dt::Verdict{};
    else if (handedIn)
        m_verdict = dt::recogniseNormalised(*m_model, m_drawing, lastNormalised(), m_asked);
    else
        m_verdict = dt::recogniseAsWritten(*m_model, m_drawing, lastNormalised());
    emit verdictReady(m_verdict);
}

std::vector<float> RecognitionController::guideFor(int digit, int component) const
{
    if (!m_model || digit < 0 || digit >= dt::kDigitClasses)
        return {};
    const auto& images = m_model->classes[std::size_t(digit)].meanImages;
    if (component < 0 || component >= int(images.size()))
        component = m_model->mostCommonComponent(digit);
    if (component < 0 || component >= int(images.size()))
        return {};
    return images[std::size_t(component)];
}

const dt::NormalisedDigit& RecognitionController::lastNormalised() const
{
    if (!m_normalised)
        m_normalised = m_model && m_hasDrawing ? dt::normaliseDrawing(*m_model, m_drawing) : dt::NormalisedDigit{};
    return *m_normalised;
}

int RecognitionController::closestComponent(int digit) const
{
    if (!m_model || digit < 0 || digit >= dt::kDigitClasses)
        return -1;
    const dt::NormalisedDigit& image = lastNormalised();
    return image.empty ? -1 : dt::closestComponent(*m_model, digit, image);
}

std::optional<dt::InkDifference> RecognitionController::differenceFrom(const std::vector<float>& guide) const
{
    const dt::NormalisedDigit& image = lastNormalised();
    if (image.empty || guide.size() != std::size_t(dt::kDigitPixels))
        return std::nullopt;
    return dt::inkDifference(image.image, guide);
}
