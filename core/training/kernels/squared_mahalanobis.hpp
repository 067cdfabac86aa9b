#pragma once
// The E-step's product in single precision, fused with its squared norms:
// ||(x_i - mean) P||^2 for a block of samples and one component, where P is the upper
// triangular Cholesky factor of the component's precision. Nothing of the n x d product is
// stored: each 24 x 4 block is squared while in registers (float_tile_kernel.hpp), and the
// mean is subtracted as the samples are loaded, so that the samples are laid out once for
// every component and pass (SamplePanels) instead of once per component.

#include "float_tile_kernel.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace dt::detail {

class SamplePanels;

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
    friend void squaredMahalanobisOfTiles(const SamplePanels&, const Eigen::Index*, Eigen::Index,
                                          const Eigen::RowVectorXf&, const PackedUpperFactor&, float*,
                                          const std::uint8_t*);
    Eigen::Index d_ = 0;
    Eigen::VectorXf data_;
    std::vector<Eigen::Index> offset_; // of each column group in data_
    std::vector<Eigen::Index> depth_;  // rows stored for each column group
};

/// Samples (the rows of an n x d matrix) in single precision, laid out for
/// squaredMahalanobis: blocks of kTileRows samples, each block feature by feature
/// (kTileRows floats per feature), the last block padded (what with: see the constructors).
class SamplePanels {
public:
    SamplePanels() = default; ///< no samples, until assigned
    /// Rounds each value of X (n x d, samples as rows, any scalar type) to float; the
    /// padding is zeros.
    template <typename Derived>
    explicit SamplePanels(const Eigen::MatrixBase<Derived>& X)
        : n_(X.rows()), d_(X.cols()), data_(Eigen::VectorXf::Zero(rowBlocks(n_) * d_ * kTileRows))
    {
        for (Eigen::Index t = 0; t < rowBlocks(n_); ++t) {
            float* panel = data_.data() + t * d_ * kTileRows;
            const Eigen::Index m = std::min<Eigen::Index>(kTileRows, n_ - t * kTileRows);
            for (Eigen::Index i = 0; i < d_; ++i)
                for (Eigen::Index q = 0; q < m; ++q)
                    panel[i * kTileRows + q] = float(X(t * kTileRows + q, i));
        }
    }

    /// The samples columns.col(order[r]) for r < count, in that order: a gather from d x n
    /// samples stored as columns. The last block's padding repeats its last sample (its
    /// distances are computed and not meant to be read). Preconditions (the caller's to
    /// check): every order[r] is a column of `columns`.
    SamplePanels(const Eigen::MatrixXf& columns, const Eigen::Index* order, Eigen::Index count);

    Eigen::Index rows() const { return n_; }
    Eigen::Index dim() const { return d_; }

private:
    friend void squaredMahalanobisOfTiles(const SamplePanels&, const Eigen::Index*, Eigen::Index,
                                          const Eigen::RowVectorXf&, const PackedUpperFactor&, float*,
                                          const std::uint8_t*);
    Eigen::Index n_ = 0;
    Eigen::Index d_ = 0;
    Eigen::VectorXf data_;
};

/// out[r] = ||(X's sample begin + r - mean) P||^2 for r < rows, summed in float;
/// `workspace` is reused between calls (any size on entry). Preconditions (the callers' to
/// check): X.dim() == mean.size() == P.dim(), begin is a multiple of kTileRows, and
/// [begin, begin + rows) lies within X's rows.
void squaredMahalanobis(const SamplePanels& X, Eigen::Index begin, Eigen::Index rows, const Eigen::RowVectorXf& mean,
                        const PackedUpperFactor& P, Eigen::VectorXf& workspace, float* out);

/// The same for the blocks of kTileRows samples listed in `tiles` (block indices of X, any
/// order): out[j * kTileRows + q] for sample q of the j-th listed block, padding included
/// (out holds count * kTileRows floats). With `vectors`, only the groups of eight samples
/// q / 8 whose bit is set in vectors[j] (1 to 7) are computed, the others left at 0. Each
/// sample's value is the same, to the bit, as squaredMahalanobis gives it.
void squaredMahalanobisOfTiles(const SamplePanels& X, const Eigen::Index* tiles, Eigen::Index count,
                               const Eigen::RowVectorXf& mean, const PackedUpperFactor& P, float* out,
                               const std::uint8_t* vectors = nullptr);

} // namespace dt::detail
