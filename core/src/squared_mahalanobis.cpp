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

void squaredMahalanobis(const SamplePanels& X, Index begin, Index rows, const Eigen::RowVectorXf& mean,
                        const PackedUpperFactor& P, Eigen::VectorXf& workspace, float* out)
{
    const Index d = P.d_;
    const Index tiles = rowBlocks(rows);
    const Index panelSize = kTileRows * d;
    const float* panels = X.data_.data() + begin / kTileRows * panelSize;
    workspace.setZero(tiles * kTileRows);
    float* norms = workspace.data();
    // Column groups outside, sample blocks inside: the factor's group stays in L1 while
    // the sample blocks stream from L2.
    for (std::size_t g = 0; g < P.offset_.size(); ++g) {
        const float* factor = P.data_.data() + P.offset_[g];
        const Index depth = P.depth_[g];
        for (Index t = 0; t < tiles; ++t) {
            const FloatTile y = multiplyShiftedPanels(panels + t * panelSize, mean.data(), factor, depth);
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
