#include <digit_tutor/engine/gaussian_mixture.hpp>

#include <digit_tutor/engine/row_norms.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/parallel.hpp>

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace dt {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

constexpr Index kRowChunk = 256; // rows per task of the batch scores: Y (chunk x d) stays in L2

std::string componentName(int k) { return "component " + std::to_string(k); }

// In place: a lower-triangular L becomes L^-1, by halves,
//   [A 0; B C]^-1 = [A^-1 0; -C^-1 B A^-1  C^-1],
// which takes a third of the work of solving L X = I for a full identity (the solve does
// not know that the right-hand side and the result are triangular).
void invertLowerTriangular(Eigen::Ref<MatrixXd> L)
{
    constexpr Index kDirect = 48; // below this, the blocks are too small to gain from products
    const Index n = L.rows();
    if (n <= kDirect) {
        MatrixXd inverse = MatrixXd::Identity(n, n);
        L.triangularView<Eigen::Lower>().solveInPlace(inverse);
        L = inverse.triangularView<Eigen::Lower>();
        return;
    }
    const Index h = n / 2;
    auto a = L.topLeftCorner(h, h);
    auto b = L.bottomLeftCorner(n - h, h);
    auto c = L.bottomRightCorner(n - h, n - h);
    invertLowerTriangular(a);
    invertLowerTriangular(c);
    const MatrixXd bTimesAInverse = b * a.triangularView<Eigen::Lower>();
    b.noalias() = -(c.triangularView<Eigen::Lower>() * bTimesAInverse);
}

} // namespace

void checkParameterShape(const char* what, Index rows, Index cols, Index wantRows, Index wantCols)
{
    if (rows != wantRows || cols != wantCols)
        throw NumericalError(std::string("The parameter '") + what + "' should have the shape (" + std::to_string(wantRows) +
                             ", " + std::to_string(wantCols) + "), but got (" + std::to_string(rows) + ", " +
                             std::to_string(cols) + ").");
}

double logSumExp(const double* v, int n)
{
    double m = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < n; ++i)
        m = std::max(m, v[i]);
    if (!std::isfinite(m))
        return m; // all -inf (or +inf): avoid inf - inf = NaN
    double s = 0.0;
    for (int i = 0; i < n; ++i)
        s += std::exp(v[i] - m);
    return m + std::log(s);
}

void GaussianMixture::updateLogConstants()
{
    // The one place the constants are computed: every scorer adds its own -1/2 |P^T (x - mu)|^2.
    const double halfLog2Pi = 0.5 * double(nFeatures()) * std::log(2.0 * std::numbers::pi);
    m_logConstants.resize(nComponents());
    for (int k = 0; k < nComponents(); ++k)
        m_logConstants[k] = std::log(m_weights[k]) +
                            m_precisionsChol[std::size_t(k)].diagonal().array().log().sum() - halfLog2Pi;
}

std::vector<MatrixXd> precisionFactorsFromCovariances(std::vector<MatrixXd>& covariances, int threads)
{
    const int k = int(covariances.size());
    std::vector<MatrixXd> factors(static_cast<std::size_t>(k));
    // Each covariance is factored and inverted in its own storage (its lower triangle): no
    // copy of the d x d matrix for either step.
    parallelFor(k, threads, [&](int c) {
        MatrixXd& covariance = covariances[std::size_t(c)];
        const Eigen::LLT<Eigen::Ref<MatrixXd>, Eigen::Lower> llt(covariance);
        if (llt.info() != Eigen::Success)
            throw NumericalError("Fitting the mixture failed because the covariance of " + componentName(c) +
                                 " is not positive definite (ill-defined empirical covariance, for instance from "
                                 "singleton or collapsed samples). Try a larger regCovar or fewer components.");
        invertLowerTriangular(covariance);
        factors[std::size_t(c)] = covariance.triangularView<Eigen::Lower>().transpose();
    });
    return factors;
}

MatrixXd GaussianMixture::covariance(int k) const
{
    const MatrixXd& p = m_precisionsChol.at(std::size_t(k));
    // P P^T = S^-1, so S = P^-T P^-1.
    const MatrixXd pInv = p.triangularView<Eigen::Upper>().solve(MatrixXd::Identity(p.rows(), p.cols()));
    return pInv.transpose() * pInv;
}

