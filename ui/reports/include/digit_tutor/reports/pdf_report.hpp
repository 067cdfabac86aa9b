#pragma once
// A progress report as a PDF for printing: A4, the content of report_content.hpp laid out
// by QTextDocument and painted onto QPdfWriter, so its text is real text (searchable,
// read by pdftotext and screen readers) and its figures are the HTML report's. Each page
// ends with the report's title and "page N of M", so printed pages of a class stay sorted.

#include <digit_tutor/reports/guide_thumbnail.hpp>
#include <digit_tutor/reports/report_scope.hpp>

#include <digit_tutor/progress/progress_summary.hpp>

#include <QString>

namespace dt::reports {

/// Writes the PDF of `summary`, the figures of the attempts the scope covers, to `path`
/// atomically. Returns false with one sentence in *error (when not null) when there is no
/// QGuiApplication (fonts need one), the period is reversed or the file cannot be written;
/// the target is then untouched. Cost: a few hundred milliseconds for a class.
bool writePdfReport(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides,
                    const QString& path, QString* error);

} // namespace dt::reports
