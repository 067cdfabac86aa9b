#include <digit_tutor/engine/json.hpp>

#include <digit_tutor/engine/error.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <system_error>

namespace dt {
namespace {

constexpr int kMaxDepth = 256;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

class Parser {
public:
    Parser(std::string_view text, const std::string& source) : m_text(text), m_source(source) {}

    JsonValue parseDocument()
    {
        skipWhitespace();
        JsonValue value = parseValue(0);
        skipWhitespace();
        if (m_pos < m_text.size())
            fail("unexpected content after the JSON value");
        return value;
    }

private:
    // Line and column are only needed for the message, so they are counted from the start
    // when an error is thrown rather than tracked on every character.
    [[noreturn]] void failAt(std::size_t pos, const std::string& problem) const
    {
        int line = 1, column = 1;
        for (std::size_t i = 0; i < pos && i < m_text.size(); ++i) {
            const auto c = static_cast<unsigned char>(m_text[i]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                ++column;
            }
        }
        throw FormatError(m_source + ": line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
                          problem + ".");
    }
    [[noreturn]] void fail(const std::string& problem) const { failAt(m_pos, problem); }

    std::string describeHere() const
    {
        if (m_pos >= m_text.size())
            return "the end of the text";
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c < 0x20 || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", c);
            return std::string("byte ") + buf;
        }
        return std::string("'") + char(c) + "'";
    }

