#pragma once
// The motion of a picture turning round, for a digit a child wrote facing the other way:
// first the digit as they wrote it (mirrored) for kHoldMs, so that they know it for their
// own, then a flip about its upright middle over kFlipMs (horizontal scale -1 to 1, eased
// like a card turned by hand), and then it stays the right way round. It ends by itself
// and emits finished() once; it never takes the mouse or the pen, it only says how wide
// to draw.
//
// The scale is a function of the time since start(), so a busy machine drops frames, not
// time: the turn always takes durationMs().
//
// Example use (GuideView does this):
//     auto* turn = new TurnRound(this);
//     connect(turn, &TurnRound::changed, this, qOverload<>(&QWidget::update));
//     turn->start();
//     painter.scale(turn->horizontalScale(), 1.0); // about the picture's middle

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class TurnRound : public QObject {
    Q_OBJECT
public:
    static constexpr int kHoldMs = 700;
    static constexpr int kFlipMs = 900;
    static constexpr int kFrameMs = 33;
    static constexpr int durationMs() { return kHoldMs + kFlipMs; }

    explicit TurnRound(QObject* parent = nullptr);

    bool isRunning() const { return m_timer.isActive(); }
    /// -1 (mirrored, as the child wrote it) .. 1 (the right way round); 1 when not running.
    double horizontalScale() const;

public slots:
    /// Starts (or restarts) the turn from the mirrored picture.
    void start();
    /// Ends it now, the right way round, without finished() (new ink, another digit).
    void stop();

signals:
    /// The scale changed: time to repaint.
    void changed();
    /// The turn ended by itself.
    void finished();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
};
