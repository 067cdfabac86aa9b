#pragma once
// Mirror writing: a digit written facing the other way (a 3 opening to the left, an S-like
// 2), the most common error of children of 4 to 7. The drawing is read again flipped left
// to right; it is a reversal when the flipped drawing is clearly a digit that has a
// distinct mirror image (2, 3, 4, 5, 6, 7, 9; a 0, 1 or 8 looks the same either way) and
// the drawing as written is not that digit.
//
// With the digit the child was asked for, only that digit counts as reversed, and the
// flipped drawing may be less sure than without: the question is only "is it the asked
// digit facing the other way?".
//
// Example use:
//   const dt::Verdict v = dt::recogniseDrawing(model, drawing, /*askedDigit=*/3);
//   if (v.reversedDigit == 3) say("Your 3 is facing the other way.");

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/strokes.hpp>

namespace dt {

/// The drawing flipped left to right about the middle of its bounding box; the pen still
/// moves through the points in the same order (as a hand writing the mirror image would).
Drawing mirroredDrawing(const Drawing& drawing);

/// Whether a digit's mirror image is another shape (2, 3, 4, 5, 6, 7, 9).
bool hasDistinctMirrorImage(int digit);

} // namespace dt
