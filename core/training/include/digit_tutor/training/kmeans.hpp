#pragma once
// k-means with k-means++ seeding (greedy, 2 + log(k) candidates per centre, as
// scikit-learn's KMeans), then Lloyd iterations until the centres move less than
// tol * mean feature variance (squared), or maxIter. Deterministic for a given seed.

#include <Eigen/Core>

#include <cstdint>

namespace dt {

struct KMeansOptions {
    int nClusters = 1;
    int maxIter = 300;
    double tol = 1e-4;
    std::uint64_t seed = 0;
    int threads = 0;
    /// The distance products on the samples in single precision (centres, sums and
    /// distances in double): each Lloyd pass reads the samples once and is bound by that
    /// read, which this halves. Distances then carry errors of about 1e-6 of |x| |c|, so a
    /// near tie may go the other way; for EM's initialisation in single-precision mode.
    bool singlePrecision = false;
};

struct KMeansResult {
    Eigen::MatrixXd centres;  ///< nClusters x d
    Eigen::VectorXi labels;   ///< n, each in 0..nClusters-1
    double inertia = 0.0;     ///< sum of squared distances to the assigned centre
    int nIter = 0;
};

/// X: n x d, samples as rows. Throws dt::NumericalError when n < nClusters or nClusters < 1,
/// or when X holds a non-finite value.
KMeansResult kmeans(const Eigen::MatrixXd& X, const KMeansOptions& options);

} // namespace dt
