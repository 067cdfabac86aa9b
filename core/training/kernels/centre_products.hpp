#pragma once
// k-means' products of every centre with every sample, in single precision, for Lloyd's
// passes over float samples (KMeansOptions::singlePrecision).
//
// Why our own and not Eigen's product: with k (5 to 16) centres against a block of samples,
// Eigen packs the whole block of samples before a kernel that does only k multiply-adds per
// value packed, so the pass spent more time copying than multiplying. Here the centres are
// laid out once per pass, eight to a vector, and each sample is read where it lies, twelve
// samples at a time.

#include <Eigen/Core>

namespace dt::detail {

/// The centres (k x d, any k >= 1) in single precision, laid out for centreProducts: groups
/// of eight centres, each group feature by feature (one vector of eight floats per
/// feature), the last group padded with zeros.
class PackedCentres {
public:
    explicit PackedCentres(const Eigen::MatrixXd& centres);

    Eigen::Index dim() const { return d_; }

private:
    friend void centreProducts(const PackedCentres&, const Eigen::MatrixXf&, Eigen::Index, Eigen::Index,
                               Eigen::MatrixXf&);
    Eigen::Index k_ = 0;
    Eigen::Index d_ = 0;
    Eigen::VectorXf data_;
};

/// out (k x cols) = centres * XT.middleCols(begin, cols), each sum in float, feature by
/// feature. XT holds the samples as columns (d x n). Preconditions (the caller's to check):
/// XT.rows() == centres.dim() and [begin, begin + cols) lies within XT's columns.
void centreProducts(const PackedCentres& centres, const Eigen::MatrixXf& XT, Eigen::Index begin, Eigen::Index cols,
                    Eigen::MatrixXf& out);

} // namespace dt::detail
