#pragma once
// A short burst of joy over a widget: confetti for three stars, a bigger burst with a large
// star when a digit is learnt. An overlay on its parent (it follows the parent's size and
// never takes the mouse: Qt::WA_TransparentForMouseEvents), hidden when idle, so the child
// can keep drawing while it plays.
//
// Motion is deterministic: every particle's place is a closed-form function of the time
// since the start and of a seeded generator, so two runs draw the same frames. About 30
// frames a second; each frame repaints only the box the particles cover (this frame's and
// the last), and draws at most ~150 small shapes: well under a millisecond, inside the
// app's 16 ms budget from the last pen move to the meter.
//
// Example use:
//     auto* party = new Celebration(page);
//     party->celebrate(Celebration::Kind::ThreeStars);

#include <QElapsedTimer>
#include <QRect>
#include <QTimer>
#include <QWidget>

#include <vector>

class Celebration : public QWidget {
    Q_OBJECT
public:
    enum class Kind { ThreeStars, DigitLearnt };
    static constexpr int kFrameMs = 33;

    /// Laid over `parent` (required), hidden until celebrate().
    explicit Celebration(QWidget* parent);

    /// How long a kind plays: 1500 ms for ThreeStars, 2500 ms for DigitLearnt.
    static int durationMs(Kind kind);
    bool isRunning() const { return m_timer.isActive(); }
    Kind kind() const { return m_kind; }

public slots:
    /// Starts (or restarts) a celebration over the whole parent, on top of its siblings.
    void celebrate(Celebration::Kind kind);
    /// Ends it now and hides, without finished().
    void stop();
    /// Jumps to its end: hides and emits finished() (for tests and screenshots).
    void finish();

signals:
    /// Emitted once when a celebration ends by itself or by finish().
    void finished();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Particle {
        QPointF origin; ///< share of the widget's width and height
        QPointF velocity; ///< shares per second
        double spin; ///< degrees per second
        double size; ///< share of the shorter side
        int colour;
        int shape; ///< 0 ribbon, 1 dot, 2 little star
        double delay; ///< seconds before it appears
    };
    void tick();
    double elapsedSeconds() const;
    /// The box the particles cover at time t (logical pixels).
    QRect coveredAt(double t) const;

    Kind m_kind = Kind::ThreeStars;
    std::vector<Particle> m_particles;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QRect m_lastCovered;
};
