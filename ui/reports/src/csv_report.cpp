#include <digit_tutor/reports/csv_report.hpp>

#include <digit_tutor/reports/report_text.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/reports/attempt_stream.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dt::reports {

using store::AttemptRecord;

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

// A spreadsheet splits a CSV on the separator of its locale: ',' in English, ';' in German
// and French, a tab when pasted. A field holding any of them is quoted, so that every
// reader that honours quotes keeps it whole.
bool needsQuotes(const QString& field)
{
    static const QString special = QStringLiteral(",;\t\"\r\n");
    return std::any_of(field.begin(), field.end(), [](QChar c) { return special.contains(c); });
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
// may strip first), " which opens a quoted cell there (its content is then read as a
// formula too), and ' so that a cell that really starts with one stays readable back.
bool isTrigger(QChar c)
{
    static const QString triggers = QStringLiteral("=+-@\t\r'\"");
    return triggers.contains(c);
}

// Where a cell can start in some spreadsheet: the field's start, and (where a ';' or a tab
// separates, or a quote is not honoured across a line break) just after one of those.
bool startsACell(const QString& text, qsizetype i)
{
    static const QString breaks = QStringLiteral(";\t\r\n");
    return i == 0 || breaks.contains(text[i - 1]);
}

// A ' before every trigger that could start a cell, so that a reader undoes it exactly by
// dropping one ' at each such place.
QString guarded(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (startsACell(text, i) && isTrigger(text[i]))
            out += QLatin1Char('\'');
        out += text[i];
    }
    return out;
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
        csvTextField(store::withoutBidiControls(a.student)),
        csvTextField(store::withoutBidiControls(a.group)),
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
    // The teacher's spreadsheet heads its columns in the teacher's language; a program
    // without a translator (the command line's report) writes these English names.
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("ReportText", "id"),        QT_TRANSLATE_NOOP("ReportText", "student"),
        QT_TRANSLATE_NOOP("ReportText", "group"),     QT_TRANSLATE_NOOP("ReportText", "time"),
        QT_TRANSLATE_NOOP("ReportText", "asked_digit"), QT_TRANSLATE_NOOP("ReportText", "recognised_digit"),
        QT_TRANSLATE_NOOP("ReportText", "success"),   QT_TRANSLATE_NOOP("ReportText", "posterior"),
        QT_TRANSLATE_NOOP("ReportText", "log_likelihood"), QT_TRANSLATE_NOOP("ReportText", "outlier"),
        QT_TRANSLATE_NOOP("ReportText", "typicality"), QT_TRANSLATE_NOOP("ReportText", "stars"),
        QT_TRANSLATE_NOOP("ReportText", "formation"), QT_TRANSLATE_NOOP("ReportText", "reversed"),
        QT_TRANSLATE_NOOP("ReportText", "model"),     QT_TRANSLATE_NOOP("ReportText", "strokes")};
    QStringList columns;
    for (const char* name : names)
        columns.append(ReportText::tr(name));
    return columns;
}

QString csvTextField(const QString& text) { return quoted(guarded(text)); }

QByteArray csvHeader()
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + (csvColumns().join(QLatin1Char(',')) + kLineEnd).toUtf8();
}

QByteArray csvRow(const AttemptRecord& attempt) { return row(attempt).toUtf8(); }

QByteArray csvReport(const std::vector<AttemptRecord>& attempts)
{
    QByteArray bytes = csvHeader();
    attemptsOf(attempts)(
        [&bytes](const AttemptRecord& a, qint64, qint64) {
            bytes += csvRow(a);
            return true;
        },
        nullptr);
    return bytes;
}

} // namespace dt::reports
