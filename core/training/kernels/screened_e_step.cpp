#include "screened_e_step.hpp"

#include "squared_mahalanobis.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/parallel.hpp>

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>

namespace dt::detail {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::MatrixXf;
using Eigen::VectorXd;

constexpr Index kChunkTiles = 11;      // tiles per task: a task's panels (264 samples) stay in L2
constexpr double kMaxDeficiency = 0.9; // a t below 0.1 would rule out next to nothing
constexpr double kMinusInf = -std::numeric_limits<double>::infinity();

// Squared distances of the samples order[0..count) (in that order, kTileRows to a tile):
// for each component c, every group of eight samples in which some sample s has
// wants(s, c) is computed, and dist(s, c), done[s k + c] set for all eight. Tasks of
// kChunkTiles tiles, each gathering its own panels.
template <typename Wants>
void computeWanted(const MatrixXf& columns, const std::vector<Index>& order, Index count,
                   const std::vector<PackedUpperFactor>& factors, const std::vector<Eigen::RowVectorXf>& means,
                   const Wants& wants, int threads, MatrixXf& dist, std::vector<std::uint8_t>& done)
{
    const int k = int(factors.size());
    const Index chunkRows = kChunkTiles * kTileRows;
    const int chunks = int((count + chunkRows - 1) / chunkRows);
    parallelFor(chunks, threads, [&](int chunk) {
        const Index begin = Index(chunk) * chunkRows;
        const Index m = std::min(chunkRows, count - begin);
        const Index tiles = rowBlocks(m);
        const Index* samples = order.data() + begin;
        const SamplePanels panels(columns, samples, m);
        std::vector<Index> list;
        std::vector<std::uint8_t> vectors; // of each listed tile: its groups of eight that want c
        Eigen::VectorXf values;
        for (int c = 0; c < k; ++c) {
            list.clear();
            vectors.clear();
            for (Index t = 0; t < tiles; ++t) {
                std::uint8_t mask = 0;
                for (Index r = t * kTileRows; r < std::min(m, (t + 1) * kTileRows); ++r)
                    if (wants(samples[r], c))
                        mask |= std::uint8_t(1 << ((r - t * kTileRows) / 8));
                if (mask) {
                    list.push_back(t);
                    vectors.push_back(mask);
                }
            }
            if (list.empty())
                continue;
            values.resize(Index(list.size()) * kTileRows);
            squaredMahalanobisOfTiles(panels, list.data(), Index(list.size()), means[std::size_t(c)],
                                      factors[std::size_t(c)], values.data(), vectors.data());
            for (std::size_t j = 0; j < list.size(); ++j) {
                const Index first = list[j] * kTileRows;
                for (Index r = first; r < std::min(m, first + kTileRows); ++r)
                    if (vectors[j] & (1 << ((r - first) / 8))) {
                        dist(samples[r], c) = values[Index(j) * kTileRows + r - first];
                        done[std::size_t(samples[r] * k + c)] = 1;
                    }
            }
        }
    });
}

} // namespace

ScreenedEStep::ScreenedEStep(const MatrixXf& columns)
    : columns_(columns)
{
}

void ScreenedEStep::setCovariances(const std::vector<MatrixXd>& covariances)
{
    nextCovariances_ = covariances;
    haveNextCovariances_ = true;
}

VectorXd ScreenedEStep::certifiedScales(int threads)
{
    const int k = int(covariances_.size());
    deficiency_.resize(std::size_t(k), 0.25);
    VectorXd scales = VectorXd::Zero(k);
    parallelFor(k, threads, [&](int c) {
        const MatrixXd& before = covariances_[std::size_t(c)];
        const MatrixXd& after = nextCovariances_[std::size_t(c)];
        const Index d = before.rows();
        MatrixXd a(d, d);
        const double last = deficiency_[std::size_t(c)];
        // Most fits change less from one step to the next, so a smaller deficiency is tried
        // first; each try is one Cholesky factorisation.
        for (double e : {0.7 * last, 1.5 * last, 4.0 * last}) {
            e = std::min(e, kMaxDeficiency);
            const double t = 1.0 - e;
            for (Index j = 0; j < d; ++j)
                a.col(j).tail(d - j) = before.col(j).tail(d - j) - t * after.col(j).tail(d - j);
            const Eigen::LLT<Eigen::Ref<MatrixXd>, Eigen::Lower> llt(a);
            if (llt.info() == Eigen::Success) {
                deficiency_[std::size_t(c)] = e;
                scales[c] = std::sqrt(t);
                return;
            }
            if (e >= kMaxDeficiency)
                break;
        }
        deficiency_[std::size_t(c)] = std::min(kMaxDeficiency, 4.0 * last);
    });
    return scales;
}

