#include <digit_tutor/training/drawing_views_trainer.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/pen_path_features.hpp>
#include <digit_tutor/training/gaussian_mixture_fit.hpp>
#include <digit_tutor/training/random.hpp>
#include <digit_tutor/training/stroke_distortion.hpp>

#include <cstdio>

namespace dt {
namespace {

Eigen::MatrixXd pathRows(const std::vector<Drawing>& drawings)
{
    Eigen::MatrixXd out(Eigen::Index(drawings.size()), kPenPathFeatures);
    std::array<double, kPenPathFeatures> f{};
    Eigen::Index row = 0;
    for (const Drawing& d : drawings)
        if (penPathFeatures(d, f.data()))
            out.row(row++) = Eigen::Map<const Eigen::RowVectorXd>(f.data(), kPenPathFeatures);
    out.conservativeResize(row, Eigen::NoChange);
    return out;
}

GaussianMixture fit(const Eigen::MatrixXd& X, int components, double regCovar, const DrawingViewsConfig& config,
                    const std::string& what)
{
    if (X.rows() < components)
        throw NumericalError(what + " has " + std::to_string(X.rows()) + " samples for " + std::to_string(components) +
                             " components.");
    GaussianMixtureOptions o;
    o.nComponents = components;
    o.regCovar = regCovar;
    o.seed = config.seed;
    o.threads = config.threads;
    o.singlePrecision = regCovar >= 1e-4;
    return fitGaussianMixture(X, o);
}

// A drawn digit in a random writing order, distorted.
Drawing pathCopy(const Drawing& d, Random& rng) { return distortStrokes(inRandomWritingOrder(d, rng), rng); }

// The digit traced a second time over a distorted copy of itself.
Drawing retracedCopy(const Drawing& d, Random& rng)
{
    Drawing copy = inRandomWritingOrder(d, rng);
    const Drawing again = distortStrokes(d, rng);
    copy.strokes.insert(copy.strokes.end(), again.strokes.begin(), again.strokes.end());
    return distortStrokes(copy, rng);
}

} // namespace

std::string DrawingViewsConfig::describe() const
{
    char line[400];
    std::snprintf(line, sizeof line,
                  "pen path: %d components per digit, reg_covar=%g, %d copies, weight %g, floor %g; retraced: %d "
                  "components, %d copies; doodles: %d image and %d path components, %d copies, path weight %g, "
                  "threshold %g; seed %llu",
                  pathComponents, pathRegCovar, pathCopies, pathWeight, pathFloorNats, retracedComponents, retracedCopies,
                  doodleImageComponents, doodlePathComponents, doodleCopies, doodlePathWeight, doodleThreshold,
                  static_cast<unsigned long long>(seed));
    return line;
}

DrawingViews trainDrawingViews(const DigitModel& model, const std::vector<Drawing>& digits,
                               const std::vector<Drawing>& doodles, const DrawingViewsConfig& config)
{
    Random rng(config.seed ^ 0x9E3779B97F4A7C15ull);
    std::array<std::vector<Drawing>, kDigitClasses> byDigit;
    std::vector<Drawing> retraced;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const Drawing& d = digits[i];
        if (d.label < 0 || d.label >= kDigitClasses)
            throw FormatError("Drawn digit " + std::to_string(i + 1) + " has no label 0-9.");
        if (d.isEmpty())
            continue;
        auto& mine = byDigit[std::size_t(d.label)];
        mine.push_back(d);
        for (int c = 0; c < config.pathCopies; ++c)
            mine.push_back(pathCopy(d, rng));
        for (int c = 0; c < config.retracedCopies; ++c)
            retraced.push_back(retracedCopy(d, rng));
    }
    DrawingViews views;
    for (int c = 0; c < kDigitClasses; ++c)
        views.pathDigits[std::size_t(c)] = fit(pathRows(byDigit[std::size_t(c)]), config.pathComponents,
                                               config.pathRegCovar, config, "The pen paths of digit " + std::to_string(c));
    views.retracedPath = fit(pathRows(retraced), config.retracedComponents, config.pathRegCovar, config,
                             "The retraced pen paths");

    std::vector<Drawing> doodleSet;
    for (const Drawing& d : doodles) {
        if (d.isEmpty())
            continue;
        doodleSet.push_back(d);
        for (int c = 0; c < config.doodleCopies; ++c)
            doodleSet.push_back(inRandomWritingOrder(distortStrokes(d, rng), rng));
    }
    const FeatureSet hog = extractDrawingFeatures(doodleSet, model.features, config.threads);
    std::vector<Eigen::Index> inked;
    for (std::size_t i = 0; i < doodleSet.size(); ++i)
        if (!hog.empty[i])
            inked.push_back(Eigen::Index(i));
    views.doodleImage = fit(hog.select(inked).features, config.doodleImageComponents, config.imageRegCovar, config,
                            "The doodles' images");
    views.doodlePath = fit(pathRows(doodleSet), config.doodlePathComponents, config.pathRegCovar, config,
                           "The doodles' pen paths");
    views.pathWeight = config.pathWeight;
    views.pathFloorNats = config.pathFloorNats;
    views.doodlePathWeight = config.doodlePathWeight;
    views.doodleThreshold = config.doodleThreshold;
    // Rounded as the file stores them, so a saved and reloaded model scores exactly as the
    // one a benchmark measured.
    return roundedForStorage(views);
}

} // namespace dt
