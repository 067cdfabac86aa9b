#include <digit_tutor/common/turn_round.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

TurnRound::TurnRound(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(kFrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TurnRound::tick);
}

double TurnRound::horizontalScale() const
{
    if (!isRunning())
        return 1.0;
    const double t = std::clamp(double(m_clock.elapsed() - kHoldMs) / kFlipMs, 0.0, 1.0);
    // -cos: slow to start and slow to land, as a card turned by hand; -1 at 0, 1 at 1.
    return -std::cos(std::numbers::pi * t);
}

void TurnRound::start()
{
    m_clock.start();
    m_timer.start();
    emit changed();
}

void TurnRound::stop()
{
    if (!isRunning())
        return;
    m_timer.stop();
    emit changed();
}

void TurnRound::tick()
{
    if (m_clock.elapsed() >= durationMs()) {
        m_timer.stop();
        emit changed();
        emit finished();
        return;
    }
    emit changed();
}
