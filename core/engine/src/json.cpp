// JSON on nlohmann-json. The library parses; around it, what the stroke format needs beyond
// RFC 8259: errors as "SOURCE: line L, column C: problem.", Python's non-finite tokens read
// as numbers (so that the field that holds one is named), a bound on nesting, and numbers
// written with 17 significant digits.

#include "json_reader.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <system_error>
#include <utility>
#include <vector>

namespace dt {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxDepth = 256;
// A syntax error quotes what was read last; a long string is cut to its end, where the error is.
constexpr std::size_t kMaxQuotedToken = 40;

// Line and column are counted from the start when an error is thrown: characters, not the
// continuation bytes of UTF-8, so that an editor's column matches.
[[noreturn]] void failAt(std::string_view text, std::size_t offset, const std::string& source, const std::string& problem)
{
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    throw FormatError(source + ": line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
                      problem + ".");
}

// What nlohmann does not read but the format names precisely: NaN, Infinity, -Infinity and
// numbers beyond a double's range, where a value may stand. Each is replaced, in a copy made
// only when there is one, by "0" and spaces of the same length (so offsets stay those of
// the file) and remembered by its place among the document's keys and scalars, the order in
// which the parser reports them. So is "-0", which nlohmann reads as the integer 0: a
// drawing written and read back keeps the sign. Also found here: the first bracket nested
// too deep, and NUL bytes, which nlohmann takes for the end of the text.
struct Number {
    std::size_t ordinal; // among keys and scalar values, in document order
    double value;
};

struct Scan {
    std::string patched; // the text with the replacements, when there are any
    bool isPatched = false;
    std::vector<Number> numbers;
    std::size_t tooDeepAt = std::string_view::npos;
};

bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool continuesToken(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-' ||
           c == '.';
}

// The value of a bare token that is a non-finite number, or nothing.
std::optional<double> nonFiniteValue(std::string_view token)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (token == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (token == "Infinity")
        return inf;
    if (token == "-Infinity")
        return -inf;
    double ignored = 0.0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), ignored);
    if (ec != std::errc::result_out_of_range || end != token.data() + token.size())
        return std::nullopt;
    // Out of range: too large (nlohmann refuses it as an overflow), or too small (a zero, as
    // strtod gives). nlohmann decides, on a valid JSON number only.
    try {
        if (Json::parse(token).is_number())
            return std::nullopt; // in range after all
    } catch (const Json::out_of_range&) {
        return token.front() == '-' ? -inf : inf;
    } catch (const Json::exception&) {
    }
    return std::nullopt;
}

// Skips a string from its opening quote; returns the offset after the closing one.
std::size_t skipString(std::string_view text, std::size_t i)
{
    for (++i; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return text.size();
}

Scan scan(std::string_view text, const std::string& source)
{
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        failAt(text, nul, source, "a NUL byte (0x00), which a JSON text cannot hold unescaped");
    Scan s;
    std::size_t tokens = 0, depth = 0;
    bool valuePlace = true; // at the start, or after '[', ',' or ':'
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (isWhitespace(c)) {
            ++i;
            continue;
        }
        const bool mayBeValue = valuePlace;
        valuePlace = c == '[' || c == ',' || c == ':';
        if (c == '"') {
            ++tokens;
            i = skipString(text, i);
            continue;
        }
        if (!continuesToken(c)) {
            if ((c == '[' || c == '{') && ++depth > kMaxDepth && s.tooDeepAt == std::string_view::npos)
                s.tooDeepAt = i;
            if ((c == ']' || c == '}') && depth > 0)
                --depth;
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < text.size() && continuesToken(text[end]))
            ++end;
        const std::string_view token = text.substr(i, end - i);
        if (mayBeValue && token == "-0") {
            s.numbers.push_back({tokens, -0.0});
        } else if (const auto value = mayBeValue ? nonFiniteValue(token) : std::nullopt) {
            if (!s.isPatched)
                s.patched = std::string(text);
            s.isPatched = true;
            s.patched.replace(i, end - i, end - i, ' ');
            s.patched[i] = '0';
            s.numbers.push_back({tokens, *value});
        }
        ++tokens;
        i = end;
    }
    return s;
}

