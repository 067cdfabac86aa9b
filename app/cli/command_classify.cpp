// digit-tutor-cli classify: one JSON line per stroke file or image.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_json.hpp"
#include "cli_support.hpp"

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/training/image_file.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <ostream>

namespace dt::cli {
namespace {

Json verdictJson(const std::string& file, const Verdict& v)
{
    Json j = {{"file", file}};
    if (v.empty) {
        j["empty"] = true;
        j["digit"] = nullptr;
        j["is_digit"] = false;
        j["reversed_digit"] = nullptr;
        return j;
    }
    j["digit"] = v.digit;
    j["probabilities"] = v.probabilities;
    j["log_likelihood"] = v.logLikelihood;
    j["is_digit"] = v.isDigit;
    j["refusal"] = refusalName(v.refusal);
    j["typicality"] = v.typicality;
    j["component"] = v.component;
    j["reversed_digit"] = v.reversedDigit >= 0 ? Json(v.reversedDigit) : Json(nullptr);
    if (v.digitScore != 0.0)
        j["digit_score"] = v.digitScore;
    return j;
}

} // namespace

int runClassify(const Args& args, std::ostream& out, std::ostream& err)
{
    const Arguments a(args, {{"model"}, {"strokes", true, true}, {"image", true, true}, {"asked"}});
    const int asked = a.intValue("asked", -1, 0, 9);
    const std::vector<std::string> strokes = a.values("strokes");
    const std::vector<std::string> images = a.values("image");
    if (strokes.empty() && images.empty())
        throw UsageError("give --strokes FILE.json ... or --image FILE.png ... to classify.");
    const DigitModel model = loadModel(a.valueOr("model", defaultModelPath()));
    std::vector<std::string> files = strokes;
    files.insert(files.end(), images.begin(), images.end());
    std::size_t answered = 0; // the stroke files come first
    const int failures = answerEach(files, out, err, [&](const std::string& file) {
        const bool isStrokes = answered++ < strokes.size();
        const Verdict v = isStrokes ? recogniseDrawing(model, loadDrawing(file), asked)
                                    : model.classifyImage(loadDigitImage(file));
        return verdictJson(file, v);
    });
    return failures ? 1 : 0;
}

} // namespace dt::cli
