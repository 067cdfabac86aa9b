#pragma once
// What a child practises next and how much help the guide gives, from the child's own
// successes and misses. A policy of counts, no statistics:
//
//  - Help fades with success: each digit has a level, 0 (the guide fully visible) up to the
//    last of guideOpacities. successesPerLevel successes in a row on a digit take it one
//    level up (the guide and tracing template fainter); a miss takes it one level down at
//    once, because a child who just missed needs the help back now, not after more misses.
//  - Misses come back: the next digit is drawn at random with weight
//    1 + missWeight * (misses among that digit's last recentAttempts attempts), so a digit
//    the child misses is asked more often until it goes right again.
//  - Never the same digit twice in a row: it feels like the app did not listen.
//
// Randomness comes from a std::mt19937 seeded by the caller, and a draw uses the engine's
// raw output only (no standard distribution, whose results differ between libraries), so a
// seed gives the same digits everywhere. The plan lives in memory; a store of students can
// later keep it.
//
// Example use:
//   dt::PracticePlan plan(seed);
//   int asked = plan.nextDigit();
//   ... the child writes ...
//   plan.recordAttempt(asked, recognised);
//   guide.setOpacity(plan.guideOpacity(asked));
//   asked = plan.nextDigit(asked);

#include <array>
#include <cstdint>
#include <deque>
#include <random>
#include <vector>

namespace dt {

struct PracticePlanOptions {
    int successesPerLevel = 3;  ///< successes in a row on a digit that fade its guide one step
    /// The guide's opacity at each level, level 0 first; non-increasing, each in [0, 1].
    /// The last step keeps a trace of the guide: an empty box beside the canvas reads as broken.
    std::vector<double> guideOpacities{1.0, 0.6, 0.35, 0.15};
    int recentAttempts = 5;     ///< the attempts per digit whose misses weigh on choosing
    double missWeight = 2.0;    ///< extra weight per recent miss (a digit's base weight is 1)
};

class PracticePlan {
public:
    static constexpr int kDigits = 10;

    /// Throws dt::FormatError when an option is out of range (successesPerLevel < 1, no or
    /// increasing opacities or one outside [0, 1], recentAttempts < 1, missWeight negative or
    /// not finite).
    explicit PracticePlan(std::uint32_t seed = 0, PracticePlanOptions options = {});

    /// One attempt at a digit: success when the asked digit was recognised.
    /// Throws dt::FormatError for a digit outside 0..9.
    void recordAttempt(int digit, bool success);

    /// 0 (full help) .. maxLevel(). Throws dt::FormatError for a digit outside 0..9 (as do
    /// the other per-digit queries).
    int level(int digit) const;
    int maxLevel() const { return int(m_options.guideOpacities.size()) - 1; }
    /// The opacity the guide and tracing template of this digit are shown with, 0..1.
    double guideOpacity(int digit) const;
    /// Successes in a row since the digit's level last changed.
    int streak(int digit) const;
    /// Misses among the digit's last recentAttempts attempts.
    int recentMisses(int digit) const;
    /// All attempts recorded for the digit.
    int attempts(int digit) const;
    /// The digit's weight when the next digit is chosen (before excluding the previous one).
    double weight(int digit) const;

    /// A digit 0..9 other than `previous`, drawn with the weights above; any digit when
    /// previous is outside 0..9 (e.g. -1 for the first). Advances the random engine.
    int nextDigit(int previous = -1);

    const PracticePlanOptions& options() const { return m_options; }

private:
    struct DigitRecord {
        std::deque<bool> recent; ///< successes of the last recentAttempts attempts, oldest first
        int level = 0;
        int streak = 0;
        int attempts = 0;
    };
    const DigitRecord& record(int digit) const;

    PracticePlanOptions m_options;
    std::array<DigitRecord, kDigits> m_digits{};
    std::mt19937 m_random;
};

} // namespace dt
