#pragma once
// The content of a progress report as HTML, written once for both the HTML file and the
// PDF (which lays this HTML out with QTextDocument), so that the two always say the same.
// Only the way pictures are referred to differs, which the caller decides.
//
// Sections: a header (who, the period, when it was made), the overview, the digits to
// practise next and why, a table per digit (attempts, success rate, average stars, trend,
// reversals, formation hints), progress over time (a chart and the same figures as a table), per
// digit the guide beside the best and the latest attempt, and for a class a line per
// student. Every stored text (names, the title) is escaped; numbers are formatted the same
// way in every language (percentages rounded to whole ones, dates ISO 8601) so a printed
// report can be compared with the CSV.
//
// The markup keeps to what both a browser and QTextDocument's HTML subset render alike:
// tables with border, cellpadding and width attributes, images with width and height,
// and a small style sheet that only adds to them.

#include <digit_tutor/reports/guide_thumbnail.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_scope.hpp>

#include <QImage>
#include <QString>

#include <functional>

namespace dt::reports {

/// Given a picture's file-like name ("chart.png", "digit-3-best.png") and the image,
/// returns what the <img src> attribute should say: a data: URL for a self-contained HTML
/// file, the name itself for a QTextDocument that holds the image as a resource.
using ImageSource = std::function<QString(const QString& name, const QImage& image)>;

/// The report's title as plain text (escape it for HTML): "Progress report: NAME", or
/// "Class progress report: NAME", or without the name when the scope has none.
QString reportTitle(const ReportScope& scope);

/// Whether a report of `scope` can be drawn now. False, with one sentence in *error (when
/// not null), when there is no QGuiApplication (text in pictures and PDFs needs its fonts;
/// a command-line tool can start one with the "offscreen" platform) or the scope's period
/// is reversed.
bool canDrawReport(const ReportScope& scope, QString* error);

/// Width, in CSS pixels, that the content is laid out for: an A4 page inside its margins.
inline constexpr int kContentWidth = 660;

/// The report as a complete HTML document (<!DOCTYPE html>, lang, <meta charset="utf-8">,
/// one inline style sheet, no external reference). `summary` must be of the attempts the
/// scope covers (summarise(attemptsInScope(scope, attempts), scope.timeZone)). A guide
/// of the wrong size is shown as "no guide". An invalid scope.generatedAt shows the
/// current time. Precondition: a QGuiApplication exists (the chart draws text).
QString reportHtml(const ReportScope& scope, const ProgressSummary& summary, const GuideImages& guides,
                   const ImageSource& images);

} // namespace dt::reports
