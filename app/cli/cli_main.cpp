#include "cli_arguments.hpp"
#include "cli_commands.hpp"

#include <digit_tutor/engine/error.hpp>

#include <exception>
#include <functional>
#include <map>
#include <ostream>

namespace dt::cli {
namespace {

constexpr const char* kUsage = R"(Usage: digit-tutor-cli COMMAND [OPTIONS]

Trains, evaluates and uses the Digit Tutor digit model.

Commands:
  train --mnist DIR --out FILE [--components K|K0,...,K9] [--reg-covar R] [--deskew|--no-deskew]
        [--seed S] [--tol T] [--max-iter N] [--holdout N] [--augment N]
        [--strokes DRAWN.jsonl ... [--drawn-components K|K0,...,K9] [--drawn-weight W] [--strokes-copies N]
         [--stroke-distortions N] [--doodles DOODLES.jsonl ... [--path-weight W] [--doodle-threshold T]]]
        [--images DIR ...] [--idx-images FILE --idx-labels FILE]
        [--outlier-percentile P] [--orientations N] [--cell N] [--block N] [--threads N]
        [--double-precision] [--hog-order] [--quiet]
      Extracts features, fits one Gaussian mixture per digit (progress on stderr),
      evaluates on the MNIST test set and writes the model. --holdout N keeps the last
      N training digits aside and reports their accuracy (for choosing a configuration);
      --strokes adds labelled drawn digits, rendered as the app renders them; they get
      mixture components of their own (default 4 per digit; 0 pools them with MNIST's),
      weighted by --drawn-weight (default 1) times their share of the samples.
      Each drawn digit also gets --stroke-distortions N distorted copies (default 4:
      shake, tilt, width, one half stretched, a lifted pen). --doodles FILE.jsonl
      (real doodles, e.g. data/nondigits) with --strokes gives the model its drawing
      views: a pen path mixture per digit (weight --path-weight, default 0.12) and
      "not a digit" learnt from the doodles (--doodle-threshold, default 2.5 nats).
      --images DIR adds a teacher's own digit images (DIR/0 ... DIR/9, PNG, JPEG...),
      --idx-images/--idx-labels an IDX pair; both join MNIST's digits.
      EM's products run in single precision (about twice as fast) when --reg-covar is at
      least 1e-4; --double-precision keeps them in double, as scikit-learn does.
      The model keeps its features most telling first (scored in about half the time);
      --hog-order keeps HOG's order, whose factors round to half precision exactly as
      scikit-learn's fitted ones would.
  evaluate [--model FILE] (--mnist DIR | --strokes FILE.jsonl) [--json]
      Accuracy, per-digit accuracy, confusion matrix, not-a-digit rate, time per digit.
  classify [--model FILE] [--asked D] (--strokes F.json ... | --image F.png ...)
      One JSON line per input: digit, probabilities, log_likelihood, is_digit,
      refusal (why not a digit: unlikely, doodle, path-too-long, too-much-ink,
      too-many-strokes, too-wide), typicality, component, digit_score (a drawing
      against the doodles, in nats, with a model that has drawing views), and
      reversed_digit: the
      digit a drawing is a mirror image of, or null. --asked D: the digit the
      writer was asked for (for every file given); only D is then looked for
      mirrored. Images are read as they are (reversed_digit null).
  features --images F.idx --out F.csv [--normalise] [--deskew]
           [--orientations N] [--cell N] [--block N]
      HOG vectors, one CSV row per image, 17 significant digits. Without --normalise
      the images are used as they are (as skimage.feature.hog would).
  info [--model FILE | --ways FILE]
      What a model file holds: settings, components, calibration, metadata; or what a
      ways-of-writing file holds: the ways of each digit.
  ways --strokes DRAWN.jsonl --out FILE.ways [--max-ways K] [--exemplars E] [--seed S] [--threads N]
      Learns the usual ways of writing each digit (a 7 with or without a bar...) from
      labelled pen-drawn digits, for "Show me" and the formation check.
  formation [--ways FILE] [--digit D] --strokes F.json ...
      Checks how each drawing was written (start, direction, stroke order) against the
      ways of writing digit D (default: the file's label). One JSON line per file: usual,
      problem (none, start, direction, order), score, way, start and towards (the hint).
  report (--student NAME | --class NAME) --format pdf|csv|html --out FILE
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--database URL] [--model FILE]
      A progress report from the progress store (default: the app's own database;
      --database takes a file or postgresql://user@host/dbname): per digit, attempts,
      success rate, stars and trend, progress over time, best and latest attempts
      beside the model's guide, the digits to practise next. CSV: one row per attempt.
  seed-notebook --mnist DIR [--max-iter N] [--limit N]
      Reproduces the notebook's single 10-component mixture and prints its accuracy.

Without --model the bundled default model is used, without --ways the bundled ways.
Options: --help, --version.
Exit status: 0 success, 1 bad input or failure, 2 wrong usage.
)";

} // namespace

int runCli(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty()) {
        err << kUsage;
        return 2;
    }
    const std::string& command = all.front();
    if (command == "--help" || command == "-h" || command == "help") {
        out << kUsage;
        return 0;
    }
    if (command == "--version") {
        out << "digit-tutor-cli " DIGIT_TUTOR_VERSION "\n";
        return 0;
    }
    const std::map<std::string, std::function<int(const Args&, std::ostream&, std::ostream&)>> commands{
        {"train", runTrain},       {"evaluate", runEvaluate}, {"classify", runClassify},
        {"features", runFeatures}, {"info", runInfo},         {"seed-notebook", runSeedNotebook},
        {"ways", runWays},         {"formation", runFormation},     {"report", runReport},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        err << "digit-tutor-cli: error: unknown command '" << command << "'; run 'digit-tutor-cli --help'.\n";
        return 2;
    }
    const Args args(all.begin() + 1, all.end());
    for (const auto& a : args)
        if (a == "--help" || a == "-h") {
            out << kUsage;
            return 0;
        }
    try {
        return it->second(args, out, err);
    } catch (const UsageError& e) {
        err << "digit-tutor-cli " << command << ": error: " << e.what() << " Run 'digit-tutor-cli --help'.\n";
        return 2;
    } catch (const dt::Error& e) {
        err << "digit-tutor-cli " << command << ": error: " << e.what() << '\n';
        return 1;
    } catch (const std::bad_alloc&) {
        err << "digit-tutor-cli " << command << ": error: out of memory.\n";
        return 1;
    } catch (const std::exception& e) {
        err << "digit-tutor-cli " << command << ": error: " << e.what() << '\n';
        return 1;
    }
}

} // namespace dt::cli
