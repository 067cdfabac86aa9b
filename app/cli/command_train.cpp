// digit-tutor-cli train: reads the options, runs dt::runTraining (training/training_run.hpp) with
// a progress line per EM iteration, prints the report and writes the model file.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_support.hpp"

#include <digit_tutor/engine/hog.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/training/training_run.hpp>

#include <array>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <ostream>
#include <utility>

#include <unistd.h>

namespace dt::cli {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

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
                             {"hog-order", false}, {"images", true, true}, {"idx-images"}, {"idx-labels"},
                             {"doodles", true, true}, {"stroke-distortions"}, {"path-weight"}, {"doodle-threshold"}});
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
    config.orderFeatures = !a.has("hog-order");
    TrainingSources sources;
    sources.holdout = a.intValue("holdout", 0, 0, 59000);
    config.augmentCopies = a.intValue("augment", config.augmentCopies, 0, 8);
    config.outlierPercentile = a.doubleValue("outlier-percentile", config.outlierPercentile, 0.0, 50.0);
    config.hog.orientations = a.intValue("orientations", config.hog.orientations, 1, 180);
    config.hog.cellSize = a.intValue("cell", config.hog.cellSize, 1, kDigitSide);
    config.hog.blockSize = a.intValue("block", config.hog.blockSize, 1, kDigitSide);
    HogExtractor checkSettings(config.hog); // refuses impossible settings before any work
    sources.mnistDir = a.value("mnist");
    sources.imageFolders = a.values("images");
    if (a.has("idx-images")) {
        sources.idxImages = a.value("idx-images");
        sources.idxLabels = a.value("idx-labels");
    }
    sources.strokeFiles = a.values("strokes");
    sources.strokesCopies = a.intValue("strokes-copies", 1, 1, 16);
    sources.strokeDistortions = a.intValue("stroke-distortions", sources.strokeDistortions, 0, 16);
    sources.doodleFiles = a.values("doodles");
    sources.drawingViews.pathWeight = a.doubleValue("path-weight", sources.drawingViews.pathWeight, 0.0, 10.0);
    sources.drawingViews.doodleThreshold =
        a.doubleValue("doodle-threshold", sources.drawingViews.doodleThreshold, -1e6, 1e6);
    if (!sources.doodleFiles.empty() && sources.strokeFiles.empty())
        throw UsageError("--doodles needs --strokes: \"not a digit\" is learnt beside drawn digits.");
    const std::string outPath = a.value("out");
    const bool quiet = a.has("quiet");
    const auto start = Clock::now();

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
    TrainingRun run =
        runTraining(config, sources, {utcTimestamp(), "digit-tutor-cli " DIGIT_TUTOR_VERSION}, out, progress);
    if (!quiet && tty)
        err << '\n';
    char line[256];
    int notConverged = 0;
    for (int d = 0; d < kDigitClasses; ++d) {
        const ClassFitReport& r = run.report.classes[std::size_t(d)];
        std::snprintf(line, sizeof line, "digit %d: %5d samples, %3d iterations, %s, log-likelihood %.4f\n", d, r.samples,
                      r.nIter, r.converged ? "converged" : "NOT converged", r.lowerBound);
        out << line;
        notConverged += r.converged ? 0 : 1;
    }
    if (notConverged)
        err << "warning: " << notConverged << " mixture(s) did not converge in " << config.maxIter
            << " iterations; try --max-iter or a larger --reg-covar.\n";
    std::snprintf(line, sizeof line, "fit: %.2f s\n", run.fitSeconds);
    out << line;
    if (run.holdout)
        printEvaluation(out, *run.holdout, "held-out training digits (" + std::to_string(sources.holdout) + ")");
    printEvaluation(out, run.test, "MNIST test set");
    saveModel(run.model, outPath);
    std::snprintf(line, sizeof line, "model written to %s (%.1f s in all)\n", outPath.c_str(), since(start));
    out << line;
    return 0;
}

} // namespace dt::cli
