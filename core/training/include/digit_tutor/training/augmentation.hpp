#pragma once
// Small random distortions of digit images for training, so that the model is robust to
// how differently children draw: rotation, anisotropic scale, shear, and thicker or
// thinner strokes. Shifts are not needed: normalisation re-centres every digit.
// Deterministic for a given seed.

#include <digit_tutor/engine/grey_image.hpp>
#include <digit_tutor/training/random.hpp>

#include <cstdint>
#include <vector>

namespace dt {

struct DistortionOptions {
    double maxRotationDegrees = 12.0;
    double maxScale = 0.12;       ///< each axis scaled by 1 +/- up to this
    double maxShear = 0.2;
    double thicknessChange = 0.3; ///< probability of a one-pixel dilation (or, as often, erosion)
};

/// One distorted copy of a grey digit image of any size (same size out).
GreyImage distortDigit(const GreyImage& image, Random& rng, const DistortionOptions& options = {});

/// count images of width x height bytes -> copies * count distorted images, image after
/// image (all copies of image 0 first). Uses `threads` (0: all cores); deterministic.
std::vector<std::uint8_t> distortImages(const std::uint8_t* images, int count, int width, int height, int copies,
                                        std::uint64_t seed, const DistortionOptions& options = {}, int threads = 0);

} // namespace dt
