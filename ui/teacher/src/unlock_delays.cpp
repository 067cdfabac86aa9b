#include <digit_tutor/teacher/unlock_delays.hpp>

#include <algorithm>

UnlockDelays::UnlockDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
    : m_first(first)
    , m_longest(std::max(first, longest))
    , m_until(QDeadlineTimer(0))
{
}

void UnlockDelays::failed()
{
    ++m_failures;
    m_until = QDeadlineTimer(delayAfter(m_failures));
}

void UnlockDelays::succeeded()
{
    m_failures = 0;
    m_until = QDeadlineTimer(0);
}

std::chrono::milliseconds UnlockDelays::remaining() const
{
    return std::chrono::milliseconds(std::max<qint64>(0, m_until.remainingTime()));
}

std::chrono::milliseconds UnlockDelays::delayAfter(int failures) const
{
    if (failures <= 0)
        return std::chrono::milliseconds(0);
    // Doubling stops at the cap, so a long run of wrong PINs cannot overflow.
    std::chrono::milliseconds delay = m_first;
    for (int i = 1; i < failures && delay < m_longest; ++i)
        delay *= 2;
    return std::min(delay, m_longest);
}
