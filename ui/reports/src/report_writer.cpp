#include <digit_tutor/reports/report_writer.hpp>
#include <digit_tutor/reports/csv_report.hpp>
#include <digit_tutor/reports/html_report.hpp>
#include <digit_tutor/reports/pdf_report.hpp>
#include <digit_tutor/reports/report_file.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <QFileInfo>

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
    // Nothing below should throw, but the teacher's click or the CLI must get a sentence,
    // not a crash, if memory runs out on a huge class.
    try {
        switch (format) {
        case ReportFormat::Csv:
            if (!checkPeriod(scope, error))
                return false;
            return writeCsvReport(attemptsInScope(scope, attempts), path, error);
        case ReportFormat::Html:
            return writeHtmlReport(scope, attempts, guides, path, error);
        case ReportFormat::Pdf:
            return writePdfReport(scope, attempts, guides, path, error);
        }
        return fail(error, ReportText::tr("Unknown report format."));
    } catch (const std::exception& e) {
        return fail(error, ReportText::tr("Cannot write the report: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace dt::reports
