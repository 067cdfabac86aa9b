#pragma once
// How long the teacher's PIN dialog makes a person wait after wrong PINs: 1 s after the
// first, then twice as long after each one more (2, 4, 8 ... s), up to 5 minutes; the right
// PIN starts again from nothing. One object lives as long as the window, not the dialog, so
// that closing the dialog and opening it again does not skip the wait: a child trying PINs
// at random needs days for a 4-digit one, a teacher who mistypes waits a second or two.
//
// Example use:
//     UnlockDelays delays;
//     if (delays.remaining() == 0ms) { if (right) delays.succeeded(); else delays.failed(); }

#include <QDeadlineTimer>

#include <chrono>

class UnlockDelays {
public:
    /// `first` is the wait after one wrong PIN (shorter in tests); `longest` the cap.
    explicit UnlockDelays(std::chrono::milliseconds first = std::chrono::seconds(1),
                          std::chrono::milliseconds longest = std::chrono::minutes(5));

    /// A wrong PIN: the next try waits delayAfter(failures()).
    void failed();
    /// The right PIN: no wait, and the count starts again.
    void succeeded();
    /// How long until the next try is allowed; zero when it is now.
    std::chrono::milliseconds remaining() const;
    int failures() const { return m_failures; }
    /// The wait after `failures` wrong PINs in a row: first * 2^(failures-1), at most the
    /// cap; zero for none.
    std::chrono::milliseconds delayAfter(int failures) const;

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_longest;
    int m_failures = 0;
    QDeadlineTimer m_until;
};
