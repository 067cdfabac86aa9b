// digit-tutor-cli classify: one JSON line per stroke file or image.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_support.hpp"

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/training/image_file.hpp>
#include <digit_tutor/engine/json.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <ostream>

namespace dt::cli {
namespace {

std::string verdictJson(const std::string& file, const Verdict& v)
{
    std::string s = "{\"file\": " + jsonQuote(file);
    if (v.empty)
        return s + ", \"empty\": true, \"digit\": null, \"is_digit\": false}";
    s += ", \"digit\": " + std::to_string(v.digit) + ", \"probabilities\": [";
    for (int c = 0; c < kDigitClasses; ++c)
        s += std::string(c ? ", " : "") + jsonNumber(v.probabilities[std::size_t(c)]);
    s += "], \"log_likelihood\": " + jsonNumber(v.logLikelihood) + ", \"is_digit\": " + (v.isDigit ? "true" : "false") +
         ", \"refusal\": " + jsonQuote(refusalName(v.refusal)) +
         ", \"typicality\": " + jsonNumber(v.typicality) + ", \"component\": " + std::to_string(v.component) + "}";
    return s;
}

} // namespace

int runClassify(const Args& args, std::ostream& out, std::ostream& err)
{
    const Arguments a(args, {{"model"}, {"strokes", true, true}, {"image", true, true}});
    const std::vector<std::string> strokes = a.values("strokes");
    const std::vector<std::string> images = a.values("image");
    if (strokes.empty() && images.empty())
        throw UsageError("give --strokes FILE.json ... or --image FILE.png ... to classify.");
    const DigitModel model = loadModel(a.valueOr("model", defaultModelPath()));
    int failures = 0;
    auto classifyOne = [&](const std::string& file, bool isStrokes) {
        try {
            const Verdict v = isStrokes ? recogniseDrawing(model, loadDrawing(file)) : model.classifyImage(loadDigitImage(file));
            out << verdictJson(file, v) << '\n';
        } catch (const Error& e) {
            // Other files still get their answer; the exit status tells a script that one failed.
            out << "{\"file\": " << jsonQuote(file) << ", \"error\": " << jsonQuote(e.what()) << "}\n";
            err << "digit-tutor-cli: error: " << e.what() << '\n';
            ++failures;
        }
    };
    for (const auto& f : strokes)
        classifyOne(f, true);
    for (const auto& f : images)
        classifyOne(f, false);
    return failures ? 1 : 0;
}

} // namespace dt::cli
