#pragma once
// The attempts of a report as they come, one at a time: from a vector (the CLI, tests) or
// from the progress store a page at a time (the app's export), so that a report of a class's
// 100 000 attempts never holds them all, and so that a report made on a worker thread can
// say how far it is and be cancelled.
//
// Example use (on the thread that opened the store):
//   const auto stream = dt::reports::attemptsFromStore(*store, {.group = QStringLiteral("1B")});
//   dt::reports::writeReport(ReportFormat::Csv, scope, stream, guides, path, &error,
//                            [&](qint64 done, qint64 total) { return !cancelled; });

#include <digit_tutor/reports/report_scope.hpp>

#include <digit_tutor/progress/attempt_record.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QString>

#include <functional>
#include <vector>

namespace dt::reports {

/// Given each attempt, number `index` (from 0) of `total`; returns false to stop there.
using AttemptVisitor = std::function<bool(const store::AttemptRecord& attempt, qint64 index, qint64 total)>;

/// Gives each attempt to `visit` in the order reports list them (attemptBefore). Returns
/// true when every attempt was given or visit stopped; false, with one sentence in *error
/// (when not null), when the attempts cannot be read.
using AttemptStream = std::function<bool(const AttemptVisitor& visit, QString* error)>;

/// Told how far a report is: `done` of `total` attempts read. Returning false cancels it.
using ReportProgress = std::function<bool(qint64 done, qint64 total)>;

/// The attempts of a vector, sorted into attemptBefore order (by pointer: the vector is not
/// copied, and must outlive the stream).
AttemptStream attemptsOf(const std::vector<store::AttemptRecord>& attempts);

/// The attempts of store.forEachAttempt(filter), which come in time order, then by id (the
/// store keeps every time valid). The store must outlive the stream, and the stream be read
/// on the store's thread (one connection is one thread's).
AttemptStream attemptsFromStore(const store::ProgressStore& store, const store::AttemptFilter& filter);

/// Reads `attempts`, giving `use` those scope.covers(), in their order, and telling
/// `progress` (when set) after each attempt read. Returns true when all were read. Returns
/// false when reading fails (the stream's sentence in *error), when `use` returns false
/// (its sentence, if it set one), or when progress cancels ("The report was cancelled.").
bool readAttemptsInScope(const ReportScope& scope, const AttemptStream& attempts, const ReportProgress& progress,
                         const std::function<bool(const store::AttemptRecord& attempt, QString* why)>& use,
                         QString* error);

} // namespace dt::reports
