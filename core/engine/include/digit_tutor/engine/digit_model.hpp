#pragma once
// The digit model: one Gaussian mixture per digit over HOG features, class priors from
// the training counts, and Bayes' rule in log space:
//   log p(x | c) = log-sum-exp_k (log w_ck + log N(x | mu_ck, S_ck))
//   P(c | x)     = exp(log prior_c + log p(x | c) - log p(x))
//   log p(x)     = log-sum-exp_c (log prior_c + log p(x | c))   (the outlier score)
// A sample is "a digit" when log p(x) >= outlierThreshold, set at training time from a low
// percentile of the training samples' scores. The typicality of a sample for digit c is
// the fraction of training samples of c whose log p(x | c) is lower (0 = least usual,
// 1 = most usual). Each component keeps the mean of its normalised 28x28 training images
// (weighted by responsibility): the picture of that way of writing the digit.
//
// A model trained on MNIST and on drawn digits keeps, per digit, components learnt from
// images and components learnt from drawings (the last ClassModel::drawnComponents). The
// app's input is always a drawing, scored by all of them; an image (MNIST, a teacher's
// scanned digits) is scored by the image components alone, their weights renormalised:
// pen drawings rendered by our renderer are a different kind of picture from scanned
// handwriting, and their components otherwise take image digits of other classes.
// The outlier threshold and the typicality are calibrated for drawings. An image's score
// lies at most -log(image components' weight) above the score all components give it
// (about 0.12 nats in the default model), and below it where drawn components explain the
// image better.
//
// Example use:
//   dt::DigitModel model = dt::loadModel("models/default.dtm");
//   dt::Verdict v = model.classifyImage(image);   // any grey image of a digit
//   if (v.isDigit) show(v.digit, v.probabilities[v.digit]);

#include <digit_tutor/engine/compact_scorer.hpp>
#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/engine/gaussian_mixture.hpp>
#include <digit_tutor/engine/grey_image.hpp>

#include <array>
#include <memory>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dt {

class DrawingViewsScorer;

inline constexpr int kDigitClasses = 10;
inline constexpr int kTypicalityQuantiles = 201; ///< stored quantiles: 0%, 0.5%, ..., 100%

/// What a sample is: a drawing (the app's input, strokes rendered by stroke_renderer) or an
/// image (a scanned or photographed digit, MNIST's kind).
enum class InputKind { Drawing, Image };

struct ClassModel {
    GaussianMixture mixture;
    /// The last drawnComponents components were learnt from drawings only (0: every
    /// component was learnt from every input). Fewer than the mixture's components.
    int drawnComponents = 0;
    double logPrior = 0.0;
    std::uint32_t trainingCount = 0;
    std::vector<std::vector<float>> meanImages;  ///< per component, 784 values in 0..255
    std::vector<double> typicalityQuantiles;     ///< kTypicalityQuantiles ascending log p(x | c)
};

/// What a model knows about drawings beyond their rendered image (format 4): the pen path
/// view, and what is not a digit, learnt from real doodles. dt::recogniseDrawing uses them;
/// images are scored without them.
///  - Which digit: log P_img(c | x) + pathWeight * max(log P_path(c | x), -pathFloorNats),
///    the image's posterior and the pen path's damped one. The floor bounds what a confused
///    path can take away from a clear image.
///  - A digit traced twice (a child going over it again) has a path unlike any digit written
///    once, and the path view reads it wrong. retracedPath is learnt from such paths (all
///    digits together): where a path is more like those than like any digit written once
///    (p_retraced(x) > p_path(x)), the path view is left out of which digit it is.
///  - Whether a digit at all: the digit score
///      [log p_img(x) - log p_doodle_img(x)] + doodlePathWeight [log p_digit_path(x) - log p_doodle_path(x)]
///    where p_img and p_path are over all digits with the class priors and p_digit_path =
///    0.9 p_path + 0.1 p_retraced; it must reach doodleThreshold.
struct DrawingViews {
    std::array<GaussianMixture, kDigitClasses> pathDigits; ///< over penPathFeatures (kPenPathFeatures values)
    GaussianMixture doodleImage;                          ///< over the model's HOG features
    GaussianMixture doodlePath;                           ///< over penPathFeatures
    GaussianMixture retracedPath;                         ///< over penPathFeatures: digits traced twice
    double pathWeight = 0.12;
    double pathFloorNats = 10.0;
    double doodlePathWeight = 0.5;
    double doodleThreshold = 0.0;
};

/// Throws dt::FormatError when the views do not fit a model of `imageFeatures` HOG values
/// (mixture shapes) or hold weights, floor or threshold out of range. DigitModel::validate
/// calls it.
void validateDrawingViews(const DrawingViews& views, int imageFeatures);

/// Ordered key/value strings (training date, data, configuration, accuracy, ...).
struct ModelMetadata {
    std::vector<std::pair<std::string, std::string>> entries;
    void set(const std::string& key, const std::string& value);
    std::string get(const std::string& key) const; ///< "" when absent
};

