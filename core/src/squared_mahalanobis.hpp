#pragma once
// The E-step's product in single precision, fused with its squared norms:
// ||(x_i - mean) P||^2 for a block of samples and one component, where P is the upper
// triangular Cholesky factor of the component's precision. Nothing of the n x d product is
// stored: each 24 x 4 block is squared while in registers (float_tile_kernel.hpp).

#include <Eigen/Core>

#include <vector>

namespace dt::detail {

/// A d x d upper-triangular factor in single precision, laid out for squaredMahalanobis:
/// its columns in groups of kTileCols, each group only down to its last column's diagonal
/// (the rest is zero), row by row. Built once per component and scoring pass.
class PackedUpperFactor {
public:
    PackedUpperFactor() = default; ///< of dimension 0, until assigned
    /// Reads the upper triangle of `upper` (square); what lies below it is ignored.
    explicit PackedUpperFactor(const Eigen::MatrixXd& upper);

    Eigen::Index dim() const { return d_; }

private:
    friend void squaredMahalanobis(const Eigen::MatrixXf&, Eigen::Index, Eigen::Index, const Eigen::RowVectorXf&,
                                   const PackedUpperFactor&, Eigen::VectorXf&, float*);
    Eigen::Index d_ = 0;
    Eigen::VectorXf data_;
    std::vector<Eigen::Index> offset_; // of each column group in data_
    std::vector<Eigen::Index> depth_;  // rows stored for each column group
};

/// out[r] = ||(X.row(begin + r) - mean) P||^2 for r < rows, summed in float. X holds samples
/// as rows (n x d, column-major); `workspace` is reused between calls (any size on entry).
/// Preconditions (the callers' to check): X.cols() == mean.size() == P.dim(), and
/// [begin, begin + rows) lies within X's rows.
void squaredMahalanobis(const Eigen::MatrixXf& X, Eigen::Index begin, Eigen::Index rows, const Eigen::RowVectorXf& mean,
                        const PackedUpperFactor& P, Eigen::VectorXf& workspace, float* out);

} // namespace dt::detail
