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
// seed gives the same digits everywhere. What the plan has learnt of a child (not its random
// engine, which the caller reseeds) goes out and comes back as a short versioned text,
// saveState() and restoreState(), which the progress store keeps per student.
//
// Example use:
//   dt::PracticePlan plan(seed);
//   int asked = plan.nextDigit();
//   ... the child writes ...
//   plan.recordAttempt(asked, recognised);
//   guide.setOpacity(plan.guideOpacity(asked));
//   asked = plan.nextDigit(asked);
//   store.savePracticePlan(child, plan.saveState());   // and next time:
//   dt::PracticePlan next(newSeed);
//   next.restoreState(savedText);                     // throws dt::FormatError if damaged

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <random>
#include <string>
#include <string_view>
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

    /// The largest state text restoreState() reads (64 KiB). saveState() writes at most about
    /// 60 bytes a digit plus 6 a recent outcome: under 1 KiB at the default options, and over
    /// the limit only with recentAttempts in the thousands.
    static constexpr std::size_t kMaxStateBytes = 64 * 1024;
    /// The most attempts at one digit a state may record: more is taken for damage, not practice.
    static constexpr int kMaxStateAttempts = 10'000'000;

    /// What the plan has learnt, as compact JSON (UTF-8, one line):
    ///   {"version":1,"digits":[{"level":L,"streak":S,"attempts":A,"recent":[true,false,...]}, ...]}
    /// with the 10 digits in order 0..9 and each digit's recent outcomes oldest first. Not
    /// saved: the options (the caller's) and the random engine (reseeded by the caller).
    std::string saveState() const;

    /// Replaces the learnt state with one saveState() wrote, for these options. Strong
    /// guarantee: on any rejection the plan is unchanged. Throws dt::FormatError, naming the
    /// digit and field, for a text
    ///  - longer than kMaxStateBytes (checked before parsing), or not JSON;
    ///  - whose top level is not an object with exactly the members "version" and "digits";
    ///  - whose version is not the integer 1 (a newer plan is refused, not guessed at);
    ///  - whose digits are not an array of exactly kDigits objects, each with exactly the
    ///    members level, streak, attempts and recent;
    ///  - with a level, streak or attempts that is not an integer (1.0 and "1" are refused),
    ///    a level outside 0..maxLevel() of these options, attempts outside
    ///    0..kMaxStateAttempts, a streak outside 0..attempts;
    ///  - with recent not an array of booleans, or longer than options().recentAttempts or
    ///    than attempts, or not ending in min(streak, its length) successes (a streak is the
    ///    last attempts, all successes).
    /// A state saved under other options restores if it fits these; a level above this
    /// maxLevel() does not, because which help it meant is unknown.
    void restoreState(std::string_view text);

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
