#pragma once
// The hot path of recognition: log(w_k) + log N(x | k) for one sample under every
// component of a mixture, from the upper triangles of the precision factors packed in half
// precision, as the model file stores them (an eighth of the memory of the dense double
// matrices: reading them, not the arithmetic, bounds the speed). x - mu is taken in double;
// the triangular product accumulates in single precision, eight lanes at a time (F16C and
// FMA where the build allows, a scalar loop elsewhere); the squared norm is summed in double.
// For a mixture whose factors are exactly representable in half precision (every saved or
// trained DigitModel: see roundedForStorage), the result agrees with GaussianMixture's to
// about 1e-6 relative (measured: MNIST test answers unchanged).

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

    /// x: nFeatures() values; out: nComponents() values. Thread-safe; allocates one
    /// d-vector. Cost: k * d^2 / 2 multiply-adds reading k * d^2 bytes.
    void weightedLogProb(const double* x, double* out) const;

    /// The same score in two passes, so that a caller can skip components that cannot
    /// matter. upperBounds: for every component, partial[k] = the part of the Mahalanobis
    /// distance from the first splitColumn() columns of the factor (a third of the work),
    /// and upper[k] = log w_k + log det P_k - d/2 log 2pi - partial[k] / 2 >= the score.
    void upperBounds(const double* x, double* upper, double* partial) const;
    /// The score of component k (as weightedLogProb gives it) from its partial distance.
    double complete(const double* x, int k, double partial) const;
    /// Columns [0, splitColumn()) are the first pass's: three fifths of the features, which
    /// measured fastest over real drawings (bounds tight enough to skip about 2 in 3
    /// components, for a third of the work).
    int splitColumn() const;

private:
    int m_features = 0;
    std::vector<double> m_means;          ///< k x d, component after component
    /// Per component, IEEE binary16: the leading triangle (rows i < m, columns i..m-1),
    /// then the rest row by row (row i: columns max(i, m)..d-1), with m = splitColumn().
    std::vector<std::uint16_t> m_factors;
    std::vector<double> m_logConstants;   ///< log w_k + log det P_k - d/2 log 2pi
};

} // namespace dt
