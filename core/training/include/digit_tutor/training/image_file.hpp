#pragma once
// Reading a digit from an image file (PNG, JPEG, BMP, ... as OpenCV decodes them).

#include <digit_tutor/engine/grey_image.hpp>

#include <cstddef>
#include <string>

namespace dt {

/// Loads an image as grey levels with ink bright on a dark background (MNIST's way). A
/// picture of dark ink on a light background (paper, a screenshot) is inverted: the
/// background is taken to be the median of the border pixels. Colour is converted to
/// grey; transparency is composited onto the background. Throws dt::FormatError naming
/// the file when it is missing, cannot be decoded, or is larger than 4096 pixels a side.
/// The file is read whole (at most 64 MB) and its header's width and height are checked
/// before anything is decoded: only PNG, JPEG, BMP, TIFF, WebP and PBM/PGM/PPM, whose
/// headers say their size, are read. A file the decoder finds inconsistent is refused too.
GreyImage loadDigitImage(const std::string& path);
/// The same, from the bytes of an image file; `source` names it in messages.
GreyImage decodeDigitImage(const unsigned char* data, std::size_t size, const std::string& source);

} // namespace dt
