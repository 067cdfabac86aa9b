#include <digit_tutor/engine/drawing_views_scorer.hpp>

#include <digit_tutor/engine/digit_model.hpp>

#include "scoring_kernels.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace dt {
namespace {

constexpr int kLanes = kernels::kLanes;

int paddedFeatures(int d) { return (d + kLanes - 1) / kLanes * kLanes; }

} // namespace

PackedMixtureScorer::PackedMixtureScorer(const GaussianMixture& mixture)
    : m_features(mixture.nFeatures())
    , m_transform(kernels::floatTriangle(activeKernels()))
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
        m_transform(x, mean, d, rows, y.data());
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
