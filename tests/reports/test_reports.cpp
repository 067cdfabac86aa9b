// Progress reports: the figures a teacher reads (counted by hand below), and the CSV, HTML
// and PDF files they come in, with names that try to break each format.
//
// To look at the files: DIGIT_TUTOR_REPORTS_OUT=/some/folder keeps them there.

#include "test_main.hpp"

#include <digit_tutor/reports/attempt_thumbnail.hpp>
#include <digit_tutor/reports/csv_report.hpp>
#include <digit_tutor/reports/guide_thumbnail.hpp>
#include <digit_tutor/reports/html_report.hpp>
#include <digit_tutor/reports/report_content.hpp>
#include <digit_tutor/reports/progress_chart.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_writer.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <numbers>

using dt::reports::ReportFormat;
using dt::reports::ReportScope;
using dt::store::AttemptRecord;

namespace {

const QString kHostileName = QStringLiteral("Zoë \"Zo\" <b>&amp; 🦊");
const QString kHostileNameHtml = QStringLiteral("Zoë &quot;Zo&quot; &lt;b&gt;&amp;amp; 🦊");

// A child's quick digit-like stroke: part of an ellipse, with times and pressure, on a
// 400x400 canvas; different per digit so the thumbnails differ.
dt::Drawing strokesFor(int digit)
{
    dt::Drawing d;
    d.canvasWidth = 400;
    d.canvasHeight = 400;
    dt::Stroke stroke;
    const double turn = 0.6 + 0.15 * std::max(digit, 0);
    for (int i = 0; i <= 24; ++i) {
        const double a = turn * 2.0 * std::numbers::pi * i / 24.0;
        stroke.push_back({200 + 80 * std::sin(a), 200 - 120 * std::cos(a), 20.0 * i, 0.5});
    }
    d.strokes.push_back(stroke);
    if (digit == 4 || digit == 7)
        d.strokes.push_back({{120, 260, 700, 0.4}, {280, 260, 900, 0.6}});
    return d;
}

QDateTime day(int d, int hour = 10) { return QDateTime(QDate(2025, 1, d), QTime(hour, 0), QTimeZone::utc()); }

AttemptRecord attempt(qint64 id, int asked, int read, int stars, const QDateTime& when, double posterior = 0.9,
                      const QString& formation = QStringLiteral("none"))
{
    AttemptRecord a;
    a.id = id;
    a.studentId = 1;
    a.student = kHostileName;
    a.group = QStringLiteral("Class 1, \"Owls\"");
    a.when = when;
    a.askedDigit = asked;
    a.recognisedDigit = read;
    a.posterior = posterior;
    a.logLikelihood = -412.5 - id;
    a.typicality = 0.25;
    a.stars = stars;
    a.formation = formation;
    a.model = QStringLiteral("default.dtm (2025-01-01)");
    a.strokes = strokesFor(asked);
    return a;
}

// One child's week, counted by hand:
//   3: 5 attempts, read as 3 in #3 #4 #5 -> 60%; stars 0 1 2 3 3 -> 1.8; halves {#1 #2} 0%
//      and {#4 #5} 100% (#3 in neither) -> trend +100; two "start" hints; best #4 (3 stars,
//      posterior 0.8 beats #5's 0.6), latest #5.
//   7: 4 attempts, two read as 7, then one read as 7 but refused as "not a digit", then one
//      read as 1 -> 50%; stars 3 2 0 0 -> 1.25; halves 100% then 0% -> trend -100.
//   1: 2 attempts, both right -> 100%, no trend (fewer than 4).
//   5: 2 attempts, one right -> 50%.
//   0: 2 attempts, equal stars and posterior -> the later one is best.
//   Free drawing: 1 attempt, in the totals only.
std::vector<AttemptRecord> handCountedWeek()
{
    return {
        attempt(1, 3, 8, 0, day(6)),
        attempt(2, 3, 5, 1, day(7), 0.2, QStringLiteral("start")),
        attempt(3, 3, 3, 2, day(8), 0.7),
        attempt(4, 3, 3, 3, day(9), 0.8, QStringLiteral("start")),
        attempt(5, 3, 3, 3, day(10), 0.6),
        attempt(6, 7, 7, 3, day(6, 11)),
        attempt(7, 7, 7, 2, day(7, 11)),
        [] {
            AttemptRecord a = attempt(8, 7, 7, 0, day(8, 11), 0.1);
            a.outlier = true;
            return a;
        }(),
        attempt(9, 7, 1, 0, day(9, 11), 0.3, QStringLiteral("direction")),
        attempt(10, 1, 1, 3, day(6, 12)),
        attempt(11, 1, 1, 3, day(7, 12)),
        attempt(12, 5, 5, 2, day(8, 12)),
        attempt(13, 5, 6, 0, day(9, 12)),
        attempt(14, 0, 0, 2, day(6, 13), 0.9),
        attempt(15, 0, 0, 2, day(10, 13), 0.9),
        attempt(16, -1, 4, 0, day(10, 14), 0.95, QString()),
    };
}

// A class over four weeks: the child above, and children whose names try to break a CSV
// (a formula, a sign, a command, a comma with a line break) or a translation ("%1").
std::vector<AttemptRecord> classAttempts()
{
    std::vector<AttemptRecord> all = handCountedWeek();
    const QStringList names = {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"), QStringLiteral("@cmd"),
                               QStringLiteral("Lee, Ann\nB"), QStringLiteral("100%1 Émile")};
    qint64 id = 100;
    for (int s = 0; s < names.size(); ++s)
        for (int k = 0; k < 6; ++k) {
            const int digit = (s + k) % 10;
            const bool right = (k + s) % 3 != 0;
            AttemptRecord a =
                attempt(++id, digit, right ? digit : (digit + 1) % 10, right ? 2 : 0, day(6 + 4 * k + s % 3, 9 + s),
                        0.5 + 0.05 * k, k == 2 ? QStringLiteral("order") : QStringLiteral("none"));
            a.studentId = 10 + s;
            a.student = names[s];
            a.reversed = !right && s % 2 == 0; // a few written facing the other way
            a.group = QStringLiteral("Class 1, \"Owls\"");
            all.push_back(a);
        }
    return all;
}

dt::reports::GuideImages guides()
{
    dt::reports::GuideImages g;
    for (int d = 0; d < 10; ++d) {
        if (d == 5)
            continue; // a model without a guide for 5
        std::vector<float> pixels(dt::reports::kGuidePixels, 0.0f);
        for (int y = 6; y < 22; ++y)
            for (int x = 10 + d % 3; x < 14 + d % 3; ++x)
                pixels[std::size_t(y * 28 + x)] = 255.0f;
        g[std::size_t(d)] = pixels;
    }
    return g;
}

ReportScope studentScope()
{
    ReportScope scope;
    scope.title = kHostileName;
    scope.generatedAt = QDateTime(QDate(2025, 2, 1), QTime(16, 5), QTimeZone::utc());
    return scope;
}

// RFC 4180, strictly: CRLF between records (a bare CR or LF only inside quotes), quotes
// doubled inside quoted fields. Returns no rows on any breach.
std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n' || c == u'"' || wasQuoted) {
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return {}; // the last record must end with CRLF too
    return rows;
}

