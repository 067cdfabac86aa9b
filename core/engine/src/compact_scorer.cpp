#include <digit_tutor/engine/compact_scorer.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>

#if defined(__F16C__) && defined(__FMA__) && defined(__AVX__)
#include <immintrin.h>
#define DIGIT_TUTOR_F16C 1
#endif

namespace dt {
namespace {

std::uint16_t toHalfBits(double v) { return Eigen::numext::bit_cast<std::uint16_t>(Eigen::half(v)); }
#ifndef DIGIT_TUTOR_F16C
float fromHalfBits(std::uint16_t bits) { return float(Eigen::numext::bit_cast<Eigen::half>(bits)); }
#endif

// y[0..len) += di * row[0..len), row in half precision.
inline void axpyHalf(float di, const std::uint16_t* row, float* y, int len)
{
    int j = 0;
#ifdef DIGIT_TUTOR_F16C
    const __m256 a = _mm256_set1_ps(di);
    for (; j + 8 <= len; j += 8) {
        const __m256 p = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + j)));
        _mm256_storeu_ps(y + j, _mm256_fmadd_ps(a, p, _mm256_loadu_ps(y + j)));
    }
    for (; j < len; ++j)
        y[j] += di * _cvtsh_ss(row[j]);
#else
    for (; j < len; ++j)
        y[j] += di * fromHalfBits(row[j]);
#endif
}

} // namespace

CompactScorer::CompactScorer(const GaussianMixture& mixture) : m_features(mixture.nFeatures())
{
    const int d = m_features;
    const int k = mixture.nComponents();
    const std::size_t triangle = std::size_t(d) * (d + 1) / 2;
    m_means.resize(std::size_t(k) * d);
    m_factors.resize(std::size_t(k) * triangle);
    m_logConstants.resize(std::size_t(k));
    for (int c = 0; c < k; ++c) {
        const Eigen::MatrixXd& p = mixture.precisionsCholesky()[std::size_t(c)];
        std::uint16_t* packed = m_factors.data() + std::size_t(c) * triangle;
        // Row by row: y += (x_i - mu_i) * P(i, i..d-1) is an axpy without a reduction
        // chain, which vectorises. The leading triangle (rows and columns below m) comes
        // first and the rest after, so that each pass reads one contiguous block.
        const int m = splitColumn();
        for (int i = 0; i < m; ++i)
            for (int j = i; j < m; ++j)
                *packed++ = toHalfBits(p(i, j));
        for (int i = 0; i < d; ++i)
            for (int j = std::max(i, m); j < d; ++j)
                *packed++ = toHalfBits(p(i, j));
        for (int j = 0; j < d; ++j)
            m_means[std::size_t(c) * d + std::size_t(j)] = mixture.means()(c, j);
        m_logConstants[std::size_t(c)] = mixture.logConstant(c);
    }
}

int CompactScorer::splitColumn() const { return m_features * 3 / 5; }

void CompactScorer::upperBounds(const double* x, double* upper, double* partial) const
{
    // y_j for j < m needs only rows i <= j < m: the leading triangle of each factor, about
    // a third of the work for m = 3d / 5. The squared norm of those y_j is a part of the
    // Mahalanobis distance, so logConstant - part / 2 bounds the score from above.
    const int d = m_features;
    const int m = splitColumn();
    const std::size_t triangle = std::size_t(d) * (d + 1) / 2;
    std::vector<float> y(static_cast<std::size_t>(m));
    for (int c = 0; c < nComponents(); ++c) {
        const double* mean = m_means.data() + std::size_t(c) * d;
        const std::uint16_t* row = m_factors.data() + std::size_t(c) * triangle;
        std::fill(y.begin(), y.end(), 0.0f);
        for (int i = 0; i < m; ++i) {
            axpyHalf(float(x[i] - mean[i]), row, y.data() + i, m - i);
            row += m - i;
        }
        double part = 0.0;
        for (int j = 0; j < m; ++j)
            part += double(y[std::size_t(j)]) * double(y[std::size_t(j)]);
        partial[c] = part;
        upper[c] = m_logConstants[std::size_t(c)] - 0.5 * part;
    }
}

double CompactScorer::complete(const double* x, int c, double partial) const
{
    // The columns from m on: the rest of the rows above m, then the trailing triangle.
    const int d = m_features;
    const int m = splitColumn();
    const std::size_t triangle = std::size_t(d) * (d + 1) / 2;
    const double* mean = m_means.data() + std::size_t(c) * d;
    const std::uint16_t* row = m_factors.data() + std::size_t(c) * triangle + std::size_t(m) * (m + 1) / 2;
    std::vector<float> y(static_cast<std::size_t>(d - m), 0.0f);
    for (int i = 0; i < d; ++i) {
        const int first = std::max(i, m); // columns first..d-1 of row i
        axpyHalf(float(x[i] - mean[i]), row, y.data() + (first - m), d - first);
        row += d - first;
    }
    double rest = 0.0;
    for (float v : y)
        rest += double(v) * double(v);
    return m_logConstants[std::size_t(c)] - 0.5 * (partial + rest);
}

void CompactScorer::weightedLogProb(const double* x, double* out) const
{
    std::vector<double> upper(static_cast<std::size_t>(nComponents()));
    std::vector<double> partial(static_cast<std::size_t>(nComponents()));
    upperBounds(x, upper.data(), partial.data());
    for (int c = 0; c < nComponents(); ++c)
        out[c] = complete(x, c, partial[std::size_t(c)]);
}

} // namespace dt
