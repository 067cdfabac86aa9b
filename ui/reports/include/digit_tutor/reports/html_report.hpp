#pragma once
// A progress report as one self-contained HTML file: the pictures are inside it as
// data:image/png URLs and the style sheet is inline, so it can be mailed to a parent or
// opened years later without anything beside it, and it loads nothing from the network.
// Same content as the PDF (report_content.hpp).

#include <digit_tutor/reports/guide_thumbnail.hpp>
#include <digit_tutor/reports/report_scope.hpp>

#include <digit_tutor/progress/attempt_record.hpp>
#include <digit_tutor/progress/progress_summary.hpp>

#include <QByteArray>
#include <QString>

#include <vector>

namespace dt::reports {

/// The HTML file's bytes (UTF-8) of `summary`: the figures of the attempts the scope
/// covers. Precondition: a QGuiApplication exists (the pictures draw text); writeHtmlReport
/// checks it.
QByteArray htmlReport(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides);
/// The same for the attempts the scope covers of `attempts` (others are left out).
QByteArray htmlReport(const ReportScope& scope, const std::vector<store::AttemptRecord>& attempts,
                      const GuideImages& guides);

/// Writes htmlReport() to `path` atomically. Returns false with one sentence in *error
/// (when not null) when there is no QGuiApplication, the period is reversed or the file
/// cannot be written; the target is then untouched.
bool writeHtmlReport(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides,
                     const QString& path, QString* error);

} // namespace dt::reports
