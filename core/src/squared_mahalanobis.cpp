#include "squared_mahalanobis.hpp"

#include "float_tile_kernel.hpp"

#include <algorithm>

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

void squaredMahalanobis(const Eigen::MatrixXf& X, Index begin, Index rows, const Eigen::RowVectorXf& mean,
                        const PackedUpperFactor& P, Eigen::VectorXf& workspace, float* out)
{
    const Index d = P.d_;
    const Index tiles = rowBlocks(rows);
    const Index panelSize = kTileRows * d;
    // Per block of kTileRows samples: (x - mean) feature by feature, the missing rows of
    // the last block as zeros; then the norms' accumulators.
    workspace.resize(tiles * (panelSize + kTileRows));
    float* norms = workspace.data() + tiles * panelSize;
    for (Index t = 0; t < tiles; ++t) {
        float* dst = workspace.data() + t * panelSize;
        const Index first = begin + t * kTileRows;
        const Index m = std::min<Index>(kTileRows, begin + rows - first);
        for (Index i = 0; i < d; ++i) {
            const float* src = X.data() + i * X.rows() + first;
            const float mu = mean[i];
            for (Index q = 0; q < m; ++q)
                dst[i * kTileRows + q] = src[q] - mu;
            for (Index q = m; q < kTileRows; ++q)
                dst[i * kTileRows + q] = 0.0f;
        }
    }
    std::fill(norms, norms + tiles * kTileRows, 0.0f);
    // Column groups outside, sample blocks inside: the factor's group stays in L1 while
    // the sample blocks stream from L2.
    for (std::size_t g = 0; g < P.offset_.size(); ++g) {
        const float* factor = P.data_.data() + P.offset_[g];
        const Index depth = P.depth_[g];
        for (Index t = 0; t < tiles; ++t) {
            const FloatTile y = multiplyPanels(workspace.data() + t * panelSize, factor, depth);
            float* n = norms + t * kTileRows;
            for (int v = 0; v < 3; ++v) {
                Float8 acc = loadFloat8(n + 8 * v);
                for (int j = 0; j < kTileCols; ++j)
                    acc += y.acc[v][j] * y.acc[v][j];
                storeFloat8(n + 8 * v, acc);
            }
        }
    }
    std::copy(norms, norms + rows, out);
}

} // namespace dt::detail
