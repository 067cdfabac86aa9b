#pragma once
// The engine's JSON reader: nlohmann-json, with the errors the stroke format promises.
// Private to the engine (not installed), so nlohmann's types stay out of the public headers.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace dt {

/// Parses one JSON text (RFC 8259). Throws dt::FormatError "SOURCE: line L, column C:
/// problem." on a syntax error, trailing content, a NUL byte or nesting deeper than 256
/// levels. The tokens NaN, Infinity and -Infinity, which Python's json module writes, and
/// numbers too large for a double (1e999) are read as NaN and infinities, so that callers
/// can refuse them with a precise "not a finite number" naming the field. Objects keep the
/// last of duplicate members.
nlohmann::json readJson(std::string_view text, const std::string& source);

} // namespace dt
