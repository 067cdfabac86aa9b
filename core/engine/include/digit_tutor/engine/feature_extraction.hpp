#pragma once
// The one path from a grey digit image to its feature vector, shared by training and
// recognition: normalise (crop, 20-px box, centre of mass, optional deskew), then HOG, its
// values in the model's order.
//
// A model (format 5) keeps its features in an order of its own: the HOG values that tell its
// components apart best come first, so that the scorer's first blocks of columns already
// rule out most components (compact_scorer.hpp: about a third of the work otherwise). The
// order is a permutation of HOG's values and changes no score: the mixtures are fitted in
// HOG's order and then re-expressed in the model's (training/feature_ordering.hpp).

#include <digit_tutor/engine/grey_image.hpp>
#include <digit_tutor/engine/hog.hpp>
#include <digit_tutor/engine/normalisation.hpp>

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace dt {

struct FeatureSettings {
    HogParams hog;
    NormaliseOptions normalise;
    /// Feature j is HOG value order[j]. Empty: HOG's own order (models of format 1-4, and
    /// the features a model is trained on).
    std::vector<int> order;

    bool operator==(const FeatureSettings& o) const
    {
        return hog == o.hog && normalise.deskew == o.normalise.deskew && order == o.order;
    }
};

/// Throws dt::FormatError unless order is empty or holds each of 0..featureCount-1 once.
void validateFeatureOrder(const std::vector<int>& order, int featureCount);

/// The features of a digit normalised with the settings: HOG, in the settings' order.
/// Throws dt::FormatError when the image is not 28x28.
std::vector<double> digitFeatures(const FeatureSettings& settings, const GreyImage& normalised);

/// The columns of features in HOG's order put in the settings' order (a copy when the
/// order is empty). For data extracted before a model gave its order, such as the data it
/// was trained on.
Eigen::MatrixXd inFeatureOrder(const Eigen::MatrixXd& hogOrdered, const FeatureSettings& settings);

/// Features of many same-sized images (count images of width x height bytes, contiguous).
struct FeatureSet {
    Eigen::MatrixXd features;                 ///< count x featureCount, samples as rows
    std::vector<std::uint8_t> normalised;     ///< count * 784 bytes, the 28x28 images HOG saw
    std::vector<std::uint8_t> empty;          ///< 1 where an image held no ink
    std::vector<std::uint8_t> drawn;          ///< 1 for rows rendered from pen strokes, 0 for images

    Eigen::Index size() const { return features.rows(); }
    /// Appends another set's rows. Throws dt::NumericalError if the feature counts differ.
    void append(const FeatureSet& more);
    /// Rows [begin, end).
    FeatureSet slice(Eigen::Index begin, Eigen::Index end) const;
    /// The given rows, in that order (repeats allowed).
    FeatureSet select(const std::vector<Eigen::Index>& rows) const;
};

/// Normalises and extracts HOG of each image, in the settings' order, in parallel over
/// `threads` (0: all cores).
FeatureSet extractFeatures(const std::uint8_t* images, int count, int width, int height,
                           const FeatureSettings& settings, int threads = 0);

struct Drawing;

/// Renders each drawing exactly as recognition does (renderDrawing with default options),
/// then normalises and extracts HOG, in parallel. An empty drawing gives an empty row.
FeatureSet extractDrawingFeatures(const std::vector<Drawing>& drawings, const FeatureSettings& settings,
                                  int threads = 0);

} // namespace dt
