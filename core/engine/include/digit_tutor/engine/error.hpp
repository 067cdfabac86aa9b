#pragma once
// The project's error family. Every failure caused by untrusted input (IDX files, model
// files, stroke files, command-line arguments) or by a numerical breakdown is reported by
// throwing one of these, with a message that names the place and what was found.

#include <stdexcept>
#include <string>

namespace dt {

/// Base of all Digit Tutor errors; what() is one sentence meant for a person.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// Input that is malformed, truncated, out of range or inconsistent (a file, a JSON text,
/// an argument). The message names the source and the position where that makes sense.
class FormatError : public Error {
public:
    using Error::Error;
};

/// A computation that cannot go on (a covariance that is not positive definite, a
/// dimension mismatch between a model and its input).
class NumericalError : public Error {
public:
    using Error::Error;
};

} // namespace dt
