#include <digit_tutor/reports/attempt_stream.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_file.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <algorithm>

namespace dt::reports {

using store::AttemptRecord;

AttemptStream attemptsOf(const std::vector<AttemptRecord>& attempts)
{
    return [&attempts](const AttemptVisitor& visit, QString*) {
        std::vector<const AttemptRecord*> ordered;
        ordered.reserve(attempts.size());
        for (const AttemptRecord& a : attempts)
            ordered.push_back(&a);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const AttemptRecord* a, const AttemptRecord* b) { return attemptBefore(*a, *b); });
        const qint64 total = qint64(ordered.size());
        for (qint64 i = 0; i < total; ++i)
            if (!visit(*ordered[std::size_t(i)], i, total))
                break;
        return true;
    };
}

AttemptStream attemptsFromStore(const store::ProgressStore& store, const store::AttemptFilter& filter)
{
    return [&store, filter](const AttemptVisitor& visit, QString* error) {
        const bool read = store.forEachAttempt(
            filter, [&visit](AttemptRecord&& a, qint64 index, qint64 total) { return visit(a, index, total); });
        return read || fail(error, store.lastError());
    };
}

bool readAttemptsInScope(const ReportScope& scope, const AttemptStream& attempts, const ReportProgress& progress,
                         const std::function<bool(const AttemptRecord& attempt, QString* why)>& use, QString* error)
{
    bool stopped = false;
    bool cancelled = false;
    QString why;
    const bool read = attempts(
        [&](const AttemptRecord& a, qint64 index, qint64 total) {
            if (scope.covers(a.when) && !use(a, &why)) {
                stopped = true;
                return false;
            }
            cancelled = progress && !progress(index + 1, total);
            return !cancelled;
        },
        error);
    if (!read)
        return false;
    if (stopped) {
        if (!why.isEmpty() && error)
            *error = why;
        return false;
    }
    if (cancelled)
        return fail(error, ReportText::tr("The report was cancelled."));
    return true;
}

} // namespace dt::reports
