#include <digit_tutor/reports/pdf_report.hpp>
#include <digit_tutor/reports/page_breaks.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_content.hpp>
#include <digit_tutor/reports/report_file.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QLocale>
#include <QUrl>

namespace dt::reports {

namespace {

// Wide enough for a hole punch on the left, a printer's unprintable edge everywhere.
const QMarginsF kMarginsMm(18.0, 15.0, 15.0, 12.0);
constexpr double kFooterPt = 8.0;
const QColor kFooterColour(0x66, 0x66, 0x66);

bool paint(QPdfWriter& writer, QTextDocument& document, const QString& title, QString* why)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(why, ReportText::tr("Cannot draw the report's PDF pages."));

    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(kFooterPt);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const double footerHeight = footerMetrics.height() * 2.0;

    document.setDocumentMargin(0); // the writer's page margins are the margins
    const QSizeF body(writer.width(), writer.height() - footerHeight);
    document.setPageSize(body);
    keepHeadingsWithTheirContent(document);
    const int pages = document.pageCount();

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return fail(why, ReportText::tr("Cannot start page %1 of the report's PDF.").arg(page + 1));
        painter.save();
        painter.translate(0.0, -page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0.0, page * body.height()), body));
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(kFooterColour);
        const QRectF footer(0.0, writer.height() - footerMetrics.height(), writer.width(), footerMetrics.height());
        const QString pageText = ReportText::tr("page %1 of %2").arg(page + 1).arg(pages);
        const double titleRoom =
            footer.width() - footerMetrics.horizontalAdvance(pageText) - footerMetrics.height() * 2.0;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(title, Qt::ElideRight, titleRoom));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    return painter.end() || fail(why, ReportText::tr("Cannot finish the report's PDF."));
}

} // namespace

bool writePdfReport(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides,
                    const QString& path, QString* error)
{
    if (!canDrawReport(scope, error))
        return false;
    return writeReportFile(
        path,
        [&](QIODevice& file, QString* why) {
            QPdfWriter writer(&file);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(kMarginsMm, QPageLayout::Millimeter);
            writer.setTitle(reportTitle(scope));
            writer.setCreator(QStringLiteral("Digit Tutor"));

            // Laid out on the writer itself, so that text is measured as it is printed
            // (the layout scales the HTML's pixel sizes to the writer's resolution).
            QTextDocument document;
            document.documentLayout()->setPaintDevice(&writer);
            // In the teacher's language's direction: Hebrew paragraphs and tables right to left.
            QTextOption direction = document.defaultTextOption();
            direction.setTextDirection(QLocale().textDirection());
            document.setDefaultTextOption(direction);
            document.setHtml(reportHtml(scope, summary, guides, [&document](const QString& name, const QImage& image) {
                document.addResource(QTextDocument::ImageResource, QUrl(name), QVariant(image));
                return name;
            }));
            return paint(writer, document, reportTitle(scope), why);
        },
        error);
}

} // namespace dt::reports
