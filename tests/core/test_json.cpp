// The JSON reader behind stroke files and JSONL data sets: every kind of value, Unicode
// escapes, errors with line and column, hostile nesting, and numbers written back
// without loss.

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

// The message of the FormatError that parsing `text` throws, or "" when it parses.
QString parseError(const std::string& text)
{
    try {
        dt::parseJson(text, "doc.json");
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
        const dt::JsonValue v = dt::parseJson(
            R"({"n": null, "t": true, "f": false, "i": -12, "d": 2.5e-3, "s": "hi", "a": [1, [2], {}], "o": {"k": []}})",
            "doc.json");
        QVERIFY(v.isObject());
        QCOMPARE(v.asObject().size(), std::size_t(8));
        QVERIFY(v.find("n")->isNull());
        QCOMPARE(v.find("t")->asBool(), true);
        QCOMPARE(v.find("f")->asBool(), false);
        QCOMPARE(v.find("i")->asNumber(), -12.0);
        QCOMPARE(v.find("d")->asNumber(), 0.0025);
        QCOMPARE(v.find("s")->asString(), std::string("hi"));
        const auto& a = v.find("a")->asArray();
        QCOMPARE(a.size(), std::size_t(3));
        QCOMPARE(a[1].asArray()[0].asNumber(), 2.0);
        QVERIFY(a[2].isObject() && a[2].asObject().empty());
        QVERIFY(v.find("o")->find("k")->isArray());
        QVERIFY(!v.find("missing"));
        QVERIFY(!a[0].find("anything")); // find on a non-object
    }

    void readsAScalarAsTheWholeDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("null") << QByteArray("null") << int(dt::JsonValue::Type::Null);
        QTest::newRow("true in whitespace") << QByteArray(" \t\r\n true \n") << int(dt::JsonValue::Type::Bool);
        QTest::newRow("zero") << QByteArray("0") << int(dt::JsonValue::Type::Number);
        QTest::newRow("negative exponent") << QByteArray("-1.5E+2") << int(dt::JsonValue::Type::Number);
        QTest::newRow("empty string") << QByteArray("\"\"") << int(dt::JsonValue::Type::String);
        QTest::newRow("empty array") << QByteArray("[ ]") << int(dt::JsonValue::Type::Array);
        QTest::newRow("empty object") << QByteArray("{ }") << int(dt::JsonValue::Type::Object);
    }
    void readsAScalarAsTheWholeDocument()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, type);
        QCOMPARE(int(dt::parseJson(text.toStdString(), "doc.json").type()), type);
    }

    void lastDuplicateMemberWins()
    {
        const dt::JsonValue v = dt::parseJson(R"({"a": 1, "a": 2})", "doc.json");
        QCOMPARE(v.find("a")->asNumber(), 2.0);
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
        const std::string s = dt::parseJson(text.toStdString(), "doc.json").asString();
        QCOMPARE(QByteArray(s.data(), qsizetype(s.size())), utf8);
    }

    void acceptsPythonsNonFiniteTokens()
    {
        const dt::JsonValue doc = dt::parseJson("[NaN, Infinity, -Infinity, 1e999, -1e999, 1e-999]", "doc.json");
        const auto& a = doc.asArray();
        QVERIFY(std::isnan(a[0].asNumber()));
        QCOMPARE(a[1].asNumber(), std::numeric_limits<double>::infinity());
        QCOMPARE(a[2].asNumber(), -std::numeric_limits<double>::infinity());
        // Out of range: an infinity that callers reject, or a zero, never a syntax error.
        QCOMPARE(a[3].asNumber(), std::numeric_limits<double>::infinity());
        QCOMPARE(a[4].asNumber(), -std::numeric_limits<double>::infinity());
        QCOMPARE(a[5].asNumber(), 0.0);
    }

    void reportsLineAndColumnOfEachSyntaxError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("problem");
        // Every document has its error on line 3.
        const QByteArray head = "{\n  \"a\": 1,\n";
        QTest::newRow("missing colon") << head + "  \"b\" 2}" << "line 3, column 7" << "expected ':'";
        QTest::newRow("missing comma") << head + "  \"b\": 2 \"c\": 3}" << "line 3, column 10" << "expected ',' or '}'";
        QTest::newRow("trailing comma") << head + "  \"b\": [1,]}" << "line 3, column 11" << "expected a value";
        QTest::newRow("unquoted key") << head + "  b: 2}" << "line 3, column 3" << "member name";
        QTest::newRow("single quotes") << head + "  \"b\": 'x'}" << "line 3, column 8" << "expected a value";
        QTest::newRow("bad literal") << head + "  \"b\": tru}" << "line 3, column 8" << "expected a value";
        QTest::newRow("leading zero") << head + "  \"b\": 012}" << "line 3, column 9" << "leading zero";
        QTest::newRow("bare decimal point") << head + "  \"b\": 1.}" << "line 3, column 10" << "decimal point";
        QTest::newRow("plus sign") << head + "  \"b\": +1}" << "line 3, column 8" << "expected a value";
        QTest::newRow("empty exponent") << head + "  \"b\": 1e}" << "line 3, column 10" << "exponent";
        QTest::newRow("bad escape") << head + "  \"b\": \"\\x\"}" << "line 3, column 9" << "escape";
        QTest::newRow("short \\u escape") << head + "  \"b\": \"\\u12\"}" << "line 3, column 13" << "hexadecimal";
        QTest::newRow("sign in \\u escape") << head + "  \"b\": \"\\u-123\"}" << "line 3, column 11" << "hexadecimal";
        QTest::newRow("raw tab in string") << head + "  \"b\": \"a\tb\"}" << "line 3, column 10" << "control character";
        QTest::newRow("lone high surrogate") << head + "  \"b\": \"\\uD800x\"}" << "line 3, column 9" << "surrogate";
        QTest::newRow("lone low surrogate") << head + "  \"b\": \"\\uDC00\"}" << "line 3, column 9" << "surrogate";
        QTest::newRow("high then not low") << head + "  \"b\": \"\\uD800\\u0041\"}" << "line 3, column 9"
                                          << "not by a low surrogate";
        QTest::newRow("invalid UTF-8") << head + "  \"b\": \"\xFF\"}" << "line 3, column 9" << "UTF-8";
        QTest::newRow("unclosed string") << head + "  \"b\": \"abc" << "line 3, column 8" << "not closed";
        QTest::newRow("unclosed object") << head + "  \"b\": 2" << "line 3, column 9" << "expected ',' or '}'";
        QTest::newRow("unclosed array") << head + "  \"b\": [1, 2" << "line 3, column 13" << "expected ',' or ']'";
        QTest::newRow("trailing garbage") << head + "  \"b\": 2}\n\n x" << "line 5, column 2" << "after the JSON value";
    }
    void reportsLineAndColumnOfEachSyntaxError()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, problem);
        const QString message = parseError(text.toStdString());
        QVERIFY2(message.startsWith("doc.json: "), qPrintable(message));
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
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
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::parseJson(std::string(text.data(), text.size()), "doc.json"));
    }

    void rejectsEmptyInput()
    {
        const QString message = parseError("  \n ");
        QVERIFY2(message.contains("line 2, column 2") && message.contains("end of the text"), qPrintable(message));
    }

    void limitsNestingDepth()
    {
        // 256 levels are fine; one more is refused by a check, not by a stack overflow.
        const std::string ok = std::string(256, '[') + std::string(256, ']');
        QVERIFY(dt::parseJson(ok, "doc.json").isArray());
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
        QTest::newRow("other control characters") << QByteArray("\x01\x1F", 2) << QByteArray(R"("\u0001\u001F")");
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
        QCOMPARE(dt::parseJson(q, "quoted").asString(), s); // there and back again
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
        const double back = dt::parseJson(text, "number").asNumber();
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
