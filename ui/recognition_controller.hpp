#pragma once
// The one place the UI calls core: it takes drawings, runs dt::recogniseDrawing and hands
// out verdicts. Recognition takes under a millisecond, so it runs on the UI thread, but
// requests are coalesced by a 16 ms single-shot timer: a flood of pen moves gives at most
// one recognition per frame, always of the latest drawing.

#include <digit_tutor/digit_model.hpp>
#include <digit_tutor/strokes.hpp>

#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

Q_DECLARE_METATYPE(dt::Verdict)

class RecognitionController : public QObject {
    Q_OBJECT
public:
    explicit RecognitionController(std::shared_ptr<const dt::DigitModel> model, QObject* parent = nullptr);

    const std::shared_ptr<const dt::DigitModel>& model() const { return m_model; }
    /// Replaces the model and recognises the current drawing again. A null model is ignored.
    void setModel(std::shared_ptr<const dt::DigitModel> model);

    /// The verdict for the last recognised drawing (empty before any).
    const dt::Verdict& lastVerdict() const { return m_verdict; }
    bool isPending() const { return m_timer.isActive(); }

    /// The guide image of a digit's component, 784 values 0..255; component < 0 (or out
    /// of range) gives the most common component. Empty for a digit outside 0..9.
    std::vector<float> guideFor(int digit, int component = -1) const;

    /// Where drawingChanged() takes the drawing from when the timer fires, so that a
    /// canvas with thousands of points is copied once per frame, not once per move.
    void setDrawingSource(std::function<dt::Drawing()> source);

    /// The coalescing delay in ms.
    static constexpr int kDelayMs = 16;

public slots:
    /// Schedules a recognition of this drawing (replacing any pending one).
    void setDrawing(const dt::Drawing& drawing);
    /// Schedules a recognition of the drawing source's drawing at the next tick.
    void drawingChanged();
    /// Recognises the pending drawing now, if any.
    void recogniseNow();

signals:
    void verdictReady(const dt::Verdict& verdict);

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    dt::Drawing m_drawing;
    dt::Verdict m_verdict;
    std::function<dt::Drawing()> m_source;
    QTimer m_timer;
    bool m_hasDrawing = false;
    bool m_fromSource = false;
};
