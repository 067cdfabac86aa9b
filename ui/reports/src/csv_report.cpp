#include <digit_tutor/reports/csv_report.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_file.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dt::reports {

using store::AttemptRecord;

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

bool needsQuotes(const QString& field)
{
    return field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\r')) ||
        field.contains(QLatin1Char('\n'));
}

QString quoted(const QString& field)
{
    if (!needsQuotes(field))
        return field;
    QString doubled = field;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

// What a spreadsheet would take as the start of a formula (= + - @, and a tab or CR that it
// may strip first), and ' so that a cell that really starts with one stays readable back.
bool needsGuard(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r'");
    return !text.isEmpty() && triggers.contains(text.front());
}

// QString::number is locale-independent (always '.'), which is what makes it safe here.
QString numberField(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString numberField(qint64 value) { return QString::number(value); }

QString flagField(bool value) { return csvTextField(value ? QStringLiteral("true") : QStringLiteral("false")); }

QString row(const AttemptRecord& a)
{
    const QString time = a.when.isValid() ? a.when.toUTC().toString(Qt::ISODateWithMs) : QString();
    const QStringList fields = {
        numberField(a.id),
        csvTextField(a.student),
        csvTextField(a.group),
        csvTextField(time),
        numberField(qint64(a.askedDigit)),
        numberField(qint64(a.recognisedDigit)),
        flagField(a.success()),
        numberField(a.posterior),
        numberField(a.logLikelihood),
        flagField(a.outlier),
        numberField(a.typicality),
        numberField(qint64(a.stars)),
        csvTextField(a.formation),
        flagField(a.reversed),
        csvTextField(a.model),
        csvTextField(QString::fromStdString(dt::drawingToJson(a.strokes))),
    };
    return fields.join(QLatin1Char(',')) + kLineEnd;
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("id"),        QStringLiteral("student"),     QStringLiteral("group"),
            QStringLiteral("time"),      QStringLiteral("asked_digit"), QStringLiteral("recognised_digit"),
            QStringLiteral("success"),   QStringLiteral("posterior"),   QStringLiteral("log_likelihood"),
            QStringLiteral("outlier"),   QStringLiteral("typicality"),  QStringLiteral("stars"),
            QStringLiteral("formation"), QStringLiteral("reversed"),    QStringLiteral("model"),
            QStringLiteral("strokes")};
}

QString csvTextField(const QString& text) { return quoted(needsGuard(text) ? QLatin1Char('\'') + text : text); }

QByteArray csvReport(const std::vector<AttemptRecord>& attempts)
{
    std::vector<const AttemptRecord*> ordered;
    ordered.reserve(attempts.size());
    for (const AttemptRecord& a : attempts)
        ordered.push_back(&a);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const AttemptRecord* a, const AttemptRecord* b) { return attemptBefore(*a, *b); });

    QString text = csvColumns().join(QLatin1Char(',')) + kLineEnd;
    for (const AttemptRecord* a : ordered)
        text += row(*a);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeCsvReport(const std::vector<AttemptRecord>& attempts, const QString& path, QString* error)
{
    const QByteArray bytes = csvReport(attempts);
    return writeReportFile(
        path, [&bytes](QIODevice& file, QString*) { return file.write(bytes) == bytes.size(); }, error);
}

} // namespace dt::reports
