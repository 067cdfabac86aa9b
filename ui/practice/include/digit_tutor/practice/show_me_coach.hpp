#pragma once
// "Show me how" and the formation hint, for the practice page: it holds the ways of
// writing (dt::WritingWays), asks core which way matches the guide the child sees and how
// a finished digit was written, and shows the answers on a ShowMeOverlay over the canvas.
//
// Without ways of writing (the file is missing or damaged) it is unavailable: showMe()
// and checkAfterDone() do nothing, and the page hides its "Show me" button; practice goes
// on as before.
//
// Example use:
//     coach->setWritingWays(ways);
//     coach->showMe(*controller->model(), 7, guidePixels);         // the pen writes a 7
//     if (const auto check = coach->checkAfterDone(7, drawing); check && !check->usual) ...

#include <digit_tutor/common/formation_marks.hpp>

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/formation_check.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/writing_ways.hpp>

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class DrawingCanvas;
class ShowMeOverlay;

class ShowMeCoach : public QObject {
    Q_OBJECT
public:
    /// Lays its overlay over `canvas`.
    explicit ShowMeCoach(DrawingCanvas* canvas, QObject* parent = nullptr);

    /// The ways to show and check against; null makes the coach unavailable.
    void setWritingWays(std::shared_ptr<const dt::WritingWays> ways);
    bool isAvailable() const { return m_ways != nullptr; }

    /// Hints after Done (on by default; a teacher may switch them off where other
    /// formations are taught). The animation is always available.
    void setHintsEnabled(bool enabled);
    bool hintsEnabled() const { return m_hintsEnabled; }

    /// Writes `digit` over the canvas's guide place: the way whose image is closest to
    /// `guide` (784 values 0..255), at a child's pace. false (nothing shown) when
    /// unavailable, for a digit outside 0..9 or a guide of another size.
    bool showMe(const dt::DigitModel& model, int digit, const std::vector<float>& guide);
    void stop();
    bool isShowing() const;
    /// How the way of writing `digit` closest to `guide` is formed, in the guide's 28x28
    /// frame, for start dots and arrows on the guide and the tracing template (the path
    /// showMe() animates). Empty when unavailable, for a digit outside 0..9 or a guide of
    /// another size.
    dt::ui::FormationStrokes formationFor(const dt::DigitModel& model, int digit, const std::vector<float>& guide) const;

    /// Checks how `drawing` (canvas pixels) was written as `digit`, and when that is
    /// unusual and hints are on, shows where to start. nullopt when unavailable or the
    /// drawing cannot be checked (empty, or more strokes than a trajectory holds).
    std::optional<dt::FormationCheck> checkAfterDone(int digit, const dt::Drawing& drawing);
    void clearHint();
    bool isShowingHint() const;
    /// What to tell the child for a problem ("Try starting at the green dot."); empty for None.
    static QString hintText(dt::FormationProblem problem);

    ShowMeOverlay* overlay() const { return m_overlay; }

    /// The pen's pace: digit heights per second, and the pause between strokes.
    static constexpr double kDigitHeightsPerSecond = 0.8;
    static constexpr double kLiftMs = 700.0;

signals:
    /// The animation started or ended.
    void showingChanged(bool showing);

private:
    /// The path, in the guide's 28x28 frame, of the way of writing `digit` whose image is
    /// closest to `guide`: what showMe() animates and formationFor() marks. nullopt when
    /// unavailable, for a digit outside 0..9 or a guide of another size.
    std::optional<dt::Drawing> closestWayPath(const dt::DigitModel& model, int digit,
                                              const std::vector<float>& guide) const;
    DrawingCanvas* m_canvas;
    ShowMeOverlay* m_overlay;
    std::shared_ptr<const dt::WritingWays> m_ways;
    bool m_hintsEnabled = true;
};
