#include <digit_tutor/training/gaussian_mixture_fit.hpp>

#include "screened_e_step.hpp"
#include "single_precision_em.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/kmeans.hpp>
#include <digit_tutor/engine/parallel.hpp>

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace dt {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

constexpr Index kNormaliseBlock = 1024; // rows per task of the E-step's normalisation and the means
constexpr Index kScatterRows = 2048;    // rows per task of the double-precision M-step
const double kEps = std::numeric_limits<double>::epsilon();

std::string componentName(int k) { return "component " + std::to_string(k); }

// Upper-triangular P with P P^T = precision. Reversing the order of the variables turns
// the lower Cholesky factor of the reversed matrix into the upper factor we store, so
// every factor in this class has the same shape.
MatrixXd upperFactorOfPrecision(const MatrixXd& precision, int k)
{
    const MatrixXd reversed = precision.reverse();
    Eigen::LLT<MatrixXd, Eigen::Lower> llt(reversed);
    if (llt.info() != Eigen::Success)
        throw NumericalError("The initial precision of " + componentName(k) + " is not symmetric positive definite.");
    return MatrixXd(llt.matrixL()).reverse();
}

// The M-step's statistics: nk, means and regularised covariances from responsibilities
// (scikit-learn's _estimate_gaussian_parameters), the covariances' lower triangles only:
// setPrecisionsFromCovariances reads nothing else. Samples whose responsibility is exactly
// zero add nothing and are skipped, which makes the covariances of well-separated
// components much cheaper than a dense product.
// With single (the samples in single precision, as columns) the means and the scatter
// matrices come from detail::weightedMeansSingle and detail::scatterMatricesSingle; nk
// stays in double.
struct SingleSamples {
    Eigen::MatrixXf columns; // d x n, for both steps
};

void estimateParameters(const MatrixXd& X, const SingleSamples* single, const MatrixXd& resp, double regCovar,
                        int threads, VectorXd& nk, MatrixXd& means, std::vector<MatrixXd>& covariances)
{
    const Index n = X.rows();
    const Index d = X.cols();
    const int k = int(resp.cols());
    nk = resp.colwise().sum().transpose().array() + 10.0 * kEps;
    if (single) {
        means = detail::weightedMeansSingle(single->columns, resp, nk, threads);
        covariances = detail::scatterMatricesSingle(single->columns, resp, means, threads);
        for (int c = 0; c < k; ++c) {
            covariances[std::size_t(c)] /= nk[c];
            covariances[std::size_t(c)].diagonal().array() += regCovar;
        }
        return;
    }
    // resp^T X by blocks of rows on the threads (one product would run on one core), the
    // blocks' sums added in block order.
    const int blocks = int((n + kNormaliseBlock - 1) / kNormaliseBlock);
    std::vector<MatrixXd> sums(static_cast<std::size_t>(blocks));
    parallelFor(blocks, threads, [&](int block) {
        const Index begin = block * kNormaliseBlock;
        const Index rows = std::min(kNormaliseBlock, n - begin);
        sums[std::size_t(block)].noalias() = resp.middleRows(begin, rows).transpose() * X.middleRows(begin, rows);
    });
    means = std::move(sums[0]);
    for (int block = 1; block < blocks; ++block)
        means += sums[std::size_t(block)];
    means.array().colwise() /= nk.array();

    // Fixed slices of rows, not one per thread: the sums, and so the fit, must not depend
    // on the number of threads.
    const int parts = int((n + kScatterRows - 1) / kScatterRows);
    std::vector<MatrixXd> partial(std::size_t(k * parts));
    parallelFor(k * parts, threads, [&](int task) {
        const int c = task / parts;
        const int part = task % parts;
        const Index begin = n * part / parts;
        const Index end = n * (part + 1) / parts;
        std::vector<Index> rows;
        rows.reserve(std::size_t(end - begin));
        for (Index i = begin; i < end; ++i)
            if (resp(i, c) > 0.0)
                rows.push_back(i);
        MatrixXd weighted(Index(rows.size()), d);
        for (std::size_t r = 0; r < rows.size(); ++r)
            weighted.row(Index(r)) = std::sqrt(resp(rows[r], c)) * (X.row(rows[r]) - means.row(c));
        MatrixXd& cov = partial[std::size_t(task)];
        cov = MatrixXd::Zero(d, d);
        // Eigen's blocking heuristic divides by the inner size: a slice where the component
        // holds no sample must not reach rankUpdate.
        if (!rows.empty())
            cov.selfadjointView<Eigen::Lower>().rankUpdate(weighted.transpose());
    });
    covariances.assign(std::size_t(k), MatrixXd());
    for (int c = 0; c < k; ++c) {
        MatrixXd& cov = covariances[std::size_t(c)];
        cov = std::move(partial[std::size_t(c * parts)]);
        for (int part = 1; part < parts; ++part)
            cov += partial[std::size_t(c * parts + part)];
        cov /= nk[c];
        cov.diagonal().array() += regCovar;
    }
}

// The E-step (scikit-learn's _estimate_log_prob_resp, then exp): each sample's
// responsibilities, normalised in log space and exponentiated, and the mean log-likelihood.
// In single precision (screened) the pairs more than detail::kTruncationNats below their
// sample's best have no responsibility at all instead of one below 2e-9.
// The per-sample work runs over blocks of rows on the threads; block totals are added in
// block order, so the result does not depend on them.
double eStep(const GaussianMixture& gm, const MatrixXd& X, detail::ScreenedEStep* screened, int threads, MatrixXd& resp)
{
    resp = screened ? screened->weightedLogProb(gm, threads) : gm.weightedLogProb(X, threads);
    const Index n = resp.rows();
    const Index k = resp.cols();
    const int blocks = int((n + kNormaliseBlock - 1) / kNormaliseBlock);
    std::vector<double> totals(static_cast<std::size_t>(blocks), 0.0);
    parallelFor(blocks, threads, [&](int block) {
        const Index begin = block * kNormaliseBlock;
        const Index end = std::min(n, begin + kNormaliseBlock);
        std::vector<double> row(static_cast<std::size_t>(k));
        double total = 0.0;
        for (Index i = begin; i < end; ++i) {
            for (Index c = 0; c < k; ++c)
                row[std::size_t(c)] = resp(i, c);
            const double norm = logSumExp(row.data(), int(k));
            total += norm;
            for (Index c = 0; c < k; ++c)
                // A sample that no component explains is shared evenly.
                resp(i, c) = std::isfinite(norm) ? std::exp(row[std::size_t(c)] - norm) : 1.0 / double(k);
        }
        totals[std::size_t(block)] = total;
    });
    double total = 0.0;
    for (double t : totals)
        total += t;
    return total / double(n);
}

} // namespace

