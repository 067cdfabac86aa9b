#include "cli_arguments.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace dt::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs)
{
    auto findSpec = [&specs](const std::string& name) -> const OptionSpec* {
        const auto it = std::find_if(specs.begin(), specs.end(), [&name](const OptionSpec& s) { return s.name == name; });
        return it == specs.end() ? nullptr : &*it;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) != 0)
            throw UsageError("unexpected argument '" + arg + "'.");
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const OptionSpec* spec = findSpec(name);
        if (!spec)
            throw UsageError("unknown option '--" + name + "'.");
        if (!spec->takesValue) {
            if (inlineValue)
                throw UsageError("option '--" + name + "' takes no value.");
            m_flags.insert(name);
            continue;
        }
        auto& bucket = m_values[name];
        if (inlineValue) {
            bucket.push_back(*inlineValue);
            continue;
        }
        if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0)
            throw UsageError("option '--" + name + "' needs a value.");
        bucket.push_back(args[++i]);
        while (spec->multiple && i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0)
            bucket.push_back(args[++i]);
    }
}

bool Arguments::has(const std::string& name) const { return m_flags.count(name) || m_values.count(name); }

std::string Arguments::value(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        throw UsageError("option '--" + name + "' is required.");
    return it->second.back();
}

std::string Arguments::valueOr(const std::string& name, const std::string& fallback) const
{
    return has(name) ? value(name) : fallback;
}

std::vector<std::string> Arguments::values(const std::string& name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

int Arguments::intValue(const std::string& name, int fallback, int min, int max) const
{
    if (!has(name))
        return fallback;
    const std::string text = value(name);
    int v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max)
        throw UsageError("option '--" + name + "' needs a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", got '" + text + "'.");
    return v;
}

double Arguments::doubleValue(const std::string& name, double fallback, double min, double max) const
{
    if (!has(name))
        return fallback;
    const std::string text = value(name);
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v) || v < min || v > max)
        throw UsageError("option '--" + name + "' needs a number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", got '" + text + "'.");
    return v;
}

} // namespace dt::cli
