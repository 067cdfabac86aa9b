#pragma once
// Distorted copies of pen-drawn digits, made on the strokes rather than on the image, so
// that both views of a drawing (the rendered ink and the pen's path) learn how differently
// children write: a shaky line, a digit squeezed or stretched, one half too big, a tilt, a
// stroke lifted halfway. And the same digit in another stroke order and direction, which a
// child is free to choose and the pen's path shows.
// Deterministic for a given seed.
//
// Example use:
//   dt::Random rng(seed);
//   const dt::Drawing copy = dt::distortStrokes(drawing, rng);
//   const dt::Drawing other = dt::inRandomWritingOrder(drawing, rng);

#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/training/random.hpp>

#include <vector>

namespace dt {

struct StrokeDistortionOptions {
    double minShake = 0.003;          ///< wobble of the line, as a share of the digit's height
    double maxShake = 0.03;
    double maxRotationDegrees = 12.0;
    double minWidthScale = 0.72;      ///< the width is scaled by a factor in [min, max]
    double maxWidthScale = 1.38;
    double halfStretchChance = 0.3;   ///< the top or the bottom half made taller
    double maxHalfStretch = 1.35;
    double gapChance = 0.2;           ///< one stroke lifted for a moment (split in two)

    /// Every distortion off: a start for asking for one alone.
    static StrokeDistortionOptions none()
    {
        StrokeDistortionOptions o;
        o.minShake = o.maxShake = 0.0;
        o.maxRotationDegrees = 0.0;
        o.minWidthScale = o.maxWidthScale = 1.0;
        o.halfStretchChance = 0.0;
        o.gapChance = 0.0;
        return o;
    }
};

/// One distorted copy: every option above drawn at random. The label and writer are kept;
/// an empty drawing comes back as it is.
Drawing distortStrokes(const Drawing& drawing, Random& rng, const StrokeDistortionOptions& options = {});

/// `copies` distorted copies of each drawing, all copies of the first drawing first.
std::vector<Drawing> distortedCopies(const std::vector<Drawing>& drawings, int copies, Random& rng,
                                     const StrokeDistortionOptions& options = {});

/// The same strokes in a random order, each drawn forwards or backwards at random.
Drawing inRandomWritingOrder(const Drawing& drawing, Random& rng);

} // namespace dt
