#pragma once
// Reading a digit from an image file (PNG, JPEG, BMP, ... as OpenCV decodes them).

#include <digit_tutor/engine/grey_image.hpp>

#include <string>

namespace dt {

/// Loads an image as grey levels with ink bright on a dark background (MNIST's way). A
/// picture of dark ink on a light background (paper, a screenshot) is inverted: the
/// background is taken to be the median of the border pixels. Colour is converted to
/// grey; transparency is composited onto the background. Throws dt::FormatError naming
/// the file when it is missing, cannot be decoded, or is larger than 4096 pixels a side.
GreyImage loadDigitImage(const std::string& path);

} // namespace dt
