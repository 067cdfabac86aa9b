#pragma once
// What several commands share: finding the default model, loading MNIST with a clear
// message, and printing an evaluation as text or JSON.

#include "cli_json.hpp"

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/training/evaluation.hpp>
#include <digit_tutor/engine/writing_ways.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace dt::cli {

/// The bundled default model: next to an installed program (../share/digit-tutor/models),
/// else the source tree's models/ folder. Returns the first that exists, else the source
/// tree's path (so the error names a sensible place).
std::string defaultModelPath();
/// The bundled ways of writing (default.ways), searched for as defaultModelPath.
std::string defaultWaysPath();

/// Text report: accuracy, per-digit accuracy, confusion matrix, not-a-digit rate, speed.
void printEvaluation(std::ostream& out, const Evaluation& e, const std::string& title);
/// One JSON object with accuracy, count, not_a_digit_rate, ms_per_digit, per_digit, confusion.
Json evaluationJson(const Evaluation& e);

/// Per digit, its ways of writing (drawings, strokes, exemplars), then the metadata.
void printWays(std::ostream& out, const WritingWays& ways);

/// A batch (classify, formation): `answer` gives each file's JSON line. A file it throws on
/// (any std::exception: a refused file, an OpenCV error, no memory for it) gets an error
/// line {"file", "error"} and a message on err, and the files after it still get their
/// answer. At the end err names the files that failed. Returns how many failed.
int answerEach(const std::vector<std::string>& files, std::ostream& out, std::ostream& err,
               const std::function<Json(const std::string&)>& answer);

/// "2026-11-26T10:11:12Z"
std::string utcTimestamp();

} // namespace dt::cli