// Builds the document from nlohmann's SAX events, putting the scan's numbers back.
class Builder final : public nlohmann::json_sax<Json> {
public:
    Builder(Json& root, const Scan& scan, std::string_view original, const std::string& source)
        : m_root(root), m_scan(scan), m_original(original), m_source(source)
    {
    }

    bool null() override { return put(nullptr); }
    bool boolean(bool v) override { return put(v); }
    bool number_integer(number_integer_t v) override { return put(v); }
    bool number_unsigned(number_unsigned_t v) override { return put(v); }
    bool number_float(number_float_t v, const string_t&) override { return put(v); }
    bool string(string_t& v) override { return put(std::move(v)); }
    bool binary(binary_t&) override { return false; } // JSON text has none
    bool start_object(std::size_t) override { return open(Json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override
    {
        ++m_tokens;
        m_member = &(*m_open.back())[k]; // a repeated key: the last value wins
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const Json::exception& e) override
    {
        // nlohmann's message without its own "[json.exception...] parse error at line, column: ".
        std::string problem = e.what();
        if (const std::size_t id = problem.find("] "); id != std::string::npos)
            problem.erase(0, id + 2);
        if (const std::size_t place = problem.find(": "); problem.starts_with("parse error") && place != std::string::npos)
            problem.erase(0, place + 2);
        if (lastToken.size() > kMaxQuotedToken) {
            std::size_t cut = lastToken.size() - kMaxQuotedToken;
            while (cut < lastToken.size() && (static_cast<unsigned char>(lastToken[cut]) & 0xC0) == 0x80)
                ++cut; // not inside a UTF-8 character
            const std::string quoted = "last read: '" + lastToken + "'";
            if (const std::size_t at = problem.find(quoted); at != std::string::npos)
                problem.replace(at, quoted.size(), "last read: '..." + lastToken.substr(cut) + "'");
        }
        // `position` counts the bytes read, the offending one included.
        failAt(m_original, position > 0 ? position - 1 : 0, m_source, problem);
    }

private:
    // Where the next value goes: the root, the end of the open array, or the member just named.
    Json& slot()
    {
        if (m_open.empty())
            return m_root;
        if (m_open.back()->is_array())
            return m_open.back()->emplace_back();
        return *m_member;
    }

    template <typename V>
    bool put(V&& v)
    {
        Json& target = slot();
        if (m_next < m_scan.numbers.size() && m_scan.numbers[m_next].ordinal == m_tokens)
            target = m_scan.numbers[m_next++].value;
        else
            target = std::forward<V>(v);
        ++m_tokens;
        return true;
    }

    bool open(Json&& container)
    {
        // The scan found the bracket; nlohmann reaches it only when all before it was valid.
        if (m_open.size() == kMaxDepth)
            failAt(m_original, m_scan.tooDeepAt, m_source,
                   "arrays and objects are nested deeper than " + std::to_string(kMaxDepth) + " levels");
        Json& target = slot();
        target = std::move(container);
        m_open.push_back(&target);
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        return true;
    }

    Json& m_root;
    const Scan& m_scan;
    std::string_view m_original;
    const std::string& m_source;
    std::vector<Json*> m_open; // the arrays and objects being filled, innermost last
    Json* m_member = nullptr;
    std::size_t m_tokens = 0;  // keys and scalars so far
    std::size_t m_next = 0;    // the next of m_scan.numbers
};

} // namespace

Json readJson(std::string_view text, const std::string& source)
{
    const Scan s = scan(text, source);
    const std::string_view parsed = s.isPatched ? std::string_view(s.patched) : text;
    Json root;
    Builder builder(root, s, text, source);
    if (!Json::sax_parse(parsed.begin(), parsed.end(), &builder))
        throw FormatError(source + ": not a valid JSON text."); // not reached: every refusal above throws
    return root;
}

std::string jsonQuote(std::string_view s)
{
    return Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string jsonNumber(double v)
{
    if (!std::isfinite(v))
        return "null";
    // to_chars, unlike printf, ignores the C locale, so a German desktop still writes '.'.
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 17);
    if (ec != std::errc())
        return "null"; // cannot happen: 17 digits and an exponent fit in 32 characters
    return std::string(buf, end);
}

} // namespace dt
