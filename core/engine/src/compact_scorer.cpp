#include <digit_tutor/engine/compact_scorer.hpp>

#include "scoring_kernels.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dt {
namespace {

constexpr int kLanes = kernels::kLanes;
constexpr int kBlockColumns = kernels::kMaxWidth; // eight registers of sums: they stay in registers

std::uint16_t toHalfBits(double v) { return Eigen::numext::bit_cast<std::uint16_t>(Eigen::half(v)); }

} // namespace

CompactScorer::CompactScorer(const GaussianMixture& mixture)
    : m_features(mixture.nFeatures())
{
    // With AVX2 the factors stay in half precision and F16C converts them as they are read;
    // the baseline keeps them in single precision (twice the memory) rather than convert
    // each value in a dozen instructions.
    if (activeKernels() == CpuKernels::Avx2)
        m_halfRows = kernels::halfRowsAvx2();
    else
        m_floatRows = kernels::floatRowsBaseline();
    const int d = m_features;
    const int k = mixture.nComponents();
    // Block b holds rows 0..e-1 of columns [a, e), each row padded with zeros to a whole
    // number of registers (zeros also below the diagonal): a fifth more memory than the
    // bare triangle, and every row one straight run of loads and multiply-adds.
    m_blockOffsets.assign(1, 0);
    for (int b = 0; b < blocks(); ++b)
        m_blockOffsets.push_back(m_blockOffsets.back() + std::size_t(blockEnd(b)) * std::size_t(paddedWidth(b)));
    const std::size_t size = m_blockOffsets.back();
    m_means.resize(std::size_t(k) * d);
    (m_halfRows ? m_factors.assign(std::size_t(k) * size, 0) : m_floatFactors.assign(std::size_t(k) * size, 0.0f));
    m_logConstants.resize(std::size_t(k));
    for (int c = 0; c < k; ++c) {
        const Eigen::MatrixXd& p = mixture.precisionsCholesky()[std::size_t(c)];
        for (int b = 0; b < blocks(); ++b) {
            const std::size_t block = std::size_t(c) * size + m_blockOffsets[std::size_t(b)];
            const int a = blockStart(b), e = blockEnd(b), w = paddedWidth(b);
            for (int i = 0; i < e; ++i)
                for (int j = std::max(i, a); j < e; ++j) {
                    const std::size_t at = block + std::size_t(i) * std::size_t(w) + std::size_t(j - a);
                    // Rounded to half precision either way: the same numbers on every processor.
                    const std::uint16_t half = toHalfBits(p(i, j));
                    if (m_halfRows)
                        m_factors[at] = half;
                    else
                        m_floatFactors[at] = float(Eigen::numext::bit_cast<Eigen::half>(half));
                }
        }
        for (int j = 0; j < d; ++j)
            m_means[std::size_t(c) * d + std::size_t(j)] = mixture.means()(c, j);
        m_logConstants[std::size_t(c)] = mixture.logConstant(c);
    }
}

int CompactScorer::blocks() const { return std::max(1, (m_features + kBlockColumns - 1) / kBlockColumns); }
int CompactScorer::blockStart(int block) const { return block * kBlockColumns; }
int CompactScorer::blockEnd(int block) const { return std::min(m_features, (block + 1) * kBlockColumns); }
int CompactScorer::paddedWidth(int block) const
{
    return (blockEnd(block) - blockStart(block) + kLanes - 1) / kLanes * kLanes;
}

double CompactScorer::addBlock(const double* x, int k, int block, double& distance) const
{
    const int e = blockEnd(block), width = paddedWidth(block);
    const double* mean = m_means.data() + std::size_t(k) * std::size_t(m_features);
    const std::size_t rows = std::size_t(k) * m_blockOffsets.back() + m_blockOffsets[std::size_t(block)];
    // y_j for j in [a, e) needs the rows i <= j: all rows up to e.
    std::array<float, kBlockColumns> y;
    if (m_halfRows)
        m_halfRows(x, mean, m_factors.data() + rows, e, width, y.data());
    else
        m_floatRows(x, mean, m_floatFactors.data() + rows, e, width, y.data());
    double part = 0.0;
    for (int j = 0; j < width; ++j) // the padding's sums are zero
        part += double(y[std::size_t(j)]) * double(y[std::size_t(j)]);
    distance += part;
    return m_logConstants[std::size_t(k)] - 0.5 * distance;
}

void CompactScorer::weightedLogProb(const double* x, double* out) const
{
    for (int c = 0; c < nComponents(); ++c) {
        double distance = 0.0;
        for (int b = 0; b < blocks(); ++b)
            out[c] = addBlock(x, c, b, distance);
    }
}

void scoreWithinMargin(const double* x, std::vector<MarginCandidate>& candidates, double marginNats)
{
    // Every candidate's first step, then, in order of those bounds, each one step at a time
    // while its bound stays within the margin of the best score found: the first
    // candidates are mostly scored in full and set a high best, and the later ones mostly
    // stop after a step or two. Measured over real drawings on the default model: a third
    // less work than one bound from three fifths of the columns.
    std::vector<double> distances(candidates.size(), 0.0);
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        MarginCandidate& c = candidates[i];
        c.score = c.scorer->addBlock(x, c.component, 0, distances[i]) + c.offset;
        order[i] = i;
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return candidates[a].score > candidates[b].score; });
    double best = -std::numeric_limits<double>::infinity();
    for (std::size_t i : order) {
        MarginCandidate& c = candidates[i];
        if (c.score < best - marginNats)
            break; // sorted by their first bounds, and bounds only fall: none later can come near
        const int blocks = c.scorer->blocks();
        int block = 1;
        for (; block < blocks && c.score >= best - marginNats; ++block)
            c.score = c.scorer->addBlock(x, c.component, block, distances[i]) + c.offset;
        if (block == blocks) // scored in full
            best = std::max(best, c.score);
    }
}

} // namespace dt
