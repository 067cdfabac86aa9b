#include <digit_tutor/kmeans.hpp>

#include <digit_tutor/error.hpp>
#include <digit_tutor/parallel.hpp>
#include <digit_tutor/random.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace dt {
namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

// Squared distances of every sample to every centre (n x k), clamped at zero: the
// expansion |x|^2 - 2 x.c + |c|^2 can come out slightly negative.
// Spread over `threads` in blocks of rows: Eigen's product alone uses one core.
MatrixXd squaredDistances(const MatrixXd& X, const VectorXd& xNorms, const MatrixXd& centres, int threads)
{
    constexpr Eigen::Index kBlock = 1024;
    const Eigen::Index n = X.rows();
    const Eigen::RowVectorXd centreNorms = centres.rowwise().squaredNorm();
    MatrixXd d(n, centres.rows());
    parallelFor(int((n + kBlock - 1) / kBlock), threads, [&](int block) {
        const Eigen::Index begin = block * kBlock;
        const Eigen::Index rows = std::min(kBlock, n - begin);
        auto part = d.middleRows(begin, rows);
        part.noalias() = -2.0 * X.middleRows(begin, rows) * centres.transpose();
        part.colwise() += xNorms.segment(begin, rows);
        part.rowwise() += centreNorms;
        part = part.cwiseMax(0.0);
    });
    return d;
}

std::int64_t sampleIndex(Random& rng, const VectorXd& weights, double total)
{
    const double target = rng.uniform() * total;
    double acc = 0.0;
    for (Eigen::Index i = 0; i < weights.size(); ++i) {
        acc += weights[i];
        if (acc > target)
            return i;
    }
    return weights.size() - 1;
}

MatrixXd kmeansPlusPlus(const MatrixXd& X, const VectorXd& xNorms, int k, Random& rng, int threads)
{
    const Eigen::Index n = X.rows();
    const int trials = 2 + int(std::log(double(k)));
    MatrixXd centres(k, X.cols());
    centres.row(0) = X.row(Eigen::Index(rng.below(std::uint64_t(n))));
    VectorXd closest = squaredDistances(X, xNorms, centres.topRows(1), threads).col(0);
    for (int c = 1; c < k; ++c) {
        const double potential = closest.sum();
        MatrixXd candidates(trials, X.cols());
        for (int t = 0; t < trials; ++t) {
            const auto idx = potential > 0.0 ? sampleIndex(rng, closest, potential) : Eigen::Index(rng.below(std::uint64_t(n)));
            candidates.row(t) = X.row(idx);
        }
        const MatrixXd d = squaredDistances(X, xNorms, candidates, threads);
        int best = 0;
        double bestPotential = std::numeric_limits<double>::infinity();
        VectorXd bestClosest;
        for (int t = 0; t < trials; ++t) {
            VectorXd candClosest = closest.cwiseMin(d.col(t));
            const double p = candClosest.sum();
            if (p < bestPotential) {
                bestPotential = p;
                best = t;
                bestClosest = std::move(candClosest);
            }
        }
        centres.row(c) = candidates.row(best);
        closest = std::move(bestClosest);
    }
    return centres;
}

} // namespace

KMeansResult kmeans(const MatrixXd& X, const KMeansOptions& options)
{
    const int k = options.nClusters;
    const Eigen::Index n = X.rows();
    if (k < 1)
        throw NumericalError("k-means needs at least one cluster, got " + std::to_string(k) + ".");
    if (n < k)
        throw NumericalError("k-means needs at least as many samples as clusters: " + std::to_string(n) +
                             " samples for " + std::to_string(k) + " clusters.");
    if (!X.allFinite())
        throw NumericalError("k-means input holds a non-finite value.");

    Random rng(options.seed);
    const VectorXd xNorms = X.rowwise().squaredNorm();
    KMeansResult result;
    result.centres = kmeansPlusPlus(X, xNorms, k, rng, options.threads);
    result.labels = Eigen::VectorXi::Zero(n);

    const VectorXd mean = X.colwise().mean();
    const double meanVariance = (X.rowwise() - mean.transpose()).colwise().squaredNorm().sum() / double(n * X.cols());
    const double tol = options.tol * meanVariance;

    VectorXd minDist(n);
    for (int iter = 1; iter <= std::max(1, options.maxIter); ++iter) {
        const MatrixXd d = squaredDistances(X, xNorms, result.centres, options.threads);
        for (Eigen::Index i = 0; i < n; ++i)
            minDist[i] = d.row(i).minCoeff(&result.labels[i]);
        // The sums as one product with the membership matrix: adding X's rows one at a time
        // walks a column-major X across the whole matrix for every sample.
        MatrixXd membership = MatrixXd::Zero(k, n);
        for (Eigen::Index i = 0; i < n; ++i)
            membership(result.labels[i], i) = 1.0;
        const MatrixXd sums = membership * X;
        const VectorXd counts = membership.rowwise().sum();
        MatrixXd next(k, X.cols());
        for (int c = 0; c < k; ++c) {
            if (counts[c] > 0) {
                next.row(c) = sums.row(c) / counts[c];
            } else {
                // An empty cluster takes the sample farthest from its centre.
                Eigen::Index far;
                minDist.maxCoeff(&far);
                next.row(c) = X.row(far);
                minDist[far] = 0.0;
            }
        }
        const double shift = (next - result.centres).squaredNorm();
        result.centres = std::move(next);
        result.nIter = iter;
        if (shift <= tol)
            break;
    }
    const MatrixXd d = squaredDistances(X, xNorms, result.centres, options.threads);
    result.inertia = 0.0;
    for (Eigen::Index i = 0; i < n; ++i)
        result.inertia += d.row(i).minCoeff(&result.labels[i]);
    return result;
}

} // namespace dt