/// Why a drawing is not taken for a digit.
enum class Refusal {
    None,        ///< it is a digit
    Unlikely,    ///< its likelihood is below the model's outlier threshold
    PathTooLong, ///< the pen travelled far too long for the digit's size (a scribble)
    TooMuchInk,  ///< the ink covers too much of the box (a filled blob)
    TooManyStrokes, ///< more long strokes or dots than any digit has (a '#', a sprinkle of dots)
    TooWide,     ///< far wider than tall (a wavy line, a row of loops)
    Doodle,      ///< far more like the doodles the model learnt than like any digit (DrawingViews)
};
/// "none", "unlikely", "path-too-long", "too-much-ink", "too-many-strokes", "too-wide", "doodle"
const char* refusalName(Refusal refusal);

struct Verdict {
    bool empty = true;          ///< no ink at all: nothing else is meaningful
    int digit = -1;             ///< most probable digit
    std::array<double, kDigitClasses> probabilities{};        ///< P(c | x), sums to 1
    /// log p(x | c). From classifyFeatures: exact for every class with a component within
    /// DigitModel::kPruneMarginNats of the best; for the others an upper bound (their
    /// posterior is below e^-12, 6e-6, either way).
    std::array<double, kDigitClasses> classLogLikelihoods{};
    double logLikelihood = 0.0; ///< log p(x) under the whole model (the image view)
    /// For drawings scored with DrawingViews: the digit score (digit against doodle, in
    /// nats); 0 otherwise.
    double digitScore = 0.0;
    bool isDigit = false;       ///< logLikelihood >= the model's outlier threshold (and, for drawings, a digit's shape)
    Refusal refusal = Refusal::Unlikely; ///< why not, when isDigit is false
    double typicality = 0.0;    ///< of the sample within `digit`, in [0, 1]
    int component = -1;         ///< most responsible component of `digit`'s mixture
    /// For drawings (dt::recogniseDrawing): the digit this drawing is a mirror image of, or
    /// -1 (mirror_writing.hpp). Independent of isDigit: a reversed 3 is often refused as
    /// written, and is still a child's 3, not a scribble.
    int reversedDigit = -1;
};

class DigitModel {
public:
    FeatureSettings features;
    std::array<ClassModel, kDigitClasses> classes;
    double outlierThreshold = 0.0;
    ModelMetadata metadata;
    /// Absent in models of format 1-3 and in models trained without drawn digits and doodles:
    /// drawings are then scored by their image alone.
    std::optional<DrawingViews> drawingViews;
    std::uint32_t loadedFormatVersion = 0; ///< the format of the file it was read from (0: not read from a file)

    int featureCount() const;

    /// Verdict for a feature vector of featureCount() values of the given kind of input. No
    /// allocation on the heap beyond small vectors; about k * d^2 multiply-adds per class.
    Verdict classifyFeatures(const double* features, InputKind kind) const;
    /// Normalises the image with the model's settings, extracts HOG, classifies it as an image.
    Verdict classifyImage(const GreyImage& image) const;
    /// HOG of a digit already normalised with the model's settings, then classifies; an
    /// empty digit gives an empty verdict.
    Verdict classifyNormalised(const NormalisedDigit& digit, InputKind kind) const;

    /// Typicality in [0, 1] of a class log-likelihood within digit's training samples.
    double typicality(int digit, double classLogLikelihood) const;
    /// The component of digit's mixture most responsible for the features.
    int closestComponent(int digit, const double* features) const;
    /// The component with the largest weight: the most common way of writing the digit.
    int mostCommonComponent(int digit) const;
    /// How many of digit's components score an input of this kind: the first ones.
    int componentsFor(int digit, InputKind kind) const;
    /// Added to the log weights of those components: -log of their total weight.
    double logWeightOffset(int digit, InputKind kind) const;

    /// Index of the most probable digit for each row of dt::classLogLikelihoods (training/batch_scoring.hpp).
    Eigen::VectorXi predictFromLogLikelihoods(const Eigen::MatrixXd& classLogLikelihoods) const;
    /// log p(x) for each row of classLogLikelihoods().
    Eigen::VectorXd totalLogLikelihoods(const Eigen::MatrixXd& classLogLikelihoods) const;

    /// Throws dt::FormatError when the model is inconsistent (shapes, priors, images,
    /// quantiles, non-finite values). Loading calls it; so can anyone building a model.
    void validate() const;

    /// Builds the compact single-sample scorers from the mixtures, and from the drawing views
    /// when there are any. loadModel and trainDigitModel call it; whoever changes `classes`
    /// or `drawingViews` afterwards calls it again. Until then scoring uses the mixtures
    /// directly (same result, slower).
    void prepareScoring();
    /// The prepared scorer of drawingViews, or null (none, or not prepared since they were set).
    const DrawingViewsScorer* drawingViewsScorer() const { return m_viewsScorer.get(); }

    /// classifyFeatures scores exactly every component whose upper bound (prior included)
    /// lies within this many nats of the best score; the others keep their bound.
    static constexpr double kPruneMarginNats = 12.0;

private:
    void componentLogProbs(int digit, const double* features, double* out) const;
    void boundedComponentLogProbs(const double* features, InputKind kind,
                                  std::array<std::vector<double>, kDigitClasses>& out) const;

    std::array<CompactScorer, kDigitClasses> m_scorers{};
    bool m_prepared = false;
    std::shared_ptr<const DrawingViewsScorer> m_viewsScorer; ///< shared by copies: it only reads
};

} // namespace dt
