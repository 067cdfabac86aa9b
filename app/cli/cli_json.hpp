#pragma once
// The CLI's JSON output (classify, formation, evaluate --json): nlohmann-json with the keys in
// the order they are written. Not-finite numbers come out as null; bytes that are not UTF-8
// (a file name) as U+FFFD, so every line is valid JSON.

#include <nlohmann/json.hpp>

#include <exception>
#include <string>

namespace dt::cli {

using Json = nlohmann::ordered_json;

/// `j` on one line.
std::string jsonLine(const Json& j);
/// {"file": file, "error": what went wrong}: a file of a batch that got no answer.
Json errorJson(const std::string& file, const std::exception& e);

} // namespace dt::cli
