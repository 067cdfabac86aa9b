// How long the app waits on its progress store as a school year of attempts piles up: the
// database is filled with N attempts of 25 children (each with a drawing of 150 timed
// points, as the canvas records a mouse's: whole pixels and milliseconds; a pen's
// fractional positions and pressures take about three times the room), then opened as
// the app opens it, and the reads the app makes at start and in the teacher's progress
// view are timed. Prints the file size,
// the time to open (of which PRAGMA quick_check), students(), attemptCounts() and one
// child's attempts. The operating system's cache is warm: a cold disk adds its read time.
//
// Usage: store_open [ATTEMPTS] (default 100000)

#include "school_year_store.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int kChildren = 25;

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const long wanted = argc > 1 ? std::atol(argv[1]) : 100000;
    QTemporaryDir dir;
    dt::store::DatabaseLocation location;
    location.path = dir.path() + QStringLiteral("/progress.sqlite");

    QString error;
    if (!bench::fillSchoolYear(location, wanted, kChildren, QStringLiteral("1B"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double megabytes = double(QFileInfo(location.path).size()) / (1024.0 * 1024.0);

    double quickCheck = 0.0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(location.path);
        db.open();
        QSqlQuery q(db);
        QElapsedTimer t;
        t.start();
        q.exec(QStringLiteral("PRAGMA quick_check"));
        q.next();
        quickCheck = msSince(t);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    QElapsedTimer t;
    t.start();
    auto store = dt::store::ProgressStore::open(location, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double opening = msSince(t);
    t.restart();
    const auto students = store->students();
    const double listing = msSince(t);
    t.restart();
    const auto counts = store->attemptCounts();
    const double counting = msSince(t);
    const auto second = store->studentNamed(QStringLiteral("Child 2"));
    if (!second) {
        std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
        return 1;
    }
    t.restart();
    dt::store::AttemptFilter filter;
    filter.studentId = second->id;
    const auto theirs = store->attempts(filter);
    const double reading = msSince(t);
    if (!students || !counts || !theirs) {
        std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
        return 1;
    }
    std::printf("%ld attempts of %d children, %.1f MB (%.1f KB an attempt)\n", wanted, kChildren, megabytes,
                1024.0 * megabytes / double(wanted));
    std::printf("open: %.1f ms (PRAGMA quick_check alone: %.1f ms)\n", opening, quickCheck);
    std::printf("students(): %.1f ms, attemptCounts(): %.1f ms, one child's %zu attempts: %.1f ms\n", listing, counting,
                theirs->size(), reading);
    return 0;
}
