// digit-tutor-cli evaluate: a model on the MNIST test set, or on drawn digits (JSONL)
// replayed through the app's own path (strokes -> renderer -> normalisation -> HOG).

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_support.hpp"

#include <digit_tutor/training/evaluation.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <chrono>
#include <ostream>

namespace dt::cli {

int runEvaluate(const Args& args, std::ostream& out, std::ostream&)
{
    const Arguments a(args, {{"model"}, {"mnist"}, {"strokes"}, {"json", false}, {"threads"}});
    if (a.has("mnist") == a.has("strokes"))
        throw UsageError("give exactly one of --mnist DIR and --strokes FILE.jsonl.");
    const std::string modelPath = a.valueOr("model", defaultModelPath());
    const DigitModel model = loadModel(modelPath);
    const int threads = a.intValue("threads", 0, 0, 256);

    Evaluation e;
    std::string title;
    if (a.has("mnist")) {
        const LabelledImages test = loadMnistSplit(a.value("mnist"), MnistSplit::Test);
        const auto start = std::chrono::steady_clock::now();
        const FeatureSet f = extractFeatures(test.images.pixels.data(), test.images.count, test.images.cols,
                                             test.images.rows, model.features, threads);
        e = evaluateFeatures(model, f.features, test.labels, InputKind::Image, threads);
        e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        title = "MNIST test set";
    } else {
        const std::string path = a.value("strokes");
        const std::vector<Drawing> drawings = loadDrawings(path);
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < drawings.size(); ++i) {
            if (drawings[i].label < 0)
                throw FormatError(path + ":" + std::to_string(i + 1) + ": the drawing has no \"label\" to evaluate against.");
            const Verdict v = recogniseDrawing(model, drawings[i]);
            e.add(drawings[i].label, v.empty ? -1 : v.digit, v.isDigit, drawings[i].writer);
        }
        e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        title = "drawn digits in " + path;
    }
    if (a.has("json"))
        out << jsonLine(evaluationJson(e)) << '\n';
    else
        printEvaluation(out, e, title);
    return 0;
}

} // namespace dt::cli
