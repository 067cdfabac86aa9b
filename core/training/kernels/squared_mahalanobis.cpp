#include "squared_mahalanobis.hpp"

#include "float_tile_kernel.hpp"

#include <algorithm>

#if defined(__AVX2__)
#include <immintrin.h>
#endif

namespace dt::detail {

using Eigen::Index;

PackedUpperFactor::PackedUpperFactor(const Eigen::MatrixXd& upper)
    : d_(upper.rows())
{
    const Index groups = columnGroups(d_);
    Index total = 0;
    for (Index g = 0; g < groups; ++g) {
        offset_.push_back(total);
        depth_.push_back(std::min(d_, (g + 1) * kTileCols));
        total += depth_.back() * kTileCols;
    }
    data_ = Eigen::VectorXf::Zero(total);
    for (Index g = 0; g < groups; ++g) {
        float* out = data_.data() + offset_[std::size_t(g)];
        for (Index i = 0; i < depth_[std::size_t(g)]; ++i)
            for (Index q = 0; q < kTileCols; ++q) {
                const Index j = g * kTileCols + q;
                if (j < d_ && i <= j)
                    out[i * kTileCols + q] = float(upper(i, j));
            }
    }
}

namespace {

// Eight samples' features f..f+7 (rows[s] + f) to eight groups of eight samples, each
// group stored at out + i * kTileRows: a transpose in registers, where the scalar loop
// stored every value a cache line apart.
inline void transposeEight(const float* const rows[8], Index f, float* out)
{
#if defined(__AVX2__)
    __m256 r[8];
    for (int s = 0; s < 8; ++s)
        r[s] = _mm256_loadu_ps(rows[s] + f);
    const __m256 t0 = _mm256_unpacklo_ps(r[0], r[1]);
    const __m256 t1 = _mm256_unpackhi_ps(r[0], r[1]);
    const __m256 t2 = _mm256_unpacklo_ps(r[2], r[3]);
    const __m256 t3 = _mm256_unpackhi_ps(r[2], r[3]);
    const __m256 t4 = _mm256_unpacklo_ps(r[4], r[5]);
    const __m256 t5 = _mm256_unpackhi_ps(r[4], r[5]);
    const __m256 t6 = _mm256_unpacklo_ps(r[6], r[7]);
    const __m256 t7 = _mm256_unpackhi_ps(r[6], r[7]);
    const __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44);
    const __m256 u1 = _mm256_shuffle_ps(t0, t2, 0xEE);
    const __m256 u2 = _mm256_shuffle_ps(t1, t3, 0x44);
    const __m256 u3 = _mm256_shuffle_ps(t1, t3, 0xEE);
    const __m256 u4 = _mm256_shuffle_ps(t4, t6, 0x44);
    const __m256 u5 = _mm256_shuffle_ps(t4, t6, 0xEE);
    const __m256 u6 = _mm256_shuffle_ps(t5, t7, 0x44);
    const __m256 u7 = _mm256_shuffle_ps(t5, t7, 0xEE);
    _mm256_storeu_ps(out + 0 * kTileRows, _mm256_permute2f128_ps(u0, u4, 0x20));
    _mm256_storeu_ps(out + 1 * kTileRows, _mm256_permute2f128_ps(u1, u5, 0x20));
    _mm256_storeu_ps(out + 2 * kTileRows, _mm256_permute2f128_ps(u2, u6, 0x20));
    _mm256_storeu_ps(out + 3 * kTileRows, _mm256_permute2f128_ps(u3, u7, 0x20));
    _mm256_storeu_ps(out + 4 * kTileRows, _mm256_permute2f128_ps(u0, u4, 0x31));
    _mm256_storeu_ps(out + 5 * kTileRows, _mm256_permute2f128_ps(u1, u5, 0x31));
    _mm256_storeu_ps(out + 6 * kTileRows, _mm256_permute2f128_ps(u2, u6, 0x31));
    _mm256_storeu_ps(out + 7 * kTileRows, _mm256_permute2f128_ps(u3, u7, 0x31));
#else
    for (int i = 0; i < 8; ++i)
        for (int s = 0; s < 8; ++s)
            out[i * kTileRows + s] = rows[s][f + i];
#endif
}

} // namespace

