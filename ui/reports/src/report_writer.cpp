#include <digit_tutor/reports/report_writer.hpp>
#include <digit_tutor/reports/csv_report.hpp>
#include <digit_tutor/reports/html_report.hpp>
#include <digit_tutor/reports/pdf_report.hpp>
#include <digit_tutor/reports/report_content.hpp>
#include <digit_tutor/reports/report_file.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <QFileInfo>
#include <QIODevice>

#include <exception>

namespace dt::reports {

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const QString& path)
{
    return reportFormatFromName(QFileInfo(path).suffix());
}

QString reportFormatSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

bool writeReport(ReportFormat format, const ReportScope& scope, const std::vector<store::AttemptRecord>& attempts,
                 const GuideImages& guides, const QString& path, QString* error)
{
    return writeReport(format, scope, attemptsOf(attempts), guides, path, error);
}

bool writeReport(ReportFormat format, const ReportScope& scope, const AttemptStream& attempts,
                 const GuideImages& guides, const QString& path, QString* error, const ReportProgress& progress)
{
    // Nothing below should throw, but the teacher's click or the CLI must get a sentence,
    // not a crash, if memory runs out.
    try {
        if (format == ReportFormat::Csv) {
            if (!checkPeriod(scope, error))
                return false;
            // A row at a time into the temporary file, which a cancel or a failure removes.
            return writeReportFile(
                path,
                [&](QIODevice& file, QString* why) {
                    const auto put = [&file](const QByteArray& bytes) { return file.write(bytes) == bytes.size(); };
                    return put(csvHeader()) &&
                        readAttemptsInScope(
                               scope, attempts, progress,
                               [&put](const store::AttemptRecord& a, QString*) { return put(csvRow(a)); }, why);
                },
                error);
        }
        if (!canDrawReport(scope, error))
            return false;
        // The figures are counted as the attempts come; only they are kept.
        SummaryBuilder figures(scope.timeZone);
        if (!readAttemptsInScope(
                scope, attempts, progress,
                [&figures](const store::AttemptRecord& a, QString*) {
                    figures.add(a);
                    return true;
                },
                error))
            return false;
        const ProgressSummary summary = figures.summary();
        if (format == ReportFormat::Html)
            return writeHtmlReport(scope, summary, guides, path, error);
        if (format == ReportFormat::Pdf)
            return writePdfReport(scope, summary, guides, path, error);
        return fail(error, ReportText::tr("Unknown report format."));
    } catch (const std::exception& e) {
        return fail(error, ReportText::tr("Cannot write the report: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace dt::reports
