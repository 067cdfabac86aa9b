#pragma once
// What a progress report covers: one student or one class, an optional period, and when it
// was made. The caller picks the attempts (the store's query for the student or class);
// the report leaves out any attempt outside the period, so that the period its header
// states is the one its figures count.
//
// Days are counted in `timeZone`: the period's bounds, the days and weeks of the progress
// chart and the dates shown. UTC by default, so that the same attempts give the same report
// wherever it is made; the app's teacher area passes the school's zone
// (QTimeZone::systemTimeZone()) so that an attempt at 00:30 falls on the day the child saw.
//
// Example use:
//   dt::reports::ReportScope scope;
//   scope.title = student.name;
//   scope.from = QDate(2025, 1, 6);           // to stays open: up to the latest attempt
//   dt::reports::writeReport(ReportFormat::Pdf, scope, attempts, guides, path, &error);

#include <digit_tutor/progress/attempt_record.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace dt::reports {

struct ReportScope {
    QString title; ///< the student's or the class's name, shown as given (any Unicode)
    bool isClass = false; ///< a class report adds a table per student and names who drew each picture
    QDate from; ///< first day covered; invalid = from the first attempt
    QDate to; ///< last day covered, inclusive; invalid = up to the latest attempt
    QDateTime generatedAt; ///< shown in the header; invalid = the time of writing
    QTimeZone timeZone = QTimeZone::utc();

    /// Both bounds valid and `from` after `to`: a period no attempt can be in, which the
    /// writers refuse rather than print an empty report that looks like "no practice".
    bool isReversed() const { return from.isValid() && to.isValid() && from > to; }

    /// Whether an attempt made at `when` is inside the period. With no bound every attempt
    /// is, even one without a valid time; with a bound, one without a valid time is not
    /// (it cannot be shown to be inside).
    bool covers(const QDateTime& when) const;

    /// The day `when` falls on in timeZone; invalid for an invalid time.
    QDate dayOf(const QDateTime& when) const;
};

/// True unless the period is reversed; then false with one sentence in *error (when not null).
bool checkPeriod(const ReportScope& scope, QString* error);

/// The attempts of `attempts` that scope.covers(), in their order.
std::vector<store::AttemptRecord> attemptsInScope(const ReportScope& scope,
                                                  const std::vector<store::AttemptRecord>& attempts);

} // namespace dt::reports
