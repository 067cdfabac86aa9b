#pragma once
// "Show me how": which usual way of writing to demonstrate for the guide picture a child
// sees, and its path placed exactly over that picture.
//
// The guide is a mixture component's mean image of the asked digit (a 7 with a bar, say).
// Each way of writing (dt::WritingWays) is rendered and normalised as a drawing would be,
// and the way whose image is closest to the guide is the one to show, so that the pen
// writes the 7 the child is looking at. Its path is then mapped through the same rendering
// and normalisation (crop, scaling, centring shift, deskew shear), so that it lies on the
// guide's ink in the guide's 28x28 frame.
//
// Example use:
//   const int way = dt::wayClosestToGuide(model, ways, 7, model.classes[7].meanImages[c]);
//   const dt::Drawing path = dt::demonstrationPath(model, ways.digits[7][way]);
//   // path's points are in 28x28 guide pixels (pixel-index coordinates): scale to the screen.

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/writing_ways.hpp>

#include <vector>

namespace dt {

/// The drawing's points where they land in normaliseDrawing(model, drawing).image, in
/// pixel-index coordinates of the 28x28 frame; t and pressure kept. An empty drawing is
/// returned as it is. Cost: one render and one normalisation.
Drawing drawingInGuideFrame(const DigitModel& model, const Drawing& drawing);

/// The index of the way of `digit` whose normalised image has the least squared difference
/// from `guide` (784 values, 0..255, row-major 28x28). Throws std::out_of_range for a digit
/// outside 0..9 and std::invalid_argument for a guide of another size.
int wayClosestToGuide(const DigitModel& model, const WritingWays& ways, int digit, const std::vector<float>& guide);

/// The way's path in the guide frame (drawingInGuideFrame of dt::wayDrawing), to animate.
Drawing demonstrationPath(const DigitModel& model, const WayOfWriting& way);

/// The drawing with every point timed (t, ms from the start) for a pen moving along each
/// stroke at `speed` drawing units per second, lifted for `liftMs` between strokes: a pace
/// a child can follow, whatever the path's own times were. Throws std::invalid_argument
/// unless speed > 0 and liftMs >= 0 (both finite).
Drawing withSteadyPace(const Drawing& drawing, double speed, double liftMs);

} // namespace dt