// What a reader does with a text cell: drop the ' that guards against formulas wherever a
// cell could start (the start, and after each ; TAB CR LF).
QString unguarded(const QString& cell)
{
    QString out;
    bool cellStart = true;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cellStart && cell[i] == u'\'' && ++i == cell.size())
            break;
        out += cell[i];
        cellStart = QStringLiteral(";\t\r\n").contains(cell[i]);
    }
    return out;
}

// The cells a spreadsheet makes of a CSV when it splits on `separator` (a German or French
// Excel splits on ';'), taking every line break as the end of a row, as it may when the
// quotes it honours are not ours: a quote opens a cell only at the cell's start, and text
// after its closing quote is kept.
QStringList spreadsheetCells(const QString& text, QChar separator)
{
    QStringList cells;
    for (const QString& piece : text.split(QRegularExpression(QStringLiteral("[\r\n]")))) {
        for (const QString& raw : piece.split(separator)) {
            QString cell = raw;
            if (cell.startsWith(u'"')) {
                const qsizetype close = cell.indexOf(QRegularExpression(QStringLiteral("\"(?!\")")), 1);
                cell = close < 0 ? cell.mid(1)
                                 : cell.mid(1, close - 1).replace(QStringLiteral("\"\""), QStringLiteral("\"")) +
                        cell.mid(close + 1);
            }
            cells << cell;
        }
    }
    return cells;
}

