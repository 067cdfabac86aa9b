#pragma once
// A gentle check of how a digit was written: where it starts, which way the pen goes, the
// order of the strokes. The shape is the mixture model's business; this looks only at the
// movement, against the usual ways of writing the digit (dt::WritingWays).
//
// How: the child's strokes, as drawn, are scored by how densely real writers write that
// way: a kernel density over the exemplars of every way of the digit,
//   log sum_e (support_e / N) exp(-DTW(child, e) / bandwidth),
// with DTW the dynamic-time-warping distance, support_e the drawings exemplar e stands for
// and N all drawings of the digit. Rearrangements of the same strokes are scored alike:
// other stroke orders, strokes drawn the other way, a closed stroke (a 0, an 8) started
// elsewhere on its loop. When some rearrangement is at least exp(minLogRatio) times as
// dense as what the child did, the formation is unusual, and the rearrangement says how to
// do it: its first point is where to start, and the points after it which way to go. A
// drawing whose shape fits no way in any arrangement gains nothing from rearranging and is
// left alone: the shape is the model's to judge.
//
// Example use:
//   const dt::FormationCheck check = dt::checkFormation(ways, 2, drawing);
//   if (!check.usual) showHint(check.start, check.towards);   // "Try starting here"

#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/writing_ways.hpp>

namespace dt {

enum class FormationProblem {
    None,      ///< written as usual
    Start,     ///< started at an unusual place (on a loop, or at the other end of a stroke)
    Direction, ///< a stroke drawn the other way round
    Order,     ///< strokes drawn in an unusual order
};

/// Short English name ("none", "start", "direction", "order"), for files and reports.
const char* formationProblemName(FormationProblem problem);

struct FormationSettings {
    double bandwidth = 0.01;  ///< of the density, in units of the digit's size
    double minLogRatio = 1.75; ///< log(best rearranged density / as-drawn density) to flag
};

struct FormationCheck {
    bool usual = true;
    FormationProblem problem = FormationProblem::None;
    /// as-drawn density / best rearranged density, in (0, 1]: 1 when the drawing is
    /// written the best way its strokes allow, lower the more a rearrangement fits better.
    double score = 1.0;
    double logRatio = 0.0;   ///< -log(score), what minLogRatio is compared with
    double distance = 0.0;   ///< as drawn, to the nearest exemplar
    double rearranged = 0.0; ///< the densest rearrangement's distance to its nearest exemplar
    int way = 0;             ///< the way (index in ways.digits[digit]) nearest the best arrangement
    StrokePoint start;       ///< where the best arrangement starts, in the drawing's coordinates
    StrokePoint towards;     ///< a point a little way along its first stroke, for an arrow
};

/// Checks a drawing against the ways of `digit`. Throws std::out_of_range for a digit
/// outside 0..9 and dt::FormatError for an empty drawing, one of more strokes than
/// dt::kTrajectoryPoints, or settings that are not positive and finite. Drawings of up to three strokes try every order and direction;
/// longer ones only each stroke reversed and all strokes reversed.
/// Cost: a few thousand trajectory distances, about 10-40 ms.
FormationCheck checkFormation(const WritingWays& ways, int digit, const Drawing& drawing,
                              const FormationSettings& settings = {});

} // namespace dt
