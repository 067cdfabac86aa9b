#include <digit_tutor/reports/report_content.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/reports/attempt_thumbnail.hpp>
#include <digit_tutor/reports/progress_chart.hpp>
#include <digit_tutor/reports/report_file.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <QGuiApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace dt::reports {

using store::AttemptRecord;
using store::shownName;
using store::withoutBidiControls;

namespace {

constexpr int kThumbShown = 84; // CSS pixels: big enough to see where a stroke began
constexpr int kThumbDrawn = 2 * kThumbShown; // drawn at twice that, for a sharp print
constexpr QSize kChartShown(kContentWidth - 20, 230);
constexpr int kStarsMax = 3;

// Shades behind a success rate, with the number always printed: colour only helps.
const QString kGoodShade = QStringLiteral("#dff0d8");
const QString kFairShade = QStringLiteral("#fcf3cf");
const QString kWeakShade = QStringLiteral("#f8d7da");
constexpr double kWeakBelow = 0.5;

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString percent(double rate) { return QString::number(qRound(rate * 100.0)) + QLatin1Char('%'); }

QString day(const QDate& date) { return date.toString(Qt::ISODate); }

QString none() { return QStringLiteral("\u2013"); }

QString starsText(int stars)
{
    const int n = std::clamp(stars, 0, kStarsMax);
    return QString(n, QChar(0x2605)) + QString(kStarsMax - n, QChar(0x2606));
}

QString trendText(const std::optional<double>& trend)
{
    if (!trend)
        return none();
    const int points = qRound(*trend);
    if (points > 0)
        return QLatin1Char('+') + QString::number(points);
    if (points < 0)
        return QChar(0x2212) + QString::number(-points);
    return QStringLiteral("0");
}

QString shadeOf(double rate)
{
    return rate >= kPractiseBelow ? kGoodShade : rate >= kWeakBelow ? kFairShade : kWeakShade;
}

QString formationText(const QString& formation)
{
    if (formation == QLatin1String("start"))
        return ReportText::tr("started in an unusual place");
    if (formation == QLatin1String("direction"))
        return ReportText::tr("drawn the other way round");
    if (formation == QLatin1String("order"))
        return ReportText::tr("strokes in an unusual order");
    return {};
}

QString formationCell(const DigitFigures& f)
{
    if (!f.tried())
        return none();
    if (f.formationHints() == 0)
        return QStringLiteral("0");
    QStringList parts;
    if (f.unusualStart > 0)
        parts << ReportText::tr("start %1").arg(f.unusualStart);
    if (f.unusualDirection > 0)
        parts << ReportText::tr("direction %1").arg(f.unusualDirection);
    if (f.unusualOrder > 0)
        parts << ReportText::tr("order %1").arg(f.unusualOrder);
    return QStringLiteral("%1 (%2)").arg(QString::number(f.formationHints()), parts.join(QStringLiteral(", ")));
}

// The hint given most for a digit, so that "practise 5" can say how: from the top.
QString commonestHint(const DigitFigures& f)
{
    const int most = std::max({f.unusualStart, f.unusualDirection, f.unusualOrder});
    if (most == 0)
        return {};
    const QString kind = f.unusualStart == most ? QStringLiteral("start")
        : f.unusualDirection == most            ? QStringLiteral("direction")
                                                : QStringLiteral("order");
    return ReportText::tr("most often %1 (in %2 of %3 attempts)")
        .arg(formationText(kind), QString::number(most), QString::number(f.attempts));
}

QString periodText(const ReportScope& scope)
{
    if (scope.from.isValid() && scope.to.isValid())
        return ReportText::tr("%1 to %2").arg(day(scope.from), day(scope.to));
    if (scope.from.isValid())
        return ReportText::tr("from %1").arg(day(scope.from));
    if (scope.to.isValid())
        return ReportText::tr("until %1").arg(day(scope.to));
    return ReportText::tr("all attempts");
}

QString zoneName(const ReportScope& scope, const QDateTime& at)
{
    if (scope.timeZone == QTimeZone::utc())
        return QStringLiteral("UTC");
    const QString abbreviation = scope.timeZone.abbreviation(at);
    return abbreviation.isEmpty() ? QString::fromUtf8(scope.timeZone.id()) : abbreviation;
}

// Every text below goes through these or esc(): stored names, and translations too.
QString keyValue(const QString& key, const QString& value)
{
    return QStringLiteral("<tr><td class=\"key\"><b>%1</b></td><td>%2</td></tr>\n").arg(esc(key), esc(value));
}

QString heading(const QString& text) { return QStringLiteral("<h2>%1</h2>\n").arg(esc(text)); }

QString paragraph(const QString& text) { return QStringLiteral("<p>%1</p>\n").arg(esc(text)); }

QString note(const QString& text) { return QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text)); }

