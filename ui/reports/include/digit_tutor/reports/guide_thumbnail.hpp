#pragma once
// The model's guide picture of a digit as a report shows it: dark ink on light, as the app
// shows it to the child, so the report's guide looks like the one the child traced.

#include <QImage>

#include <array>
#include <vector>

namespace dt::reports {

/// Side of a guide image, and its pixel count.
inline constexpr int kGuideSide = 28;
inline constexpr std::size_t kGuidePixels = std::size_t(kGuideSide) * kGuideSide;

/// A model's guide picture of each digit 0-9, as the values guideThumbnail() takes; an
/// empty vector where the model has none.
using GuideImages = std::array<std::vector<float>, 10>;

/// `pixels`: kGuidePixels values, 28x28 row-major, 0 (background) .. 255 (ink), white ink on
/// black as the model stores them; values outside 0..255 are clamped, non-finite ones count
/// as background. Returns a `side` x `side` grey image (side below 16 is taken as 16),
/// smoothly scaled, ink dark on white; a null image when `pixels` has any other count
/// (an empty vector: the model has no guide for that digit).
QImage guideThumbnail(const std::vector<float>& pixels, int side);

} // namespace dt::reports
