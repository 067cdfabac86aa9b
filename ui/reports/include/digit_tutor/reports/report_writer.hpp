#pragma once
// The one entry point for writing a progress report, for digit-tutor-cli's `report`
// command and the app's teacher area: pick a format, give the scope (who, which period),
// the attempts and the model's guides, get a file or one sentence saying why not.
//
// Formats: Pdf for printing (pdf_report.hpp), Html for a browser or a mail
// (html_report.hpp), Csv for a spreadsheet (csv_report.hpp: the attempts themselves, one
// row each; it needs no fonts and ignores the guides). Every format leaves out the
// attempts outside the scope's period.
//
// Example use (CLI: digit-tutor-cli report --student NAME --format pdf --out FILE):
//   const auto format = dt::reports::reportFormatFromName(formatArgument);
//   if (!format) return usageError("--format is pdf, csv or html");
//   QString error;
//   if (!dt::reports::writeReport(*format, scope, attempts, guides, outPath, &error))
//       return fail(error);                                 // one sentence, nothing written

#include <digit_tutor/reports/attempt_stream.hpp>
#include <digit_tutor/reports/guide_thumbnail.hpp>
#include <digit_tutor/reports/report_scope.hpp>

#include <digit_tutor/progress/attempt_record.hpp>

#include <QString>

#include <optional>
#include <vector>

namespace dt::reports {

enum class ReportFormat { Pdf, Csv, Html };

/// "pdf", "csv", "html" (also "htm"), in any case, without a leading dot; nullopt for
/// anything else (an empty name included).
std::optional<ReportFormat> reportFormatFromName(const QString& name);

/// The format a file name's suffix asks for ("report.PDF" -> Pdf), for a save dialog;
/// nullopt when the suffix is none of them.
std::optional<ReportFormat> reportFormatFromPath(const QString& path);

/// The usual suffix of a format, without the dot: "pdf", "csv", "html".
QString reportFormatSuffix(ReportFormat format);

/// Writes the report of `attempts` (any order; those outside the scope's period are left
/// out) in `format` to `path`, replacing it only when the whole file was written. Returns
/// true on success. Returns false, with one sentence in *error (when not null) and `path`
/// untouched, when: the path is empty or cannot be written (missing folder, no permission,
/// a folder of that name, a full disk), the scope's period is reversed, or (PDF and HTML)
/// there is no QGuiApplication. Never throws.
/// `guides`: the model's guide per digit (guide_thumbnail.hpp); a digit's empty vector
/// shows "no guide".
bool writeReport(ReportFormat format, const ReportScope& scope, const std::vector<store::AttemptRecord>& attempts,
                 const GuideImages& guides, const QString& path, QString* error);

/// The same for attempts read one at a time (attempt_stream.hpp), e.g. from the store a
/// page at a time: the CSV is written a row at a time, the PDF and HTML keep only the
/// figures (SummaryBuilder), so memory does not grow with the attempts. `progress` (when
/// set) is told after each attempt read; when it returns false the report stops, `path`
/// is untouched and no temporary file is left, and *error says "The report was
/// cancelled.". A stream that cannot be read gives its sentence. Runs on any thread that
/// may read the stream (PDF and HTML draw on QImage and QPdfWriter, which Qt allows off
/// the GUI thread).
bool writeReport(ReportFormat format, const ReportScope& scope, const AttemptStream& attempts,
                 const GuideImages& guides, const QString& path, QString* error,
                 const ReportProgress& progress = {});

} // namespace dt::reports