QString header(const ReportScope& scope, const ProgressSummary& s)
{
    const QDateTime made =
        (scope.generatedAt.isValid() ? scope.generatedAt : QDateTime::currentDateTimeUtc()).toTimeZone(scope.timeZone);

    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(reportTitle(scope)));
    html += QStringLiteral("<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\">\n");
    html += keyValue(scope.isClass ? ReportText::tr("Class") : ReportText::tr("Student"),
                     withoutBidiControls(scope.title));
    html += keyValue(ReportText::tr("Period"), periodText(scope));
    if (s.first.isValid())
        html += keyValue(ReportText::tr("Attempts made"),
                         ReportText::tr("%1 to %2").arg(day(scope.dayOf(s.first)), day(scope.dayOf(s.last))));
    html +=
        keyValue(ReportText::tr("Report made"),
                 QStringLiteral("%1 %2").arg(made.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zoneName(scope, made)));
    html += QStringLiteral("</table>\n");
    return html;
}

QString overview(const ReportScope& scope, const ProgressSummary& s)
{
    QString html = heading(ReportText::tr("Overview"));
    if (s.attempts == 0)
        return html + paragraph(ReportText::tr("No attempts in this period."));
    html += QStringLiteral("<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\">\n");
    if (scope.isClass)
        html += keyValue(ReportText::tr("Students"), QString::number(s.students.size()));
    html += keyValue(ReportText::tr("Attempts"),
                     s.freeDrawing > 0 ? ReportText::tr("%1 (of which free drawing: %2)")
                                             .arg(QString::number(s.attempts), QString::number(s.freeDrawing))
                                       : QString::number(s.attempts));
    if (s.askedAttempts > 0)
        html +=
            keyValue(ReportText::tr("Read as the asked digit"),
                     ReportText::tr("%1 of %2 (%3)")
                         .arg(QString::number(s.successes), QString::number(s.askedAttempts), percent(s.successRate)));
    html += QStringLiteral("</table>\n");
    return html;
}

QString practiseNext(const ProgressSummary& s)
{
    QString html = heading(ReportText::tr("Digits to practise next"));
    if (s.practiseNext.empty()) {
        return html +
            paragraph(ReportText::tr("Every digit is read as asked at least %1 of the time: well done.")
                          .arg(percent(kPractiseBelow)));
    }
    html += QStringLiteral("<ol>\n");
    for (int digit : s.practiseNext) {
        const DigitFigures& f = s.digits[std::size_t(digit)];
        QString why = f.tried()
            ? ReportText::tr("read as asked in %1 of %2 attempts (%3)")
                  .arg(QString::number(f.successes), QString::number(f.attempts), percent(f.successRate))
            : ReportText::tr("not tried yet");
        const QString hint = commonestHint(f);
        if (!hint.isEmpty())
            why += QStringLiteral("; ") + hint;
        html += QStringLiteral("<li><b>%1</b>: %2</li>\n").arg(QString::number(digit), esc(why));
    }
    html += QStringLiteral("</ol>\n");
    html += note(ReportText::tr("Chosen first from the digits read as asked less than %1 of the time, the lowest "
                                "first (on a tie, the one tried more), then from the digits not tried yet.")
                     .arg(percent(kPractiseBelow)));
    return html;
}

QString digitTable(const ProgressSummary& s)
{
    QString html = heading(ReportText::tr("Each digit"));
    html += QStringLiteral(
        "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<thead><tr>");
    for (const QString& column : {ReportText::tr("Digit"), ReportText::tr("Attempts"), ReportText::tr("Read as asked"),
                                  ReportText::tr("Success rate"), ReportText::tr("Average stars"),
                                  ReportText::tr("Trend (points)"), ReportText::tr("Reversed"),
                                  ReportText::tr("Formation hints")})
        html += QStringLiteral("<th>%1</th>").arg(esc(column));
    html += QStringLiteral("</tr></thead>\n");
    for (const DigitFigures& f : s.digits) {
        html += QStringLiteral("<tr><td align=\"center\"><b>%1</b></td>").arg(f.digit);
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(f.attempts);
        if (!f.tried()) {
            html += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%1</td><td align=\"right\">%1</td>"
                                   "<td align=\"right\">%1</td><td align=\"right\">%1</td><td>%1</td></tr>\n")
                        .arg(none());
            continue;
        }
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(f.successes);
        html += QStringLiteral("<td align=\"right\" bgcolor=\"%1\">%2</td>")
                    .arg(shadeOf(f.successRate), percent(f.successRate));
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(QString::number(f.averageStars, 'f', 1));
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(trendText(f.trend));
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(f.reversals);
        html += QStringLiteral("<td>%1</td></tr>\n").arg(esc(formationCell(f)));
    }
    html += QStringLiteral("</table>\n");
    html += note(ReportText::tr("Trend: the success rate of the later half of a digit's attempts minus that of the "
                                "earlier half, in percentage points, from %1 attempts on. Reversed: how often the "
                                "digit was written facing the other way (mirror writing). Formation hints: how often "
                                "the child was shown a better place to start, way round or stroke order.")
                     .arg(kMinTrendAttempts));
    return html;
}

