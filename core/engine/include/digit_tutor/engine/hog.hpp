#pragma once
// Histogram of oriented gradients, computed exactly as scikit-image 0.19's
// skimage.feature.hog(image, orientations, pixels_per_cell=(c, c), cells_per_block=(b, b),
// block_norm='L2-Hys') on the image converted to float64 (0..255, not rescaled):
//  - gradients by central differences, zero on the image border rows/columns;
//  - unsigned orientation in [0, 180) degrees, bin i holds [i*180/n, (i+1)*180/n);
//  - each cell's histogram is the sum of magnitudes divided by c*c;
//  - each block of b x b cells is L2-normalised (eps = 1e-5), clipped at 0.2, renormalised.
// Output order: blocks row-major, inside a block the cells row-major, inside a cell the bins.
// With the defaults on 28x28 images: 3x3 blocks * 2x2 cells * 9 bins = 324 values.
//
// Example use:
//   dt::HogExtractor hog;                       // 9 bins, 7x7 cells, 2x2 blocks, 28x28
//   std::vector<double> f = hog.compute(image); // image: 28x28 dt::GreyImage

#include <digit_tutor/engine/grey_image.hpp>

#include <cstdint>
#include <vector>

namespace dt {

struct HogParams {
    int orientations = 9;
    int cellSize = 7;  ///< pixels per cell, on each side
    int blockSize = 2; ///< cells per block, on each side

    bool operator==(const HogParams&) const = default;
};

inline constexpr int kHogFeatures = 324; ///< feature count with the default parameters on 28x28
/// The most values per image HogExtractor accepts to give (32 MB of doubles): far above any
/// digit's (324; at most about 400 000 on 28x28 with 9 bins, whatever the cells and blocks).
inline constexpr int kMaxHogFeatures = 1 << 22;

class HogExtractor {
public:
    /// Throws dt::FormatError when a parameter is out of range (orientations 1..180,
    /// cellSize 1..width, blockSize 1..cells per side), the image size is not positive, or
    /// the settings would give more than kMaxHogFeatures values.
    explicit HogExtractor(const HogParams& params = {}, int width = kDigitSide, int height = kDigitSide);

    const HogParams& params() const { return m_params; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int featureCount() const { return m_featureCount; }

    /// Byte image (width*height values, row-major) into out[featureCount()].
    /// Uses a lookup table for the orientation bins: ~1 microsecond per 28x28 image.
    void compute(const std::uint8_t* pixels, double* out) const;
    /// Any real-valued image (width*height values); computes atan2 per pixel.
    void compute(const double* pixels, double* out) const;
    /// Throws dt::FormatError when the image size differs from the extractor's.
    std::vector<double> compute(const GreyImage& image) const;

private:
    template <typename Pixel, typename Binner>
    void computeImpl(const Pixel* pixels, double* out, Binner bin) const;
    void normaliseBlocks(const std::vector<double>& cells, double* out) const;

    HogParams m_params;
    int m_width;
    int m_height;
    int m_cellsX;
    int m_cellsY;
    int m_featureCount;
    const std::int8_t* m_byteBins; ///< orientation bin of each byte-image gradient pair; shared, lives forever
};

} // namespace dt
