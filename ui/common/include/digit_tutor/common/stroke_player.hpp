#pragma once
// Replays a drawing onto a DrawingCanvas point by point in the timing it was drawn in, so a
// teacher can watch how a digit was written; the same player animates demonstrations.
// It runs on a QTimer and never blocks the UI thread.
//
// Timing (timeline()): the first point shows at once; each next point follows after the
// gap between the two points' t (ms). Where either point has no t (< 0) the gap is
// kUntimedStepMs within a stroke and kUntimedLiftMs between strokes. No gap lasts more than
// kMaxPauseMs: a child stopping to think, or a pen lifted for long, would only make the
// watcher wait. A gap where t runs backwards counts as 0. The speed factor divides every
// gap (2 = twice as fast).
//
// While playing, the canvas is read-only (user input ignored); afterwards, or on stop(),
// its read-only state is restored. play() clears the canvas, fits the drawing into it
// (DrawingCanvas::fittedDrawing) and adds the points with their own t and pressure, so at
// the end the canvas's drawing() is the fitted drawing exactly. If the canvas is destroyed
// while playing, playback stops without finished().
//
// Example use:
//     StrokePlayer player(canvas);
//     player.setDrawing(*archive.load(path));
//     player.setSpeed(2.0);
//     connect(&player, &StrokePlayer::finished, this, &Viewer::replayDone);
//     player.play();

#include <digit_tutor/engine/strokes.hpp>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

class DrawingCanvas;

class StrokePlayer : public QObject {
    Q_OBJECT
public:
    /// The canvas is not owned; it may be null (set it later with setCanvas()).
    explicit StrokePlayer(DrawingCanvas* canvas = nullptr, QObject* parent = nullptr);

    /// Where play() draws; stops a playback in progress.
    void setCanvas(DrawingCanvas* canvas);
    DrawingCanvas* canvas() const { return m_canvas; }

    /// What play() draws, in its own canvas's coordinates; stops a playback in progress.
    void setDrawing(const dt::Drawing& drawing);
    const dt::Drawing& drawing() const { return m_drawing; }

    /// The speed factor, > 0 and finite (others are ignored); may change while playing.
    void setSpeed(double factor);
    double speed() const { return m_speed; }

    bool isPlaying() const { return m_playing; }
    /// Points drawn so far in the current or last playback, and the drawing's point count.
    int pointsShown() const { return int(m_next); }
    int pointCount() const { return int(m_schedule.size()); }
    /// The whole replay's length at the current speed, in ms.
    double duration() const;

    /// When each point of `drawing` is shown, in ms from the start at speed 1: one vector
    /// per stroke, one value per point, rising.
    static std::vector<std::vector<double>> timeline(const dt::Drawing& drawing);

    static constexpr double kUntimedStepMs = 10.0;
    static constexpr double kUntimedLiftMs = 100.0;
    static constexpr double kMaxPauseMs = 1000.0;

public slots:
    /// Plays from the beginning (restarting a playback in progress). Without a canvas it
    /// does nothing; an empty drawing clears the canvas and finishes at the next tick.
    void play();
    /// Stops where it is: the points drawn stay, a stroke in progress is finished, and
    /// finished() is not emitted. Does nothing when not playing.
    void stop();

signals:
    /// After each timer tick that drew points: how many are drawn, of how many.
    void progressed(int pointsShown, int pointCount);
    /// When the last point has been drawn.
    void finished();

private:
    struct Step {
        double due = 0.0; ///< ms from the start at speed 1
        std::size_t stroke = 0;
        std::size_t point = 0;
    };

    void tick();
    void scheduleNext();
    double position() const;
    void release();

    QPointer<DrawingCanvas> m_canvas;
    dt::Drawing m_drawing;
    dt::Drawing m_fitted;
    std::vector<Step> m_schedule;
    std::size_t m_next = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_startPosition = 0.0; ///< drawing time (ms) when m_clock was last started
    double m_speed = 1.0;
    bool m_playing = false;
    quint64 m_run = 0; ///< changes on every play() and stop(), so a stale tick can tell
    bool m_canvasWasReadOnly = false;
};
