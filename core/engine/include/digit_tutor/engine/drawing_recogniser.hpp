#pragma once
// The app's path from a drawing to a verdict: render, normalise, HOG, the digit model,
// and two checks that only a drawing allows. A dense spiral or a filled blob, reduced to
// 28x28, looks to HOG like a bold "0" and scores like one; but no real digit is drawn with
// a pen path many times longer than the digit is tall, or covers most of its box with a
// pen a tenth of its size. So a drawing whose path is too long for its size or whose ink
// covers too much of its box is refused as "not a digit" whatever its likelihood.
//
// Nor is a digit made of four or more long strokes (a '#') or sprinkled with dots, nor
// is one much wider than tall (a wavy line, a row of loops).
//
// The limits were measured on 7 494 real pen digits of 30 writers (data/handwriting):
// path / longest side at most 4.96 (99.9th percentile 4.57), ink coverage of the 20x20
// box at most 0.43 (99.9th percentile 0.39), at most 3 strokes, width at most 1.96 times
// the height (a wide 0; 99.9th percentile 1.63). The path limit leaves room
// for a child who goes round a 0 twice (about 6.3). Images (MNIST, photos) have no path and their pen
// width is not ours: for them only the likelihood decides (DigitModel::classifyImage).

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/normalisation.hpp>
#include <digit_tutor/engine/strokes.hpp>

namespace dt {

struct ScribbleLimits {
    double maxPathRatio = 8.0;     ///< total pen path / longest side of the drawing
    double maxInkCoverage = 0.42;  ///< share of the 20x20 box at half ink or more
    int maxLongStrokes = 3;        ///< strokes spanning at least a quarter of the drawing
    int maxDots = 2;               ///< strokes spanning less than a tenth of the drawing
    double maxWidthRatio = 2.5;    ///< width / height of the drawing
};

struct DrawingShape {
    double pathRatio = 0.0;        ///< 0 for a dot
    double inkCoverage = 0.0;      ///< measured on the normalised 28x28 image
    int longStrokes = 0;
    int dots = 0;
    double widthRatio = 0.0;       ///< width / height; infinite for a horizontal line
};

/// Shape measures of a drawing and of its normalised image.
DrawingShape measureShape(const Drawing& drawing, const GreyImage& normalised);

/// The first limit the shape breaks (path, ink, strokes, width), or Refusal::None.
Refusal shapeRefusal(const DrawingShape& shape, const ScribbleLimits& limits = {});

/// Verdict for a drawing, with refusal set when the drawing is not taken for a digit and
/// reversedDigit set when it is a digit written facing the other way (mirror_writing.hpp).
/// `askedDigit` (0-9, or -1 when none was asked) is the digit the child was asked to write:
/// only that digit is then looked for mirrored. An empty drawing gives an empty verdict.
/// Never throws for a parsed Drawing; an askedDigit outside -1..9 counts as -1.
Verdict recogniseDrawing(const DigitModel& model, const Drawing& drawing, int askedDigit = -1);
/// The same verdict for a drawing already normalised with dt::normaliseDrawing, for a
/// caller that also needs the image (the app compares it with the guide) and must not
/// render and normalise twice. `normalised` must be normaliseDrawing(model, drawing).
Verdict recogniseNormalised(const DigitModel& model, const Drawing& drawing, const NormalisedDigit& normalised,
                            int askedDigit = -1);
/// recogniseNormalised's verdict without looking for a reversal (reversedDigit stays -1),
/// for feedback while the child is still drawing: a digit half drawn often reads as none,
/// and the flipped drawing would be read for nothing, doubling the time.
Verdict recogniseAsWritten(const DigitModel& model, const Drawing& drawing, const NormalisedDigit& normalised);

} // namespace dt
