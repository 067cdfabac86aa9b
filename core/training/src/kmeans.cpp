#include <digit_tutor/training/kmeans.hpp>

#include "centre_products.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/parallel.hpp>
#include <digit_tutor/training/random.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace dt {
namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

// Samples are taken as columns of XT (d x n), a block at a time, the blocks spread over
// the threads: Eigen's product alone uses one core, and a block (d x 256 doubles, 660 kB
// for HOG) stays in a core's L2 cache while it is used.
constexpr Eigen::Index kBlock = 256;

// The centres as the product below takes them: as they are for double samples, laid out
// for detail::centreProducts for float ones (once per pass, not per block).
const MatrixXd& packCentres(const MatrixXd& centres, const MatrixXd&)
{
    return centres;
}

detail::PackedCentres packCentres(const MatrixXd& centres, const Eigen::MatrixXf&)
{
    return detail::PackedCentres(centres);
}

// Every centre's product with samples [begin, begin + cols) of XT (k x cols), in double.
MatrixXd centreProducts(const MatrixXd& centres, const MatrixXd& XT, Eigen::Index begin, Eigen::Index cols)
{
    return centres * XT.middleCols(begin, cols);
}

MatrixXd centreProducts(const detail::PackedCentres& centres, const Eigen::MatrixXf& XT, Eigen::Index begin,
                        Eigen::Index cols)
{
    Eigen::MatrixXf products;
    detail::centreProducts(centres, XT, begin, cols, products);
    return products.cast<double>();
}

// Squared distances of every centre to samples [begin, begin + cols) of XT (k x cols),
// clamped at zero: the expansion |x|^2 - 2 x.c + |c|^2 can come out slightly negative.
// XT holds the samples in double or in single precision, the centres packed to match
// (packCentres); the products are summed in the samples' precision and returned in double.
template <typename SampleMatrix, typename Centres>
MatrixXd blockDistances(const SampleMatrix& XT, const VectorXd& xNorms, const Centres& centres,
                        const VectorXd& centreNorms, Eigen::Index begin, Eigen::Index cols)
{
    MatrixXd d = -2.0 * centreProducts(centres, XT, begin, cols);
    d.colwise() += centreNorms;
    d.rowwise() += xNorms.segment(begin, cols).transpose();
    return d.cwiseMax(0.0);
}

// Squared distances of every sample to every centre (n x k).
template <typename SampleMatrix>
MatrixXd squaredDistances(const SampleMatrix& XT, const VectorXd& xNorms, const MatrixXd& centres, int threads)
{
    const Eigen::Index n = XT.cols();
    const VectorXd centreNorms = centres.rowwise().squaredNorm();
    const auto& packed = packCentres(centres, XT);
    MatrixXd d(n, centres.rows());
    parallelFor(int((n + kBlock - 1) / kBlock), threads, [&](int block) {
        const Eigen::Index begin = block * kBlock;
        const Eigen::Index cols = std::min(kBlock, n - begin);
        d.middleRows(begin, cols) = blockDistances(XT, xNorms, packed, centreNorms, begin, cols).transpose();
    });
    return d;
}

// Hamerly's bounds for Lloyd's passes: for each sample, an upper bound on its distance to
// its centre and a lower bound on its distance to every other centre (distances, not
// squared). When the centres move by delta_c, the bounds move by at most that (the
// triangle inequality), and a sample whose upper bound stays below its lower bound keeps
// its centre with no distance computed: late in a run, nearly every sample. The bounds
// start from the computed distances widened by a bound on their rounding error (the
// expansion |x|^2 - 2 x.c + |c|^2 summed in the samples' precision), and a sample is kept
// only when they are apart by twice that error, so the computed distances would have kept
// it too: the labels are Lloyd's.
struct HamerlyBounds {
    VectorXd upper;
    VectorXd lower;
    double epsilon = 0.0;   // rounding error of a squared distance, relative to |x|^2 + max |c|^2
    double centreNorm = 0.0; // max |c|^2 of the centres the distances were computed to

    void start(Eigen::Index n, Eigen::Index d, double unitRoundoff, const MatrixXd& centres)
    {
        upper.resize(n);
        lower.resize(n);
        // Each product is a sum of d terms: 2 d u |x| |c| at worst, with |x| |c| <=
        // (|x|^2 + |c|^2) / 2, and as much again for the norms and the sums of three terms.
        epsilon = 4.0 * double(d + 3) * unitRoundoff;
        centreNorm = centres.rowwise().squaredNorm().maxCoeff();
    }
    // From the squared distances of sample i to every centre, its label among them.
    void set(Eigen::Index i, const Eigen::Ref<const VectorXd>& squared, int label, double xNorm)
    {
        const double error = epsilon * (xNorm + centreNorm);
        double second = std::numeric_limits<double>::infinity();
        for (Eigen::Index c = 0; c < squared.size(); ++c)
            if (c != label)
                second = std::min(second, squared[c]);
        upper[i] = std::sqrt(squared[label] + error);
        lower[i] = std::sqrt(std::max(0.0, second - error));
    }
};

