#include <digit_tutor/engine/digit_model.hpp>

#include <digit_tutor/engine/drawing_views_scorer.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/pen_path_features.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dt {

const char* refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return "none";
    case Refusal::Unlikely: return "unlikely";
    case Refusal::PathTooLong: return "path-too-long";
    case Refusal::TooMuchInk: return "too-much-ink";
    case Refusal::TooManyStrokes: return "too-many-strokes";
    case Refusal::TooWide: return "too-wide";
    case Refusal::Doodle: return "doodle";
    }
    return "unknown";
}

void ModelMetadata::set(const std::string& key, const std::string& value)
{
    for (auto& [k, v] : entries)
        if (k == key) {
            v = value;
            return;
        }
    entries.emplace_back(key, value);
}

std::string ModelMetadata::get(const std::string& key) const
{
    for (const auto& [k, v] : entries)
        if (k == key)
            return v;
    return {};
}

int DigitModel::featureCount() const { return classes[0].mixture.nFeatures(); }

Verdict DigitModel::classifyFeatures(const double* f, InputKind kind) const
{
    Verdict v;
    v.empty = false;
    std::array<std::vector<double>, kDigitClasses> components;
    if (m_prepared) {
        boundedComponentLogProbs(f, kind, components);
    } else {
        for (int c = 0; c < kDigitClasses; ++c) {
            auto& comp = components[std::size_t(c)];
            comp.resize(std::size_t(classes[std::size_t(c)].mixture.nComponents()));
            componentLogProbs(c, f, comp.data());
            comp.resize(std::size_t(componentsFor(c, kind)));
            for (double& x : comp)
                x += logWeightOffset(c, kind);
        }
    }
    std::array<double, kDigitClasses> joint{};
    for (int c = 0; c < kDigitClasses; ++c) {
        const std::vector<double>& comp = components[std::size_t(c)];
        v.classLogLikelihoods[std::size_t(c)] = logSumExp(comp.data(), int(comp.size()));
        joint[std::size_t(c)] = classes[std::size_t(c)].logPrior + v.classLogLikelihoods[std::size_t(c)];
    }
    v.logLikelihood = logSumExp(joint.data(), kDigitClasses);
    v.digit = int(std::max_element(joint.begin(), joint.end()) - joint.begin());
    for (int c = 0; c < kDigitClasses; ++c)
        v.probabilities[std::size_t(c)] =
            std::isfinite(v.logLikelihood) ? std::exp(joint[std::size_t(c)] - v.logLikelihood) : (c == v.digit ? 1.0 : 0.0);
    v.isDigit = v.logLikelihood >= outlierThreshold;
    v.refusal = v.isDigit ? Refusal::None : Refusal::Unlikely;
    v.typicality = typicality(v.digit, v.classLogLikelihoods[std::size_t(v.digit)]);
    const auto& best = components[std::size_t(v.digit)];
    v.component = int(std::max_element(best.begin(), best.end()) - best.begin());
    return v;
}

void DigitModel::boundedComponentLogProbs(const double* f, InputKind kind,
                                          std::array<std::vector<double>, kDigitClasses>& out) const
{
    // All classes' components together, each with its class's log prior: a component far
    // below the best of any class cannot matter, and keeps its bound.
    std::vector<MarginCandidate> candidates;
    for (int c = 0; c < kDigitClasses; ++c) {
        const double offset = logWeightOffset(c, kind) + classes[std::size_t(c)].logPrior;
        for (int j = 0; j < componentsFor(c, kind); ++j)
            candidates.push_back({&m_scorers[std::size_t(c)], j, offset, 0.0});
        out[std::size_t(c)].resize(std::size_t(componentsFor(c, kind)));
    }
    scoreWithinMargin(f, candidates, kPruneMarginNats);
    for (const MarginCandidate& m : candidates) {
        const int c = int(m.scorer - m_scorers.data());
        out[std::size_t(c)][std::size_t(m.component)] = m.score - classes[std::size_t(c)].logPrior;
    }
}

