#include <digit_tutor/engine/view_combination.hpp>

#include <digit_tutor/engine/drawing_views_scorer.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace dt {
namespace {

// A child's digit is written once far more often than traced twice.
const double kOnce = std::log(0.9);
const double kRetraced = std::log(0.1);

} // namespace

Verdict combineViews(const DigitModel& model, const double* hog, const double* path, Verdict v)
{
    if (v.empty)
        return v;
    const DrawingViews& views = *model.drawingViews;
    const DrawingViewsScorer* prepared = model.drawingViewsScorer();
    const DrawingViewScores scores = prepared ? prepared->score(hog, path) : scoreDrawingViews(views, hog, path);
    std::array<double, kDigitClasses> pathJoint{};
    for (int c = 0; c < kDigitClasses; ++c)
        pathJoint[std::size_t(c)] = model.classes[std::size_t(c)].logPrior + scores.pathDigits[std::size_t(c)];
    const double pathTotal = logSumExp(pathJoint.data(), kDigitClasses);
    const double retraced = scores.retracedPath;
    const bool pathKnown = pathTotal >= retraced;
    const std::array<double, 2> onceOrRetraced{kOnce + pathTotal, kRetraced + retraced};
    const double digitPath = logSumExp(onceOrRetraced.data(), 2);

    std::array<double, kDigitClasses> combined{};
    for (int c = 0; c < kDigitClasses; ++c) {
        const double image = model.classes[std::size_t(c)].logPrior + v.classLogLikelihoods[std::size_t(c)] - v.logLikelihood;
        const double pen = std::max(pathJoint[std::size_t(c)] - pathTotal, -views.pathFloorNats);
        combined[std::size_t(c)] = image + (pathKnown ? views.pathWeight * pen : 0.0);
    }
    const double total = logSumExp(combined.data(), kDigitClasses);
    const int before = v.digit;
    v.digit = int(std::max_element(combined.begin(), combined.end()) - combined.begin());
    for (int c = 0; c < kDigitClasses; ++c)
        v.probabilities[std::size_t(c)] = std::isfinite(total) ? std::exp(combined[std::size_t(c)] - total)
                                                               : (c == v.digit ? 1.0 : 0.0);
    if (v.digit != before) {
        v.component = model.closestComponent(v.digit, hog);
        v.typicality = model.typicality(v.digit, v.classLogLikelihoods[std::size_t(v.digit)]);
    }

    v.digitScore = (v.logLikelihood - scores.doodleImage) + views.doodlePathWeight * (digitPath - scores.doodlePath);
    if (std::isnan(v.digitScore))
        v.digitScore = -std::numeric_limits<double>::infinity(); // like nothing learnt: not a digit
    v.isDigit = v.digitScore >= views.doodleThreshold;
    v.refusal = v.isDigit ? Refusal::None : Refusal::Doodle;
    return v;
}

} // namespace dt
