#pragma once
// The order a model keeps its features in (FeatureSettings::order): the scorer reads a
// component's squared Mahalanobis distance in blocks of columns and stops on components
// that cannot come near the best (compact_scorer.hpp), so the features that tell
// components apart should come first. Each HOG value is ranked by how far apart the
// components' means lie along it against how wide the components are along it:
//   between_j / within_j,  between_j = sum_k (mu_kj - mean_k mu_kj)^2,
//                          within_j  = sum_k S_k(j, j)
// over every component of every digit. On the bundled model's drawn digits this leaves
// 17.5% of the full products to be done instead of 32%; a ranking from the training data's
// classes (Fisher's ratio per digit) left 21%: the scorer prunes components, not digits.
//
// Example use (digit_trainer.cpp):
//   const std::vector<int> order = discriminativeOrder(mixtures);
//   for (auto& m : mixtures) m = inOrder(m, order);   // the same densities, re-expressed

#include <digit_tutor/engine/gaussian_mixture.hpp>

#include <vector>

namespace dt {

/// The features of the mixtures (all over the same d features) ranked most telling first: a
/// permutation of 0..d-1, ties kept in HOG's order. Throws dt::NumericalError when the
/// mixtures are empty or disagree on d.
std::vector<int> discriminativeOrder(const std::vector<const GaussianMixture*>& mixtures);

/// The same mixture over the features in the given order (feature j is old feature
/// order[j]): the means permuted, each precision factor re-factored as the upper-triangular
/// P' with P' P'^T = the permuted precision. Every density is unchanged (to rounding: about
/// 1e-12 relative). Throws dt::FormatError for an order that is not a permutation of the
/// mixture's features, dt::NumericalError when a precision is not positive definite.
GaussianMixture inOrder(const GaussianMixture& mixture, const std::vector<int>& order);

} // namespace dt