MatrixXd GaussianMixture::weightedLogProb(const MatrixXd& X, int threads) const
{
    if (X.cols() != nFeatures())
        throw NumericalError("The mixture expects samples with " + std::to_string(nFeatures()) + " features, got " +
                             std::to_string(X.cols()) + ".");
    const Index n = X.rows();
    const Index d = X.cols();
    const int k = nComponents();
    MatrixXd out(n, k);
    std::vector<VectorXd> muP(static_cast<std::size_t>(k));
    for (int c = 0; c < k; ++c)
        muP[std::size_t(c)] = m_precisionsChol[std::size_t(c)].triangularView<Eigen::Upper>().transpose() *
                              m_means.row(c).transpose();
    const int chunks = int((n + kRowChunk - 1) / kRowChunk);
    parallelFor(chunks, threads, [&](int chunk) {
        const Index begin = chunk * kRowChunk;
        const Index rows = std::min(kRowChunk, n - begin);
        MatrixXd y(rows, d);
        for (int c = 0; c < k; ++c) {
            y.noalias() = X.middleRows(begin, rows) * m_precisionsChol[std::size_t(c)].triangularView<Eigen::Upper>();
            y.rowwise() -= muP[std::size_t(c)].transpose();
            out.col(c).segment(begin, rows) =
                (m_logConstants[c] - 0.5 * detail::rowSquaredNorms(y).array()).matrix();
        }
    });
    return out;
}

void GaussianMixture::weightedLogProbOne(const double* x, double* out) const
{
    const Index d = m_means.cols();
    const Eigen::Map<const VectorXd> xv(x, d);
    VectorXd diff(d);
    VectorXd y(d);
    for (int c = 0; c < nComponents(); ++c) {
        diff = xv - m_means.row(c).transpose();
        y.noalias() = m_precisionsChol[std::size_t(c)].triangularView<Eigen::Upper>().transpose() * diff;
        out[c] = m_logConstants[c] - 0.5 * y.squaredNorm();
    }
}

VectorXd GaussianMixture::scoreSamples(const MatrixXd& X, int threads) const
{
    const MatrixXd w = weightedLogProb(X, threads);
    VectorXd out(w.rows());
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = w;
    for (Index i = 0; i < w.rows(); ++i)
        out[i] = logSumExp(rows.row(i).data(), int(w.cols()));
    return out;
}

Eigen::VectorXi GaussianMixture::predict(const MatrixXd& X, int threads) const
{
    const MatrixXd w = weightedLogProb(X, threads);
    Eigen::VectorXi out(w.rows());
    for (Index i = 0; i < w.rows(); ++i)
        w.row(i).maxCoeff(&out[i]);
    return out;
}

MatrixXd GaussianMixture::predictProba(const MatrixXd& X, int threads) const
{
    MatrixXd w = weightedLogProb(X, threads);
    for (Index i = 0; i < w.rows(); ++i) {
        const VectorXd row = w.row(i).transpose();
        const double norm = logSumExp(row.data(), int(row.size()));
        w.row(i) = (row.array() - norm).exp().transpose();
    }
    return w;
}

GaussianMixture GaussianMixture::fromParameters(VectorXd weights, MatrixXd means, std::vector<MatrixXd> precisionsChol)
{
    const Index k = weights.size();
    if (k < 1)
        throw NumericalError("A mixture needs at least one component.");
    checkParameterShape("means", means.rows(), means.cols(), k, means.cols());
    if (precisionsChol.size() != std::size_t(k))
        throw NumericalError("The mixture has " + std::to_string(k) + " weights but " +
                             std::to_string(precisionsChol.size()) + " precision factors.");
    if (!weights.allFinite() || !means.allFinite() || (weights.array() <= 0.0).any() ||
        std::abs(weights.sum() - 1.0) > 1e-6)
        throw NumericalError("The mixture weights must be positive, finite and sum to 1.");
    for (Index c = 0; c < k; ++c) {
        const MatrixXd& p = precisionsChol[std::size_t(c)];
        checkParameterShape("precisions_cholesky", p.rows(), p.cols(), means.cols(), means.cols());
        if (!p.allFinite() || (p.diagonal().array() <= 0.0).any() ||
            !p.triangularView<Eigen::StrictlyLower>().toDenseMatrix().isZero(0.0))
            throw NumericalError("The precision factor of " + componentName(int(c)) +
                                 " is not an upper-triangular matrix with a positive diagonal.");
    }
    return fromFit(std::move(weights), std::move(means), std::move(precisionsChol), 0.0, 0, true);
}

GaussianMixture GaussianMixture::fromFit(VectorXd weights, MatrixXd means, std::vector<MatrixXd> precisionsChol,
                                         double lowerBound, int iterations, bool converged)
{
    GaussianMixture gm;
    gm.m_weights = std::move(weights);
    gm.m_means = std::move(means);
    gm.m_precisionsChol = std::move(precisionsChol);
    gm.updateLogConstants();
    gm.m_lowerBound = lowerBound;
    gm.m_nIter = iterations;
    gm.m_converged = converged;
    return gm;
}

} // namespace dt
