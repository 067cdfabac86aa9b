#include <digit_tutor/engine/drawing_views_scorer.hpp>

#include <digit_tutor/engine/digit_model.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#if defined(__FMA__) && defined(__AVX__)
#include <immintrin.h>
#define DIGIT_TUTOR_AVX2 1
#endif

namespace dt {

namespace {

constexpr int kLanes = 8;    // single-precision values in one AVX register
constexpr int kMaxLanes = 8; // up to 64 features, the sums stay in registers

int paddedFeatures(int d) { return (d + kLanes - 1) / kLanes * kLanes; }

#ifdef DIGIT_TUTOR_AVX2
// The rows of group G (rows 8G..8G+7) start at column 8G: each adds to the sums of
// registers G..R-1 only.
template <int R, int G>
void addGroups(const double* x, const double* mean, int d, const float*& row, __m256 (&sums)[R])
{
    if constexpr (G < R) {
        for (int i = G * kLanes; i < std::min(d, (G + 1) * kLanes); ++i, row += (R - G) * kLanes) {
            const __m256 di = _mm256_set1_ps(float(x[i] - mean[i]));
            for (int l = G; l < R; ++l)
                sums[l] = _mm256_fmadd_ps(di, _mm256_loadu_ps(row + (l - G) * kLanes), sums[l]);
        }
        addGroups<R, G + 1>(x, mean, d, row, sums);
    }
}

// y = P^T (x - mu) with the sums in registers through all the rows: kept in memory, each
// row's sums waited for the previous row's stores (a quarter of the time from strokes to
// a verdict went there).
template <int R>
void transformRows(const double* x, const double* mean, int d, const float* rows, float* y)
{
    __m256 sums[R];
    for (int l = 0; l < R; ++l)
        sums[l] = _mm256_setzero_ps();
    addGroups<R, 0>(x, mean, d, rows, sums);
    for (int l = 0; l < R; ++l)
        _mm256_storeu_ps(y + l * kLanes, sums[l]);
}

using TransformRows = void (*)(const double*, const double*, int, const float*, float*);
constexpr std::array<TransformRows, kMaxLanes + 1> kTransformRows{
    nullptr, &transformRows<1>, &transformRows<2>, &transformRows<3>, &transformRows<4>,
    &transformRows<5>, &transformRows<6>, &transformRows<7>, &transformRows<8>};
#endif

// The same sums, one value at a time: any feature count, any processor.
void transformRowsScalar(const double* x, const double* mean, int d, const float* row, float* y)
{
    const int padded = paddedFeatures(d);
    std::fill(y, y + padded, 0.0f);
    for (int i = 0; i < d; ++i) {
        const int first = i / kLanes * kLanes;
        const float di = float(x[i] - mean[i]);
        for (int j = first; j < padded; ++j)
            y[j] = std::fma(di, row[j - first], y[j]);
        row += padded - first;
    }
}

} // namespace

PackedMixtureScorer::PackedMixtureScorer(const GaussianMixture& mixture)
    : m_features(mixture.nFeatures())
{
    // Row i from column 8 floor(i / 8) on, to a whole number of registers: zeros below the
    // diagonal and past the last feature (a tenth more memory than the bare triangle).
    const int d = m_features;
    const int padded = paddedFeatures(d);
    const int k = mixture.nComponents();
    for (int c = 0; c < k; ++c) {
        for (int i = 0; i < d; ++i)
            m_means.push_back(mixture.means()(c, i));
        const Eigen::MatrixXd& p = mixture.precisionsCholesky()[std::size_t(c)];
        for (int i = 0; i < d; ++i)
            for (int j = i / kLanes * kLanes; j < padded; ++j)
                m_factors.push_back(j >= i && j < d ? float(p(i, j)) : 0.0f);
        m_logConstants.push_back(mixture.logConstant(c));
    }
    m_componentSize = k > 0 ? m_factors.size() / std::size_t(k) : 0;
}

double PackedMixtureScorer::logLikelihood(const double* x) const
{
    const int d = m_features;
    const int k = int(m_logConstants.size());
    std::vector<float> y(static_cast<std::size_t>(paddedFeatures(d)));
    std::vector<double> out(static_cast<std::size_t>(k));
    for (int c = 0; c < k; ++c) {
        const double* mean = m_means.data() + std::size_t(c) * std::size_t(d);
        const float* rows = m_factors.data() + std::size_t(c) * m_componentSize;
#ifdef DIGIT_TUTOR_AVX2
        if (paddedFeatures(d) <= kMaxLanes * kLanes)
            kTransformRows[std::size_t(paddedFeatures(d) / kLanes)](x, mean, d, rows, y.data());
        else
#endif
            transformRowsScalar(x, mean, d, rows, y.data());
        double norm = 0.0;
        for (float v : y) // the padding's sums are zero
            norm += double(v) * double(v);
        out[std::size_t(c)] = m_logConstants[std::size_t(c)] - 0.5 * norm;
    }
    return logSumExp(out.data(), k);
}

DrawingViewsScorer::DrawingViewsScorer(const DrawingViews& views)
    : m_retracedPath(views.retracedPath)
    , m_doodlePath(views.doodlePath)
    , m_doodleImage(views.doodleImage)
{
    for (int c = 0; c < kDigitClasses; ++c)
        m_pathDigits[std::size_t(c)] = PackedMixtureScorer(views.pathDigits[std::size_t(c)]);
}

DrawingViewScores DrawingViewsScorer::score(const double* hog, const double* path) const
{
    DrawingViewScores s;
    for (int c = 0; c < kDigitClasses; ++c)
        s.pathDigits[std::size_t(c)] = m_pathDigits[std::size_t(c)].logLikelihood(path);
    s.retracedPath = m_retracedPath.logLikelihood(path);
    s.doodlePath = m_doodlePath.logLikelihood(path);
    std::vector<MarginCandidate> doodle(std::size_t(m_doodleImage.nComponents()));
    for (int k = 0; k < m_doodleImage.nComponents(); ++k)
        doodle[std::size_t(k)] = {&m_doodleImage, k, 0.0, 0.0};
    scoreWithinMargin(hog, doodle, DigitModel::kPruneMarginNats);
    std::vector<double> components;
    for (const MarginCandidate& m : doodle)
        components.push_back(m.score);
    s.doodleImage = logSumExp(components.data(), int(components.size()));
    return s;
}

DrawingViewScores scoreDrawingViews(const DrawingViews& views, const double* hog, const double* path)
{
    auto logLikelihood = [](const GaussianMixture& gm, const double* x) {
        std::vector<double> out(std::size_t(gm.nComponents()));
        gm.weightedLogProbOne(x, out.data());
        return logSumExp(out.data(), gm.nComponents());
    };
    DrawingViewScores s;
    for (int c = 0; c < kDigitClasses; ++c)
        s.pathDigits[std::size_t(c)] = logLikelihood(views.pathDigits[std::size_t(c)], path);
    s.retracedPath = logLikelihood(views.retracedPath, path);
    s.doodlePath = logLikelihood(views.doodlePath, path);
    s.doodleImage = logLikelihood(views.doodleImage, hog);
    return s;
}

} // namespace dt
