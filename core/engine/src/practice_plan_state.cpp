// The practice plan's learnt state as text: written with nlohmann-json, read back through the
// engine's JSON reader and checked field by field before anything of the plan changes.

#include "json_reader.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/practice_plan.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace dt {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr int kStateVersion = 1;
const std::string kSource = "practice plan state";

[[noreturn]] void reject(const std::string& where, const std::string& problem)
{
    throw FormatError(kSource + ": " + where + ": " + problem + ".");
}

void expectMembers(const Json& object, std::initializer_list<const char*> names, const std::string& where)
{
    if (!object.is_object())
        reject(where, "expected an object, but got " + std::string(object.type_name()));
    for (const char* name : names)
        if (!object.contains(name))
            reject(where, std::string("the member \"") + name + "\" is missing");
    for (const auto& [key, value] : object.items())
        if (std::find_if(names.begin(), names.end(), [&](const char* n) { return key == n; }) == names.end())
            reject(where, "unexpected member \"" + key + "\"");
}

// An integer member in [low, high]; 1.0, "1" and true are not integers.
int integerIn(const Json& object, const char* name, std::int64_t low, std::int64_t high, const std::string& where)
{
    const Json& v = object.at(name);
    const std::string field = where + ", " + name;
    if (!v.is_number_integer())
        reject(field, "expected an integer, but got " + (v.is_number() ? v.dump() : std::string(v.type_name())));
    // Unsigned values past int64's range would wrap in get<int64_t>: compare them unsigned.
    const bool tooLarge = v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(high);
    const std::int64_t n = tooLarge ? high : v.get<std::int64_t>();
    if (tooLarge || n < low || n > high)
        reject(field, "expected " + std::to_string(low) + " to " + std::to_string(high) + ", but got " + v.dump());
    return int(n);
}

} // namespace

std::string PracticePlan::saveState() const
{
    OrderedJson digits = OrderedJson::array();
    for (const DigitRecord& r : m_digits) {
        OrderedJson recent = OrderedJson::array();
        for (const bool success : r.recent)
            recent.push_back(success);
        digits.push_back({{"level", r.level}, {"streak", r.streak}, {"attempts", r.attempts}, {"recent", recent}});
    }
    return OrderedJson({{"version", kStateVersion}, {"digits", digits}}).dump();
}

void PracticePlan::restoreState(std::string_view text)
{
    if (text.size() > kMaxStateBytes)
        reject("size", "expected at most " + std::to_string(kMaxStateBytes) + " bytes, but got " +
                           std::to_string(text.size()));
    const Json state = readJson(text, kSource);
    expectMembers(state, {"version", "digits"}, "top level");
    if (const Json& v = state.at("version"); !v.is_number_integer() || v.get<std::int64_t>() != kStateVersion)
        reject("version", "expected " + std::to_string(kStateVersion) + " (a newer Digit Tutor may have written it), but got " +
                              v.dump());
    const Json& digits = state.at("digits");
    if (!digits.is_array() || digits.size() != std::size_t(kDigits))
        reject("digits", "expected an array of " + std::to_string(kDigits) + " digits, but got " +
                             (digits.is_array() ? std::to_string(digits.size()) + " of them" : std::string(digits.type_name())));

    std::array<DigitRecord, kDigits> restored{};
    for (int d = 0; d < kDigits; ++d) {
        const Json& entry = digits[std::size_t(d)];
        const std::string where = "digit " + std::to_string(d);
        expectMembers(entry, {"level", "streak", "attempts", "recent"}, where);
        DigitRecord& r = restored[std::size_t(d)];
        r.level = integerIn(entry, "level", 0, maxLevel(), where);
        r.attempts = integerIn(entry, "attempts", 0, kMaxStateAttempts, where);
        r.streak = integerIn(entry, "streak", 0, r.attempts, where);
        const Json& recent = entry.at("recent");
        if (!recent.is_array())
            reject(where + ", recent", "expected an array of true and false, but got " + std::string(recent.type_name()));
        const std::size_t most = std::size_t(std::min(m_options.recentAttempts, r.attempts));
        if (recent.size() > most)
            reject(where + ", recent", "expected at most " + std::to_string(most) +
                                           " outcomes (recentAttempts and attempts), but got " + std::to_string(recent.size()));
        for (std::size_t i = 0; i < recent.size(); ++i) {
            if (!recent[i].is_boolean())
                reject(where + ", recent " + std::to_string(i), "expected true or false, but got " + recent[i].dump());
            r.recent.push_back(recent[i].get<bool>());
        }
        const std::size_t streakShown = std::min(std::size_t(r.streak), r.recent.size());
        if (std::count(r.recent.end() - std::ptrdiff_t(streakShown), r.recent.end(), true) != std::ptrdiff_t(streakShown))
            reject(where + ", recent", "a streak of " + std::to_string(r.streak) +
                                           " must end the recent outcomes with successes, but a miss is among the last " +
                                           std::to_string(streakShown));
    }
    m_digits = std::move(restored);
}

} // namespace dt
