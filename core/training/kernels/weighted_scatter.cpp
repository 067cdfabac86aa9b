#include "weighted_scatter.hpp"

#include "float_tile_kernel.hpp"

#include <algorithm>
#include <cmath>

namespace dt::detail {

using Eigen::Index;

namespace {

constexpr Index kTileSize = kTileRows * kTileCols;

// The row block that holds column group g's diagonal: the first one of the lower triangle.
Index firstTile(Index g) { return g * kTileCols / kTileRows; }

// Where each column group's blocks start among the lower triangle's blocks (counted in
// blocks), and after the last, their number: the one statement of the layout.
std::vector<Index> groupOffsets(Index d)
{
    std::vector<Index> offsets(static_cast<std::size_t>(columnGroups(d) + 1), 0);
    for (Index g = 0; g < columnGroups(d); ++g)
        offsets[std::size_t(g + 1)] = offsets[std::size_t(g)] + rowBlocks(d) - firstTile(g);
    return offsets;
}

} // namespace

Index lowerTileFloats(Index d)
{
    return groupOffsets(d).back() * kTileSize;
}

DIGIT_TUTOR_EM_KERNEL
void weightedScatterTiles(const Eigen::MatrixXf& XfT, const std::vector<Index>& samples, const double* resp,
                          const Eigen::VectorXf& mean, Eigen::VectorXf& workspace, Eigen::VectorXf& tileSums)
{
    const Index d = XfT.rows();
    const Index n = Index(samples.size());
    const Index tiles = rowBlocks(d);
    const Index groups = columnGroups(d);
    const Index block = std::min(kScatterBlock, n);
    const Index rowPanel = block * kTileRows;
    const Index colPanel = block * kTileCols;
    workspace.resize(tiles * rowPanel + groups * colPanel + tiles * kTileRows);
    float* rowPanels = workspace.data();             // per row block: sample by sample, 24 features
    float* colPanels = rowPanels + tiles * rowPanel; // per column group: sample by sample, 4 features
    float* weighted = colPanels + groups * colPanel; // one sample, zeros past d
    const std::vector<Index> groupOffset = groupOffsets(d);
    tileSums.setZero(groupOffset.back() * kTileSize);
    std::fill(weighted, weighted + tiles * kTileRows, 0.0f);

    for (Index at = 0; at < n; at += block) {
        const Index m = std::min(block, n - at);
        for (Index s = 0; s < m; ++s) {
            // The samples are scattered columns: ask for the third one ahead while this one
            // is packed, into L2 only (21 lines a sample; asked into L1, they filled its miss
            // buffers and the prefetches stalled: 3-4% of the M-step).
            constexpr Index kAhead = 3;
            if (at + s + kAhead < n) {
                const char* next = reinterpret_cast<const char*>(XfT.data() + samples[std::size_t(at + s + kAhead)] * d);
                for (Index byte = 0; byte < d * Index(sizeof(float)); byte += 64)
                    __builtin_prefetch(next + byte, 0, 2);
            }
            const Index i = samples[std::size_t(at + s)];
            const float w = float(std::sqrt(resp[i]));
            const float* x = XfT.data() + i * d;
            for (Index f = 0; f < d; ++f)
                weighted[f] = w * (x[f] - mean[f]);
            for (Index t = 0; t < tiles; ++t)
                std::copy(weighted + t * kTileRows, weighted + (t + 1) * kTileRows, rowPanels + t * rowPanel + s * kTileRows);
        }
        // The column panels from the row panels, read and written in order (written sample
        // by sample they would be stores a page apart).
        for (Index g = 0; g < groups; ++g) {
            const float* from = rowPanels + firstTile(g) * rowPanel + (g * kTileCols) % kTileRows;
            float* to = colPanels + g * colPanel;
            for (Index s = 0; s < m; ++s)
                std::copy(from + s * kTileRows, from + s * kTileRows + kTileCols, to + s * kTileCols);
        }
        // Row blocks outside, column groups inside: a row block's panel (kScatterBlock x 24
        // floats) stays in L1 while the groups' narrow panels stream from L2.
        for (Index t = 0; t < tiles; ++t) {
            const Index lastGroup = std::min(groups - 1, ((t + 1) * kTileRows - 1) / kTileCols);
            for (Index g = 0; g <= lastGroup; ++g) {
                float* out = tileSums.data() + (groupOffset[std::size_t(g)] + t - firstTile(g)) * kTileSize;
                // The block's running sum lies in L2: ask for it before the kernel's loop.
                for (Index byte = 0; byte < kTileSize * Index(sizeof(float)); byte += 64)
                    __builtin_prefetch(reinterpret_cast<const char*>(out) + byte, 1);
                // Only the vectors of eight rows that reach the lower triangle (a row at or
                // below the group's first column) and the matrix (a row below d): in the
                // diagonal's blocks and the last one, up to two of three are not needed.
                const Index firstVector = std::max<Index>(0, (g * kTileCols - t * kTileRows) / 8);
                const Index lastVector = std::min<Index>(2, (d - 1 - t * kTileRows) / 8);
                const float* rows = rowPanels + t * rowPanel + 8 * firstVector;
                const float* cols = colPanels + g * colPanel;
                FloatTile tile;
                switch (lastVector - firstVector) {
                case 2:
                    tile = multiplyPanels(rows, cols, m);
                    break;
                case 1:
                    tile = multiplyPanelRows<2>(rows, cols, m);
                    break;
                default:
                    tile = multiplyPanelRows<1>(rows, cols, m);
                }
                for (int j = 0; j < kTileCols; ++j)
                    for (Index v = firstVector; v <= lastVector; ++v) {
                        float* p = out + j * kTileRows + 8 * v;
                        storeFloat8(p, loadFloat8(p) + tile.acc[v - firstVector][j]);
                    }
            }
        }
    }
}

Eigen::MatrixXd lowerFromTiles(const Eigen::VectorXd& tiles, Index d)
{
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(d, d);
    const double* in = tiles.data();
    for (Index g = 0; g < columnGroups(d); ++g)
        for (Index t = firstTile(g); t < rowBlocks(d); ++t, in += kTileSize) {
            const Index rows = std::min<Index>(kTileRows, d - t * kTileRows);
            const Index cols = std::min<Index>(kTileCols, d - g * kTileCols);
            for (Index j = 0; j < cols; ++j)
                std::copy(in + j * kTileRows, in + j * kTileRows + rows, out.data() + (g * kTileCols + j) * d + t * kTileRows);
        }
    return out;
}

} // namespace dt::detail
