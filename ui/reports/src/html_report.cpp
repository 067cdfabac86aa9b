#include <digit_tutor/reports/html_report.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_content.hpp>
#include <digit_tutor/reports/report_file.hpp>

#include <QBuffer>
#include <QIODevice>

namespace dt::reports {

namespace {

QString dataUrl(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QByteArray htmlReport(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides)
{
    return reportHtml(scope, summary, guides, [](const QString&, const QImage& image) { return dataUrl(image); })
        .toUtf8();
}

QByteArray htmlReport(const ReportScope& scope, const std::vector<store::AttemptRecord>& attempts,
                      const GuideImages& guides)
{
    return htmlReport(scope, summarise(attemptsInScope(scope, attempts), scope.timeZone), guides);
}

bool writeHtmlReport(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides,
                     const QString& path, QString* error)
{
    if (!canDrawReport(scope, error))
        return false;
    const QByteArray bytes = htmlReport(scope, summary, guides);
    return writeReportFile(
        path, [&bytes](QIODevice& file, QString*) { return file.write(bytes) == bytes.size(); }, error);
}

} // namespace dt::reports
