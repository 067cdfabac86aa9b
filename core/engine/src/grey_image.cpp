#include <digit_tutor/engine/grey_image.hpp>

#include <algorithm>

namespace dt {

bool GreyImage::isBlank() const
{
    return std::all_of(pixels.begin(), pixels.end(), [](std::uint8_t v) { return v == 0; });
}

} // namespace dt