// A Lloyd pass from the last one's labels, sums and counts, when the centres have moved
// from `assigned` (those of the last pass) to `centres`: only the samples whose bounds no
// longer hold are scored again, and the sums and counts change by the samples that change
// cluster, in sample order (blocks' changes applied in block order), so the result does
// not depend on the threads.
template <typename SampleMatrix>
void reassignAndUpdate(const SampleMatrix& XT, const VectorXd& xNorms, const MatrixXd& assigned, const MatrixXd& centres,
                       int threads, Eigen::VectorXi& labels, MatrixXd& sums, VectorXd& counts, HamerlyBounds& bounds)
{
    const Eigen::Index n = XT.cols();
    const Eigen::Index d = XT.rows();
    const Eigen::Index k = centres.rows();
    const VectorXd moved = (centres - assigned).rowwise().norm();
    Eigen::Index farthest = 0;
    const double mostMoved = moved.maxCoeff(&farthest);
    double nextMoved = 0.0;
    for (Eigen::Index c = 0; c < k; ++c)
        if (c != farthest)
            nextMoved = std::max(nextMoved, moved[c]);
    const VectorXd centreNorms = centres.rowwise().squaredNorm();
    bounds.centreNorm = centreNorms.maxCoeff();
    const auto& packed = packCentres(centres, XT);
    using Scalar = typename SampleMatrix::Scalar;
    struct Change {
        Eigen::Index sample;
        int from;
        int to;
    };
    const int blocks = int((n + kBlock - 1) / kBlock);
    std::vector<std::vector<Change>> changes(static_cast<std::size_t>(blocks));
    parallelFor(blocks, threads, [&](int block) {
        const Eigen::Index begin = block * kBlock;
        const Eigen::Index end = std::min(n, begin + kBlock);
        std::vector<Eigen::Index> rescore;
        for (Eigen::Index i = begin; i < end; ++i) {
            const int label = labels[i];
            bounds.upper[i] += moved[label];
            bounds.lower[i] = std::max(0.0, bounds.lower[i] - (label == farthest ? nextMoved : mostMoved));
            // Kept only when the distances computed now would also put the own centre
            // first: apart by more than twice their rounding error.
            const double error = bounds.epsilon * (xNorms[i] + bounds.centreNorm);
            if (bounds.upper[i] * bounds.upper[i] + 2.0 * error >= bounds.lower[i] * bounds.lower[i])
                rescore.push_back(i);
        }
        if (rescore.empty())
            return;
        const Eigen::Index m = Eigen::Index(rescore.size());
        Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic> columns(d, m);
        VectorXd norms(m);
        for (Eigen::Index r = 0; r < m; ++r) {
            columns.col(r) = XT.col(rescore[std::size_t(r)]);
            norms[r] = xNorms[rescore[std::size_t(r)]];
        }
        const MatrixXd dist = blockDistances(columns, norms, packed, centreNorms, 0, m);
        for (Eigen::Index r = 0; r < m; ++r) {
            const Eigen::Index i = rescore[std::size_t(r)];
            int label = 0;
            dist.col(r).minCoeff(&label);
            bounds.set(i, dist.col(r), label, xNorms[i]);
            if (label != labels[i]) {
                changes[std::size_t(block)].push_back({i, labels[i], label});
                labels[i] = label;
            }
        }
    });
    for (const auto& blockChanges : changes)
        for (const Change& change : blockChanges) {
            const VectorXd x = XT.col(change.sample).template cast<double>();
            sums.col(change.from) -= x;
            sums.col(change.to) += x;
            counts[change.from] -= 1.0;
            counts[change.to] += 1.0;
        }
}

