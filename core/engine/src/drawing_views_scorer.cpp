#include <digit_tutor/engine/drawing_views_scorer.hpp>

#include <digit_tutor/engine/digit_model.hpp>

#include <algorithm>
#include <vector>

namespace dt {

PackedMixtureScorer::PackedMixtureScorer(const GaussianMixture& mixture)
    : m_features(mixture.nFeatures())
{
    const int d = m_features;
    const int k = mixture.nComponents();
    m_means.reserve(std::size_t(k) * std::size_t(d));
    m_factors.reserve(std::size_t(k) * std::size_t(d) * std::size_t(d + 1) / 2);
    for (int c = 0; c < k; ++c) {
        for (int i = 0; i < d; ++i)
            m_means.push_back(mixture.means()(c, i));
        const Eigen::MatrixXd& p = mixture.precisionsCholesky()[std::size_t(c)];
        for (int i = 0; i < d; ++i)
            for (int j = i; j < d; ++j)
                m_factors.push_back(float(p(i, j)));
        m_logConstants.push_back(mixture.logConstant(c));
    }
}

double PackedMixtureScorer::logLikelihood(const double* x) const
{
    const int d = m_features;
    const int k = int(m_logConstants.size());
    std::vector<float> diff(static_cast<std::size_t>(d)), y(static_cast<std::size_t>(d));
    std::vector<double> out(static_cast<std::size_t>(k));
    const float* factor = m_factors.data();
    for (int c = 0; c < k; ++c) {
        const double* mean = m_means.data() + std::size_t(c) * std::size_t(d);
        for (int i = 0; i < d; ++i)
            diff[std::size_t(i)] = float(x[i] - mean[i]);
        std::fill(y.begin(), y.end(), 0.0f);
        // y = P^T (x - mu): row i of the triangle adds P(i, j) (x - mu)_i to every y_j, j >= i.
        for (int i = 0; i < d; ++i) {
            const float di = diff[std::size_t(i)];
            float* yi = y.data() + i;
            for (int j = 0; j < d - i; ++j)
                yi[j] += factor[j] * di;
            factor += d - i;
        }
        double norm = 0.0;
        for (float v : y)
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
    std::vector<double> components(std::size_t(m_doodleImage.nComponents()));
    m_doodleImage.weightedLogProb(hog, components.data());
    s.doodleImage = logSumExp(components.data(), m_doodleImage.nComponents());
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
