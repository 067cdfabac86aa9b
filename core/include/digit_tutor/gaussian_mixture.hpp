#pragma once
// Gaussian mixture with full covariances, fitted by EM with the semantics of
// scikit-learn's GaussianMixture(covariance_type='full', n_init=1):
//  - E-step: log responsibilities normalised by log-sum-exp; the mean of the per-sample
//    log-likelihood is the lower bound;
//  - M-step: nk = sum of responsibilities + 10 * machine epsilon, weights nk / sum(nk),
//    means, covariances with regCovar added to the diagonal, and the upper-triangular
//    Cholesky factor P of each precision (P * P^T = inverse covariance) obtained by a
//    triangular solve of the covariance's Cholesky factor (no explicit inverse);
//  - convergence when |lower bound - previous lower bound| < tol, at most maxIter
//    iterations; lowerBound(), nIter() and converged() report how it went.
// Log-density of x under component k: -1/2 (d log 2pi + |(x - mu_k)^T P_k|^2) + log det P_k.
//
// Storage: samples are rows (X is n x d); means are k x d; each precision factor is d x d.
// Costs: fit is O(iterations * k * n * d^2 / 2) flops spread over `threads`; scoring one
// sample is O(k * d^2 / 2).
//
// Example use:
//   dt::GaussianMixtureOptions o; o.nComponents = 4; o.regCovar = 1e-3; o.seed = 7;
//   dt::GaussianMixture gm = dt::GaussianMixture::fit(X, o);
//   Eigen::VectorXd ll = gm.scoreSamples(Y);   // per-sample log-likelihood

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace dt {

struct GaussianMixtureOptions {
    int nComponents = 1;
    double regCovar = 1e-6;
    double tol = 1e-3;
    int maxIter = 100;
    std::uint64_t seed = 0; ///< k-means++ seeding when no initial parameters are given
    int threads = 0;        ///< 0: all cores
    /// When set, asked before each step instead of reading `threads`: a caller fitting
    /// several mixtures side by side hands a finished fit's cores to the others. The result
    /// does not depend on the number of threads, so it may change from step to step.
    std::function<int()> threadsNow;
    /// The E-step's and M-step's products in single precision, sums over samples and the
    /// factorisations in double: about twice as fast, log densities within about 1e-4
    /// nats of double's. Meant for features of order 1 with regCovar >= 1e-4, which bounds
    /// the covariances' condition number. Off by default: scikit-learn's parity needs double.
    bool singlePrecision = false;
};

/// Initial parameters (scikit-learn's weights_init, means_init, precisions_init). Each
/// member may be left empty; what is empty comes from k-means on the data.
struct GaussianMixtureInit {
    Eigen::VectorXd weights;                 ///< k, positive, summing to 1
    Eigen::MatrixXd means;                   ///< k x d
    std::vector<Eigen::MatrixXd> precisions; ///< k matrices d x d, symmetric positive definite
};

/// Called after each EM iteration: iteration (1-based), lower bound, change from the previous.
using EmProgress = std::function<void(int iteration, double lowerBound, double change)>;

class GaussianMixture {
public:
    GaussianMixture() = default;

    /// Fits a mixture to X (n x d). Throws dt::NumericalError when n < nComponents, when X
    /// holds a non-finite value, when the initial parameters have the wrong shapes or are
    /// not valid, or when a covariance is not positive definite (the message names the
    /// component and suggests a larger regCovar).
    static GaussianMixture fit(const Eigen::MatrixXd& X, const GaussianMixtureOptions& options,
                               const GaussianMixtureInit& init = {}, const EmProgress& progress = {});

    /// Builds a mixture from fitted parameters (as stored in a model file). precisionsChol
    /// must be upper triangular with positive diagonals. Throws dt::NumericalError on shape
    /// mismatch, non-finite values, weights that are not a distribution, or a bad factor.
    static GaussianMixture fromParameters(Eigen::VectorXd weights, Eigen::MatrixXd means,
                                          std::vector<Eigen::MatrixXd> precisionsChol);

    int nComponents() const { return int(m_weights.size()); }
    int nFeatures() const { return int(m_means.cols()); }

    const Eigen::VectorXd& weights() const { return m_weights; }
    const Eigen::MatrixXd& means() const { return m_means; }
    const std::vector<Eigen::MatrixXd>& precisionsCholesky() const { return m_precisionsChol; }
    /// Covariance of component k, (P P^T)^-1, computed from the factor by triangular solves.
    Eigen::MatrixXd covariance(int k) const;

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
    /// Reads the covariances' lower triangles and consumes them: their storage is used for the
    /// factorisations.
    void setPrecisionsFromCovariances(std::vector<Eigen::MatrixXd>& covariances, int threads);
    void updateLogDets();

    Eigen::VectorXd m_weights;
    Eigen::MatrixXd m_means;
    std::vector<Eigen::MatrixXd> m_precisionsChol; ///< upper triangular
    Eigen::VectorXd m_logDets;                     ///< sum log diag(P_k)
    double m_lowerBound = 0.0;
    int m_nIter = 0;
    bool m_converged = false;
};

/// log(sum(exp(v))) with the maximum subtracted; -inf for an empty or all -inf vector.
double logSumExp(const double* v, int n);

} // namespace dt