MatrixXd ScreenedEStep::weightedLogProb(const GaussianMixture& gm, int threads)
{
    const Index n = columns_.cols();
    const Index d = columns_.rows();
    const int k = gm.nComponents();
    if (gm.nFeatures() != d)
        throw NumericalError("The mixture expects samples with " + std::to_string(gm.nFeatures()) + " features, got " +
                             std::to_string(d) + ".");

    const PackedMixture packed(gm);
    const std::vector<PackedUpperFactor>& factors = packed.factors;
    const std::vector<Eigen::RowVectorXf>& means = packed.means;
    const VectorXd& logConstants = packed.logConstants;

    // The work buffers are kept from call to call: at MNIST's sizes each would be a fresh
    // mapping of memory, paged in and zeroed, every E-step.
    MatrixXf& dist = dist_;
    dist.resize(n, k);
    std::vector<std::uint8_t>& done = done_; // (i, c) at i k + c
    done.assign(static_cast<std::size_t>(n * k), 0);
    MatrixXd& propagated = propagated_; // lower bounds on the new distances
    propagated.setZero(n, k);
    std::vector<Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Index(0));
    // Screening needs the last call's bounds for the same samples and components, and the
    // covariances on both sides of the step.
    const bool screen = k > 1 && haveCovariances_ && haveNextCovariances_ && bounds_.rows() == n &&
                        bounds_.cols() == k && Index(covariances_.size()) == k && Index(nextCovariances_.size()) == k;
    if (!screen) {
        computeWanted(columns_, order, n, factors, means, [](Index, int) { return true; }, threads, dist, done);
    } else {
        const VectorXd scales = certifiedScales(threads);
        for (int c = 0; c < k; ++c) {
            const VectorXd step = (means_.row(c) - gm.means().row(c)).transpose();
            const double shift =
                (gm.precisionsCholesky()[std::size_t(c)].triangularView<Eigen::Upper>().transpose() * step).norm();
            propagated.col(c) = (scales[c] * bounds_.col(c).array().sqrt() - shift).max(0.0).square().matrix();
        }
        // First each sample's likeliest component of the last call, the samples ordered by
        // it so that a tile's samples mostly share it: its value bounds the sample's best
        // from below.
        std::vector<int> likeliest(static_cast<std::size_t>(n));
        for (Index i = 0; i < n; ++i) {
            Index best = 0;
            estimates_.row(i).maxCoeff(&best);
            likeliest[std::size_t(i)] = int(best);
        }
        std::stable_sort(order.begin(), order.end(), [&likeliest](Index a, Index b) {
            return likeliest[std::size_t(a)] < likeliest[std::size_t(b)];
        });
        computeWanted(
            columns_, order, n, factors, means, [&likeliest](Index i, int c) { return likeliest[std::size_t(i)] == c; },
            threads, dist, done);
        // Then each component that its bound does not put far enough below that value, the
        // samples that need any ordered by which they need.
        std::vector<double> floors(static_cast<std::size_t>(n));
        for (Index i = 0; i < n; ++i) {
            const int c0 = likeliest[std::size_t(i)];
            floors[std::size_t(i)] = logConstants[c0] - 0.5 * double(dist(i, c0)) - kTruncationNats - kScreenMarginNats;
        }
        auto needed = [&](Index i, int c) {
            return c != likeliest[std::size_t(i)] && logConstants[c] - 0.5 * propagated(i, c) >= floors[std::size_t(i)];
        };
        std::vector<std::uint64_t> needs(static_cast<std::size_t>(n), 0); // for the order only
        for (Index i = 0; i < n; ++i)
            for (int c = 0; c < k; ++c)
                if (needed(i, c))
                    needs[std::size_t(i)] |= std::uint64_t(1) << (c % 64);
        order.clear();
        for (Index i = 0; i < n; ++i)
            if (needs[std::size_t(i)] != 0)
                order.push_back(i);
        std::stable_sort(order.begin(), order.end(),
                         [&needs](Index a, Index b) { return needs[std::size_t(a)] < needs[std::size_t(b)]; });
        computeWanted(columns_, order, Index(order.size()), factors, means, needed, threads, dist, done);
    }

    // The same truncation whichever pairs were computed: the sample's best is always among
    // them (nothing within kTruncationNats of a computed value is left out).
    MatrixXd out(n, k);
    MatrixXd& bounds = nextBounds_;
    bounds.resize(n, k);
    MatrixXd& estimates = nextEstimates_;
    estimates.resize(n, k);
    constexpr Index kBlock = 1024;
    std::vector<long> counts(static_cast<std::size_t>((n + kBlock - 1) / kBlock), 0);
    parallelFor(int(counts.size()), threads, [&](int block) {
        long count = 0;
        for (Index i = Index(block) * kBlock; i < std::min(n, Index(block + 1) * kBlock); ++i) {
            double best = kMinusInf;
            for (int c = 0; c < k; ++c)
                if (done[std::size_t(i * k + c)])
                    best = std::max(best, logConstants[c] - 0.5 * double(dist(i, c)));
            for (int c = 0; c < k; ++c) {
                if (done[std::size_t(i * k + c)]) {
                    ++count;
                    const double value = logConstants[c] - 0.5 * double(dist(i, c));
                    out(i, c) = value < best - kTruncationNats ? kMinusInf : value;
                    bounds(i, c) = double(dist(i, c));
                    estimates(i, c) = value;
                } else {
                    out(i, c) = kMinusInf;
                    bounds(i, c) = propagated(i, c);
                    estimates(i, c) = logConstants[c] - 0.5 * propagated(i, c);
                }
            }
        }
        counts[std::size_t(block)] = count;
    });
    computed_ = std::accumulate(counts.begin(), counts.end(), 0L);
    bounds_.swap(nextBounds_);
    estimates_.swap(nextEstimates_);
    means_ = gm.means();
    covariances_ = std::move(nextCovariances_);
    nextCovariances_.clear();
    haveCovariances_ = haveNextCovariances_;
    haveNextCovariances_ = false;
    return out;
}

} // namespace dt::detail
