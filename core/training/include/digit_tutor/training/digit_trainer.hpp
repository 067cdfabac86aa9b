#pragma once
// Trains a DigitModel: one mixture per digit on the HOG features of normalised images,
// priors from the class counts, guide images (responsibility-weighted pixel means), the
// outlier threshold and the typicality calibration.

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/training/gaussian_mixture_fit.hpp>

#include <cstdint>
#include <functional>
#include <string>

namespace dt {

// The defaults are the bundled model's configuration, chosen on held-out MNIST digits and
// on drawn digits of held-out writers (models/README.md): for the images, 8 components for
// most digits and 5 for the easy 0, 1 and 6; 4 more per digit for drawn digits.
inline constexpr double kSinglePrecisionMinRegCovar = 1e-4;

struct TrainingConfig {
    std::array<int, kDigitClasses> components{5, 5, 8, 8, 8, 8, 5, 8, 8, 8}; ///< per digit, 1..64
    double regCovar = 1e-2;
    bool deskew = true;
    HogParams hog;
    double tol = 1e-3;
    int maxIter = 100;
    std::uint64_t seed = 0;
    double outlierPercentile = 0.4; ///< % of training samples whose score falls below the threshold
    int threads = 0;
    int augmentCopies = 0; ///< distorted copies of each training image (augmentation.hpp), made by the caller
    /// Drawn digits (rows with FeatureSet::drawn set) get components of their own: for a
    /// digit with both images and drawings, one mixture of `components` is fitted to the
    /// images and one of `drawnComponents` to the drawings, and the two are joined with
    /// the drawings' share of the weight set to drawnWeight x their share of the samples
    /// (at most 0.9). Drawn digits then neither pull the MNIST components towards pen
    /// strokes nor get lost among them. 0 pools the drawings with the images instead.
    std::array<int, kDigitClasses> drawnComponents{4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
    double drawnWeight = 1.0;
    /// EM's products, and the calibration's scoring, in single precision
    /// (GaussianMixtureOptions::singlePrecision): about twice as fast, with the same MNIST
    /// answers here. Only taken when regCovar >= kSinglePrecisionMinRegCovar, which bounds
    /// the covariances' condition number on HOG features; below it EM runs in double.
    bool singlePrecision = true;
    bool usesSinglePrecision() const { return singlePrecision && regCovar >= kSinglePrecisionMinRegCovar; }

    /// The model keeps its features most telling first (feature_ordering.hpp): the same
    /// densities, scored in about half the time. False keeps HOG's order.
    bool orderFeatures = true;

    /// The settings the training data are extracted with: HOG's order. The trained model's
    /// own (DigitModel::features) add its order.
    FeatureSettings featureSettings() const { return {hog, {deskew}, {}}; }
    void setComponents(int k) { components.fill(k); }
    std::string describe() const; ///< one line, for the model's metadata and the CLI
};

struct ClassFitReport {
    int nIter = 0;
    bool converged = false;
    double lowerBound = 0.0;
    int samples = 0;
};

struct TrainingReport {
    std::array<ClassFitReport, kDigitClasses> classes{};
    double fitSeconds = 0.0;
};

/// Called per EM iteration of each digit's mixture.
using TrainingProgress = std::function<void(int digit, int iteration, double lowerBound, double change)>;

/// Trains on the features (n x d, rows as samples, in HOG's order: config.featureSettings()),
/// the 28x28 normalised images that gave them (n * 784 bytes) and their labels (n, 0..9).
/// Samples flagged empty are skipped. The model's features are in model.features.order:
/// data extracted before are scored through inFeatureOrder(X, model.features).
/// Throws dt::NumericalError when a digit has fewer samples than components (images and
/// drawings counted apart when they get their own components) or a fit fails.
DigitModel trainDigitModel(const FeatureSet& data, const std::vector<std::uint8_t>& labels, const TrainingConfig& config,
                           TrainingReport* report = nullptr, const TrainingProgress& progress = {});

} // namespace dt
