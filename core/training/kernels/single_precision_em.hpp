#pragma once
// The two products of an EM iteration in single precision, for
// GaussianMixtureOptions::singlePrecision. They are nearly all of its work: the E-step's
// x^T P for every sample and component, and the M-step's weighted sums of outer products.
//
// Why single precision is safe where it is offered: the mean is subtracted before each
// product, so no large terms cancel; the covariances get regCovar on their diagonal, which
// bounds their condition number; every sum over samples longer than kSinglePrecisionRows
// is carried on in double; and the Cholesky factorisations stay in double. The log
// densities differ from the double ones by about 1e-4 nats. Twice the SIMD width of
// double makes each product about twice as fast.

#include "squared_mahalanobis.hpp"

#include <digit_tutor/training/gaussian_mixture_fit.hpp>

#include <Eigen/Core>

#include <vector>

namespace dt::detail {

/// Samples summed in single precision before the sum is carried on in double.
inline constexpr Eigen::Index kSinglePrecisionRows = 1024;

/// A sample whose responsibility for a component is below this adds nothing to its
/// covariance: its share is below single precision's rounding of the sum.
inline constexpr double kNegligibleResponsibility = 1e-8;

/// A mixture's components as the single-precision E-step scores them: each one's
/// precision factor packed in float, its mean in float, and log(weight) + log det P -
/// d/2 log 2 pi in double, so that a log-probability is logConstants[c] - d^2 / 2.
struct PackedMixture {
    explicit PackedMixture(const GaussianMixture& gm);
    std::vector<PackedUpperFactor> factors;
    std::vector<Eigen::RowVectorXf> means;
    Eigen::VectorXd logConstants;
};

/// n x k: log(weight_c) + log N(x_i | component c), as GaussianMixture::weightedLogProb,
/// for Xf (n samples of gm.nFeatures() features, in single precision). Uses `threads`
/// (0: all cores).
Eigen::MatrixXd weightedLogProbSingle(const GaussianMixture& gm, const SamplePanels& Xf, int threads);

/// k x d: each component's mean, sum_i resp(i, c) x_i / nk[c], from XfT (d x n: the samples
/// as columns, in single precision), summed in double over fixed blocks of samples added in
/// order (whatever the number of threads). Samples with a zero responsibility are skipped.
Eigen::MatrixXd weightedMeansSingle(const Eigen::MatrixXf& XfT, const Eigen::MatrixXd& resp, const Eigen::VectorXd& nk,
                                    int threads);

/// For each component c: sum_i resp(i, c) (x_i - means_c)(x_i - means_c)^T in double, its
/// lower triangle only (detail::lowerFromTiles), for XfT (d x n: the samples as columns, in single precision).
/// Responsibilities below kNegligibleResponsibility are skipped.
std::vector<Eigen::MatrixXd> scatterMatricesSingle(const Eigen::MatrixXf& XfT, const Eigen::MatrixXd& resp,
                                                   const Eigen::MatrixXd& means, int threads);

} // namespace dt::detail
