// The JSON behind stroke files and JSONL data sets: dt::readJson (nlohmann-json inside the
// engine, src/json_reader.hpp) with every kind of value, Unicode escapes, Python's
// non-finite tokens, errors with line and column, hostile nesting; and dt::jsonQuote and
// dt::jsonNumber, which write numbers back without loss.

#include "json_reader.hpp"

#include "temp_files.hpp"
#include "test_main.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/json.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

namespace {

// Compiles a locale "comma" (a decimal comma, nothing else) into folder; false if
// localedef is missing or failed. It warns about the categories left out, and says so in
// its status too, so the result is judged by the file it writes.
bool makeCommaLocale(const QString& folder)
{
    const QString source = folder + "/comma.def";
    if (!dt::test::writeFile(source, "LC_NUMERIC\ndecimal_point \"<U002C>\"\nthousands_sep \"<U002E>\"\n"
                                     "grouping 3;3\nEND LC_NUMERIC\n"))
        return false;
    QProcess localedef;
    localedef.start("localedef", {"-c", "-i", source, folder + "/comma"});
    localedef.waitForFinished(30000);
    return QFileInfo::exists(folder + "/comma/LC_NUMERIC");
}

using Json = nlohmann::json;

// The message of the FormatError that parsing `text` throws, or "" when it parses.
QString parseError(const std::string& text)
{
    try {
        (void)dt::readJson(text, "doc.json");
    } catch (const dt::FormatError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void readsEveryKindOfValue()
    {
        const Json v = dt::readJson(
            R"({"n": null, "t": true, "f": false, "i": -12, "d": 2.5e-3, "s": "hi", "a": [1, [2], {}], "o": {"k": []}})",
            "doc.json");
        QVERIFY(v.is_object());
        QCOMPARE(v.size(), std::size_t(8));
        QVERIFY(v["n"].is_null());
        QCOMPARE(v["t"].get<bool>(), true);
        QCOMPARE(v["f"].get<bool>(), false);
        QCOMPARE(v["i"].get<double>(), -12.0);
        QCOMPARE(v["d"].get<double>(), 0.0025);
        QCOMPARE(v["s"].get<std::string>(), std::string("hi"));
        const Json& a = v["a"];
        QCOMPARE(a.size(), std::size_t(3));
        QCOMPARE(a[1][0].get<double>(), 2.0);
        QVERIFY(a[2].is_object() && a[2].empty());
        QVERIFY(v["o"]["k"].is_array());
        QVERIFY(v.find("missing") == v.end());
        QVERIFY(a[0].find("anything") == a[0].end()); // find on a non-object
    }

    void readsAScalarAsTheWholeDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("null") << QByteArray("null") << int(Json::value_t::null);
        QTest::newRow("true in whitespace") << QByteArray(" \t\r\n true \n") << int(Json::value_t::boolean);
        QTest::newRow("zero") << QByteArray("0") << int(Json::value_t::number_unsigned);
        QTest::newRow("negative exponent") << QByteArray("-1.5E+2") << int(Json::value_t::number_float);
        QTest::newRow("empty string") << QByteArray("\"\"") << int(Json::value_t::string);
        QTest::newRow("empty array") << QByteArray("[ ]") << int(Json::value_t::array);
        QTest::newRow("empty object") << QByteArray("{ }") << int(Json::value_t::object);
    }
    void readsAScalarAsTheWholeDocument()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, type);
        QCOMPARE(int(dt::readJson(text.toStdString(), "doc.json").type()), type);
    }

    void lastDuplicateMemberWins()
    {
        const Json v = dt::readJson(R"({"a": [NaN], "b": 1, "a": 2})", "doc.json");
        QCOMPARE(v["a"].get<double>(), 2.0);
        QCOMPARE(v.size(), std::size_t(2));
    }

    void decodesEscapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("short escapes") << QByteArray("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"") << QByteArray("\"\\/\b\f\n\r\t");
        QTest::newRow("ASCII as \\u") << QByteArray(R"("\u0041")") << QByteArray("A");
        QTest::newRow("e acute, two bytes") << QByteArray(R"("\u00e9")") << QByteArray("\xC3\xA9");
        QTest::newRow("euro sign, three bytes") << QByteArray(R"("\u20AC")") << QByteArray("\xE2\x82\xAC");
        QTest::newRow("surrogate pair: G clef") << QByteArray(R"("\uD834\uDD1E")") << QByteArray("\xF0\x9D\x84\x9E");
        QTest::newRow("surrogate pair: emoji") << QByteArray(R"("\ud83d\ude00")") << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("raw UTF-8 kept") << QByteArray("\"\xC3\xA9t\xC3\xA9\"") << QByteArray("\xC3\xA9t\xC3\xA9");
        QTest::newRow("NUL as \\u") << QByteArray(R"("a\u0000b")") << QByteArray("a\0b", 3);
    }
    void decodesEscapes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, utf8);
        const std::string s = dt::readJson(text.toStdString(), "doc.json").get<std::string>();
        QCOMPARE(QByteArray(s.data(), qsizetype(s.size())), utf8);
    }

    void acceptsPythonsNonFiniteTokens()
    {
        const Json a = dt::readJson("[NaN, Infinity, -Infinity, 1e999, -1e999, 1e-999, 7]", "doc.json");
        QVERIFY(std::isnan(a[0].get<double>()));
        QCOMPARE(a[1].get<double>(), std::numeric_limits<double>::infinity());
        QCOMPARE(a[2].get<double>(), -std::numeric_limits<double>::infinity());
        // Out of range: an infinity that callers reject, or a zero, never a syntax error.
        QCOMPARE(a[3].get<double>(), std::numeric_limits<double>::infinity());
        QCOMPARE(a[4].get<double>(), -std::numeric_limits<double>::infinity());
        QCOMPARE(a[5].get<double>(), 0.0);
        QCOMPARE(a[6].get<double>(), 7.0);
    }

    void putsEachNonFiniteNumberInItsOwnPlace()
    {
        // Keys and strings that spell the tokens are left alone; the numbers land where they stood.
        const Json v = dt::readJson(R"({"NaN": "NaN", "p": [1, NaN, {"Infinity": [2, -Infinity]}], "q": 1e999})", "doc.json");
        QCOMPARE(v["NaN"].get<std::string>(), std::string("NaN"));
        QCOMPARE(v["p"][0].get<double>(), 1.0);
        QVERIFY(std::isnan(v["p"][1].get<double>()));
        QCOMPARE(v["p"][2]["Infinity"][0].get<double>(), 2.0);
        QCOMPARE(v["p"][2]["Infinity"][1].get<double>(), -std::numeric_limits<double>::infinity());
        QCOMPARE(v["q"].get<double>(), std::numeric_limits<double>::infinity());
        const Json escaped = dt::readJson("[\"a\\\"NaN\", NaN]", "doc.json"); // ["a\"NaN", NaN]
        QCOMPARE(escaped[0].get<std::string>(), std::string("a\"NaN"));
        QVERIFY(std::isnan(escaped[1].get<double>()));
    }

    void refusesNonFiniteTokensWhereNoValueMayStand_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("glued to a number") << QByteArray("[1NaN]") << "line 1, column 3";
        QTest::newRow("glued to each other") << QByteArray("[NaNNaN]") << "line 1, column 2";
        QTest::newRow("a digit after") << QByteArray("[NaN1]") << "line 1, column 2";
        QTest::newRow("minus NaN") << QByteArray("[-NaN]") << "line 1, column 3";
        QTest::newRow("as a key") << QByteArray("{NaN: 1}") << "line 1, column 2";
        QTest::newRow("a leading zero") << QByteArray("[01e999]") << "line 1, column 7";
    }
    void refusesNonFiniteTokensWhereNoValueMayStand()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const QString message = parseError(text.toStdString());
        QVERIFY2(message.startsWith("doc.json: " + where + ": syntax error"), qPrintable(message));
    }

    void reportsLineAndColumnOfEachSyntaxError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("problem");
        // Every document has its error on line 3. The column is that of the last character
        // read, where the parser saw that the text went wrong; the problem is nlohmann's.
        const QByteArray head = "{\n  \"a\": 1,\n";
        QTest::newRow("missing colon") << head + "  \"b\" 2}" << "line 3, column 7" << "unexpected number literal; expected ':'";
        QTest::newRow("missing comma") << head + "  \"b\": 2 \"c\": 3}" << "line 3, column 12" << "expected '}'";
        QTest::newRow("trailing comma") << head + "  \"b\": [1,]}" << "line 3, column 11" << "unexpected ']'";
        QTest::newRow("unquoted key") << head + "  b: 2}" << "line 3, column 3" << "expected string literal";
        QTest::newRow("single quotes") << head + "  \"b\": 'x'}" << "line 3, column 8" << "invalid literal";
        QTest::newRow("bad literal") << head + "  \"b\": tru}" << "line 3, column 11" << "invalid literal";
        QTest::newRow("leading zero") << head + "  \"b\": 012}" << "line 3, column 10" << "unexpected number literal";
        QTest::newRow("bare decimal point") << head + "  \"b\": 1.}" << "line 3, column 10" << "expected digit after '.'";
        QTest::newRow("plus sign") << head + "  \"b\": +1}" << "line 3, column 8" << "invalid literal";
        QTest::newRow("empty exponent") << head + "  \"b\": 1e}" << "line 3, column 10" << "after exponent";
        QTest::newRow("bad escape") << head + "  \"b\": \"\\x\"}" << "line 3, column 10" << "after backslash";
        QTest::newRow("short \\u escape") << head + "  \"b\": \"\\u12\"}" << "line 3, column 13" << "4 hex digits";
        QTest::newRow("sign in \\u escape") << head + "  \"b\": \"\\u-123\"}" << "line 3, column 11" << "4 hex digits";
        QTest::newRow("raw tab in string") << head + "  \"b\": \"a\tb\"}" << "line 3, column 10" << "control character U+0009";
        QTest::newRow("lone high surrogate") << head + "  \"b\": \"\\uD800x\"}" << "line 3, column 15" << "surrogate";
        QTest::newRow("lone low surrogate") << head + "  \"b\": \"\\uDC00\"}" << "line 3, column 14" << "surrogate";
        QTest::newRow("high then not low") << head + "  \"b\": \"\\uD800\\u0041\"}" << "line 3, column 20"
                                          << "must be followed by U+DC00..U+DFFF";
        QTest::newRow("invalid UTF-8") << head + "  \"b\": \"\xFF\"}" << "line 3, column 9" << "ill-formed UTF-8";
        QTest::newRow("unclosed string") << head + "  \"b\": \"abc" << "line 3, column 12" << "missing closing quote";
        QTest::newRow("unclosed object") << head + "  \"b\": 2" << "line 3, column 9" << "unexpected end of input; expected '}'";
        QTest::newRow("unclosed array") << head + "  \"b\": [1, 2" << "line 3, column 13" << "expected ']'";
        QTest::newRow("trailing garbage") << head + "  \"b\": 2}\n\n x" << "line 5, column 2" << "expected end of input";
        // Columns count characters, not bytes: each e-acute is two bytes of UTF-8.
        QTest::newRow("after UTF-8") << QByteArray("[\"\xC3\xA9\xC3\xA9\xC3\xA9\", x]") << "line 1, column 9"
                                     << "invalid literal";
    }
    void reportsLineAndColumnOfEachSyntaxError()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, problem);
        const QString message = parseError(text.toStdString());
        QVERIFY2(message.startsWith("doc.json: " + where + ": syntax error while parsing "), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(message.endsWith('.'), qPrintable(message));
    }

    void quotesOnlyTheEndOfALongToken()
    {
        const QString message = parseError("[\"" + std::string(100000, 'z') + "\u00e9zz");
        QVERIFY2(message.startsWith("doc.json: line 1, column 100006: syntax error while parsing value - invalid string: "
                                    "missing closing quote; last read: '..."),
                 qPrintable(message));
        QVERIFY2(message.size() < 200, qPrintable(message));
    }

    void rejectsTrailingContent_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("two values") << QByteArray("1 2");
        QTest::newRow("second object") << QByteArray("{}{}");
        QTest::newRow("extra bracket") << QByteArray("[1]]");
        QTest::newRow("NUL after value") << QByteArray("true\0", 5);
    }
    void rejectsTrailingContent()
    {
        QFETCH(QByteArray, text);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, (void)dt::readJson(std::string(text.data(), text.size()), "doc.json"));
    }

    void rejectsANulByteAnywhere()
    {
        // nlohmann would take a NUL for the end of the text and accept "true" here.
        const QString message = parseError(std::string("{\"a\": true}\n\0garbage", 20));
        QCOMPARE(message, QString("doc.json: line 2, column 1: a NUL byte (0x00), which a JSON text cannot hold unescaped."));
    }

    void rejectsEmptyInput()
    {
        const QString message = parseError("  \n ");
        QVERIFY2(message.contains("line 2, column 2") && message.contains("unexpected end of input"), qPrintable(message));
    }

    void limitsNestingDepth()
    {
        // 256 levels are fine; one more is refused by a check, not by a stack overflow.
        const std::string ok = std::string(256, '[') + std::string(256, ']');
        QVERIFY(dt::readJson(ok, "doc.json").is_array());
        const QString tooDeep = parseError(std::string(257, '[') + std::string(257, ']'));
        QVERIFY2(tooDeep.contains("256 levels"), qPrintable(tooDeep));
    }

    void survivesADepthBomb()
    {
        const QString brackets = parseError(std::string(100000, '['));
        QVERIFY2(brackets.contains("line 1, column 257") && brackets.contains("nested"), qPrintable(brackets));
        std::string objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        QVERIFY2(parseError(objects).contains("nested"), qPrintable(parseError(objects)));
    }

    void quotesStrings_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("quoted");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
        QTest::newRow("quote and backslash") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("newline and tab") << QByteArray("a\nb\tc") << QByteArray(R"("a\nb\tc")");
        QTest::newRow("other control characters") << QByteArray("\x01\x1F", 2) << QByteArray(R"("\u0001\u001f")");
        QTest::newRow("UTF-8 untouched") << QByteArray("\xC3\xA9") << QByteArray("\"\xC3\xA9\"");
        QTest::newRow("slash untouched") << QByteArray("a/b") << QByteArray("\"a/b\"");
    }
    void quotesStrings()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, quoted);
        const std::string s(raw.data(), raw.size());
        const std::string q = dt::jsonQuote(s);
        QCOMPARE(QByteArray(q.data(), qsizetype(q.size())), quoted);
        QCOMPARE(dt::readJson(q, "quoted").get<std::string>(), s); // there and back again
    }

    void quotesBytesThatAreNotUtf8AsReplacementCharacters()
    {
        // A file name in Latin-1 still gives a valid JSON line.
        QCOMPARE(dt::jsonQuote("caf\xE9.json"), std::string("\"caf\xEF\xBF\xBD.json\""));
    }

    void numbersRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("1e-300") << 1e-300;
        QTest::newRow("-0.0") << -0.0;
        QTest::newRow("integer") << 267.0;
        QTest::newRow("largest double") << std::numeric_limits<double>::max();
        QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("one third") << 1.0 / 3.0;
    }
    void numbersRoundTrip()
    {
        QFETCH(double, value);
        const std::string text = dt::jsonNumber(value);
        const double back = dt::readJson(text, "number").get<double>();
        QCOMPARE(std::memcmp(&back, &value, sizeof value), 0); // bit for bit, so -0.0 keeps its sign
    }

    void writesNumbersIndependentlyOfTheLocale()
    {
        // A German desktop must still write a decimal point. Where no comma-decimal locale
        // is installed ("C.UTF-8" may be all there is), one is made: only its numbers,
        // compiled by glibc's localedef into a temporary folder that LOCPATH points at.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray oldLocPath = qgetenv("LOCPATH");
        bool switched = false;
        for (const char* name : {"de_DE.UTF-8", "fr_FR.UTF-8", "de_DE"})
            switched = switched || std::setlocale(LC_NUMERIC, name);
        if (!switched && makeCommaLocale(dir.path())) {
            qputenv("LOCPATH", dir.path().toLocal8Bit());
            switched = std::setlocale(LC_NUMERIC, "comma") != nullptr;
        }
        QVERIFY(!switched || std::localeconv()->decimal_point == std::string(","));
        const std::string half = dt::jsonNumber(0.5);
        std::setlocale(LC_NUMERIC, "C");
        if (oldLocPath.isNull())
            qunsetenv("LOCPATH");
        else
            qputenv("LOCPATH", oldLocPath);
        QCOMPARE(half, std::string("0.5"));
        if (!switched)
            DT_SKIP("no comma-decimal locale, and localedef could not make one; checked in the C locale only");
    }

    void writesNullForNonFinite_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("Infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("-Infinity") << -std::numeric_limits<double>::infinity();
    }
    void writesNullForNonFinite()
    {
        QFETCH(double, value);
        QCOMPARE(dt::jsonNumber(value), std::string("null"));
    }

    void writesSeventeenSignificantDigits()
    {
        QCOMPARE(dt::jsonNumber(0.1), std::string("0.10000000000000001"));
        QCOMPARE(dt::jsonNumber(-0.0), std::string("-0"));
        QCOMPARE(dt::jsonNumber(250.0), std::string("250"));
        QCOMPARE(dt::jsonNumber(1e-300), std::string("1e-300"));
        // The same text as C's "%.17g" in the C locale (the test runs with LC_ALL=C).
        for (const double v : {1.0 / 3.0, 123456789.125, 1.5e-7, 6.02214076e23, -2.5}) {
            char expected[40];
            std::snprintf(expected, sizeof expected, "%.17g", v);
            QCOMPARE(dt::jsonNumber(v), std::string(expected));
        }
    }
};

DT_TEST_MAIN(TestJson, QCoreApplication)
#include "test_json.moc"
