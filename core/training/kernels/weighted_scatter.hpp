#pragma once
// The M-step's product in single precision: the weighted sum of outer products
// sum_i r_i (x_i - mean)(x_i - mean)^T over one component's samples, its lower triangle
// only (the matrix is symmetric), with the E-step's 24 x 4 kernel (float_tile_kernel.hpp).
//
// Why not Eigen's rank update: it reached about 60% of the machine's peak here, against
// the kernel's 85-100%, because the result's 324 x 324 floats are read and written for
// every block of samples all over the matrix. Here each 24 x 4 block of the result is
// summed in registers over a block of samples and added to a compact buffer of the lower
// triangle's blocks (230 kB, in L2); a component's tasks add these buffers (a third of the
// whole matrix in double) rather than whole matrices.

#include <Eigen/Core>

#include <vector>

namespace dt::detail {

/// Samples packed at a time: a row block's panel (12 kB) stays in L1 while it meets every
/// column group, and all the panels (2 x 170 kB for 324 features) with the result's blocks
/// (230 kB) stay in a core's L2 cache. 64 and 256 were slower in training.
inline constexpr Eigen::Index kScatterBlock = 128;

/// Floats in the lower triangle's blocks of a d x d matrix (the size of weightedScatterTiles'
/// result).
Eigen::Index lowerTileFloats(Eigen::Index d);

/// tiles = the lower triangle and diagonal of sum over i in `samples` of
/// resp[i] (x_i - mean)(x_i - mean)^T, summed in float (the caller keeps `samples` short),
/// in the kernel's blocks: for each group of kTileCols columns, the blocks of kTileRows rows
/// from the one holding the diagonal down, each column of a block in turn. XfT holds the
/// samples as columns (d x n). `workspace` is reused between calls.
/// Preconditions (the caller's to check): mean has d entries, every sample index lies
/// within XfT's columns and resp[i] >= 0 for each.
void weightedScatterTiles(const Eigen::MatrixXf& XfT, const std::vector<Eigen::Index>& samples, const double* resp,
                          const Eigen::VectorXf& mean, Eigen::VectorXf& workspace, Eigen::VectorXf& tiles);

/// A d x d matrix whose lower triangle and diagonal are those `tiles` holds, in the layout of
/// weightedScatterTiles (tiles.size() == lowerTileFloats(d)). Above the diagonal it holds
/// what the diagonal blocks hold there and zeros: only the lower triangle is meant to be
/// read (the Cholesky factorisation that follows reads nothing else).
Eigen::MatrixXd lowerFromTiles(const Eigen::VectorXd& tiles, Eigen::Index d);

} // namespace dt::detail
