#pragma once
// The bounding box of a grey image's ink (pixels above zero), for tests that check geometry.

#include <digit_tutor/engine/grey_image.hpp>

#include <algorithm>

namespace dt::test {

struct InkBox {
    int left = 0, top = 0, width = 0, height = 0; ///< all zero for a blank image
};

inline InkBox inkBox(const dt::GreyImage& image)
{
    int x0 = image.width, y0 = image.height, x1 = -1, y1 = -1;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (image.at(x, y) > 0) {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
    return x1 < 0 ? InkBox{} : InkBox{x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

} // namespace dt::test
