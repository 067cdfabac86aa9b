#pragma once
// Command-line arguments of one sub-command: "--name value", "--flag", repeated options
// and the values that follow a multi-value option (--strokes a.json b.json). Unknown
// options and missing values are usage errors (dt::cli::UsageError).

#include <digit_tutor/engine/error.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dt::cli {

/// A mistake in how the program was called; the CLI exits with status 2.
class UsageError : public dt::Error {
public:
    using dt::Error::Error;
};

struct OptionSpec {
    std::string name;       ///< without the leading "--"
    bool takesValue = true;
    bool multiple = false;  ///< collects every value up to the next option
};

class Arguments {
public:
    /// Throws UsageError for an unknown option, a missing value or a stray positional argument.
    Arguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

    bool has(const std::string& name) const;
    std::string value(const std::string& name) const;                    ///< throws UsageError if absent
    std::string valueOr(const std::string& name, const std::string& fallback) const;
    std::vector<std::string> values(const std::string& name) const;
    int intValue(const std::string& name, int fallback, int min, int max) const;
    double doubleValue(const std::string& name, double fallback, double min, double max) const;

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_flags;
};

} // namespace dt::cli
