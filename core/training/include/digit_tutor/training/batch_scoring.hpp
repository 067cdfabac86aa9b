#pragma once
// Scoring many samples at once under a digit model, for evaluation and for calibrating a
// model's outlier threshold: every component is screened in single precision and only
// those that can matter are scored again in double (screened_log_prob.hpp). The app scores
// one drawing at a time with DigitModel::classifyFeatures and does not need this.
//
// Example use:
//   const Eigen::MatrixXd ll = dt::classLogLikelihoods(model, features, dt::InputKind::Image);
//   const Eigen::VectorXi answers = model.predictFromLogLikelihoods(ll);

#include <digit_tutor/engine/digit_model.hpp>

#include <Eigen/Core>

namespace dt {

/// log p(x | c) for every sample and class, n x 10 (uses all cores when threads is 0). Every
/// component is screened in single precision; those within 30 nats of a sample's best
/// (prior included) are scored again in double precision, as classifyFeatures scores
/// them. A class entirely below that margin (posterior < 1e-13) keeps its
/// single-precision value (relative error about 1e-6). Throws dt::NumericalError if X
/// does not have model.featureCount() columns.
Eigen::MatrixXd classLogLikelihoods(const DigitModel& model, const Eigen::MatrixXd& X, InputKind kind, int threads = 0);

} // namespace dt