void DigitModel::componentLogProbs(int digit, const double* f, double* out) const
{
    if (m_prepared)
        m_scorers[std::size_t(digit)].weightedLogProb(f, out);
    else
        classes[std::size_t(digit)].mixture.weightedLogProbOne(f, out);
}

Verdict DigitModel::classifyImage(const GreyImage& image) const
{
    return classifyNormalised(normaliseDigit(image, features.normalise), InputKind::Image);
}

Verdict DigitModel::classifyNormalised(const NormalisedDigit& digit, InputKind kind) const
{
    if (digit.empty)
        return Verdict{};
    return classifyFeatures(digitFeatures(features, digit.image).data(), kind);
}

double DigitModel::typicality(int digit, double classLogLikelihood) const
{
    const auto& q = classes.at(std::size_t(digit)).typicalityQuantiles;
    if (q.empty() || std::isnan(classLogLikelihood))
        return 0.0;
    if (classLogLikelihood <= q.front())
        return 0.0;
    if (classLogLikelihood >= q.back())
        return 1.0;
    const auto it = std::upper_bound(q.begin(), q.end(), classLogLikelihood);
    const std::size_t hi = std::size_t(it - q.begin());
    const std::size_t lo = hi - 1;
    const double span = q[hi] - q[lo];
    const double frac = span > 0.0 ? (classLogLikelihood - q[lo]) / span : 0.0;
    return (double(lo) + frac) / double(q.size() - 1);
}

void DigitModel::prepareScoring()
{
    for (int c = 0; c < kDigitClasses; ++c)
        m_scorers[std::size_t(c)] = CompactScorer(classes[std::size_t(c)].mixture);
    m_prepared = true;
    m_viewsScorer = drawingViews ? std::make_shared<const DrawingViewsScorer>(*drawingViews) : nullptr;
}

int DigitModel::closestComponent(int digit, const double* f) const
{
    const GaussianMixture& gm = classes.at(std::size_t(digit)).mixture;
    std::vector<double> comp(std::size_t(gm.nComponents()));
    componentLogProbs(digit, f, comp.data());
    return int(std::max_element(comp.begin(), comp.end()) - comp.begin());
}

int DigitModel::componentsFor(int digit, InputKind kind) const
{
    const ClassModel& cm = classes.at(std::size_t(digit));
    return cm.mixture.nComponents() - (kind == InputKind::Image ? cm.drawnComponents : 0);
}

double DigitModel::logWeightOffset(int digit, InputKind kind) const
{
    const ClassModel& cm = classes.at(std::size_t(digit));
    if (kind == InputKind::Drawing || cm.drawnComponents == 0)
        return 0.0;
    return -std::log(cm.mixture.weights().head(componentsFor(digit, kind)).sum());
}

int DigitModel::mostCommonComponent(int digit) const
{
    const Eigen::VectorXd& w = classes.at(std::size_t(digit)).mixture.weights();
    Eigen::Index best = 0;
    w.maxCoeff(&best);
    return int(best);
}

Eigen::VectorXi DigitModel::predictFromLogLikelihoods(const Eigen::MatrixXd& ll) const
{
    Eigen::VectorXi out(ll.rows());
    Eigen::RowVectorXd priors(kDigitClasses);
    for (int c = 0; c < kDigitClasses; ++c)
        priors[c] = classes[std::size_t(c)].logPrior;
    for (Eigen::Index i = 0; i < ll.rows(); ++i)
        (ll.row(i) + priors).maxCoeff(&out[i]);
    return out;
}

Eigen::VectorXd DigitModel::totalLogLikelihoods(const Eigen::MatrixXd& ll) const
{
    Eigen::VectorXd out(ll.rows());
    std::array<double, kDigitClasses> joint{};
    for (Eigen::Index i = 0; i < ll.rows(); ++i) {
        for (int c = 0; c < kDigitClasses; ++c)
            joint[std::size_t(c)] = classes[std::size_t(c)].logPrior + ll(i, c);
        out[i] = logSumExp(joint.data(), kDigitClasses);
    }
    return out;
}

