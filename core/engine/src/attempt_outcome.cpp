#include <digit_tutor/engine/attempt_outcome.hpp>

#include <cstddef>

namespace dt {

AttemptOutcome judgeAttempt(const Verdict& verdict, int askedDigit)
{
    AttemptOutcome outcome;
    const bool asked = askedDigit >= 0 && askedDigit < kDigitClasses;
    outcome.judgedDigit = asked ? askedDigit : (verdict.empty ? -1 : verdict.digit);
    if (outcome.judgedDigit >= 0 && outcome.judgedDigit < kDigitClasses)
        outcome.posterior = verdict.probabilities[std::size_t(outcome.judgedDigit)];
    if (verdict.empty)
        return outcome;
    if (!asked && verdict.reversedDigit >= 0) {
        outcome.judgedDigit = verdict.reversedDigit;
        outcome.posterior = verdict.probabilities[std::size_t(outcome.judgedDigit)];
    }
    if (verdict.reversedDigit >= 0 && verdict.reversedDigit == outcome.judgedDigit) {
        outcome.reversed = true;
        outcome.stars = 1;
        return outcome;
    }
    if (!verdict.isDigit)
        return outcome; // a scribble: no star, however its posterior reads
    outcome.recognised = verdict.digit == outcome.judgedDigit;
    if (!outcome.recognised)
        outcome.stars = 1;
    else
        outcome.stars = outcome.posterior >= kSureProbability && verdict.typicality >= kTypicalEnough ? 3 : 2;
    return outcome;
}

} // namespace dt