QString progressSection(const ProgressSummary& s, const ImageSource& images)
{
    if (s.progress.empty())
        return {};
    const bool weekly = s.step == ProgressStep::Week;
    QString html = heading(ReportText::tr("Progress over time"));
    const QImage chart = progressChart(s.progress, s.step, kChartShown * 2);
    const QString alt = weekly ? ReportText::tr("Success rate and attempts per week")
                               : ReportText::tr("Success rate and attempts per day");
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
                .arg(esc(images(QStringLiteral("chart.png"), chart)), QString::number(kChartShown.width()),
                     QString::number(kChartShown.height()), esc(alt));
    html +=
        QStringLiteral(
            "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr><th>%1</th><th>%2</th>"
            "<th>%3</th><th>%4</th></tr></thead>\n")
            .arg(esc(weekly ? ReportText::tr("Week (from Monday)") : ReportText::tr("Day")),
                 esc(ReportText::tr("Attempts")), esc(ReportText::tr("Read as asked")),
                 esc(ReportText::tr("Success rate")));
    for (const ProgressPoint& p : s.progress) {
        const QString name = weekly ? QStringLiteral("%1 (%2)").arg(progressPeriodName(p.start, s.step), day(p.start))
                                    : progressPeriodName(p.start, s.step);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\" bgcolor=\"%4\">%5</td></tr>\n")
                    .arg(name, QString::number(p.attempts), QString::number(p.successes), shadeOf(p.successRate()),
                         percent(p.successRate()));
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString attemptCell(const ReportScope& scope, const AttemptRecord& a, const QString& name, const QString& what,
                    const ImageSource& images)
{
    const QString alt =
        ReportText::tr("%1 attempt at %2: %3 of 3 stars")
            .arg(what, QString::number(a.askedDigit), QString::number(std::clamp(a.stars, 0, kStarsMax)));
    QString html =
        QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\" alt=\"%3\"><br>")
            .arg(esc(images(name, attemptThumbnail(a.strokes, kThumbDrawn))), QString::number(kThumbShown), esc(alt));
    html += QStringLiteral("<b>%1</b> <span class=\"stars\">%2</span> %3")
                .arg(esc(what), starsText(a.stars), day(scope.dayOf(a.when)));
    if (scope.isClass)
        html += QStringLiteral("<br>") + esc(withoutBidiControls(a.student));
    const QString hint = a.reversed ? ReportText::tr("written facing the other way") : formationText(a.formation);
    if (!hint.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(esc(hint));
    return html;
}

// One small table per digit rather than one long table: a table row that reaches the foot
// of a page is split by QTextDocument, cutting pictures from their captions, while a small
// table is moved whole (keepHeadingsWithTheirContent). Each cell says what it shows, so a
// digit on a new page needs no heading row.
QString attemptsSection(const ReportScope& scope, const ProgressSummary& s, const GuideImages& guides,
                        const ImageSource& images)
{
    const bool anyTried =
        std::any_of(s.digits.begin(), s.digits.end(), [](const DigitFigures& f) { return f.tried(); });
    if (!anyTried)
        return {};
    QString html = heading(ReportText::tr("Best and latest attempt at each digit"));
    for (const DigitFigures& f : s.digits) {
        if (!f.tried())
            continue;
        const QString digit = QString::number(f.digit);
        const QImage guide = guideThumbnail(guides[std::size_t(f.digit)], kThumbDrawn);
        const QString guideName = esc(ReportText::tr("Guide"));
        const QString guideCell = guide.isNull()
            ? QStringLiteral("<br><br>%1<br><br><br><b>%2</b>").arg(esc(ReportText::tr("no guide")), guideName)
            : QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\" alt=\"%3\"><br><b>%4</b>")
                  .arg(esc(images(QStringLiteral("guide-%1.png").arg(digit), guide)), QString::number(kThumbShown),
                       esc(ReportText::tr("Guide for %1").arg(digit)), guideName);
        html += QStringLiteral(
                    "<table class=\"grid attempts\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                    "width=\"100%\">\n<tr><td width=\"10%\" align=\"center\" valign=\"middle\">"
                    "<span class=\"digit\">%1</span></td><td width=\"20%\" align=\"center\" valign=\"top\">%2</td>")
                    .arg(digit, guideCell);
        html += QStringLiteral("<td width=\"35%\" align=\"center\" valign=\"top\">%1</td>")
                    .arg(attemptCell(scope, *f.best, QStringLiteral("digit-%1-best.png").arg(digit),
                                     ReportText::tr("Best"), images));
        html += QStringLiteral("<td width=\"35%\" align=\"center\" valign=\"top\">%1</td></tr>\n</table>\n")
                    .arg(attemptCell(scope, *f.latest, QStringLiteral("digit-%1-latest.png").arg(digit),
                                     ReportText::tr("Latest"), images));
    }
    html += note(ReportText::tr("Beside the guide the app shows for the digit. A green dot marks where each stroke "
                                "began. Best: the most stars, then the surest reading."));
    return html;
}