void DigitModel::validate() const
{
    const int d = featureCount();
    if (d != HogExtractor(features.hog).featureCount())
        throw FormatError("The model's mixtures have " + std::to_string(d) + " features but its HOG settings give " +
                          std::to_string(HogExtractor(features.hog).featureCount()) + ".");
    validateFeatureOrder(features.order, d);
    double priorSum = 0.0;
    for (int c = 0; c < kDigitClasses; ++c) {
        const ClassModel& cm = classes[std::size_t(c)];
        const std::string where = "digit " + std::to_string(c);
        if (cm.mixture.nComponents() < 1 || cm.mixture.nFeatures() != d)
            throw FormatError("The mixture of " + where + " has the wrong shape.");
        if (cm.drawnComponents < 0 || cm.drawnComponents >= cm.mixture.nComponents())
            throw FormatError("The mixture of " + where + " has " + std::to_string(cm.mixture.nComponents()) +
                              " components, of which " + std::to_string(cm.drawnComponents) +
                              " are said to be learnt from drawings: at least one must come from images.");
        if (!std::isfinite(cm.logPrior) || cm.logPrior > 0.0)
            throw FormatError("The prior of " + where + " is not a probability.");
        priorSum += std::exp(cm.logPrior);
        if (cm.meanImages.size() != std::size_t(cm.mixture.nComponents()))
            throw FormatError("The model has " + std::to_string(cm.meanImages.size()) + " guide images for the " +
                              std::to_string(cm.mixture.nComponents()) + " components of " + where + ".");
        for (const auto& img : cm.meanImages) {
            if (img.size() != std::size_t(kDigitPixels))
                throw FormatError("A guide image of " + where + " does not have 28x28 pixels.");
            for (float p : img)
                if (!(p >= 0.0f && p <= 255.0f))
                    throw FormatError("A guide image of " + where + " has a pixel outside 0..255.");
        }
        const auto& q = cm.typicalityQuantiles;
        if (q.size() != std::size_t(kTypicalityQuantiles) || !std::is_sorted(q.begin(), q.end()) ||
            !std::all_of(q.begin(), q.end(), [](double v) { return std::isfinite(v); }))
            throw FormatError("The typicality calibration of " + where + " is not " + std::to_string(kTypicalityQuantiles) +
                              " ascending finite values.");
    }
    if (std::abs(priorSum - 1.0) > 1e-6)
        throw FormatError("The class priors sum to " + std::to_string(priorSum) + ", not 1.");
    if (!std::isfinite(outlierThreshold))
        throw FormatError("The outlier threshold is not finite.");
    if (drawingViews)
        validateDrawingViews(*drawingViews, d);
}

void validateDrawingViews(const DrawingViews& views, int imageFeatures)
{
    for (int c = 0; c < kDigitClasses; ++c)
        if (views.pathDigits[std::size_t(c)].nComponents() < 1 ||
            views.pathDigits[std::size_t(c)].nFeatures() != kPenPathFeatures)
            throw FormatError("The pen path mixture of digit " + std::to_string(c) + " has the wrong shape.");
    if (views.doodleImage.nComponents() < 1 || views.doodleImage.nFeatures() != imageFeatures)
        throw FormatError("The doodle mixture over images has the wrong shape.");
    if (views.doodlePath.nComponents() < 1 || views.doodlePath.nFeatures() != kPenPathFeatures)
        throw FormatError("The doodle mixture over pen paths has the wrong shape.");
    if (views.retracedPath.nComponents() < 1 || views.retracedPath.nFeatures() != kPenPathFeatures)
        throw FormatError("The mixture of retraced pen paths has the wrong shape.");
    if (!(views.pathWeight >= 0.0 && views.pathWeight <= 10.0) || !(views.doodlePathWeight >= 0.0 && views.doodlePathWeight <= 10.0))
        throw FormatError("A weight of the pen path view is not between 0 and 10.");
    if (!(views.pathFloorNats > 0.0 && views.pathFloorNats <= 1000.0))
        throw FormatError("The pen path view's floor is not between 0 and 1000 nats.");
    if (!std::isfinite(views.doodleThreshold))
        throw FormatError("The doodle threshold is not finite.");
}

} // namespace dt
