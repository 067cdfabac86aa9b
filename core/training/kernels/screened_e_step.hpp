#pragma once
// EM's E-step in single precision that does not compute the (sample, component) pairs it
// can prove lie more than kTruncationNats below the sample's likeliest component.
//
// Why: late in a fit most pairs lie far apart. On MNIST's digits (the default model's
// configuration) 57% of all pairs over all iterations lie 18.4 nats or more below their
// sample's best, and the E-step was half of training. Such a pair's responsibility, below
// e^-18.4 = 1e-8, is already left out of the M-step (kNegligibleResponsibility), and adds
// less than 1e-8 nats to its sample's log-likelihood, against single precision's 1e-4.
//
// How: a bound carried from one E-step to the next. With d(x) = ||P^T (x - mean)||^2 the
// squared Mahalanobis distance and P the precision's Cholesky factor: if
// Sigma_old - t Sigma_new is positive semi-definite (shown by its Cholesky factorisation),
// then for every x
//     sqrt(d_new(x)) >= sqrt(t d_old(x)) - ||P_new^T (mean_old - mean_new)||,
// and a lower bound in place of d_old keeps it a lower bound. Each E-step computes every
// sample's likeliest component of the last E-step first (its value bounds the sample's best
// from below), then only the components whose bound does not rule them out. The kernel
// works on tiles of kTileRows samples, and a tile computes what any of its samples needs,
// so each pass gathers its samples in an order where neighbours need the same: by their
// likeliest component, then by the set of components they need.
//
// What it costs: one Cholesky factorisation per component and step for the certificate
// (sometimes two or three, as t is guessed from the last step's), and the two gathers.
//
// What comes out does not depend on which pairs were computed: every pair more than
// kTruncationNats below its row's largest value is -infinity, computed or not, and the
// others are what weightedLogProbSingle gives, to the bit.

#include "single_precision_em.hpp"

#include <digit_tutor/training/gaussian_mixture_fit.hpp>

#include <Eigen/Core>

#include <cmath>
#include <cstdint>
#include <vector>

namespace dt::detail {

/// How far below a sample's likeliest component a pair is dropped from the E-step, in
/// nats: ln(1e8) = 18.4, where its responsibility falls below kNegligibleResponsibility,
/// so the M-step is the same with or without these pairs.
inline const double kTruncationNats = -std::log(kNegligibleResponsibility);

/// A pair is left out only when its bound puts it this much further below than
/// kTruncationNats, so that it would be truncated even with single precision's error in the
/// distances the bounds start from (about 1e-5 of d): what is left out is exactly what
/// truncation removes.
inline constexpr double kScreenMarginNats = 1.0;

/// The E-steps of one single-precision fit, in order; it keeps the bounds between them.
class ScreenedEStep {
public:
    /// `columns`: the fit's samples as columns (d x n, single precision). Kept by
    /// reference: it must outlive this object and not change.
    explicit ScreenedEStep(const Eigen::MatrixXf& columns);

    /// Records the covariances (regularised; their lower triangles are read) of the
    /// parameters that the next call of weightedLogProb will be given. Without them the
    /// next call computes every pair.
    void setCovariances(const std::vector<Eigen::MatrixXd>& covariances);

    /// n x k: log(weight_c) + log N(x_i | component c), as weightedLogProbSingle, with
    /// every entry more than kTruncationNats below its row's largest set to -infinity.
    /// Uses `threads` (0: all cores). Rejects (NumericalError) a mixture whose dimension
    /// differs from the samples'.
    Eigen::MatrixXd weightedLogProb(const GaussianMixture& gm, int threads);

    /// Pairs whose distance the last call computed, out of n k.
    long computedPairs() const { return computed_; }

private:
    // sqrt(t) for each component (0 when no t could be shown), from the covariances of the
    // last call's parameters and the next ones.
    Eigen::VectorXd certifiedScales(int threads);

    const Eigen::MatrixXf& columns_;
    std::vector<Eigen::MatrixXd> nextCovariances_; // of the parameters of the next call
    std::vector<Eigen::MatrixXd> covariances_;     // of the parameters of the last call
    bool haveNextCovariances_ = false;
    bool haveCovariances_ = false;
    Eigen::MatrixXd means_;     // of the last call
    Eigen::MatrixXd bounds_;    // n x k: lower bounds on d under the last call's parameters, exact where computed
    Eigen::MatrixXd estimates_; // n x k: the last call's log-probabilities, or their upper bounds where not computed
    std::vector<double> deficiency_; // per component: 1 - t last shown
    long computed_ = 0;
    // Work buffers of each call, kept for the next.
    Eigen::MatrixXf dist_;
    std::vector<std::uint8_t> done_;
    Eigen::MatrixXd propagated_;
    Eigen::MatrixXd nextBounds_;
    Eigen::MatrixXd nextEstimates_;
};

} // namespace dt::detail
