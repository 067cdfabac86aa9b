#pragma once
// Where a child's drawing and a guide picture differ, to be shown gently: "missing" ink is
// where the guide has ink and the drawing has none near it, "extra" ink is where the drawing
// has ink and the guide has none near it. Both are normalised 28x28 digits (the drawing as
// recognition saw it, the guide a component's mean image), so they share size and centre.
//
// Gentle on purpose, because a child's stroke one pixel beside the guide is not wrong and a
// guide, being the mean of many digits, has a faint halo that is no ink to draw:
//  - each image is scaled so that its darkest ink is 1, and everything below inkFloor of
//    that is taken as paper: the ink a drawing needs;
//  - but ink is allowed wherever the guide has some: guide ink of allowedInk of its darkest
//    or more allows a stroke fully, fainter ink in proportion. A guide's stroke ends are
//    faint (children end their strokes in different places), and a stroke that goes on a
//    little there is no mistake;
//  - what one image has is compared with the other's spread by `tolerance` pixels (the
//    largest value in a (2 * tolerance + 1) square), so a near miss counts as a hit;
//  - the two maps are smoothed by a 3x3 binomial blur, and what is left below showThreshold
//    is dropped, so a speck of difference is not shown at all.
//
// Example use:
//   const dt::InkDifference diff = dt::inkDifference(normalisedDrawing, guidePixels);
//   if (diff.missingShare > 0.3) say("Some of the 3 is still missing");

#include <digit_tutor/engine/grey_image.hpp>

#include <vector>

namespace dt {

struct InkDifferenceOptions {
    double inkFloor = 0.25;      ///< share of an image's darkest ink below which a pixel is paper
    double allowedInk = 0.3;     ///< share of the guide's darkest ink that allows a stroke fully
    int tolerance = 1;           ///< pixels a stroke may be off and still count as on the guide
    double showThreshold = 0.15; ///< smoothed difference (0..1) below which nothing is shown
};

struct InkDifference {
    GreyImage drawingInk; ///< 28x28, the drawing's ink as compared, 0 (paper) .. 255 (full ink)
    GreyImage guideInk;   ///< 28x28, the guide's ink that a drawing needs, 0 .. 255
    GreyImage missing;    ///< 28x28, 0 (nothing missing) .. 255 (guide ink with no drawing near it)
    GreyImage extra;      ///< 28x28, 0 (nothing extra) .. 255 (drawing ink with no guide near it)
    double missingShare = 0.0; ///< share of the guide's ink that the drawing lacks, 0..1 (0 without guide ink)
    double extraShare = 0.0;   ///< share of the drawing's ink that the guide lacks, 0..1 (0 without drawing ink)
};

/// Compares a normalised drawing with a guide. Both images are 28x28 (kDigitSide), values
/// 0 (paper) .. 255 (ink), as GreyImage holds them. A blank image is allowed: a blank drawing
/// misses all of the guide, a blank guide makes all of the drawing extra.
/// Throws dt::FormatError when an image is not 28x28 or its buffer does not match its size,
/// or when an option is out of range (inkFloor outside [0, 1), allowedInk outside (0, 1],
/// tolerance outside 0..3, showThreshold outside [0, 1)). Cost: a few passes over 784 pixels, a few microseconds.
InkDifference inkDifference(const GreyImage& drawing, const GreyImage& guide, const InkDifferenceOptions& options = {});

/// The same with the guide as a digit model keeps it: 784 floats, row-major, 0..255 (values
/// outside are clamped, non-finite ones taken as paper). Throws dt::FormatError for another
/// count of values.
InkDifference inkDifference(const GreyImage& drawing, const std::vector<float>& guide,
                            const InkDifferenceOptions& options = {});

} // namespace dt
