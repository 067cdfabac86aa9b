#pragma once
// A small JSON reader (RFC 8259) for stroke files and JSONL data sets, and helpers to
// write JSON. The reader reports errors with line and column; it also accepts the
// non-standard tokens NaN, Infinity and -Infinity (which Python's json module writes) so
// that callers can reject them with a precise "not a finite number" message instead of a
// syntax error. Nesting deeper than 256 levels is rejected (no stack exhaustion).

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dt {

class JsonValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;
    static JsonValue makeBool(bool b);
    static JsonValue makeNumber(double d);
    static JsonValue makeString(std::string s);
    static JsonValue makeArray(std::vector<JsonValue> items);
    static JsonValue makeObject(std::vector<std::pair<std::string, JsonValue>> members);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool asBool() const { return m_bool; }
    double asNumber() const { return m_number; }
    const std::string& asString() const { return m_string; }
    const std::vector<JsonValue>& asArray() const { return m_array; }
    const std::vector<std::pair<std::string, JsonValue>>& asObject() const { return m_object; }
    /// Member of an object by key, or nullptr (also for non-objects). Last duplicate wins.
    const JsonValue* find(std::string_view key) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0.0;
    std::string m_string;
    std::vector<JsonValue> m_array;
    std::vector<std::pair<std::string, JsonValue>> m_object;
};

/// Parses one JSON text. Throws dt::FormatError "SOURCE: line L, column C: problem" on any
/// syntax error, trailing content, invalid escape or UTF-16 surrogate, or excessive depth.
JsonValue parseJson(std::string_view text, const std::string& source);

/// A JSON string literal (with quotes) for s, escaping what RFC 8259 requires.
std::string jsonQuote(std::string_view s);
/// A JSON number with 17 significant digits (round-trips a double); "null" if not finite.
std::string jsonNumber(double v);

} // namespace dt
