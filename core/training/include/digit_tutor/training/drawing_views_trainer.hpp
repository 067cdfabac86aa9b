#pragma once
// Trains a model's DrawingViews (digit_model.hpp): the pen path mixture of each digit, from
// labelled drawn digits in every stroke order and direction, distorted as children distort
// them; the paths of digits traced twice; and the doodle mixtures over both views, from real
// doodles (and distorted copies of them). The weights and the doodle threshold are not
// learnt here: they were chosen on writer-held-out folds and held-out doodle categories
// (bench/drawn_digits, models/README.md), and come with the configuration.
//
// Example use:
//   dt::DigitModel model = dt::trainDigitModel(...);
//   model.drawingViews = dt::trainDrawingViews(model, drawnDigits, doodles, {});

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace dt {

struct DrawingViewsConfig {
    int pathComponents = 16;        ///< per digit
    double pathRegCovar = 1e-2;
    int pathCopies = 6;             ///< copies of each drawn digit in a random writing order, distorted
    int retracedCopies = 2;         ///< copies of each drawn digit traced twice, for retracedPath
    int retracedComponents = 16;
    int doodleImageComponents = 8;
    int doodlePathComponents = 16;
    int doodleCopies = 2;           ///< distorted copies of each doodle
    double imageRegCovar = 1e-2;    ///< for the doodle mixture over HOG, as for the digits
    double pathWeight = 0.12;
    double pathFloorNats = 1000.0;
    double doodlePathWeight = 0.5;
    double doodleThreshold = 6.0;
    std::uint64_t seed = 0;
    int threads = 0;

    std::string describe() const; ///< one line, for the model's metadata
};

/// Throws dt::NumericalError when a digit has fewer drawn samples than pathComponents (or
/// the doodles fewer than their components) or a fit fails, and dt::FormatError for a drawn
/// digit without a label 0-9. Empty drawings are skipped. The mixtures come rounded as the
/// model file stores them (roundedForStorage).
DrawingViews trainDrawingViews(const DigitModel& model, const std::vector<Drawing>& digits,
                               const std::vector<Drawing>& doodles, const DrawingViewsConfig& config);

} // namespace dt
