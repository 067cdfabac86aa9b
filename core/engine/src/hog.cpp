#include <digit_tutor/engine/hog.hpp>

#include <digit_tutor/engine/error.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <mutex>
#include <numbers>
#include <string>

namespace dt {
namespace {

constexpr int kMaxGradient = 255; // byte images: central differences lie in [-255, 255]
constexpr int kGradientSpan = 2 * kMaxGradient + 1;
constexpr double kBlockEps = 1e-5;
constexpr double kHysClip = 0.2;

// numpy: np.rad2deg(np.arctan2(gr, gc)) % 180, with Python's modulo (result has the
// divisor's sign). Kept literally so that boundary cases fall in the same bin.
double orientationDegrees(double gRow, double gCol)
{
    const double deg = std::atan2(gRow, gCol) * (180.0 / std::numbers::pi);
    double mod = std::fmod(deg, 180.0);
    if (mod != 0.0) {
        if (mod < 0.0)
            mod += 180.0;
    } else {
        mod = 0.0;
    }
    return mod;
}

// skimage tests orientation < (i+1)*180/n and orientation >= i*180/n for bin i; an
// orientation that rounds up to 180 matches no bin and is not counted.
int binOf(double orientation, int orientations)
{
    const double width = 180.0 / orientations;
    for (int i = 0; i < orientations; ++i)
        if (orientation < width * (i + 1) && orientation >= width * i)
            return i;
    return -1;
}

// Bin of every byte-image gradient pair for one orientation count, built once.
class BinTable {
public:
    explicit BinTable(int orientations) : m_bins(std::size_t(kGradientSpan) * kGradientSpan)
    {
        for (int gr = -kMaxGradient; gr <= kMaxGradient; ++gr)
            for (int gc = -kMaxGradient; gc <= kMaxGradient; ++gc)
                m_bins[index(gr, gc)] = static_cast<std::int8_t>(binOf(orientationDegrees(gr, gc), orientations));
    }
    const std::int8_t* data() const { return m_bins.data(); }
    static std::size_t index(int gr, int gc) { return std::size_t(gr + kMaxGradient) * kGradientSpan + (gc + kMaxGradient); }

private:
    std::vector<std::int8_t> m_bins;
};

const BinTable& binTable(int orientations)
{
    static std::mutex mutex;
    static std::array<std::unique_ptr<BinTable>, 181> tables;
    std::lock_guard lock(mutex);
    auto& t = tables[static_cast<std::size_t>(orientations)];
    if (!t)
        t = std::make_unique<BinTable>(orientations);
    return *t;
}

} // namespace

HogExtractor::HogExtractor(const HogParams& params, int width, int height)
    : m_params(params), m_width(width), m_height(height)
{
    if (width <= 0 || height <= 0)
        throw FormatError("HOG image size must be positive, got " + std::to_string(width) + "x" + std::to_string(height) + ".");
    if (params.orientations < 1 || params.orientations > 180)
        throw FormatError("HOG orientations must be between 1 and 180, got " + std::to_string(params.orientations) + ".");
    if (params.cellSize < 1 || params.cellSize > std::min(width, height))
        throw FormatError("HOG cell size must be between 1 and the image side, got " + std::to_string(params.cellSize) + ".");
    m_cellsX = width / params.cellSize;
    m_cellsY = height / params.cellSize;
    if (params.blockSize < 1 || params.blockSize > std::min(m_cellsX, m_cellsY))
        throw FormatError("HOG block size must be between 1 and the number of cells per side (" +
                          std::to_string(std::min(m_cellsX, m_cellsY)) + "), got " + std::to_string(params.blockSize) + ".");
    // Counted in 64 bits: small cells and large blocks on a large image multiply past an
    // int (384x384 pixels, 1-pixel cells and 114-cell blocks: 8.6 billion values).
    const std::int64_t blocks = std::int64_t(m_cellsX - params.blockSize + 1) * (m_cellsY - params.blockSize + 1);
    const std::int64_t count = blocks * params.blockSize * params.blockSize * params.orientations;
    if (count > kMaxHogFeatures)
        throw FormatError("HOG with these settings gives " + std::to_string(count) + " values per image, more than " +
                          std::to_string(kMaxHogFeatures) + ": choose larger cells or smaller blocks.");
    m_featureCount = int(count);
    // Looked up once here rather than per image: the lookup takes a lock.
    m_byteBins = binTable(params.orientations).data();
}

template <typename Pixel, typename Binner>
void HogExtractor::computeImpl(const Pixel* p, double* out, Binner bin) const
{
    const int n = m_params.orientations;
    const int c = m_params.cellSize;
    // skimage's Cython cell_hog accumulates in a C float: total = (float)(total + magnitude),
    // then returns total / (c * c) in float. Reproduced literally, or the features differ
    // from the reference by up to 1e-7.
    std::vector<float> sums(std::size_t(m_cellsX) * m_cellsY * n, 0.0f);
    // Only pixels inside whole cells count; border rows/columns have zero gradient.
    for (int y = 0; y < m_cellsY * c; ++y) {
        const bool rowBorder = y == 0 || y == m_height - 1;
        float* cellRow = sums.data() + std::size_t(y / c) * m_cellsX * n;
        for (int x = 0; x < m_cellsX * c; ++x) {
            const bool colBorder = x == 0 || x == m_width - 1;
            const double gr = rowBorder ? 0.0 : double(p[(y + 1) * m_width + x]) - double(p[(y - 1) * m_width + x]);
            const double gc = colBorder ? 0.0 : double(p[y * m_width + x + 1]) - double(p[y * m_width + x - 1]);
            if (gr == 0.0 && gc == 0.0)
                continue; // adds a zero magnitude in skimage too
            const int b = bin(gr, gc);
            if (b >= 0) {
                float& total = cellRow[(x / c) * n + b];
                total = static_cast<float>(double(total) + std::sqrt(gr * gr + gc * gc));
            }
        }
    }
    const float area = static_cast<float>(c * c);
    std::vector<double> cells(sums.size());
    for (std::size_t i = 0; i < sums.size(); ++i)
        cells[i] = double(sums[i] / area);
    normaliseBlocks(cells, out);
}

void HogExtractor::normaliseBlocks(const std::vector<double>& cells, double* out) const
{
    const int n = m_params.orientations;
    const int b = m_params.blockSize;
    const int blockLen = b * b * n;
    std::vector<double> block(static_cast<std::size_t>(blockLen));
    for (int by = 0; by + b <= m_cellsY; ++by)
        for (int bx = 0; bx + b <= m_cellsX; ++bx) {
            int k = 0;
            for (int cy = by; cy < by + b; ++cy)
                for (int cx = bx; cx < bx + b; ++cx)
                    for (int o = 0; o < n; ++o)
                        block[k++] = cells[(std::size_t(cy) * m_cellsX + cx) * n + o];
            double sum = 0.0;
            for (double v : block)
                sum += v * v;
            double norm = std::sqrt(sum + kBlockEps * kBlockEps);
            sum = 0.0;
            for (double& v : block) {
                v = std::min(v / norm, kHysClip);
                sum += v * v;
            }
            norm = std::sqrt(sum + kBlockEps * kBlockEps);
            for (double v : block)
                *out++ = v / norm;
        }
}

void HogExtractor::compute(const std::uint8_t* pixels, double* out) const
{
    const std::int8_t* bins = m_byteBins;
    computeImpl(pixels, out, [bins](double gr, double gc) { return int(bins[BinTable::index(int(gr), int(gc))]); });
}

void HogExtractor::compute(const double* pixels, double* out) const
{
    const int n = m_params.orientations;
    computeImpl(pixels, out, [n](double gr, double gc) { return binOf(orientationDegrees(gr, gc), n); });
}

std::vector<double> HogExtractor::compute(const GreyImage& image) const
{
    if (image.width != m_width || image.height != m_height ||
        image.pixels.size() != std::size_t(m_width) * m_height)
        throw FormatError("HOG extractor expects " + std::to_string(m_width) + "x" + std::to_string(m_height) +
                          " images, got " + std::to_string(image.width) + "x" + std::to_string(image.height) + ".");
    std::vector<double> out(static_cast<std::size_t>(m_featureCount));
    compute(image.pixels.data(), out.data());
    return out;
}

} // namespace dt
