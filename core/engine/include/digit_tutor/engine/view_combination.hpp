#pragma once
// How the two views of a drawing and the doodle model make one verdict (DrawingViews in
// digit_model.hpp says the rule). Kept apart from the recogniser so that training
// calibrates the doodle threshold on exactly the score the app computes.
//
// Example use:
//   dt::Verdict v = model.classifyFeatures(hog, dt::InputKind::Drawing);
//   if (model.drawingViews) v = dt::combineViews(model, hog, path, v);

#include <digit_tutor/engine/digit_model.hpp>

namespace dt {

/// The verdict from the image verdict `image` (model.classifyFeatures(hog, Drawing)), the
/// HOG features and the pen path features (penPathFeatures) of the same drawing, under the
/// model's drawingViews, which must be set (scored by its prepared scorer when it has one): digit,
/// probabilities, component and typicality from the combined posterior; digitScore; and
/// isDigit false with Refusal::Doodle when the digit score is below the views' threshold
/// (else true: with drawing views the image's outlier threshold does not decide). An empty
/// verdict comes back as it is. The shape limits are the recogniser's, not applied here.
Verdict combineViews(const DigitModel& model, const double* hog, const double* path, Verdict image);

} // namespace dt
