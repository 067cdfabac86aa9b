#pragma once
// Progress over time as a picture for a report: the success rate of each day or week as a
// line (left axis, 0-100%), the number of attempts as pale bars behind it (right axis),
// and the 80% mark above which a digit is learnt well enough to move on (kPractiseBelow).
// Drawn with QPainter into an image, so the same picture goes into the PDF and the HTML;
// the report also lists the same figures as a table, for a screen reader and for copying.

#include <digit_tutor/progress/progress_summary.hpp>

#include <QImage>
#include <QSize>

#include <vector>

namespace dt::reports {

/// The chart of `points` (in time order, as ProgressSummary::progress) at `size` pixels
/// (Format_RGB32, white background). Periods are placed by date, so a gap of a week
/// looks like one. No points gives the empty axes with "No attempts in this period".
/// `size` below 200x100 is taken as 200x100. Text is drawn at a size relative to the
/// height, so draw it at twice the size it is shown at for a sharp print.
/// Precondition: a QGuiApplication exists (text needs its fonts).
QImage progressChart(const std::vector<ProgressPoint>& points, ProgressStep step, QSize size);

} // namespace dt::reports
