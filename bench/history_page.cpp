// How long Saved Attempts waits on the progress store, on a school year of attempts: the
// database is filled with N attempts of 25 children (school_year_store.hpp) spread over a
// year and stored out of time order, then the reads the view makes are timed on the GUI
// thread's connection: the first page of every child's attempts (what the teacher sees on
// opening it), a page deep in the history (after scrolling through 50 pages), one child's
// first page, the count of the note under the list, and the attempt to replay with its
// strokes. Each is the best of 5 runs; the operating system's cache is warm. For comparison,
// every attempt read at once, as a view that loaded the whole store would.
//
// Usage: history_page [ATTEMPTS] (default 100000)

#include "school_year_store.hpp"

#include <digit_tutor/progress/attempt_history.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kChildren = 25;
constexpr int kRuns = 5;
constexpr int kPage = 100;

// The best time of kRuns runs of `read`, in ms; negative when a run fails.
double bestOf(const std::function<bool()>& read)
{
    double best = 1e300;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        if (!read())
            return -1.0;
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Spreads the attempts over a school year, a minute apart, in an order other than their ids'
// (attempts kept as files go in late), as the store's own time text.
bool spreadOverAYear(const QString& path, long attempts)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spread"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("UPDATE attempts SET made_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                                                "'2026-09-01', '+' || ((id * 7919) % %1) || ' minutes')")
                                     .arg(attempts)) &&
             q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spread"));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const long wanted = argc > 1 ? std::atol(argv[1]) : 100000;
    QTemporaryDir dir;
    dt::store::DatabaseLocation location;
    location.path = dir.path() + QStringLiteral("/progress.sqlite");
    QString error;
    if (!bench::fillSchoolYear(location, wanted, kChildren, QStringLiteral("1B"), &error) ||
        !spreadOverAYear(location.path, wanted)) {
        std::fprintf(stderr, "cannot fill the store: %s\n", qPrintable(error));
        return 1;
    }
    auto store = dt::store::ProgressStore::open(location, &error);
    const auto child = store ? store->studentNamed(QStringLiteral("Child 2")) : std::nullopt;
    if (!child) {
        std::fprintf(stderr, "%s\n", qPrintable(store ? store->lastError() : error));
        return 1;
    }

    dt::store::HistoryRequest everyone;
    everyone.limit = kPage;
    std::optional<dt::store::HistoryPage> page;
    const double first = bestOf([&] { return bool(page = store->history(everyone)); });
    dt::store::HistoryRequest deep = everyone;
    for (int i = 0; i < 50 && page && page->next; ++i) {
        deep.after = page->next;
        page = store->history(deep);
    }
    const double later = bestOf([&] { return bool(store->history(deep)); });
    dt::store::HistoryRequest theirs = everyone;
    theirs.studentId = child->id;
    const double one = bestOf([&] { return bool(page = store->history(theirs)); });
    const qint64 newest = page && !page->attempts.empty() ? page->attempts.front().id : 0;
    const double counting = bestOf([&] { return bool(store->attemptCounts()); });
    const double replay = bestOf([&] { return bool(store->attempt(newest)); });
    // What the pages spare: every attempt read at once, as a list of them all would (one run).
    QElapsedTimer t;
    t.start();
    const auto all = store->attempts();
    const double whole = double(t.nsecsElapsed()) / 1e6;
    if (first < 0 || later < 0 || one < 0 || counting < 0 || replay < 0 || !all) {
        std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
        return 1;
    }
    std::printf("%ld attempts of %d children; pages of %d, best of %d runs\n", wanted, kChildren, kPage, kRuns);
    std::printf("every child's first page: %.1f ms, page 51: %.1f ms; one child's first page: %.1f ms\n", first, later,
                one);
    std::printf("attemptCounts(): %.1f ms; the attempt to replay, with its strokes: %.2f ms\n", counting, replay);
    std::printf("for comparison, all %zu attempts read at once: %.0f ms\n", all->size(), whole);
    return 0;
}
