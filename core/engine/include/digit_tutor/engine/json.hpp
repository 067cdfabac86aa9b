#pragma once
// Writing JSON by hand where the output's exact text matters (stroke files, the numbers of
// the CLI's feature files). Reading is done by nlohmann-json inside the engine (src/json_reader.hpp), which
// stays out of the public headers: the installed library needs no JSON package.

#include <string>
#include <string_view>

namespace dt {

/// A JSON string literal (with quotes) for s, escaped as RFC 8259 requires; bytes that are
/// not UTF-8 become U+FFFD, so the result is always valid JSON.
std::string jsonQuote(std::string_view s);
/// A JSON number with 17 significant digits (round-trips a double); "null" if not finite.
std::string jsonNumber(double v);

} // namespace dt
