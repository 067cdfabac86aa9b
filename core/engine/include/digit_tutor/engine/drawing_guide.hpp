#pragma once
// Which of a digit's guide pictures suits a drawing, and the drawing as recognition sees it.
// A digit model keeps one guide picture per mixture component (one way of writing the
// digit). When a child asked for a 4 draws something read as a 1, the verdict names the 1's
// component; the guide to show is still a 4, the 4 nearest to what was drawn. These
// functions answer that, and hand out the drawing's normalised 28x28 image, which is what a
// guide can be compared with (dt::inkDifference).
//
// Example use:
//   const dt::NormalisedDigit image = dt::normaliseDrawing(model, drawing);
//   const int component = dt::closestComponent(model, asked, image);
//   show(model.classes[asked].meanImages[component]);

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/normalisation.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <array>
#include <vector>

namespace dt {

/// The drawing rendered and normalised with the model's settings, exactly as
/// dt::recogniseDrawing does before HOG: 28x28, 0 (paper) .. 255 (ink), deskewed when the
/// model is. An empty drawing gives an empty NormalisedDigit (all zero). Never throws for a
/// parsed Drawing. Cost: one render and one normalisation, about 0.1 ms.
NormalisedDigit normaliseDrawing(const DigitModel& model, const Drawing& drawing);

/// The component of `digit`'s mixture closest to a normalised image (the most responsible
/// one for its HOG features), whatever digit the image is read as; for an empty image the
/// most common component. Throws std::out_of_range for a digit outside 0..9.
/// Cost: one HOG and one component scoring, well under a millisecond.
int closestComponent(const DigitModel& model, int digit, const NormalisedDigit& image);

/// The guide a child sees first for each digit, before drawing anything: the mean image
/// of its most common component (784 values, 0..255). What reports show beside attempts.
std::array<std::vector<float>, kDigitClasses> firstGuides(const DigitModel& model);

} // namespace dt
