#pragma once
// A grey image of bytes, row-major, 0 = background, 255 = full ink (MNIST's convention).
// The core's public headers use this instead of OpenCV types so that users of the
// library need not see OpenCV.

#include <cstdint>
#include <vector>

namespace dt {

inline constexpr int kDigitSide = 28;      ///< MNIST image side in pixels
inline constexpr int kDigitBox = 20;       ///< side of the box the digit's longest side is scaled to
inline constexpr int kDigitPixels = kDigitSide * kDigitSide;

struct GreyImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; ///< width * height bytes, row after row

    GreyImage() = default;
    GreyImage(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * h, 0) {}

    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
    std::uint8_t& at(int x, int y) { return pixels[static_cast<std::size_t>(y) * width + x]; }
    bool isBlank() const;
};

} // namespace dt
