#pragma once
// What "Show me" draws over the practice canvas: a pen writing a digit stroke by stroke,
// with a green dot where the stroke starts and an arrow head on the moving pen; and, after
// a digit written an unusual way, a still hint: the green dot where to start and an arrow
// the way to go.
//
// It lies over the canvas (a child widget that follows its size), transparent where it
// has no ink and to every mouse, pen and touch event, so that it never blocks drawing: a
// child can write along with the pen. The animation is a StrokePlayer (the replay of
// saved attempts) playing onto a read-only DrawingCanvas with transparent paper. When the
// animation ends, the written digit stays kLingerMs, then the overlay hides.
//
// Example use:
//     auto* overlay = new ShowMeOverlay(canvas);
//     overlay->play(timedPathInCanvasPixels);
//     overlay->showHint(QPointF(120, 80), QPointF(150, 90));   // "Try starting here"

#include <digit_tutor/engine/strokes.hpp>

#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <optional>

class DrawingCanvas;
class StrokePlayer;

class ShowMeOverlay : public QWidget {
    Q_OBJECT
public:
    /// Covers `canvas` (which becomes its parent) and follows its size.
    explicit ShowMeOverlay(DrawingCanvas* canvas);

    /// Plays `path` (in the canvas's logical pixels, timed) from the start, replacing a
    /// hint or an animation in progress.
    void play(const dt::Drawing& path);
    /// Stops and hides the animation (not a hint). Does nothing when not playing.
    void stop();
    bool isPlaying() const;

    /// A still hint in the canvas's logical pixels: a dot at `start`, an arrow towards
    /// `towards`. Stops an animation.
    void showHint(QPointF start, QPointF towards);
    void clearHint();
    bool isShowingHint() const { return m_hint.has_value(); }

    /// Where the green dot is (the start of the stroke being written, or the hint's), if shown.
    std::optional<QPointF> startMarker() const;
    /// The pen's point and the direction it is heading (a unit vector), while animating.
    std::optional<std::pair<QPointF, QPointF>> penMarker() const;

    DrawingCanvas* pen() const { return m_pen; }
    StrokePlayer* player() const { return m_player; }

    static constexpr int kLingerMs = 2500;

signals:
    /// The animation wrote its last point.
    void finished();
    /// The animation started or stopped (after lingering, or by stop()).
    void playingChanged(bool playing);

protected:
    /// A change of language (AppLanguage) gives its words again.
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class Marks;
    struct Hint {
        QPointF start;
        QPointF towards;
    };

    void hideAnimation();
    /// The pen's name for screen readers, in the app's language.
    void describe();

    DrawingCanvas* m_pen;
    Marks* m_marks;
    StrokePlayer* m_player;
    QTimer m_linger;
    std::optional<Hint> m_hint;
    bool m_animating = false; ///< playing or lingering
};