GaussianMixture fitGaussianMixture(const MatrixXd& X, const GaussianMixtureOptions& options,
                                   const GaussianMixtureInit& init, const EmProgress& progress)
{
    const int k = options.nComponents;
    const Index n = X.rows();
    const Index d = X.cols();
    if (k < 1)
        throw NumericalError("A mixture needs at least one component, got " + std::to_string(k) + ".");
    if (n < k)
        throw NumericalError("Expected n_samples >= n_components but got n_components = " + std::to_string(k) +
                             ", n_samples = " + std::to_string(n) + ".");
    if (d < 1 || !X.allFinite())
        throw NumericalError("The training samples must have at least one feature and only finite values.");
    if (!(options.regCovar >= 0.0) || !(options.tol >= 0.0) || options.maxIter < 0)
        throw NumericalError("regCovar and tol must be non-negative and maxIter at least 0.");

    auto threadsNow = [&options] { return options.threadsNow ? options.threadsNow() : options.threads; };
    VectorXd weights;
    MatrixXd means;
    std::vector<MatrixXd> factors;
    SingleSamples singleSamples;
    if (options.singlePrecision)
        singleSamples.columns = X.transpose().cast<float>();
    const SingleSamples* Xf = options.singlePrecision ? &singleSamples : nullptr;
    // Single precision's E-steps leave out the pairs that a bound carried from step to step
    // shows to be negligible (screened_e_step.hpp); the bound needs each step's covariances.
    std::optional<detail::ScreenedEStep> screened;
    if (options.singlePrecision)
        screened.emplace(singleSamples.columns);
    detail::ScreenedEStep* screen = screened ? &*screened : nullptr;
    const bool needKMeans = init.weights.size() == 0 || init.means.size() == 0 || init.precisions.empty();
    std::vector<MatrixXd> covariances;
    if (needKMeans) {
        KMeansOptions ko;
        ko.nClusters = k;
        ko.seed = options.seed;
        ko.threads = threadsNow();
        ko.singlePrecision = options.singlePrecision;
        const KMeansResult km = kmeans(X, ko);
        MatrixXd resp = MatrixXd::Zero(n, k);
        for (Index i = 0; i < n; ++i)
            resp(i, km.labels[i]) = 1.0;
        VectorXd nk;
        estimateParameters(X, Xf, resp, options.regCovar, threadsNow(), nk, means, covariances);
        weights = nk / double(n);
        if (screen && init.precisions.empty())
            screen->setCovariances(covariances);
        factors = precisionFactorsFromCovariances(covariances, threadsNow());
    }
    if (init.weights.size() != 0) {
        checkParameterShape("weights", init.weights.size(), 1, k, 1);
        if (!init.weights.allFinite() || (init.weights.array() < 0.0).any() || (init.weights.array() > 1.0).any() ||
            std::abs(init.weights.sum() - 1.0) > 1e-6)
            throw NumericalError("The parameter 'weights' should be in the range [0, 1] and sum to 1.");
        weights = init.weights;
    }
    if (init.means.size() != 0) {
        checkParameterShape("means", init.means.rows(), init.means.cols(), k, d);
        if (!init.means.allFinite())
            throw NumericalError("The parameter 'means' holds a non-finite value.");
        means = init.means;
    }
    if (!init.precisions.empty()) {
        if (init.precisions.size() != std::size_t(k))
            throw NumericalError("The parameter 'precisions' should hold " + std::to_string(k) + " matrices, got " +
                                 std::to_string(init.precisions.size()) + ".");
        factors.resize(std::size_t(k));
        for (int c = 0; c < k; ++c) {
            const MatrixXd& p = init.precisions[std::size_t(c)];
            checkParameterShape("precisions", p.rows(), p.cols(), d, d);
            if (!p.allFinite() || !p.isApprox(p.transpose(), 1e-12))
                throw NumericalError("The initial precision of " + componentName(c) + " is not symmetric.");
            factors[std::size_t(c)] = upperFactorOfPrecision(p, c);
        }
    }

    double lowerBound = -std::numeric_limits<double>::infinity();
    GaussianMixture gm = GaussianMixture::fromFit(std::move(weights), std::move(means), std::move(factors), lowerBound,
                                                  0, false);
    MatrixXd resp;
    for (int iter = 1; iter <= options.maxIter; ++iter) {
        const double previous = lowerBound;
        lowerBound = eStep(gm, X, screen, threadsNow(), resp);
        // The E-step's bound decides convergence; the M-step after it still updates the parameters.
        const double change = lowerBound - previous;
        const bool converged = std::abs(change) < options.tol;
        VectorXd nk;
        estimateParameters(X, Xf, resp, options.regCovar, threadsNow(), nk, means, covariances);
        weights = nk / nk.sum();
        if (screen)
            screen->setCovariances(covariances);
        factors = precisionFactorsFromCovariances(covariances, threadsNow());
        gm = GaussianMixture::fromFit(std::move(weights), std::move(means), std::move(factors), lowerBound, iter,
                                      converged);
        if (progress)
            progress(iter, lowerBound, change);
        if (converged)
            break;
    }
    return gm;
}

} // namespace dt
