// Stroke files and JSONL data sets: what is read, what is written back, and how each kind
// of bad input is refused with a message that names the place.

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <string>

namespace {

bool samePoint(const dt::StrokePoint& a, const dt::StrokePoint& b)
{
    return a.x == b.x && a.y == b.y && a.t == b.t && a.pressure == b.pressure;
}

bool sameDrawing(const dt::Drawing& a, const dt::Drawing& b)
{
    if (a.canvasWidth != b.canvasWidth || a.canvasHeight != b.canvasHeight || a.label != b.label ||
        a.writer != b.writer || a.strokes.size() != b.strokes.size())
        return false;
    for (std::size_t s = 0; s < a.strokes.size(); ++s)
        if (!std::equal(a.strokes[s].begin(), a.strokes[s].end(), b.strokes[s].begin(), b.strokes[s].end(), samePoint))
            return false;
    return true;
}

// A two-stroke "4" as the app records it: time in ms, pressure from a tablet.
dt::Drawing recordedFour()
{
    dt::Drawing d;
    d.canvasWidth = 640;
    d.canvasHeight = 480.5;
    d.strokes = {{{120, 40, 0, 0.5}, {80.25, 200.125, 16, 0.75}, {210, 200, 33.5, 1}},
                 {{170, 60, 400, 0}, {170.1, 300.7, 450, 0.3}}};
    d.label = 4;
    d.writer = "child-07";
    return d;
}

QString parseError(const std::string& json)
{
    try {
        dt::parseDrawing(json, "four.json");
    } catch (const dt::FormatError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestStrokes : public QObject {
    Q_OBJECT

private slots:
    void readsPointsWithTwoToFourNumbers()
    {
        const dt::Drawing d = dt::parseDrawing(
            R"({"canvas": {"width": 500, "height": 400}, "strokes": [[[1, 2], [3, 4, 16]], [[5, 6, 40, 0.5]]],
                "label": 7, "writer": 12, "note": "ignored"})",
            "seven.json");
        QCOMPARE(d.canvasWidth, 500.0);
        QCOMPARE(d.canvasHeight, 400.0);
        QCOMPARE(d.strokes.size(), std::size_t(2));
        QCOMPARE(d.pointCount(), std::size_t(3));
        QVERIFY(samePoint(d.strokes[0][0], {1, 2, -1, -1}));
        QVERIFY(samePoint(d.strokes[0][1], {3, 4, 16, -1}));
        QVERIFY(samePoint(d.strokes[1][0], {5, 6, 40, 0.5}));
        QCOMPARE(d.label, 7);
        QCOMPARE(d.writer, std::string("12"));
    }

    void anEmptyStrokeListIsAnEmptyDrawing()
    {
        const dt::Drawing d = dt::parseDrawing(R"({"strokes": []})", "blank.json");
        QVERIFY(d.isEmpty());
        QCOMPARE(d.pointCount(), std::size_t(0));
        QCOMPARE(d.canvasWidth, 0.0);
        QCOMPARE(d.label, -1);
        QVERIFY(d.writer.empty());
    }

    void roundTripsThroughJson_data()
    {
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<bool>("withPressure");
        QTest::addColumn<bool>("withCanvas");
        QTest::addColumn<bool>("withLabel");
        QTest::addColumn<QString>("writer");
        QTest::newRow("everything") << true << true << true << true << "child-07";
        QTest::newRow("bare x and y") << false << false << false << false << "";
        QTest::newRow("time only") << true << false << true << false << "";
        QTest::newRow("pressure without time") << false << true << false << true << "";
        QTest::newRow("numeric writer") << false << false << true << true << "12";
        QTest::newRow("writer with leading zero stays a string") << false << false << false << false << "007";
        QTest::newRow("writer needing escapes") << true << false << false << false << "Zoë \"Z\"\n";
    }
    void roundTripsThroughJson()
    {
        QFETCH(bool, withTime);
        QFETCH(bool, withPressure);
        QFETCH(bool, withCanvas);
        QFETCH(bool, withLabel);
        QFETCH(QString, writer);
        dt::Drawing d = recordedFour();
        for (dt::Stroke& s : d.strokes)
            for (dt::StrokePoint& p : s) {
                p.t = withTime ? p.t : -1.0;
                p.pressure = withPressure ? p.pressure : -1.0;
            }
        if (!withCanvas)
            d.canvasWidth = d.canvasHeight = 0.0;
        d.label = withLabel ? d.label : -1;
        d.writer = writer.toStdString();

        const std::string json = dt::drawingToJson(d);
        QVERIFY2(json.find('\n') == std::string::npos, json.c_str()); // one JSONL line
        QVERIFY2(sameDrawing(dt::parseDrawing(json, "there and back again"), d), json.c_str());
    }

    void writesANumericWriterAsANumber()
    {
        dt::Drawing d;
        d.strokes = {{{1, 2}}};
        d.writer = "12";
        QVERIFY(dt::drawingToJson(d).find("\"writer\":12") != std::string::npos);
        d.writer = "12a";
        QVERIFY(dt::drawingToJson(d).find("\"writer\":\"12a\"") != std::string::npos);
    }

    void rejectsBadDrawings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed JSON") << QByteArray("{\"strokes\": [[[1, 2]]") << "four.json: line 1, column 22";
        QTest::newRow("not an object") << QByteArray("[[[1, 2]]]") << "four.json: the drawing is an array";
        QTest::newRow("missing strokes") << QByteArray(R"({"canvas": {"width": 1, "height": 1}})")
                                         << "four.json: \"strokes\" is missing.";
        QTest::newRow("strokes not an array") << QByteArray(R"({"strokes": {"x": 1}})") << "\"strokes\" is an object";
        QTest::newRow("stroke not an array") << QByteArray(R"({"strokes": [[[1, 2]], 5]})") << "stroke 2 is a number";
        QTest::newRow("empty stroke") << QByteArray(R"({"strokes": [[[1, 2]], []]})") << "stroke 2 has no points.";
        QTest::newRow("point with 1 number") << QByteArray(R"({"strokes": [[[1, 2], [3]]]})")
                                             << "stroke 1, point 2 has 1 number, expected 2 to 4";
        QTest::newRow("point with 5 numbers") << QByteArray(R"({"strokes": [[[1, 2, 3, 0.5, 9]]]})")
                                              << "stroke 1, point 1 has 5 numbers, expected 2 to 4";
        QTest::newRow("point not an array") << QByteArray(R"({"strokes": [[{"x": 1, "y": 2}]]})")
                                            << "stroke 1, point 1 is an object";
        QTest::newRow("coordinate a string") << QByteArray(R"({"strokes": [[[1, "2"]]]})")
                                             << "stroke 1, point 1: y is a string";
        QTest::newRow("NaN coordinate") << QByteArray(R"({"strokes": [[[1, 2]], [[1, 2], [3, 4], [5, 6], [7, 8], [9, NaN]]]})")
                                        << "four.json: stroke 2, point 5: y is not a finite number.";
        QTest::newRow("Infinity") << QByteArray(R"({"strokes": [[[Infinity, 2]]]})")
                                  << "stroke 1, point 1: x is not a finite number.";
        QTest::newRow("1e999 time") << QByteArray(R"({"strokes": [[[1, 2, 1e999]]]})")
                                    << "stroke 1, point 1: t is not a finite number";
        QTest::newRow("negative canvas") << QByteArray(R"({"canvas": {"width": -500, "height": 500}, "strokes": []})")
                                         << "four.json: canvas width -500 is negative.";
        QTest::newRow("non-finite canvas") << QByteArray(R"({"canvas": {"width": 500, "height": NaN}, "strokes": []})")
                                           << "canvas height is not a finite number";
        QTest::newRow("canvas without height") << QByteArray(R"({"canvas": {"width": 500}, "strokes": []})")
                                               << "canvas has no \"height\"";
        QTest::newRow("canvas not an object") << QByteArray(R"({"canvas": [500, 500], "strokes": []})")
                                              << "canvas is an array";
        QTest::newRow("pressure 1.5") << QByteArray(R"({"strokes": [[[1, 2, 0, 0.5], [1, 2, 5, 1.5]]]})")
                                      << "stroke 1, point 2: pressure 1.5 is outside [0, 1].";
        QTest::newRow("negative pressure") << QByteArray(R"({"strokes": [[[1, 2, 0, -0.1]]]})")
                                           << "stroke 1, point 1: pressure -0.1 is outside [0, 1].";
        QTest::newRow("label 12") << QByteArray(R"({"label": 12, "strokes": []})") << "four.json: label 12 is not a digit 0-9.";
        QTest::newRow("label 3.5") << QByteArray(R"({"label": 3.5, "strokes": []})") << "label 3.5 is not a digit 0-9.";
        QTest::newRow("label -1") << QByteArray(R"({"label": -1, "strokes": []})") << "label -1 is not a digit 0-9.";
        QTest::newRow("label a string") << QByteArray(R"({"label": "3", "strokes": []})") << "label is a string";
        QTest::newRow("writer 1.5") << QByteArray(R"({"writer": 1.5, "strokes": []})") << "writer 1.5 is not an integer";
        QTest::newRow("writer an array") << QByteArray(R"({"writer": [1], "strokes": []})") << "writer is an array";
    }
    void rejectsBadDrawings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString message = parseError(json.toStdString());
        QVERIFY2(message.contains(expected), qPrintable("got: " + message));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::parseDrawing(json.toStdString(), "four.json"));
    }

    void ignoresNonFiniteNumbersInMembersItDoesNotRead()
    {
        // Python's json module writes NaN for a missing score; only the fields read are checked.
        const dt::Drawing d = dt::parseDrawing(R"({"score": NaN, "extra": [Infinity, 1e999], "strokes": [[[1, -0]]]})",
                                               "scored.json");
        QCOMPARE(d.pointCount(), std::size_t(1));
        QVERIFY(std::signbit(d.strokes[0][0].y)); // -0 is read back as -0.0, as drawingToJson writes it
    }

    void syntaxErrorsNameTheFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.json");
        writeFile(path, "{\"strokes\": [\n  [[1, 2], [3 4]]\n]}\n");
        try {
            dt::loadDrawing(path.toStdString());
            QFAIL("a missing comma was accepted");
        } catch (const dt::FormatError& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     path + ": line 2, column 15: syntax error while parsing array - unexpected number literal; expected ']'.");
        }
        writeFile(path, QByteArray("{\"strokes\": []}\0", 16));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::loadDrawing(path.toStdString())); // nlohmann alone would stop at the NUL
    }

    void savesAndLoadsAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("four.json").toStdString();
        const dt::Drawing d = recordedFour();
        dt::saveDrawing(d, path);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"four.json"}); // renamed, nothing left behind
        QVERIFY(sameDrawing(dt::loadDrawing(path), d));

        // Saving again replaces the file as a whole.
        dt::Drawing other;
        other.strokes = {{{3, 4}}};
        dt::saveDrawing(other, path);
        QVERIFY(sameDrawing(dt::loadDrawing(path), other));
    }

    void refusesToSaveIntoAMissingFolder()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("no/such/folder/four.json").toStdString();
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::saveDrawing(recordedFour(), path));
    }

    void aDrawingLargerThanAnyChildDrawsIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QByteArray points = "{\"strokes\": [[";
        for (std::size_t i = 0; i <= dt::kMaxDrawingPoints; ++i)
            points += i ? ",[1,2]" : "[1,2]";
        QTest::newRow("too many points") << QByteArray(points + "]]}") << "50001 points, more than the 50000";
        QByteArray strokes = "{\"strokes\": [";
        for (std::size_t i = 0; i <= dt::kMaxDrawingStrokes; ++i)
            strokes += i ? ",[[1,2]]" : "[[1,2]]";
        QTest::newRow("too many strokes") << QByteArray(strokes + "]}") << "1001 strokes, more than the 1000";
        QTest::newRow("too much text") << (QByteArray("{\"strokes\": [], \"note\": \"") + QByteArray(9 << 20, 'x') + "\"}")
                                       << "bytes of JSON, more than the 8 MB";
    }
    void aDrawingLargerThanAnyChildDrawsIsRefusedWithItsReason()
    {
        // A stroke file of a million points ran past 40 s in the app; one of 59 MB took 6 GB.
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            dt::parseDrawing(std::string_view(json.constData(), std::size_t(json.size())), "big.json");
            QFAIL("a drawing beyond the limits was accepted");
        } catch (const dt::FormatError& e) {
            QVERIFY2(QString(e.what()).startsWith("big.json: ") && QString(e.what()).contains(expected), e.what());
        }
    }

    void loadErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.json");
        writeFile(path, R"({"strokes": [[[1, 2], [3, 4, 5, 2]]]})");
        try {
            dt::loadDrawing(path.toStdString());
            QFAIL("a pressure of 2 was accepted");
        } catch (const dt::FormatError& e) {
            QCOMPARE(QString::fromUtf8(e.what()), path + ": stroke 1, point 2: pressure 2 is outside [0, 1].");
        }
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::loadDrawing(dir.filePath("missing.json").toStdString()));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::loadDrawing(dir.path().toStdString())); // a folder
    }

    void refusesAFileOfMoreThan64Megabytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.jsonl");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(64) * 1024 * 1024 + 1)); // sparse: costs no disk space
        f.close();
        try {
            dt::loadDrawings(path.toStdString());
            QFAIL("a 64 MB file was read");
        } catch (const dt::FormatError& e) {
            QVERIFY2(QString(e.what()).contains("64 MB"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::loadDrawing(path.toStdString()));
    }

    void readsJsonLinesSkippingBlankOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("set.jsonl");
        writeFile(path, "{\"label\": 1, \"strokes\": [[[0, 0], [0, 9]]]}\r\n"
                        "\n"
                        "   \n"
                        "{\"label\": 2, \"writer\": \"w\", \"strokes\": []}"); // no final newline
        const std::vector<dt::Drawing> set = dt::loadDrawings(path.toStdString());
        QCOMPARE(set.size(), std::size_t(2));
        QCOMPARE(set[0].label, 1);
        QCOMPARE(set[1].label, 2);
        QCOMPARE(set[1].writer, std::string("w"));
    }

    void namesTheLineOfABadJsonLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("set.jsonl");
        writeFile(path, "{\"label\": 1, \"strokes\": []}\n"
                        "{\"label\": 2, \"strokes\": []}\n"
                        "{\"label\": 3, \"strokes\": [[[1, 2]]}\n"
                        "{\"label\": 12, \"strokes\": []}\n");
        try {
            dt::loadDrawings(path.toStdString());
            QFAIL("a broken third line was accepted");
        } catch (const dt::FormatError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(path + ":3: line 1, column 34"), qPrintable(message));
        }

        writeFile(path, "{\"label\": 1, \"strokes\": []}\n\n{\"label\": 12, \"strokes\": []}\n");
        try {
            dt::loadDrawings(path.toStdString());
            QFAIL("label 12 was accepted");
        } catch (const dt::FormatError& e) {
            QCOMPARE(QString::fromUtf8(e.what()), path + ":3: label 12 is not a digit 0-9.");
        }
    }

    void readsTheRealPenDigits()
    {
        const QString path = dt::test::handwritingPath();
        const std::vector<dt::Drawing> set = dt::loadDrawings(path.toStdString());
        QCOMPARE(set.size(), std::size_t(7494));
        QCOMPARE(set.front().label, 8);
        QCOMPARE(set.front().writer, std::string("12"));
        QCOMPARE(set.front().canvasWidth, 500.0);
        QCOMPARE(set.front().strokes.front().front().x, 267.0);
        QCOMPARE(set.front().strokes.front().front().y, 167.0);
        int perLabel[10] = {};
        for (const dt::Drawing& d : set) {
            QVERIFY(d.label >= 0 && d.label <= 9);
            QVERIFY(!d.isEmpty());
            ++perLabel[d.label];
        }
        for (int n : perLabel) // "roughly 750 digits per class"
            QVERIFY(n > 650 && n < 850);
    }
};

DT_TEST_MAIN(TestStrokes, QCoreApplication)
#include "test_strokes.moc"