SamplePanels::SamplePanels(const Eigen::MatrixXf& columns, const Index* order, Index count)
    : n_(count), d_(columns.rows()), data_(rowBlocks(count) * columns.rows() * kTileRows)
{
    static_assert(kTileRows % 8 == 0);
    for (Index t = 0; t < rowBlocks(n_); ++t) {
        float* panel = data_.data() + t * d_ * kTileRows;
        const Index m = std::min<Index>(kTileRows, n_ - t * kTileRows);
        for (Index q = 0; q < kTileRows; q += 8) {
            // A group of eight past the last sample reads the last one again: padding rows
            // hold some sample's values (finite; their distances are never read).
            const float* rows[8];
            for (int s = 0; s < 8; ++s)
                rows[s] = columns.data() + order[t * kTileRows + std::min<Index>(q + s, m - 1)] * d_;
            Index f = 0;
            for (; f + 8 <= d_; f += 8)
                transposeEight(rows, f, panel + f * kTileRows + q);
            for (; f < d_; ++f)
                for (int s = 0; s < 8; ++s)
                    panel[f * kTileRows + q + s] = rows[s][f];
        }
    }
}

DIGIT_TUTOR_EM_KERNEL
void squaredMahalanobisOfTiles(const SamplePanels& X, const Index* tiles, Index count, const Eigen::RowVectorXf& mean,
                               const PackedUpperFactor& P, float* out, const std::uint8_t* vectors)
{
    const Index panelSize = kTileRows * P.d_;
    std::fill(out, out + count * kTileRows, 0.0f);
    // Column groups outside, sample blocks inside: the factor's group stays in L1 while
    // the sample blocks stream from L2.
    for (std::size_t g = 0; g < P.offset_.size(); ++g) {
        const float* factor = P.data_.data() + P.offset_[g];
        const Index depth = P.depth_[g];
        for (Index j = 0; j < count; ++j) {
            const float* panel = X.data_.data() + tiles[j] * panelSize;
            float* n = out + j * kTileRows;
            // The vectors of eight rows asked for: all three in one pass, else the first
            // contiguous run of them (vectors 0 and 2 alone take two passes).
            const int mask = vectors ? vectors[j] : 7;
            auto square = [&](const FloatTile& y, int first, int vectorCount) {
                for (int v = 0; v < vectorCount; ++v) {
                    Float8 acc = loadFloat8(n + 8 * (first + v));
                    for (int q = 0; q < kTileCols; ++q)
                        acc += y.acc[v][q] * y.acc[v][q];
                    storeFloat8(n + 8 * (first + v), acc);
                }
            };
            switch (mask) {
            case 7:
                square(multiplyShiftedPanels(panel, mean.data(), factor, depth), 0, 3);
                break;
            case 3:
                square(multiplyShiftedPanelRows<2>(panel, mean.data(), factor, depth), 0, 2);
                break;
            case 6:
                square(multiplyShiftedPanelRows<2>(panel + 8, mean.data(), factor, depth), 1, 2);
                break;
            default:
                for (int v = 0; v < 3; ++v)
                    if (mask & (1 << v))
                        square(multiplyShiftedPanelRows<1>(panel + 8 * v, mean.data(), factor, depth), v, 1);
            }
        }
    }
}

void squaredMahalanobis(const SamplePanels& X, Index begin, Index rows, const Eigen::RowVectorXf& mean,
                        const PackedUpperFactor& P, Eigen::VectorXf& workspace, float* out)
{
    const Index count = rowBlocks(rows);
    std::vector<Index> tiles(static_cast<std::size_t>(count));
    for (Index j = 0; j < count; ++j)
        tiles[std::size_t(j)] = begin / kTileRows + j;
    workspace.resize(count * kTileRows);
    squaredMahalanobisOfTiles(X, tiles.data(), count, mean, P, workspace.data());
    std::copy(workspace.data(), workspace.data() + rows, out);
}

} // namespace dt::detail
