#pragma once
// A Gaussian mixture with full covariances, as scikit-learn's GaussianMixture
// (covariance_type='full') holds it: weights, means, and the upper-triangular Cholesky
// factor P of each precision (P * P^T = inverse covariance). Fitting it (EM) is the
// training library's (training/gaussian_mixture_fit.hpp); this is what scoring needs.
// Weighted log-density of x under component k: logConstant(k) - 1/2 |P_k^T (x - mu_k)|^2.
//
// Storage: samples are rows (X is n x d); means are k x d; each precision factor is d x d.
// Cost: scoring one sample is O(k * d^2 / 2).
//
// Example use:
//   dt::GaussianMixture gm = dt::GaussianMixture::fromParameters(weights, means, factors);
//   Eigen::VectorXd ll = gm.scoreSamples(Y);   // per-sample log-likelihood

#include <Eigen/Core>

#include <vector>

namespace dt {

class GaussianMixture {
public:
    GaussianMixture() = default;

    /// Builds a mixture from fitted parameters (as stored in a model file). precisionsChol
    /// must be upper triangular with positive diagonals. Throws dt::NumericalError on shape
    /// mismatch, non-finite values, weights that are not a distribution, or a bad factor.
    static GaussianMixture fromParameters(Eigen::VectorXd weights, Eigen::MatrixXd means,
                                          std::vector<Eigen::MatrixXd> precisionsChol);
    /// For a fitting algorithm, whose parameters are consistent by construction: the same
    /// mixture without the checks (an initial weight may be 0), recording how the fit went.
    static GaussianMixture fromFit(Eigen::VectorXd weights, Eigen::MatrixXd means,
                                   std::vector<Eigen::MatrixXd> precisionsChol, double lowerBound, int iterations,
                                   bool converged);

    int nComponents() const { return int(m_weights.size()); }
    int nFeatures() const { return int(m_means.cols()); }

    const Eigen::VectorXd& weights() const { return m_weights; }
    const Eigen::MatrixXd& means() const { return m_means; }
    const std::vector<Eigen::MatrixXd>& precisionsCholesky() const { return m_precisionsChol; }
    /// Covariance of component k, (P P^T)^-1, computed from the factor by triangular solves.
    Eigen::MatrixXd covariance(int k) const;

    /// log w_k + log det P_k - d/2 log 2pi: component k's weighted log-density at its mean.
    /// Every scorer in the project (this class's, CompactScorer, training's single-precision
    /// kernels) adds -1/2 |P_k^T (x - mu_k)|^2 to this one value; they differ only in how
    /// they compute that distance, each for a speed its benchmark shows.
    double logConstant(int k) const { return m_logConstants[k]; }

    double lowerBound() const { return m_lowerBound; }
    int nIter() const { return m_nIter; }
    bool converged() const { return m_converged; }

    /// log(weight_k) + log N(x | component k), n x k. Throws dt::NumericalError if X has
    /// the wrong number of columns.
    Eigen::MatrixXd weightedLogProb(const Eigen::MatrixXd& X, int threads = 0) const;
    /// Per-sample log-likelihood (log-sum-exp of weightedLogProb), length n.
    Eigen::VectorXd scoreSamples(const Eigen::MatrixXd& X, int threads = 0) const;
    /// Most likely component per sample.
    Eigen::VectorXi predict(const Eigen::MatrixXd& X, int threads = 0) const;
    /// Posterior of each component per sample, n x k, rows sum to 1.
    Eigen::MatrixXd predictProba(const Eigen::MatrixXd& X, int threads = 0) const;

    /// Hot path for one sample: out[k] = log(weight_k) + log N(x | k); x has nFeatures()
    /// values, out has nComponents(). No allocation beyond a d-vector; no checks.
    void weightedLogProbOne(const double* x, double* out) const;

private:
    void updateLogConstants();

    Eigen::VectorXd m_weights;
    Eigen::MatrixXd m_means;
    std::vector<Eigen::MatrixXd> m_precisionsChol; ///< upper triangular
    Eigen::VectorXd m_logConstants;                ///< logConstant(k)
    double m_lowerBound = 0.0;
    int m_nIter = 0;
    bool m_converged = false;
};

/// log(sum(exp(v))) with the maximum subtracted; -inf for an empty or all -inf vector.
double logSumExp(const double* v, int n);

/// The upper-triangular precision factor of each covariance, from the covariances' lower
/// triangles, which it consumes: their storage holds the factorisations (no copy of a d x d
/// matrix). Throws dt::NumericalError naming the component when a covariance is not
/// positive definite, suggesting a larger regCovar. Uses `threads` (0: all cores).
std::vector<Eigen::MatrixXd> precisionFactorsFromCovariances(std::vector<Eigen::MatrixXd>& covariances, int threads);

/// Throws dt::NumericalError in scikit-learn's words when a parameter's shape is not the one wanted.
void checkParameterShape(const char* what, Eigen::Index rows, Eigen::Index cols, Eigen::Index wantRows,
                         Eigen::Index wantCols);

} // namespace dt
