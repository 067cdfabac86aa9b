#include <digit_tutor/common/stroke_player.hpp>

#include <digit_tutor/common/drawing_canvas.hpp>

#include <algorithm>
#include <cmath>

StrokePlayer::StrokePlayer(DrawingCanvas* canvas, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% late; the points of a stroke are 10 ms apart.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StrokePlayer::tick);
}

void StrokePlayer::setCanvas(DrawingCanvas* canvas)
{
    stop();
    m_canvas = canvas;
}

void StrokePlayer::setDrawing(const dt::Drawing& drawing)
{
    stop();
    m_drawing = drawing;
}

void StrokePlayer::setSpeed(double factor)
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return;
    if (m_playing) {
        // Re-anchor so the points already due stay due and the rest follow at the new pace.
        m_startPosition = position();
        m_clock.restart();
    }
    m_speed = factor;
    if (m_playing)
        scheduleNext();
}

double StrokePlayer::duration() const
{
    const auto times = timeline(m_drawing);
    for (auto s = times.rbegin(); s != times.rend(); ++s)
        if (!s->empty())
            return s->back() / m_speed;
    return 0.0;
}

std::vector<std::vector<double>> StrokePlayer::timeline(const dt::Drawing& drawing)
{
    std::vector<std::vector<double>> out;
    out.reserve(drawing.strokes.size());
    const dt::StrokePoint* previous = nullptr;
    double at = 0.0;
    for (const dt::Stroke& stroke : drawing.strokes) {
        std::vector<double> times;
        times.reserve(stroke.size());
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            const dt::StrokePoint& p = stroke[i];
            if (previous) {
                double gap = i == 0 ? kUntimedLiftMs : kUntimedStepMs;
                if (previous->t >= 0.0 && p.t >= 0.0)
                    gap = std::max(0.0, p.t - previous->t);
                at += std::min(gap, kMaxPauseMs);
            }
            times.push_back(at);
            previous = &p;
        }
        out.push_back(std::move(times));
    }
    return out;
}

void StrokePlayer::play()
{
    stop();
    ++m_run;
    if (!m_canvas)
        return;
    m_canvasWasReadOnly = m_canvas->isReadOnly();
    m_canvas->setReadOnly(true);
    m_canvas->clear();
    m_fitted = m_canvas->fittedDrawing(m_drawing);

    m_schedule.clear();
    const auto times = timeline(m_fitted);
    for (std::size_t s = 0; s < times.size(); ++s)
        for (std::size_t i = 0; i < times[s].size(); ++i)
            m_schedule.push_back({times[s][i], s, i});
    m_next = 0;
    m_playing = true;
    m_startPosition = 0.0;
    m_clock.start();
    // The first point waits for the event loop too: play() returns before anything is drawn,
    // so a caller can connect and show things first, and an empty drawing finishes alike.
    m_timer.start(0);
}

void StrokePlayer::stop()
{
    if (!m_playing)
        return;
    m_timer.stop();
    m_playing = false;
    ++m_run;
    release();
}

double StrokePlayer::position() const
{
    return m_startPosition + double(m_clock.nsecsElapsed()) / 1e6 * m_speed;
}

void StrokePlayer::scheduleNext()
{
    if (m_next >= m_schedule.size()) {
        m_timer.start(0);
        return;
    }
    const double wait = (m_schedule[m_next].due - position()) / m_speed;
    m_timer.start(std::max(0, int(std::ceil(wait))));
}

void StrokePlayer::tick()
{
    if (!m_playing)
        return;
    if (!m_canvas) {
        m_playing = false;
        return;
    }
    // Every point that is due is drawn now: a late timer (or a high speed) catches up
    // instead of falling further behind.
    const double now = position();
    const std::size_t before = m_next;
    const quint64 run = m_run;
    while (m_next < m_schedule.size() && m_schedule[m_next].due <= now) {
        const Step step = m_schedule[m_next++];
        const dt::StrokePoint point = m_fitted.strokes[step.stroke][step.point];
        const bool last = step.point + 1 == m_fitted.strokes[step.stroke].size();
        if (step.point == 0)
            m_canvas->startStroke(point);
        else
            m_canvas->continueStroke(point);
        if (last)
            m_canvas->finishStroke();
        // The canvas's signals may reach a slot that stops, restarts or deletes the canvas.
        if (run != m_run || !m_playing)
            return;
        if (!m_canvas) {
            m_playing = false;
            return;
        }
    }
    if (m_next != before)
        emit progressed(int(m_next), int(m_schedule.size()));
    if (m_next < m_schedule.size()) {
        scheduleNext();
        return;
    }
    m_playing = false;
    release();
    emit finished();
}

void StrokePlayer::release()
{
    if (!m_canvas)
        return;
    m_canvas->finishStroke();
    m_canvas->setReadOnly(m_canvasWasReadOnly);
}
