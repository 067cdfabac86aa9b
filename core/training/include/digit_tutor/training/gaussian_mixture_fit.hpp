#pragma once
// EM for a Gaussian mixture with full covariances, with the semantics of scikit-learn's
// GaussianMixture(covariance_type='full', n_init=1).fit:
//  - E-step: log responsibilities normalised by log-sum-exp; the mean of the per-sample
//    log-likelihood is the lower bound;
//  - M-step: nk = sum of responsibilities + 10 * machine epsilon, weights nk / sum(nk),
//    means, covariances with regCovar added to the diagonal, and the upper-triangular
//    Cholesky factor P of each precision (P * P^T = inverse covariance) obtained by a
//    triangular solve of the covariance's Cholesky factor (no explicit inverse);
//  - convergence when |lower bound - previous lower bound| < tol, at most maxIter
//    iterations; the mixture's lowerBound(), nIter() and converged() report how it went.
//
// Cost: O(iterations * k * n * d^2 / 2) flops spread over `threads`.
//
// Example use:
//   dt::GaussianMixtureOptions o; o.nComponents = 4; o.regCovar = 1e-3; o.seed = 7;
//   dt::GaussianMixture gm = dt::fitGaussianMixture(X, o);
//   Eigen::VectorXd ll = gm.scoreSamples(Y);   // per-sample log-likelihood

#include <digit_tutor/engine/gaussian_mixture.hpp>

#include <Eigen/Core>

#include <cstdint>
#include <functional>
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

/// Fits a mixture to X (n x d). Throws dt::NumericalError when n < nComponents, when X
/// holds a non-finite value, when the initial parameters have the wrong shapes or are
/// not valid, or when a covariance is not positive definite (the message names the
/// component and suggests a larger regCovar).
GaussianMixture fitGaussianMixture(const Eigen::MatrixXd& X, const GaussianMixtureOptions& options,
                                   const GaussianMixtureInit& init = {}, const EmProgress& progress = {});

} // namespace dt
