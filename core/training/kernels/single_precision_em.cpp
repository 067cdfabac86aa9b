#include "single_precision_em.hpp"

#include "float_tile_kernel.hpp"
#include "squared_mahalanobis.hpp"
#include "weighted_scatter.hpp"
#include "row_tasks.hpp"

#include <digit_tutor/engine/parallel.hpp>

#include <algorithm>
#include <cmath>

namespace dt::detail {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::MatrixXf;
using Eigen::RowVectorXf;

constexpr Index kRowChunk = 11 * kTileRows; // rows per E-step task: the chunk stays in L2

} // namespace

PackedMixture::PackedMixture(const GaussianMixture& gm)
    : logConstants(gm.nComponents())
{
    for (int c = 0; c < gm.nComponents(); ++c) {
        const MatrixXd& p = gm.precisionsCholesky()[std::size_t(c)];
        factors.emplace_back(p);
        means.push_back(gm.means().row(c).cast<float>());
        logConstants[c] = gm.logConstant(c);
    }
}

MatrixXd weightedLogProbSingle(const GaussianMixture& gm, const SamplePanels& Xf, int threads)
{
    const Index n = Xf.rows();
    const int k = gm.nComponents();
    const PackedMixture packed(gm);
    const std::vector<PackedUpperFactor>& factors = packed.factors;
    const std::vector<RowVectorXf>& means = packed.means;
    const Eigen::VectorXd& logConstants = packed.logConstants;
    MatrixXd out(n, k);
    const int chunks = int((n + kRowChunk - 1) / kRowChunk);
    parallelFor(chunks, threads, [&](int chunk) {
        const Index begin = chunk * kRowChunk;
        const Index rows = std::min(kRowChunk, n - begin);
        Eigen::VectorXf workspace;
        Eigen::VectorXf distances(rows);
        for (int c = 0; c < k; ++c) {
            squaredMahalanobis(Xf, begin, rows, means[std::size_t(c)], factors[std::size_t(c)], workspace,
                               distances.data());
            out.col(c).segment(begin, rows) =
                (logConstants[c] - 0.5 * distances.array().cast<double>()).matrix();
        }
    });
    return out;
}

MatrixXd weightedMeansSingle(const MatrixXf& XfT, const MatrixXd& resp, const Eigen::VectorXd& nk, int threads)
{
    const Index d = XfT.rows();
    const Index n = XfT.cols();
    const int k = int(resp.cols());
    // Each sample is read once, where Eigen's product packed a block of the double samples
    // (twice the bytes) for only k multiply-adds per value.
    constexpr Index kBlock = 1024;
    const int blocks = int((n + kBlock - 1) / kBlock);
    std::vector<MatrixXd> sums(static_cast<std::size_t>(blocks)); // d x k each
    parallelFor(blocks, threads, [&](int block) {
        MatrixXd sum = MatrixXd::Zero(d, k);
        for (Index i = Index(block) * kBlock; i < std::min(n, Index(block + 1) * kBlock); ++i) {
            const float* x = XfT.data() + i * d;
            for (int c = 0; c < k; ++c) {
                const double r = resp(i, c);
                if (r == 0.0)
                    continue;
                double* out = sum.data() + Index(c) * d;
                for (Index f = 0; f < d; ++f)
                    out[f] += r * double(x[f]);
            }
        }
        sums[std::size_t(block)] = std::move(sum);
    });
    MatrixXd total = MatrixXd::Zero(d, k);
    for (const MatrixXd& sum : sums)
        total += sum;
    total.array().rowwise() /= nk.transpose().array();
    return total.transpose();
}

std::vector<MatrixXd> scatterMatricesSingle(const MatrixXf& XfT, const MatrixXd& resp, const MatrixXd& means,
                                            int threads)
{
    const Index d = XfT.rows();
    const int k = int(resp.cols());
    // Each component's contributing samples, in tasks of up to kSinglePrecisionRows, so
    // that each single-precision sum stays short.
    std::vector<RowTask> tasks;
    for (int c = 0; c < k; ++c) {
        std::vector<Index> samples;
        for (Index i = 0; i < resp.rows(); ++i)
            if (resp(i, c) >= kNegligibleResponsibility)
                samples.push_back(i);
        appendRowTasks(c, samples, std::size_t(kSinglePrecisionRows), tasks);
    }
    std::vector<Eigen::VectorXf> partial(tasks.size());
    parallelFor(int(tasks.size()), threads, [&](int t) {
        const RowTask& task = tasks[std::size_t(t)];
        const Eigen::VectorXf mean = means.row(task.component).transpose().cast<float>();
        Eigen::VectorXf workspace;
        weightedScatterTiles(XfT, task.rows, resp.col(task.component).data(), mean, workspace,
                             partial[std::size_t(t)]);
    });
    // Each component's tasks are added in double in task order, the components on the threads.
    std::vector<MatrixXd> out(static_cast<std::size_t>(k));
    parallelFor(k, threads, [&](int c) {
        Eigen::VectorXd sum = Eigen::VectorXd::Zero(lowerTileFloats(d));
        for (std::size_t t = 0; t < tasks.size(); ++t)
            if (tasks[t].component == c)
                sum += partial[t].cast<double>();
        out[std::size_t(c)] = lowerFromTiles(sum, d);
    });
    return out;
}

} // namespace dt::detail
