#pragma once
// Reader for the IDX files MNIST is distributed in (big-endian header, then raw bytes).
//
// Rejects, with dt::FormatError naming the file: a file that cannot be opened, a magic
// number other than 0x00000803 (images) or 0x00000801 (labels), dimensions whose product
// does not match the file size (truncated or padded files), labels outside 0..9, and a
// label file whose count differs from its image file (loadMnistSplit).

#include <digit_tutor/engine/grey_image.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace dt {

struct IdxImages {
    int count = 0;
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> pixels; ///< count * rows * cols bytes, image after image

    GreyImage image(int index) const;
    const std::uint8_t* data(int index) const { return pixels.data() + static_cast<std::size_t>(index) * rows * cols; }
};

IdxImages readIdxImages(const std::string& path);
std::vector<std::uint8_t> readIdxLabels(const std::string& path);

/// Writes images as an IDX3 file (used by tests to make truncated or edited copies).
void writeIdxImages(const std::string& path, const IdxImages& images);

struct LabelledImages {
    IdxImages images;
    std::vector<std::uint8_t> labels; ///< one per image, 0..9
};

enum class MnistSplit { Train, Test };

/// Loads train-images-idx3-ubyte + train-labels-idx1-ubyte (or t10k-*) from dir.
/// Throws dt::FormatError when a file is missing, malformed, or the counts disagree.
LabelledImages loadMnistSplit(const std::string& dir, MnistSplit split);

} // namespace dt
