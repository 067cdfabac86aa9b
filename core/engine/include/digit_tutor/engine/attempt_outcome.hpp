#pragma once
// The practice rules for one finished drawing: which digit it is judged as, whether it is
// that digit, and how many stars it earns. Kept apart from the screens so that the app, the
// reports and the tests agree on what an attempt was worth.
//
//   stars 0  an empty drawing (nothing to judge), or a drawing that is no digit (refused as
//            a scribble): a star for it would teach that any ink earns one
//         1  another digit: the child wrote a digit, not the one asked; or the asked digit
//            written facing the other way (a reversal: the child knows the digit, and is
//            shown how to turn it round)
//         2  the asked digit, recognised
//         3  the asked digit, recognised with P >= kSureProbability and a typicality of at
//            least kTypicalEnough (a well-formed, usual way of writing it)
//
// Example use:
//   const dt::AttemptOutcome outcome = dt::judgeAttempt(verdict, asked); // asked -1: free drawing
//   showStars(outcome.stars);

#include <digit_tutor/engine/digit_model.hpp>

namespace dt {

inline constexpr double kSureProbability = 0.9;
inline constexpr double kTypicalEnough = 0.25;

struct AttemptOutcome {
    /// The digit the drawing is judged as: the asked one, or in free drawing (asked -1) the
    /// recognised one; -1 for an empty drawing in free drawing.
    int judgedDigit = -1;
    bool recognised = false; ///< a digit (not refused), recognised as judgedDigit
    int stars = 0;           ///< 0 to 3, as above
    /// The judged digit written facing the other way (Verdict::reversedDigit): never
    /// recognised, never a scribble.
    bool reversed = false;
    double posterior = 0.0;  ///< P(judgedDigit | drawing); 0 without a judged digit
};

/// Judges a verdict against the digit asked (0-9, or -1 for free drawing, where the drawing
/// is judged as the digit it is recognised as). An asked digit outside -1..9 is judged as
/// free drawing.
AttemptOutcome judgeAttempt(const Verdict& verdict, int askedDigit);

} // namespace dt