QString outputFolder(const QTemporaryDir& temp)
{
    const QString keep = qEnvironmentVariable("DIGIT_TUTOR_REPORTS_OUT");
    if (keep.isEmpty())
        return temp.path();
    QDir().mkpath(keep);
    return keep;
}

QString pdftotext() { return QStandardPaths::findExecutable(QStringLiteral("pdftotext")); }

// The PDF's text as poppler reads it, rows of a table kept on one line.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(
        pdftotext(),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_temp;

private slots:
    void initTestCase() { QVERIFY(m_temp.isValid()); }

    void theFiguresOfAWeekAreCountedAsByHand()
    {
        const dt::reports::ProgressSummary s = dt::reports::summarise(handCountedWeek());
        QCOMPARE(s.attempts, 16);
        QCOMPARE(s.freeDrawing, 1);
        QCOMPARE(s.askedAttempts, 15);
        QCOMPARE(s.successes, 10);
        QCOMPARE(s.first, day(6));
        QCOMPARE(s.last, day(10, 14));

        const dt::reports::DigitFigures& three = s.digits[3];
        QCOMPARE(three.digit, 3);
        QCOMPARE(three.attempts, 5);
        QCOMPARE(three.successes, 3);
        // Rates and means of small counts: exact in binary up to one rounding, so 1e-12.
        QVERIFY(std::abs(three.successRate - 0.6) < 1e-12);
        QVERIFY(std::abs(three.averageStars - 1.8) < 1e-12);
        QVERIFY(three.trend.has_value());
        QVERIFY(std::abs(*three.trend - 100.0) < 1e-12);
        QCOMPARE(three.unusualStart, 2);
        QCOMPARE(three.formationHints(), 2);
        QCOMPARE(three.best->id, qint64(4));
        QCOMPARE(three.latest->id, qint64(5));

        const dt::reports::DigitFigures& seven = s.digits[7];
        QCOMPARE(seven.attempts, 4);
        QCOMPARE(seven.successes, 2); // the refused 7 is no success
        QVERIFY(std::abs(seven.averageStars - 1.25) < 1e-12);
        QVERIFY(std::abs(*seven.trend + 100.0) < 1e-12);
        QCOMPARE(seven.unusualDirection, 1);

        QCOMPARE(s.digits[1].successRate, 1.0);
        QVERIFY(!s.digits[1].trend.has_value());
        QCOMPARE(s.digits[0].best->id, qint64(15)); // a tie in stars and posterior goes to the later
        QVERIFY(!s.digits[4].tried()); // the free drawing read as 4 is no attempt at 4
        QVERIFY(!s.digits[4].best.has_value());

        // 7 and 5 both 50%: 7 first, tried more; then 3 at 60%. 1 and 0 are learnt.
        QCOMPARE(s.practiseNext, (std::vector<int> {7, 5, 3}));

        QCOMPARE(s.step, dt::reports::ProgressStep::Day);
        QCOMPARE(s.progress.size(), std::size_t(5));
        QCOMPARE(s.progress.front().start, QDate(2025, 1, 6));
        QCOMPARE(s.progress.front().attempts, 4); // #1 #6 #10 #14
        QCOMPARE(s.progress.front().successes, 3);
        QCOMPARE(s.progress.back().attempts, 2); // #5 #15; the free drawing is not counted
    }

    void practiseNextFillsUpWithDigitsNotTriedYet()
    {
        std::vector<AttemptRecord> ones = {attempt(1, 1, 1, 3, day(6)), attempt(2, 1, 1, 3, day(7)),
                                           attempt(3, 4, 9, 0, day(7))};
        QCOMPARE(dt::reports::summarise(ones).practiseNext, (std::vector<int> {4, 0, 2}));
        QCOMPARE(dt::reports::summarise({}).practiseNext, (std::vector<int> {0, 1, 2}));
    }

    void progressGoesByWeekOverMoreThanSixtyDays_data()
    {
        QTest::addColumn<int>("daysApart");
        QTest::addColumn<int>("step");
        QTest::newRow("60 days: per day") << 60 << int(dt::reports::ProgressStep::Day);
        QTest::newRow("61 days: per ISO week") << 61 << int(dt::reports::ProgressStep::Week);
    }

    void progressGoesByWeekOverMoreThanSixtyDays()
    {
        QFETCH(int, daysApart);
        QFETCH(int, step);
        // 2025-01-08 is a Wednesday: its week starts on Monday the 6th.
        const std::vector<AttemptRecord> two = {attempt(1, 2, 2, 3, day(8)),
                                                attempt(2, 2, 0, 0, day(8).addDays(daysApart))};
        const dt::reports::ProgressSummary s = dt::reports::summarise(two);
        QCOMPARE(int(s.step), step);
        QCOMPARE(s.progress.size(), std::size_t(2));
        if (s.step == dt::reports::ProgressStep::Week) {
            QCOMPARE(s.progress.front().start, QDate(2025, 1, 6));
            QCOMPARE(dt::reports::progressPeriodName(s.progress.front().start, s.step), QStringLiteral("2025-W02"));
        }
    }

    void theCsvReadsBackToExactlyTheAttempts()
    {
        const std::vector<AttemptRecord> attempts = classAttempts();
        const QString path = outputFolder(m_temp) + QStringLiteral("/class.csv");
        QString error;
        QVERIFY2(dt::reports::writeReport(ReportFormat::Csv, ReportScope {}, attempts, guides(), path, &error),
                 qPrintable(error));

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so that Excel reads UTF-8
        const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), attempts.size() + 1);
        QCOMPARE(rows.front(), dt::reports::csvColumns());

        std::map<qint64, const AttemptRecord*> byId;
        for (const AttemptRecord& a : attempts)
            byId[a.id] = &a;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const QStringList& cells = rows[r];
            QCOMPARE(cells.size(), 16);
            const AttemptRecord& a = *byId.at(cells[0].toLongLong());
            QCOMPARE(unguarded(cells[1]), a.student);
            QCOMPARE(unguarded(cells[2]), a.group);
            QCOMPARE(QDateTime::fromString(cells[3], Qt::ISODateWithMs), a.when);
            QCOMPARE(cells[4].toInt(), a.askedDigit);
            QCOMPARE(cells[5].toInt(), a.recognisedDigit);
            QCOMPARE(cells[6], a.success() ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(cells[7].toDouble(), a.posterior); // shortest round-trip form: exact
            QCOMPARE(cells[8].toDouble(), a.logLikelihood);
            QVERIFY2(cells[8].startsWith(u'-'), "a negative number stays a number, unguarded");
            QCOMPARE(cells[9], a.outlier ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(cells[11].toInt(), a.stars);
            QCOMPARE(unguarded(cells[12]), a.formation);
            QCOMPARE(cells[13], a.reversed ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(unguarded(cells[14]), a.model);
            const dt::Drawing strokes = dt::parseDrawing(cells[15].toStdString(), "csv");
            QCOMPARE(strokes.pointCount(), a.strokes.pointCount());
        }
    }

    void reversalsAreCountedPerDigitInEveryFormat()
    {
        // 3: two of three written facing the other way (read as an 8, one of them refused);
        // 5: the latest of two; 7: none; a reversal in free drawing counts for no digit.
        std::vector<AttemptRecord> week = {
            attempt(1, 3, 8, 1, day(6), 0.1),          attempt(2, 3, 8, 1, day(7), 0.2),
            attempt(3, 3, 3, 3, day(8), 0.95),         attempt(4, 5, 5, 2, day(6, 11), 0.8),
            attempt(5, 5, 2, 1, day(7, 11), 0.3),      attempt(6, 7, 7, 3, day(6, 12), 0.95),
            attempt(7, -1, 5, 1, day(8, 12), 0.6, {}),
        };
        for (AttemptRecord& a : week)
            a.reversed = a.id == 1 || a.id == 2 || a.id == 5 || a.id == 7;
        week[0].outlier = true;

        const dt::reports::ProgressSummary s = dt::reports::summarise(week);
        QCOMPARE(s.digits[3].reversals, 2);
        QCOMPARE(s.digits[5].reversals, 1);
        QCOMPARE(s.digits[7].reversals, 0);
        QCOMPARE(s.digits[3].formationHints(), 0); // a reversal is not a formation hint
        QCOMPARE(s.digits[3].successes, 1);

        // HTML: a Reversed column in the digit table, and the reversal under the latest 5.
        const QString htmlPath = outputFolder(m_temp) + QStringLiteral("/reversals.html");
        QString error;
        QVERIFY2(dt::reports::writeReport(ReportFormat::Html, studentScope(), week, guides(), htmlPath, &error),
                 qPrintable(error));
        const QString html = QString::fromUtf8(readAll(htmlPath));
        QVERIFY(html.contains(QStringLiteral("<th>Reversed</th><th>Formation hints</th>")));
        // Stars, trend (none below four attempts), reversed, formation hints.
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">1.7</td><td align=\"right\">\u2013</td>"
                                             "<td align=\"right\">2</td><td>0</td></tr>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">1.5</td><td align=\"right\">\u2013</td>"
                                             "<td align=\"right\">1</td><td>0</td></tr>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">3.0</td><td align=\"right\">\u2013</td>"
                                             "<td align=\"right\">0</td><td>0</td></tr>")));
        QVERIFY(html.contains(QStringLiteral("<i>written facing the other way</i>")));

        // CSV: a reversed column, true for exactly the reversals.
        const QString csvPath = outputFolder(m_temp) + QStringLiteral("/reversals.csv");
        QVERIFY2(dt::reports::writeReport(ReportFormat::Csv, studentScope(), week, guides(), csvPath, &error),
                 qPrintable(error));
        const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(readAll(csvPath).mid(3)));
        QCOMPARE(rows.size(), week.size() + 1);
        const qsizetype reversedColumn = rows.front().indexOf(QStringLiteral("reversed"));
        QVERIFY(reversedColumn >= 0);
        QStringList reversedIds;
        for (std::size_t r = 1; r < rows.size(); ++r)
            if (rows[r][reversedColumn] == QLatin1String("true"))
                reversedIds << rows[r][0];
            else
                QCOMPARE(rows[r][reversedColumn], QStringLiteral("false"));
        reversedIds.sort();
        QCOMPARE(reversedIds, (QStringList{"1", "2", "5", "7"}));

        // PDF: the same row of figures, as text.
        const QString pdfPath = outputFolder(m_temp) + QStringLiteral("/reversals.pdf");
        QVERIFY2(dt::reports::writeReport(ReportFormat::Pdf, studentScope(), week, guides(), pdfPath, &error),
                 qPrintable(error));
        if (pdftotext().isEmpty())
            DT_SKIP_MISSING(
                "pdftotext not found: install poppler-utils (apt-get install poppler-utils) to check the PDF's text.");
        const QString text = pdfText(pdfPath);
        QVERIFY2(text.contains(QStringLiteral("Reversed")), qPrintable(text.left(600)));
        // Digit, attempts, read as asked, success rate, stars, trend, reversed.
        for (const QString& row : {QStringLiteral("3 +3 +1 +33% +1\\.7 +\u2013 +2"),
                                   QStringLiteral("5 +2 +1 +50% +1\\.5 +\u2013 +1"),
                                   QStringLiteral("7 +1 +1 +100% +3\\.0 +\u2013 +0")})
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("(^|\\n) *") + row)), qPrintable(row));
    }

    void theCsvNeverLetsASpreadsheetRunANameAsAFormula_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("cell");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t'=1\"");
        QTest::newRow("semicolon, as German and French spreadsheets split")
            << QStringLiteral("x;=1+1;y") << QStringLiteral("\"x;'=1+1;y\"");
        QTest::newRow("tab inside") << QStringLiteral("x\t@SUM(A1)") << QStringLiteral("\"x\t'@SUM(A1)\"");
        QTest::newRow("quote after a semicolon") << QStringLiteral("a;\"=1") << QStringLiteral("\"a;'\"\"=1\"");
        QTest::newRow("line break") << QStringLiteral("a\n-1") << QStringLiteral("\"a\n'-1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r'=1\"");
        QTest::newRow("apostrophe, so the guard can be undone") << QStringLiteral("'=1") << QStringLiteral("''=1");
        QTest::newRow("plain name untouched") << QStringLiteral("Zoë") << QStringLiteral("Zoë");
    }

    void theCsvNeverLetsASpreadsheetRunANameAsAFormula()
    {
        QFETCH(QString, name);
        QFETCH(QString, cell);
        AttemptRecord a = attempt(1, 3, 3, 3, day(6));
        a.student = name;
        a.group = name;
        a.model = name;
        const QString text = QString::fromUtf8(dt::reports::csvReport({a}).mid(3));
        const QString row = text.section(QStringLiteral("\r\n"), 1, 1);
        QVERIFY2(row.contains(QLatin1Char(',') + cell + QLatin1Char(',') + cell + QLatin1Char(',')), qPrintable(row));
        QVERIFY2(row.contains(QLatin1Char(',') + cell + QLatin1Char(',') + QLatin1Char('"')), qPrintable(row));
    }

    void aSpreadsheetSplittingOnSemicolonsOrTabsFindsNoFormula_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::newRow("semicolon (German, French)") << QChar(u';');
        QTest::newRow("tab") << QChar(u'\t');
    }

    // A comma-separated reader is theCsvReadsBackToExactlyTheAttempts.
    void aSpreadsheetSplittingOnSemicolonsOrTabsFindsNoFormula()
    {
        QFETCH(QChar, separator);
        std::vector<AttemptRecord> attempts;
        const QStringList names = {QStringLiteral("x;=1+1;y"), QStringLiteral("a;\"=2+2\";b"),
                                   QStringLiteral("t\t+3\t@cmd"), QStringLiteral("Lee;\r\n-4"),
                                   QStringLiteral("=HYPERLINK(\"x\";\"y\")")};
        for (const QString& name : names) {
            AttemptRecord a = attempt(attempts.size() + 1, 3, 3, 3, day(6));
            a.student = name;
            a.group = name;
            a.model = name;
            attempts.push_back(a);
        }
        const QString text = QString::fromUtf8(dt::reports::csvReport(attempts).mid(3));
        for (const QString& cell : spreadsheetCells(text, separator))
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));

        // And a reader that splits on commas gets every name back.
        const std::vector<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), std::size_t(names.size() + 1));
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(unguarded(rows[std::size_t(i + 1)][1]), names[i]);
    }

    void aNameIsShownWithoutDirectionControls()
    {
        // "Ben" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" would read "Benexe.pdf".
        const QString spoofing = QStringLiteral("Ben\u202Efdp.exe\u2066");
        std::vector<AttemptRecord> week = handCountedWeek();
        for (AttemptRecord& a : week) {
            a.student = spoofing;
            a.group = QStringLiteral("1\u202EB");
        }
        ReportScope scope = studentScope();
        scope.title = spoofing;
        scope.isClass = true;
        QCOMPARE(dt::reports::reportTitle(scope), QStringLiteral("Class progress report: Benfdp.exe"));
        const QString html = QString::fromUtf8(dt::reports::htmlReport(scope, week, guides()));
        const QString csv = QString::fromUtf8(dt::reports::csvReport(week));
        for (const QString& text : {html, csv}) {
            QVERIFY(text.contains(QStringLiteral("Benfdp.exe")));
            QVERIFY(!text.contains(QChar(0x202E)) && !text.contains(QChar(0x2066)));
        }
        QVERIFY(csv.contains(QStringLiteral(",1B,")));
    }

    void thePeriodLeavesOutOtherDaysCountedInTheSchoolsZone()
    {
        std::vector<AttemptRecord> week = handCountedWeek();
        // 23:30 UTC on the 9th is already the 10th two hours east.
        week.push_back(attempt(99, 2, 2, 3, day(9).addSecs(13 * 3600 + 1800)));
        ReportScope scope;
        scope.from = QDate(2025, 1, 8);
        scope.to = QDate(2025, 1, 9);
        scope.timeZone = QTimeZone(2 * 3600);
        const QString path = m_temp.filePath(QStringLiteral("two-days.csv"));
        QString error;
        QVERIFY2(dt::reports::writeReport(ReportFormat::Csv, scope, week, guides(), path, &error), qPrintable(error));
        const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(readAll(path).mid(3)));
        QStringList ids;
        for (std::size_t r = 1; r < rows.size(); ++r)
            ids << rows[r][0];
        QCOMPARE(ids, QStringList({"3", "8", "12", "4", "9", "13"})); // in time order
    }

    void theHtmlIsSelfContainedAndEscapesTheName()
    {
        const QString path = outputFolder(m_temp) + QStringLiteral("/student.html");
        QString error;
        QVERIFY2(
            dt::reports::writeReport(ReportFormat::Html, studentScope(), handCountedWeek(), guides(), path, &error),
            qPrintable(error));
        const QString html = QString::fromUtf8(readAll(path));

        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"")));
        QVERIFY(html.contains(kHostileNameHtml));
        QVERIFY(!html.contains(QStringLiteral("<b>&amp;")));
        QVERIFY(!html.contains(QStringLiteral("\"Zo\"")));
        QVERIFY(!html.contains(QStringLiteral("http"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("src=\"file"), Qt::CaseInsensitive));
        const qsizetype images = html.count(QStringLiteral("<img "));
        QCOMPARE(images, 1 + 5 * 3 - 1); // the chart; guide, best, latest per tried digit; 5 has no guide
        QCOMPARE(html.count(QStringLiteral("<img src=\"data:image/png;base64,")), images);

        // The figures, as the table cells show them.
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\" bgcolor=\"#fcf3cf\">60%</td>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">1.8</td><td align=\"right\">+100</td>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">1.3</td><td align=\"right\">\u2212100</td>")));
        QVERIFY(html.contains(QStringLiteral("<li><b>7</b>: read as asked in 2 of 4 attempts (50%)")));
        QVERIFY(html.contains(QStringLiteral("no guide")));
    }

    void aClassReportHasALinePerStudent()
    {
        ReportScope scope = studentScope();
        scope.isClass = true;
        scope.title = QStringLiteral("Owls %1 & %2");
        scope.from = QDate(2025, 1, 6);
        scope.to = QDate(2025, 1, 31);
        const QString path = outputFolder(m_temp) + QStringLiteral("/class.html");
        QString error;
        QVERIFY2(dt::reports::writeReport(ReportFormat::Html, scope, classAttempts(), guides(), path, &error),
                 qPrintable(error));
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.contains(QStringLiteral("Owls %1 &amp; %2")));
        QVERIFY(html.contains(QStringLiteral("2025-01-06 to 2025-01-31")));
        for (const QString& name : {kHostileName, QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("100%1 Émile")})
            QVERIFY2(html.contains(QStringLiteral("<tr><td>") + name.toHtmlEscaped() + QStringLiteral("</td>")),
                     qPrintable(name));
    }

    void thePdfHasTheNameAndEveryDigitsFiguresAsText()
    {
        const QString path = outputFolder(m_temp) + QStringLiteral("/student.pdf");
        QString error;
        QVERIFY2(dt::reports::writeReport(ReportFormat::Pdf, studentScope(), handCountedWeek(), guides(), path, &error),
                 qPrintable(error));
        QVERIFY(readAll(path).startsWith("%PDF"));

        if (pdftotext().isEmpty())
            DT_SKIP_MISSING(
                "pdftotext not found: install poppler-utils (apt-get install poppler-utils) to check the PDF's text.");
        const QString text = pdfText(path);

        QVERIFY2(text.contains(QStringLiteral("Zoë \"Zo\" <b>&amp;")), qPrintable(text.left(400)));
        // Digit, attempts, read as asked, success rate: one row of the table per digit.
        const std::map<int, QString> rows = {{0, QStringLiteral("2 +2 +100%")}, {1, QStringLiteral("2 +2 +100%")},
                                             {3, QStringLiteral("5 +3 +60%")},  {5, QStringLiteral("2 +1 +50%")},
                                             {7, QStringLiteral("4 +2 +50%")},  {9, QStringLiteral("0 +\u2013")}};
        for (const auto& [digit, figures] : rows) {
            const QRegularExpression row(QStringLiteral("(^|\\n) *%1 +%2").arg(digit).arg(figures));
            QVERIFY2(text.contains(row), qPrintable(QStringLiteral("digit %1: %2").arg(digit).arg(figures)));
        }
        QVERIFY(text.contains(QStringLiteral("Digits to practise next")));
    }

    void aClassPdfNamesEveryStudent()
    {
        ReportScope scope = studentScope();
        scope.isClass = true;
        scope.title = QStringLiteral("Owls, Class 1");
        const QString path = outputFolder(m_temp) + QStringLiteral("/class.pdf");
        QString error;
        QVERIFY2(dt::reports::writeReport(ReportFormat::Pdf, scope, classAttempts(), guides(), path, &error),
                 qPrintable(error));
        if (pdftotext().isEmpty())
            DT_SKIP_MISSING(
                "pdftotext not found: install poppler-utils (apt-get install poppler-utils) to check the PDF's text.");
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Class progress report: Owls, Class 1")));
        for (const QString& name : {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("@cmd"),
                                    QStringLiteral("100%1 Émile"), QStringLiteral("Zoë \"Zo\" <b>&amp;")})
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QStringLiteral("page 1 of ")));
    }

    void anUnwritablePathGivesAReasonAndNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ReportFormat::Pdf);
        QTest::newRow("csv") << int(ReportFormat::Csv);
        QTest::newRow("html") << int(ReportFormat::Html);
    }

    void anUnwritablePathGivesAReasonAndNoFile()
    {
        QFETCH(int, format);
        const auto f = ReportFormat(format);
        QString error;
        QVERIFY(!dt::reports::writeReport(f, studentScope(), handCountedWeek(), guides(),
                                          QStringLiteral("/proc/nope/x.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/proc/nope/x.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/nope/x.pdf")));

        // A folder where the file should go.
        error.clear();
        QVERIFY(!dt::reports::writeReport(f, studentScope(), handCountedWeek(), guides(), m_temp.path(), &error));
        QVERIFY(!error.isEmpty());

        // A reversed period is refused before anything is touched.
        const QString existing = m_temp.filePath(QStringLiteral("keep.") + dt::reports::reportFormatSuffix(f));
        {
            QFile keep(existing);
            QVERIFY(keep.open(QIODevice::WriteOnly));
            keep.write("before");
        }
        ReportScope reversed = studentScope();
        reversed.from = QDate(2025, 2, 1);
        reversed.to = QDate(2025, 1, 1);
        error.clear();
        QVERIFY(!dt::reports::writeReport(f, reversed, handCountedWeek(), guides(), existing, &error));
        QVERIFY2(error.contains(QStringLiteral("2025-02-01")), qPrintable(error));
        QCOMPARE(readAll(existing), QByteArray("before"));
    }

    void formatsAreNamedAsOnTheCommandLine()
    {
        QCOMPARE(dt::reports::reportFormatFromName(QStringLiteral("pdf")), std::optional(ReportFormat::Pdf));
        QCOMPARE(dt::reports::reportFormatFromName(QStringLiteral("CSV")), std::optional(ReportFormat::Csv));
        QCOMPARE(dt::reports::reportFormatFromName(QStringLiteral("html")), std::optional(ReportFormat::Html));
        QVERIFY(!dt::reports::reportFormatFromName(QStringLiteral("docx")));
        QVERIFY(!dt::reports::reportFormatFromName(QString()));
        QCOMPARE(dt::reports::reportFormatFromPath(QStringLiteral("/tmp/Zoë.report.Pdf")),
                 std::optional(ReportFormat::Pdf));
    }

    void picturesShowDarkInkOnLight()
    {
        const QImage guide = dt::reports::guideThumbnail(guides()[1], 56);
        QCOMPARE(guide.size(), QSize(56, 56));
        QVERIFY(qGray(guide.pixel(0, 0)) > 240); // background
        QVERIFY(qGray(guide.pixel(24, 28)) < 40); // the model's white ink, now dark
        QVERIFY(dt::reports::guideThumbnail({}, 56).isNull());

        const QImage thumb = dt::reports::attemptThumbnail(strokesFor(0), 64);
        QCOMPARE(thumb.size(), QSize(64, 64));
        QVERIFY(qGray(thumb.pixel(0, 0)) > 240);
        int ink = 0, green = 0;
        for (int y = 0; y < thumb.height(); ++y)
            for (int x = 0; x < thumb.width(); ++x) {
                const QRgb p = thumb.pixel(x, y);
                ink += qGray(p) < 100;
                green += qGreen(p) > qRed(p) + 60;
            }
        QVERIFY(ink > 50); // the stroke
        QVERIFY(green > 5); // where it started
        const QImage blank = dt::reports::attemptThumbnail(dt::Drawing {}, 64);
        QCOMPARE(blank.pixel(32, 32), QColor(Qt::white).rgb());

        const dt::reports::ProgressSummary s = dt::reports::summarise(handCountedWeek());
        const QImage chart = dt::reports::progressChart(s.progress, s.step, {600, 240});
        QCOMPARE(chart.size(), QSize(600, 240));
    }
};

DT_TEST_MAIN(TestReports, QGuiApplication)
#include "test_reports.moc"
