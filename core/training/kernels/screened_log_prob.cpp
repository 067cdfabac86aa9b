#include "screened_log_prob.hpp"

#include "float_tile_kernel.hpp"
#include <digit_tutor/engine/row_norms.hpp>
#include "row_tasks.hpp"
#include "squared_mahalanobis.hpp"

#include <digit_tutor/engine/parallel.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace dt::detail {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::MatrixXf;
using Eigen::RowVectorXd;
using Eigen::RowVectorXf;

constexpr Index kRowChunk = 11 * kTileRows; // rows per single-precision task: a chunk stays in L2
constexpr std::size_t kDoubleRows = 1024; // rows per double-precision task

struct Component {
    const MatrixXd* factor = nullptr; // upper triangular P, P P^T = precision
    PackedUpperFactor factorF;
    RowVectorXd muP; // mu^T P: the double pass computes x^T P - mu^T P, as weightedLogProb
    RowVectorXf meanF;
    double logConstant = 0.0; // log w + log det P - d/2 log 2 pi
    double offset = 0.0;      // the group's, for screening only
};

std::vector<Component> flatten(const std::vector<ScreenedGroup>& groups)
{
    std::vector<Component> out;
    for (const ScreenedGroup& g : groups) {
        const GaussianMixture& gm = *g.mixture;
        const int scored = g.components < 0 ? gm.nComponents() : std::min(g.components, gm.nComponents());
        for (int c = 0; c < scored; ++c) {
            Component comp;
            comp.factor = &gm.precisionsCholesky()[std::size_t(c)];
            comp.factorF = PackedUpperFactor(*comp.factor);
            comp.muP = gm.means().row(c) * comp.factor->triangularView<Eigen::Upper>();
            comp.meanF = gm.means().row(c).cast<float>();
            comp.logConstant = gm.logConstant(c) + g.logWeightOffset;
            comp.offset = g.offset;
            out.push_back(std::move(comp));
        }
    }
    return out;
}

} // namespace

MatrixXd screenedWeightedLogProb(const std::vector<ScreenedGroup>& groups, const MatrixXd& X, int threads)
{
    const Index n = X.rows();
    const Index d = X.cols();
    const std::vector<Component> comps = flatten(groups);
    const int k = int(comps.size());

    MatrixXd out(n, k);
    const int chunks = int((n + kRowChunk - 1) / kRowChunk);
    // near[chunk][c]: the rows of that chunk that component c is scored again for.
    std::vector<std::vector<std::vector<Index>>> near(static_cast<std::size_t>(chunks));
    parallelFor(chunks, threads, [&](int chunk) {
        const Index begin = chunk * kRowChunk;
        const Index rows = std::min(kRowChunk, n - begin);
        // Single precision: the mean is subtracted first, so that the small distances of
        // the near components do not drown in the rounding of two large products.
        const SamplePanels xf(X.middleRows(begin, rows));
        Eigen::VectorXf workspace;
        Eigen::VectorXf distances(rows);
        MatrixXd scores(k, rows); // a sample's scores side by side, for the screening below
        for (int c = 0; c < k; ++c) {
            const Component& comp = comps[std::size_t(c)];
            squaredMahalanobis(xf, 0, rows, comp.meanF, comp.factorF, workspace, distances.data());
            scores.row(c) = (comp.logConstant - 0.5 * distances.array().cast<double>()).matrix().transpose();
        }
        out.middleRows(begin, rows) = scores.transpose();
        // A score that is not finite in single precision (features beyond float's range)
        // is scored again, and so is every component of such a row.
        auto& mine = near[std::size_t(chunk)];
        mine.resize(std::size_t(k));
        for (Index r = 0; r < rows; ++r) {
            double best = -std::numeric_limits<double>::infinity();
            bool finite = true;
            for (int c = 0; c < k; ++c) {
                const double v = scores(c, r) + comps[std::size_t(c)].offset;
                finite = finite && std::isfinite(v);
                best = std::max(best, v);
            }
            for (int c = 0; c < k; ++c)
                if (!finite || !(scores(c, r) + comps[std::size_t(c)].offset < best - kScreenMarginNats))
                    mine[std::size_t(c)].push_back(begin + r);
        }
    });

    // The double pass, per component over all its near rows at once: one large product
    // instead of many small ones, each of which would pack the whole factor again.
    std::vector<RowTask> tasks;
    for (int c = 0; c < k; ++c) {
        std::vector<Index> rows;
        for (const auto& perChunk : near)
            rows.insert(rows.end(), perChunk[std::size_t(c)].begin(), perChunk[std::size_t(c)].end());
        appendRowTasks(c, rows, kDoubleRows, tasks);
    }
    parallelFor(int(tasks.size()), threads, [&](int t) {
        const RowTask& task = tasks[std::size_t(t)];
        const Component& comp = comps[std::size_t(task.component)];
        // Gathered column by column: the rows are in order, so each column is read forwards
        // (row by row, every element would be a cache line of its own).
        const MatrixXd gathered = X(task.rows, Eigen::all);
        MatrixXd y(gathered.rows(), d);
        y.noalias() = gathered * comp.factor->triangularView<Eigen::Upper>();
        y.rowwise() -= comp.muP;
        const Eigen::VectorXd distances = rowSquaredNorms(y);
        for (std::size_t r = 0; r < task.rows.size(); ++r)
            out(task.rows[r], task.component) = comp.logConstant - 0.5 * distances[Index(r)];
    });
    return out;
}

} // namespace dt::detail
