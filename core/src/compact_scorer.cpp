#include <digit_tutor/compact_scorer.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dt {

CompactScorer::CompactScorer(const GaussianMixture& mixture) : m_features(mixture.nFeatures())
{
    const int d = m_features;
    const int k = mixture.nComponents();
    const std::size_t triangle = std::size_t(d) * (d + 1) / 2;
    m_means.resize(std::size_t(k) * d);
    m_factors.resize(std::size_t(k) * triangle);
    m_logConstants.resize(std::size_t(k));
    const double halfLog2Pi = 0.5 * d * std::log(2.0 * std::numbers::pi);
    for (int c = 0; c < k; ++c) {
        const Eigen::MatrixXd& p = mixture.precisionsCholesky()[std::size_t(c)];
        float* packed = m_factors.data() + std::size_t(c) * triangle;
        // Row by row (the model file's order): y += (x_i - mu_i) * P(i, i..d-1) is an
        // axpy without a reduction chain, which the compiler vectorises.
        for (int i = 0; i < d; ++i)
            for (int j = i; j < d; ++j)
                *packed++ = static_cast<float>(p(i, j));
        for (int j = 0; j < d; ++j)
            m_means[std::size_t(c) * d + std::size_t(j)] = mixture.means()(c, j);
        m_logConstants[std::size_t(c)] =
            std::log(mixture.weights()[c]) + p.diagonal().array().log().sum() - halfLog2Pi;
    }
}

void CompactScorer::weightedLogProb(const double* x, double* out) const
{
    const int d = m_features;
    const std::size_t triangle = std::size_t(d) * (d + 1) / 2;
    std::vector<double> y(static_cast<std::size_t>(d));
    for (int c = 0; c < nComponents(); ++c) {
        const double* mean = m_means.data() + std::size_t(c) * d;
        const float* row = m_factors.data() + std::size_t(c) * triangle;
        std::fill(y.begin(), y.end(), 0.0);
        double* yv = y.data();
        for (int i = 0; i < d; ++i) {
            const double di = x[i] - mean[i];
            const int len = d - i;
            double* yi = yv + i;
            for (int j = 0; j < len; ++j)
                yi[j] += di * double(row[j]);
            row += len;
        }
        double maha = 0.0;
        for (int j = 0; j < d; ++j)
            maha += yv[j] * yv[j];
        out[c] = m_logConstants[std::size_t(c)] - 0.5 * maha;
    }
}

} // namespace dt
