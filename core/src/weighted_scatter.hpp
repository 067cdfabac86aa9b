#pragma once
// The M-step's product in single precision: the weighted sum of outer products
// sum_i r_i (x_i - mean)(x_i - mean)^T over one component's samples, its lower triangle
// only (the matrix is symmetric), with the E-step's 24 x 4 kernel (float_tile_kernel.hpp).
//
// Why not Eigen's rank update: it reached about 60% of the machine's peak here, against
// the kernel's 85-100%, because the result's 324 x 324 floats are read and written for
// every block of samples all over the matrix. Here each 24 x 4 block of the result is
// summed in registers over a block of samples and added to a buffer of those blocks in the
// order the kernel makes them, which the prefetcher follows.

#include <Eigen/Core>

#include <vector>

namespace dt::detail {

/// Samples packed at a time: their panels (about 2 x 330 kB for 324 features) and the
/// result's blocks (230 kB) stay in a core's L2 cache.
inline constexpr Eigen::Index kScatterBlock = 256;

/// Adds sum over i in `samples` of resp[i] (x_i - mean)(x_i - mean)^T to the lower triangle
/// and diagonal of `sum` (d x d); what lies above the diagonal is left undefined. The sum is
/// carried in float over all of `samples` (the caller keeps it short) and added to `sum` in
/// double. XfT holds the samples as columns (d x n). `workspace` is reused between calls.
/// Preconditions (the caller's to check): sum is d x d, mean has d entries, every sample
/// index lies within XfT's columns and resp[i] >= 0 for each.
void addWeightedScatter(const Eigen::MatrixXf& XfT, const std::vector<Eigen::Index>& samples, const double* resp,
                        const Eigen::VectorXf& mean, Eigen::MatrixXd& sum, Eigen::VectorXf& workspace);

} // namespace dt::detail