// One pass of Lloyd's algorithm: each sample's nearest centre (labels) and its squared
// distance (minDist), and each cluster's sum of members and count. The pass is bound by
// reading the samples, so each block is read once: the distances come from one product
// with it, and the sums add each member's column while the block is still in cache. (A
// membership-matrix product for the sums would read the block a second time and multiply
// k times as much, nearly all by zero.) Blocks' sums are added in block order, so the
// result does not depend on the threads.
//
// It also starts Hamerly's bounds (HamerlyBounds) for the passes that follow.
template <typename SampleMatrix>
void assignAndSum(const SampleMatrix& XT, const VectorXd& xNorms, const MatrixXd& centres, int threads,
                  Eigen::VectorXi& labels, VectorXd& minDist, MatrixXd& sums, VectorXd& counts, HamerlyBounds& bounds)
{
    const Eigen::Index n = XT.cols();
    const Eigen::Index d = XT.rows();
    const Eigen::Index k = centres.rows();
    const int blocks = int((n + kBlock - 1) / kBlock);
    const VectorXd centreNorms = centres.rowwise().squaredNorm();
    const auto& packed = packCentres(centres, XT);
    std::vector<MatrixXd> blockSums(static_cast<std::size_t>(blocks));
    std::vector<VectorXd> blockCounts(static_cast<std::size_t>(blocks));
    parallelFor(blocks, threads, [&](int block) {
        const Eigen::Index begin = block * kBlock;
        const Eigen::Index cols = std::min(kBlock, n - begin);
        const MatrixXd dist = blockDistances(XT, xNorms, packed, centreNorms, begin, cols);
        MatrixXd& blockSum = blockSums[std::size_t(block)];
        VectorXd& blockCount = blockCounts[std::size_t(block)];
        blockSum = MatrixXd::Zero(d, k);
        blockCount = VectorXd::Zero(k);
        for (Eigen::Index r = 0; r < cols; ++r) {
            const Eigen::Index i = begin + r;
            minDist[i] = dist.col(r).minCoeff(&labels[i]);
            bounds.set(i, dist.col(r), labels[i], xNorms[i]);
            blockSum.col(labels[i]) += XT.col(i).template cast<double>();
            blockCount[labels[i]] += 1.0;
        }
    });
    sums = MatrixXd::Zero(d, k);
    counts = VectorXd::Zero(k);
    for (int block = 0; block < blocks; ++block) {
        sums += blockSums[std::size_t(block)];
        counts += blockCounts[std::size_t(block)];
    }
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

template <typename SampleMatrix>
MatrixXd kmeansPlusPlus(const SampleMatrix& XT, const VectorXd& xNorms, int k, Random& rng, int threads)
{
    const Eigen::Index n = XT.cols();
    const int trials = 2 + int(std::log(double(k)));
    MatrixXd centres(k, XT.rows());
    centres.row(0) = XT.col(Eigen::Index(rng.below(std::uint64_t(n)))).transpose().template cast<double>();
    VectorXd closest = squaredDistances(XT, xNorms, centres.topRows(1), threads).col(0);
    for (int c = 1; c < k; ++c) {
        const double potential = closest.sum();
        MatrixXd candidates(trials, XT.rows());
        for (int t = 0; t < trials; ++t) {
            const auto idx = potential > 0.0 ? sampleIndex(rng, closest, potential) : Eigen::Index(rng.below(std::uint64_t(n)));
            candidates.row(t) = XT.col(idx).transpose().template cast<double>();
        }
        const MatrixXd d = squaredDistances(XT, xNorms, candidates, threads);
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

// k-means++ and Lloyd's iterations on XT, the samples of X as columns (in either precision).
template <typename SampleMatrix>
KMeansResult lloyd(const MatrixXd& X, const SampleMatrix& XT, const KMeansOptions& options)
{
    const int k = options.nClusters;
    const Eigen::Index n = X.rows();
    Random rng(options.seed);
    const VectorXd xNorms = X.rowwise().squaredNorm();
    KMeansResult result;
    result.centres = kmeansPlusPlus(XT, xNorms, k, rng, options.threads);
    result.labels = Eigen::VectorXi::Zero(n);

    const VectorXd mean = X.colwise().mean();
    const double meanVariance = (X.rowwise() - mean.transpose()).colwise().squaredNorm().sum() / double(n * X.cols());
    const double tol = options.tol * meanVariance;

    VectorXd minDist(n);
    HamerlyBounds bounds;
    MatrixXd sums;
    VectorXd counts;
    MatrixXd assigned; // the centres of the last pass, when its bounds and sums are current
    for (int iter = 1; iter <= std::max(1, options.maxIter); ++iter) {
        if (assigned.size() != 0) {
            reassignAndUpdate(XT, xNorms, assigned, result.centres, options.threads, result.labels, sums, counts, bounds);
        }
        // An empty cluster takes the sample farthest from its centre, which needs every
        // distance: such a pass is made in full.
        if (assigned.size() == 0 || (counts.array() <= 0.0).any()) {
            bounds.start(n, X.cols(), std::numeric_limits<typename SampleMatrix::Scalar>::epsilon() / 2, result.centres);
            assignAndSum(XT, xNorms, result.centres, options.threads, result.labels, minDist, sums, counts, bounds);
        }
        assigned = result.centres;
        MatrixXd next(k, X.cols());
        for (int c = 0; c < k; ++c) {
            if (counts[c] > 0) {
                next.row(c) = sums.col(c).transpose() / counts[c];
            } else {
                // An empty cluster takes the sample farthest from its centre.
                Eigen::Index far;
                minDist.maxCoeff(&far);
                next.row(c) = X.row(far);
                minDist[far] = 0.0;
                assigned.resize(0, 0); // the next pass is made in full
            }
        }
        const double shift = (next - result.centres).squaredNorm();
        result.centres = std::move(next);
        result.nIter = iter;
        if (shift <= tol)
            break;
    }
    const MatrixXd d = squaredDistances(XT, xNorms, result.centres, options.threads);
    result.inertia = 0.0;
    for (Eigen::Index i = 0; i < n; ++i)
        result.inertia += d.row(i).minCoeff(&result.labels[i]);
    return result;
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

    if (options.singlePrecision) {
        const Eigen::MatrixXf XT = X.transpose().cast<float>();
        return lloyd(X, XT, options);
    }
    const MatrixXd XT = X.transpose();
    return lloyd(X, XT, options);
}

} // namespace dt
