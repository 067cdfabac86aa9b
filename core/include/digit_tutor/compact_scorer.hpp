#pragma once
// The hot path of recognition: log(w_k) + log N(x | k) for one sample under every
// component of a mixture, from the upper triangles of the precision factors packed in
// single precision (a quarter of the memory of the dense double matrices, so the ten
// mixtures of a model stay in the CPU's cache). Arithmetic is double. For a mixture whose
// factors are exactly representable in single precision (every saved or trained
// DigitModel: see roundedForStorage), the result equals GaussianMixture's up to the order
// of summation (~1e-12 relative).

#include <digit_tutor/gaussian_mixture.hpp>

#include <vector>

namespace dt {

class CompactScorer {
public:
    CompactScorer() = default;
    explicit CompactScorer(const GaussianMixture& mixture);

    int nComponents() const { return int(m_logConstants.size()); }
    int nFeatures() const { return m_features; }

    /// x: nFeatures() values; out: nComponents() values. Thread-safe; allocates one
    /// d-vector. Cost: k * d^2 / 2 multiply-adds reading k * d^2 * 2 bytes.
    void weightedLogProb(const double* x, double* out) const;

private:
    int m_features = 0;
    std::vector<double> m_means;          ///< k x d, component after component
    std::vector<float> m_factors;         ///< per component, row i of P: columns i..d-1
    std::vector<double> m_logConstants;   ///< log w_k + log det P_k - d/2 log 2pi
};

} // namespace dt