    void skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool consumeWord(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    // Skips whitespace, then takes c if it comes next.
    bool take(char c)
    {
        skipWhitespace();
        if (m_pos >= m_text.size() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    JsonValue parseValue(int depth)
    {
        if (m_pos >= m_text.size())
            fail("unexpected end of the text, expected a value");
        const char c = m_text[m_pos];
        if (c == '{')
            return parseObject(depth + 1);
        if (c == '[')
            return parseArray(depth + 1);
        if (c == '"')
            return JsonValue::makeString(parseString());
        if (consumeWord("true"))
            return JsonValue::makeBool(true);
        if (consumeWord("false"))
            return JsonValue::makeBool(false);
        if (consumeWord("null"))
            return JsonValue();
        // Python's json module writes these; callers reject them with a precise message.
        if (consumeWord("NaN"))
            return JsonValue::makeNumber(std::numeric_limits<double>::quiet_NaN());
        if (consumeWord("Infinity"))
            return JsonValue::makeNumber(std::numeric_limits<double>::infinity());
        if (consumeWord("-Infinity"))
            return JsonValue::makeNumber(-std::numeric_limits<double>::infinity());
        if (c == '-' || isDigit(c))
            return JsonValue::makeNumber(parseNumber());
        fail("expected a value, found " + describeHere());
    }

    // Recursion is bounded here, so hostile input cannot exhaust the stack.
    void enterContainer(int depth)
    {
        if (depth > kMaxDepth)
            fail("arrays and objects are nested deeper than " + std::to_string(kMaxDepth) + " levels");
        ++m_pos; // the opening bracket or brace
    }

    JsonValue parseArray(int depth)
    {
        enterContainer(depth);
        std::vector<JsonValue> items;
        if (take(']'))
            return JsonValue::makeArray(std::move(items));
        do {
            skipWhitespace();
            items.push_back(parseValue(depth));
        } while (take(','));
        if (!take(']'))
            fail("expected ',' or ']' in an array, found " + describeHere());
        return JsonValue::makeArray(std::move(items));
    }

    JsonValue parseObject(int depth)
    {
        enterContainer(depth);
        std::vector<std::pair<std::string, JsonValue>> members;
        if (take('}'))
            return JsonValue::makeObject(std::move(members));
        do {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                fail("expected a member name in double quotes, found " + describeHere());
            std::string key = parseString();
            if (!take(':'))
                fail("expected ':' after a member name, found " + describeHere());
            skipWhitespace();
            JsonValue value = parseValue(depth);
            members.emplace_back(std::move(key), std::move(value));
        } while (take(','));
        if (!take('}'))
            fail("expected ',' or '}' in an object, found " + describeHere());
        return JsonValue::makeObject(std::move(members));
    }

    std::uint32_t parseHex4()
    {
        const char* first = m_text.data() + m_pos;
        const char* last = first + std::min<std::size_t>(4, m_text.size() - m_pos);
        std::uint32_t v = 0;
        const auto [end, ec] = std::from_chars(first, last, v, 16);
        m_pos += static_cast<std::size_t>(end - first);
        if (ec != std::errc() || end != first + 4)
            fail("a \\u escape needs four hexadecimal digits, found " + describeHere());
        return v;
    }

    // Checks one UTF-8 sequence starting at m_pos and copies it; rejects overlong forms,
    // encoded surrogates and code points above U+10FFFF, as RFC 3629 does.
    void copyUtf8(std::string& out)
    {
        const auto lead = static_cast<unsigned char>(m_text[m_pos]);
        const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        if (extra == 0 || lead > 0xF4 || m_text.size() - m_pos <= std::size_t(extra))
            fail("invalid UTF-8 sequence in a string");
        std::uint32_t cp = lead & (0x3Fu >> extra);
        for (int i = 1; i <= extra; ++i) {
            const auto c = static_cast<unsigned char>(m_text[m_pos + i]);
            if ((c & 0xC0) != 0x80)
                fail("invalid UTF-8 sequence in a string");
            cp = (cp << 6) | (c & 0x3F);
        }
        const std::uint32_t minimum = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            fail("invalid UTF-8 sequence in a string");
        out.append(m_text.substr(m_pos, std::size_t(extra) + 1));
        m_pos += std::size_t(extra) + 1;
    }

    std::string parseString()
    {
        const std::size_t start = m_pos;
        ++m_pos; // '"'
        std::string out;
        for (;;) {
            if (m_pos >= m_text.size())
                failAt(start, "string is not closed");
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (c < 0x20)
                fail("control character " + describeHere() + " in a string must be escaped");
            if (c >= 0x80) {
                copyUtf8(out);
                continue;
            }
            if (c != '\\') {
                out += char(c);
                ++m_pos;
                continue;
            }
            const std::size_t escape = m_pos;
            ++m_pos;
            if (m_pos >= m_text.size())
                failAt(start, "string is not closed");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t cp = parseHex4();
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    failAt(escape, "lone UTF-16 low surrogate \\u" + hex4(cp));
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_text.substr(m_pos, 2) != "\\u")
                        failAt(escape, "UTF-16 high surrogate \\u" + hex4(cp) + " is not followed by a low surrogate");
                    m_pos += 2;
                    const std::uint32_t low = parseHex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        failAt(escape, "UTF-16 high surrogate \\u" + hex4(cp) + " is followed by \\u" + hex4(low) +
                                           ", not by a low surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                m_pos = escape;
                fail("invalid escape sequence in a string");
            }
        }
    }

    static std::string hex4(std::uint32_t v)
    {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%04X", v);
        return buf;
    }

    bool nextIs(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }

    void takeDigits(const char* where)
    {
        if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
            fail(std::string("expected a digit ") + where + ", found " + describeHere());
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
    }

    // The grammar is checked here because from_chars also takes forms JSON forbids
    // ("01", "1.", ".5", "1e").
    double parseNumber()
    {
        const std::size_t start = m_pos;
        if (nextIs('-'))
            ++m_pos;
        const std::size_t integer = m_pos;
        takeDigits("in a number");
        if (m_text[integer] == '0' && m_pos - integer > 1)
            failAt(integer + 1, "a number must not have a leading zero");
        if (nextIs('.')) {
            ++m_pos;
            takeDigits("after the decimal point");
        }
        if (nextIs('e') || nextIs('E')) {
            ++m_pos;
            if (nextIs('+') || nextIs('-'))
                ++m_pos;
            takeDigits("in the exponent");
        }
        const std::string_view token = m_text.substr(start, m_pos - start);
        double value = 0.0;
        const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (ec == std::errc::result_out_of_range)
            return outOfRange(token);
        if (ec != std::errc() || end != token.data() + token.size())
            failAt(start, "invalid number '" + std::string(token) + "'");
        return value;
    }

    // from_chars leaves the value unset when it does not fit; 1e999 must still become an
    // infinity (that callers reject as not finite) and 1e-999 a zero, as strtod gives. Which
    // one depends on the decimal exponent of the leading significant digit.
    static double outOfRange(std::string_view token)
    {
        const std::size_t e = std::min(token.find_first_of("eE"), token.size());
        const std::string_view mantissa = token.substr(0, e);
        const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
        const std::size_t first = mantissa.find_first_of("123456789"); // found: zero is in range
        long long lead = first < point ? static_cast<long long>(point - first) - 1
                                       : -static_cast<long long>(first - point);
        if (e < token.size()) {
            std::size_t i = e + 1;
            const bool negativeExponent = token[i] == '-';
            if (token[i] == '+' || token[i] == '-')
                ++i;
            long long exponent = 0;
            for (; i < token.size(); ++i)
                exponent = std::min<long long>(exponent * 10 + (token[i] - '0'), 1'000'000'000);
            lead += negativeExponent ? -exponent : exponent;
        }
        const double v = lead > 0 ? std::numeric_limits<double>::infinity() : 0.0;
        return token.front() == '-' ? -v : v;
    }

    std::string_view m_text;
    const std::string& m_source;
    std::size_t m_pos = 0;
};

} // namespace

JsonValue JsonValue::makeBool(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::makeNumber(double d)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_number = d;
    return v;
}

JsonValue JsonValue::makeString(std::string s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_string = std::move(s);
    return v;
}

JsonValue JsonValue::makeArray(std::vector<JsonValue> items)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_array = std::move(items);
    return v;
}

JsonValue JsonValue::makeObject(std::vector<std::pair<std::string, JsonValue>> members)
{
    JsonValue v;
    v.m_type = Type::Object;
    v.m_object = std::move(members);
    return v;
}

const JsonValue* JsonValue::find(std::string_view key) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (auto it = m_object.rbegin(); it != m_object.rend(); ++it)
        if (it->first == key)
            return &it->second;
    return nullptr;
}

JsonValue parseJson(std::string_view text, const std::string& source)
{
    return Parser(text, source).parseDocument();
}

std::string jsonQuote(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(c));
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
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
