#include "weighted_scatter.hpp"

#include "float_tile_kernel.hpp"

#include <algorithm>
#include <cmath>

namespace dt::detail {

using Eigen::Index;

void addWeightedScatter(const Eigen::MatrixXf& XfT, const std::vector<Index>& samples, const double* resp,
                        const Eigen::VectorXf& mean, Eigen::MatrixXd& sum, Eigen::VectorXf& workspace)
{
    const Index d = XfT.rows();
    const Index n = Index(samples.size());
    const Index tiles = (d + kTileRows - 1) / kTileRows;  // blocks of result rows
    const Index groups = (d + kTileCols - 1) / kTileCols; // blocks of result columns
    const Index block = std::min(kScatterBlock, n);
    // The lower triangle's blocks: for column group g, the row blocks from the one that
    // holds its diagonal down.
    auto firstTile = [](Index g) { return g * kTileCols / kTileRows; };
    Index lowerTiles = 0;
    for (Index g = 0; g < groups; ++g)
        lowerTiles += tiles - firstTile(g);
    const Index tileSize = kTileRows * kTileCols;
    const Index rowPanel = block * kTileRows;
    const Index colPanel = block * kTileCols;
    workspace.resize(tiles * rowPanel + groups * colPanel + tiles * kTileRows + lowerTiles * tileSize);
    float* rowPanels = workspace.data();               // per row block: sample by sample, 24 features
    float* colPanels = rowPanels + tiles * rowPanel;   // per column group: sample by sample, 4 features
    float* weighted = colPanels + groups * colPanel;   // one sample, zeros past d
    float* tileSums = weighted + tiles * kTileRows;    // the lower blocks, in the order made
    std::fill(tileSums, tileSums + lowerTiles * tileSize, 0.0f);
    std::fill(weighted, weighted + tiles * kTileRows, 0.0f);

    for (Index at = 0; at < n; at += block) {
        const Index m = std::min(block, n - at);
        for (Index s = 0; s < m; ++s) {
            // The samples are scattered columns: ask for the one after next while this one
            // is packed.
            if (at + s + 2 < n) {
                const char* next = reinterpret_cast<const char*>(XfT.data() + samples[std::size_t(at + s + 2)] * d);
                for (Index byte = 0; byte < d * Index(sizeof(float)); byte += 64)
                    __builtin_prefetch(next + byte);
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
        // Column groups outside, row blocks inside: a group's panel stays in L1.
        float* out = tileSums;
        for (Index g = 0; g < groups; ++g)
            for (Index t = firstTile(g); t < tiles; ++t, out += tileSize) {
                const FloatTile tile = multiplyPanels(rowPanels + t * rowPanel, colPanels + g * colPanel, m);
                for (int j = 0; j < kTileCols; ++j)
                    for (int v = 0; v < 3; ++v) {
                        float* p = out + j * kTileRows + 8 * v;
                        storeFloat8(p, loadFloat8(p) + tile.acc[v][j]);
                    }
            }
    }

    const float* in = tileSums;
    for (Index g = 0; g < groups; ++g)
        for (Index t = firstTile(g); t < tiles; ++t, in += tileSize) {
            const Index rows = std::min<Index>(kTileRows, d - t * kTileRows);
            const Index cols = std::min<Index>(kTileCols, d - g * kTileCols);
            for (Index j = 0; j < cols; ++j) {
                double* column = sum.data() + (g * kTileCols + j) * d + t * kTileRows;
                for (Index q = 0; q < rows; ++q)
                    column[q] += double(in[j * kTileRows + q]);
            }
        }
}

} // namespace dt::detail
