#pragma once
// The hot path of recognition: log(w_k) + log N(x | k) for one sample under every
// component of a mixture, from the upper triangles of the precision factors packed in half
// precision, as the model file stores them (an eighth of the memory of the dense double
// matrices: reading them, not the arithmetic, bounds the speed; with the baseline kernels,
// in single precision, a quarter). x - mu is taken in double;
// the triangular product accumulates in single precision (eight lanes at a time with AVX2,
// FMA and F16C where the processor has them, cpu_kernels.hpp); the squared norm is summed in
// double.
// For a mixture whose factors are exactly representable in half precision (every saved or
// trained DigitModel: see roundedForStorage), the result agrees with GaussianMixture's to
// about 1e-6 relative (measured: MNIST test answers unchanged).
//
// The squared Mahalanobis distance |P^T (x - mu)|^2 is a sum over the factor's columns, so
// the score can be taken in steps of 64 columns, each step lowering an upper bound of
// the score until the last gives the score itself: scoreWithinMargin stops on components
// that cannot come near the best.

#include <digit_tutor/engine/gaussian_mixture.hpp>

#include <cstdint>
#include <vector>

namespace dt {

class CompactScorer {
public:
    CompactScorer() = default;
    explicit CompactScorer(const GaussianMixture& mixture);

    int nComponents() const { return int(m_logConstants.size()); }
    int nFeatures() const { return m_features; }

    /// x: nFeatures() values; out: nComponents() values. Thread-safe; does not allocate.
    /// Cost: about k * d^2 / 2 multiply-adds reading k * d^2 bytes (a fifth more for the
    /// padding).
    void weightedLogProb(const double* x, double* out) const;

    /// The steps of a score: blocks of 64 columns, the last one narrower. The first one
    /// costs (64 / d)^2 of the work.
    int blocks() const;
    /// One step of component k's score: adds the part of its squared Mahalanobis distance
    /// from the columns of `block` to `distance` and returns log w_k + log det P_k - d/2
    /// log 2pi - distance / 2. Called for blocks 0, 1, ... blocks() - 1 in turn, starting
    /// from distance 0, it returns upper bounds of the score, and after the last block the
    /// score as weightedLogProb gives it. Thread-safe; does not allocate.
    double addBlock(const double* x, int k, int block, double& distance) const;

private:
    int blockStart(int block) const; ///< its first column
    int blockEnd(int block) const;   ///< the first column after it
    int paddedWidth(int block) const; ///< its columns, rounded up to whole registers

    int m_features = 0;
    /// The kernel of addBlock, chosen when built (cpu_kernels.hpp): one of the two is set,
    /// and reads m_factors or m_floatFactors.
    void (*m_halfRows)(const double*, const double*, const std::uint16_t*, int, int, float*) = nullptr;
    void (*m_floatRows)(const double*, const double*, const float*, int, int, float*) = nullptr;
    std::vector<double> m_means;          ///< k x d, component after component
    /// Per component, IEEE binary16, block after block; block b (columns a..e-1) holds
    /// rows 0..e-1 of paddedWidth(b) values, zero outside the upper triangle.
    std::vector<std::uint16_t> m_factors;
    std::vector<float> m_floatFactors;    ///< the same values in single precision, for the baseline
    std::vector<std::size_t> m_blockOffsets; ///< blocks() + 1 offsets within a component's factor
    std::vector<double> m_logConstants;   ///< log w_k + log det P_k - d/2 log 2pi
};

/// One component to score within scoreWithinMargin: `offset` is added to its score (a log
/// prior, a weight renormalisation), and `score` receives the result.
struct MarginCandidate {
    const CompactScorer* scorer = nullptr;
    int component = 0;
    double offset = 0.0;
    double score = 0.0;
};

/// Scores the candidates (offsets included) exactly where they may lie within marginNats
/// of the best one, and gives every other one an upper bound of its score that lies more
/// than marginNats below the best: a log-sum-exp over them is then exact to within
/// n * e^-marginNats relative. Reorders `candidates`. x: every scorer's nFeatures() values.
void scoreWithinMargin(const double* x, std::vector<MarginCandidate>& candidates, double marginNats);

} // namespace dt
