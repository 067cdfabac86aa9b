#pragma once
// The saved-attempts history: the attempts of the progress store, newest first, a page at a
// time (ProgressStore::history), so that a list of a whole school's attempts opens as fast as
// one child's. A page holds the attempts without their strokes (most of an attempt's size);
// the one to replay is read alone (ProgressStore::attempt).
//
// Pages are cut by the last attempt listed (its time, then its id), not by an offset: an
// attempt stored while the teacher scrolls lands on top and shifts nothing below, and the
// database finds each page through an index instead of counting past the ones before.
//
// Example use:
//     dt::store::HistoryRequest request{.studentId = zoe.id};
//     while (const auto page = store->history(request)) {
//         for (const AttemptRecord& a : page->attempts) ...   // newest first, no strokes
//         if (!page->next) break;
//         request.after = page->next;
//     }
//     const auto replayed = store->attempt(id);             // with its strokes

#include <digit_tutor/progress/attempt_record.hpp>

#include <QString>

#include <optional>
#include <vector>

namespace dt::store {

/// Where a page of the history starts: after this attempt. Pass back what a page gave.
struct HistoryCursor {
    QString madeAt; ///< the attempt's time as the store keeps it
    qint64 id = 0;
};

/// Which page of the history to read.
struct HistoryRequest {
    std::optional<qint64> studentId;   ///< one child's attempts; every child's when empty
    std::optional<HistoryCursor> after; ///< the first page (the newest attempts) when empty
    int limit = 100;                    ///< attempts on the page, 1 to kMaxHistoryPage
};

/// The most attempts one page holds.
inline constexpr int kMaxHistoryPage = 1000;

/// A page of the history.
struct HistoryPage {
    /// Newest first (then the larger id first), with the student's name and group; the
    /// strokes are left empty.
    std::vector<AttemptRecord> attempts;
    /// Where the next page starts; empty when this page holds the oldest attempt.
    std::optional<HistoryCursor> next;
};

} // namespace dt::store