QString studentsSection(const ProgressSummary& s)
{
    QString html = heading(ReportText::tr("Students"));
    html += QStringLiteral(
        "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<thead><tr>");
    for (const QString& column :
         {ReportText::tr("Student"), ReportText::tr("Attempts"), ReportText::tr("Read as asked"),
          ReportText::tr("Success rate"), ReportText::tr("Practise next")})
        html += QStringLiteral("<th>%1</th>").arg(esc(column));
    html += QStringLiteral("</tr></thead>\n");
    for (const StudentFigures& student : s.students) {
        QStringList next;
        for (int d : student.practiseNext)
            next << QString::number(d);
        const QString rate = student.askedAttempts > 0 ? percent(student.successRate) : none();
        const QString name = shownName(student.name);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\"%4>%5</td><td>%6</td></tr>\n")
                    .arg(esc(student.archived ? ReportText::tr("%1 (archived)").arg(name) : name),
                         QString::number(student.attempts),
                         QString::number(student.successes),
                         student.askedAttempts > 0 ? QStringLiteral(" bgcolor=\"%1\"").arg(shadeOf(student.successRate))
                                                   : QString(),
                         rate, next.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>\n");
    return html;
}

const char* const kStyle = R"(
body { font-family: "DejaVu Sans", "Helvetica", "Arial", sans-serif; font-size: 10pt; color: #222222; max-width: 700px; }
h1 { font-size: 17pt; margin-bottom: 6px; }
h2 { font-size: 12.5pt; margin-top: 16px; margin-bottom: 6px; color: #1f4e9a; }
table { border-collapse: collapse; }
table.grid { border-color: #999999; }
table.grid th { background-color: #e8eef6; font-weight: bold; }
td.key { padding-right: 12px; }
p.note { font-size: 8.5pt; color: #555555; }
span.digit { font-size: 20pt; font-weight: bold; }
span.stars { color: #b8860b; }
table.attempts { margin-bottom: 6px; }
)";

} // namespace

QString reportTitle(const ReportScope& scope)
{
    const QString title = withoutBidiControls(scope.title);
    if (title.trimmed().isEmpty())
        return scope.isClass ? ReportText::tr("Class progress report") : ReportText::tr("Progress report");
    return (scope.isClass ? ReportText::tr("Class progress report: %1") : ReportText::tr("Progress report: %1"))
        .arg(title);
}

bool canDrawReport(const ReportScope& scope, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(error,
                    ReportText::tr("Cannot draw the report: the program has no QGuiApplication, which "
                                   "fonts need (try the offscreen platform)."));
    return checkPeriod(scope, error);
}

QString reportHtml(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides,
                   const ImageSource& images)
{
    //: The language code of this translation (BCP 47), for the report's lang attribute.
    const QString language = ReportText::tr("en");
    // Hebrew reads right to left: the browser mirrors the page (the PDF sets its own).
    const QString direction = QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(esc(language), esc(reportTitle(scope)), QLatin1String(kStyle), direction);
    html += header(scope, summary);
    html += overview(scope, summary);
    html += practiseNext(summary);
    if (scope.isClass && !summary.students.empty())
        html += studentsSection(summary);
    if (summary.askedAttempts > 0) {
        html += digitTable(summary);
        html += progressSection(summary, images);
        html += attemptsSection(scope, summary, guides, images);
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace dt::reports
