#pragma once
// The one place the UI calls core: it takes drawings, runs dt::recogniseDrawing and hands
// out verdicts. Recognition takes well under a millisecond, so it runs on the UI thread, but
// requests are throttled: a change is recognised at the next turn of the event loop when
// the last recognition is kIntervalMs old, else as soon as it is. A flood of pen moves
// thus gives at most one recognition per 10 ms (more often than a 60 Hz display shows),
// always of the latest drawing, and the meter follows the last move within 10 ms plus the
// recognition itself: inside one frame (bench/ui_latency).

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/ink_difference.hpp>
#include <digit_tutor/engine/normalisation.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

Q_DECLARE_METATYPE(dt::Verdict)

class RecognitionController : public QObject {
    Q_OBJECT
public:
    explicit RecognitionController(std::shared_ptr<const dt::DigitModel> model, QObject* parent = nullptr);

    const std::shared_ptr<const dt::DigitModel>& model() const { return m_model; }
    /// Replaces the model and recognises the current drawing again. A null model is ignored.
    void setModel(std::shared_ptr<const dt::DigitModel> model);

    /// The digit the child was asked for, 0-9, or -1 in free drawing (anything else counts
    /// as -1): judgeNow then looks for that digit written facing the other way only
    /// (Verdict::reversedDigit, mirror_writing.hpp), any digit's reversal in free drawing.
    /// Applies from the next recognition.
    void setAskedDigit(int digit);
    int askedDigit() const { return m_asked; }

    /// The verdict for the last recognised drawing (empty before any).
    const dt::Verdict& lastVerdict() const { return m_verdict; }
    bool isPending() const { return m_timer.isActive(); }

    /// The guide image of a digit's component, 784 values 0..255; component < 0 (or out
    /// of range) gives the most common component. Empty for a digit outside 0..9.
    std::vector<float> guideFor(int digit, int component = -1) const;
    /// The component of a digit's mixture closest to the last recognised drawing, whatever
    /// digit the drawing was read as: with guideFor(), the asked digit's guide nearest to what
    /// the child drew. -1 (the most common way, for guideFor) without a model, a drawing or
    /// ink, or for a digit outside 0..9.
    int closestComponent(int digit) const;
    /// The last recognised drawing as recognition saw it: 28x28, normalised with the model's
    /// settings; empty before any drawing or for an empty one. Kept from the recognition
    /// (after a model change, computed again when first asked).
    const dt::NormalisedDigit& lastNormalised() const;
    /// Where the last recognised drawing and a guide (784 values 0..255, as guideFor gives)
    /// differ; nothing for an empty drawing or a guide of another size.
    std::optional<dt::InkDifference> differenceFrom(const std::vector<float>& guide) const;

    /// Where drawingChanged() takes the drawing from when the timer fires, so that a
    /// canvas with thousands of points is copied once per frame, not once per move.
    void setDrawingSource(std::function<dt::Drawing()> source);

    /// The shortest time between two recognitions, in ms.
    static constexpr int kIntervalMs = 10;

public slots:
    /// Schedules a recognition of this drawing (replacing any pending one).
    void setDrawing(const dt::Drawing& drawing);
    /// Schedules a recognition of the drawing source's drawing at the next tick.
    void drawingChanged();
    /// Recognises the pending drawing now, if any, as the live meter reads it: without
    /// looking for a reversal (dt::recogniseAsWritten).
    void recogniseNow();
    /// Recognises the drawing as the child hands it in (Done): as recogniseNow, and looking
    /// for the asked digit written facing the other way (dt::recogniseNormalised).
    void judgeNow();

signals:
    void verdictReady(const dt::Verdict& verdict);

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    dt::Drawing m_drawing;
    dt::Verdict m_verdict;
    mutable std::optional<dt::NormalisedDigit> m_normalised; ///< of m_drawing with m_model
    std::function<dt::Drawing()> m_source;
    int m_asked = -1;
    void schedule();
    void recognise(bool handedIn);

    QTimer m_timer;
    QElapsedTimer m_sinceLast; ///< since the last recognition started; invalid before one
    bool m_hasDrawing = false;
    bool m_fromSource = false;
};
