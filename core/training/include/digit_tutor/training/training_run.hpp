#pragma once
// A whole training run, as `digit-tutor-cli train` makes one: read MNIST (and any other
// labelled images and drawn digits), extract their features, optionally add distorted
// copies, fit the digit model, evaluate it on MNIST's test set (and on a held-out part of
// the training set), and describe in the model's metadata what it learnt from and how well
// it reads. The caller saves the model.
//
// Example use:
//   dt::TrainingSources sources;
//   sources.mnistDir = "data/mnist";
//   sources.strokeFiles = {"data/handwriting/pendigits-train.jsonl"};
//   sources.doodleFiles = {"data/nondigits/quickdraw-doodles.jsonl"};
//   const dt::TrainingRun run = dt::runTraining(dt::TrainingConfig{}, sources, {now, "my-tool 1.0"}, std::cout);
//   dt::saveModel(run.model, "model.dtm");

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/training/digit_trainer.hpp>
#include <digit_tutor/training/drawing_views_trainer.hpp>
#include <digit_tutor/training/evaluation.hpp>
#include <digit_tutor/training/random.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace dt {

struct TrainingSources {
    std::string mnistDir;  ///< the four MNIST IDX files (idx_reader.hpp's names)
    int holdout = 0;       ///< the last this many MNIST training digits are kept aside and evaluated
    std::vector<std::string> imageFolders; ///< a teacher's images, a subfolder per digit (extra_training_images.hpp)
    std::string idxImages; ///< an IDX image file and its labels, both or neither
    std::string idxLabels;
    std::vector<std::string> strokeFiles; ///< labelled drawn digits, JSONL
    int strokesCopies = 1; ///< times each drawn digit is counted (1..16)
    /// Distorted copies of each drawn digit (stroke_distortion.hpp) added to its image
    /// components (0..16).
    int strokeDistortions = 4;
    /// Real doodles (JSONL of drawings, labels ignored): with drawn digits, the model gets
    /// DrawingViews (the pen path view and "not a digit" learnt from these doodles).
    std::vector<std::string> doodleFiles;
    DrawingViewsConfig drawingViews;
};

/// The generator runTraining draws the drawn digits' distorted copies from (with
/// dt::distortedCopies), for a benchmark that trains its models the same way.
Random drawnDistortionRandom(std::uint64_t seed);

/// Who made the model and when: the first two entries of its metadata.
struct TrainingStamp {
    std::string created; ///< an ISO 8601 UTC time
    std::string program; ///< the program and its version
};

struct TrainingRun {
    DigitModel model;                ///< with its metadata set
    TrainingReport report;           ///< iterations and convergence per digit
    double fitSeconds = 0.0;         ///< fitting the mixtures alone
    Evaluation test;                 ///< on MNIST's test set, as images
    std::optional<Evaluation> holdout; ///< on the held-out training digits, when any
};

/// Runs the training. Writes a line to `log` as each kind of data is read (counts and
/// seconds); `progress` is called per EM iteration of each digit. Throws dt::FormatError
/// for a file that cannot be read (naming it) or for a drawn digit without a label, and
/// dt::NumericalError when a fit fails. The caller checks the ranges of its options.
TrainingRun runTraining(const TrainingConfig& config, const TrainingSources& sources, const TrainingStamp& stamp,
                        std::ostream& log, const TrainingProgress& progress = {});

} // namespace dt
