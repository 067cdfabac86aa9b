#include <digit_tutor/engine/compact_scorer.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#if defined(__F16C__) && defined(__FMA__) && defined(__AVX__)
#include <immintrin.h>
#define DIGIT_TUTOR_F16C 1
#endif

namespace dt {
namespace {

constexpr int kLanes = 8;                       // single-precision values in one AVX register
constexpr int kBlockColumns = 64;               // eight registers of sums: they stay in registers
constexpr int kMaxLanes = kBlockColumns / kLanes;

std::uint16_t toHalfBits(double v) { return Eigen::numext::bit_cast<std::uint16_t>(Eigen::half(v)); }

// y[0..8L) = sum over the rows i of (x_i - mu_i) * row_i[0..8L), rows of 8L half-precision
// values one after another. The sums stay in registers through all the rows: kept in
// memory, each row's sums waited for the previous row's stores.
template <int L>
void sumRows(const double* x, const double* mean, const std::uint16_t* rows, int nRows, float* y)
{
#ifdef DIGIT_TUTOR_F16C
    __m256 sums[L];
    for (int l = 0; l < L; ++l)
        sums[l] = _mm256_setzero_ps();
    for (int i = 0; i < nRows; ++i, rows += L * kLanes) {
        const __m256 di = _mm256_set1_ps(float(x[i] - mean[i]));
        for (int l = 0; l < L; ++l)
            sums[l] = _mm256_fmadd_ps(
                di, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(rows + l * kLanes))), sums[l]);
    }
    for (int l = 0; l < L; ++l)
        _mm256_storeu_ps(y + l * kLanes, sums[l]);
#else
    std::fill(y, y + L * kLanes, 0.0f);
    for (int i = 0; i < nRows; ++i, rows += L * kLanes) {
        const float di = float(x[i] - mean[i]);
        for (int j = 0; j < L * kLanes; ++j)
            y[j] = std::fma(di, float(Eigen::numext::bit_cast<Eigen::half>(rows[j])), y[j]);
    }
#endif
}

using SumRows = void (*)(const double*, const double*, const std::uint16_t*, int, float*);
constexpr std::array<SumRows, kMaxLanes + 1> kSumRows{nullptr,     &sumRows<1>, &sumRows<2>, &sumRows<3>, &sumRows<4>,
                                                      &sumRows<5>, &sumRows<6>, &sumRows<7>, &sumRows<8>};

} // namespace

CompactScorer::CompactScorer(const GaussianMixture& mixture) : m_features(mixture.nFeatures())
{
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
    m_factors.assign(std::size_t(k) * size, 0);
    m_logConstants.resize(std::size_t(k));
    for (int c = 0; c < k; ++c) {
        const Eigen::MatrixXd& p = mixture.precisionsCholesky()[std::size_t(c)];
        for (int b = 0; b < blocks(); ++b) {
            std::uint16_t* block = m_factors.data() + std::size_t(c) * size + m_blockOffsets[std::size_t(b)];
            const int a = blockStart(b), e = blockEnd(b), w = paddedWidth(b);
            for (int i = 0; i < e; ++i)
                for (int j = std::max(i, a); j < e; ++j)
                    block[std::size_t(i) * std::size_t(w) + std::size_t(j - a)] = toHalfBits(p(i, j));
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
    const int e = blockEnd(block), lanes = paddedWidth(block) / kLanes;
    const double* mean = m_means.data() + std::size_t(k) * std::size_t(m_features);
    const std::uint16_t* rows =
        m_factors.data() + std::size_t(k) * m_blockOffsets.back() + m_blockOffsets[std::size_t(block)];
    // y_j for j in [a, e) needs the rows i <= j: all rows up to e.
    std::array<float, kBlockColumns> y;
    kSumRows[std::size_t(lanes)](x, mean, rows, e, y.data());
    double part = 0.0;
    for (int j = 0; j < lanes * kLanes; ++j) // the padding's sums are zero
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
