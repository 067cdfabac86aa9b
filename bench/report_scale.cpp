// A class report of a school year of attempts: the progress store is filled with N
// attempts (default 100 000) of 25 children of one class over about six months, each with a
// drawing of 150 timed points as bench/store_open makes them, then the class's report is
// written as CSV and as PDF in two ways, each in a process of its own so that its peak
// memory (getrusage's ru_maxrss) is its own:
//   held:     every attempt read into memory first (ProgressStore::attempts), then written,
//             as the teacher's export did before;
//   streamed: read a page at a time (ProgressStore::forEachAttempt) and written as they
//             come (dt::reports::writeReport with a stream), as the export does now.
// Prints per format and way the time and the peak resident memory, and the file's size.
// The database lives in a temporary folder (TMPDIR; /dev/shm keeps the disk out of it).
//
// Usage: report_scale [ATTEMPTS]

#include <digit_tutor/reports/attempt_stream.hpp>
#include <digit_tutor/reports/report_writer.hpp>

#include "school_year_store.hpp"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {

constexpr int kChildren = 25;
const QString kClass = QStringLiteral("1B");

bool failed(const QString& why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return false;
}

// The store of bench/school_year_store.hpp, spread over the days and with the asked digits
// varied, so that every table of the report has rows.
bool fill(const dt::store::DatabaseLocation& location, long wanted)
{
    QString error;
    if (!bench::fillSchoolYear(location, wanted, kChildren, kClass, &error))
        return failed(error);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(location.path);
    if (!db.open())
        return failed(db.lastError().text());
    QSqlQuery q(db);
    const QString spread = QStringLiteral(
        "UPDATE attempts SET made_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2026-03-02T08:00:00', '+' || (id * 157) || ' seconds'),"
        " asked_digit = id % 10, recognised_digit = CASE WHEN id % 7 = 0 THEN (id + 1) % 10 ELSE id % 10 END,"
        " stars = id % 4");
    if (!q.exec(spread))
        return failed(q.lastError().text());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.finish();
    db.close();
    return true;
}

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The child: one report, one way; prints "milliseconds kilobytes bytes".
int measure(const QString& database, const QString& formatName, const QString& way, const QString& out)
{
    dt::store::DatabaseLocation location;
    location.path = database;
    QString error;
    auto store = dt::store::ProgressStore::open(location, &error);
    if (!store)
        return failed(error), 1;
    dt::reports::ReportScope scope;
    scope.title = kClass;
    scope.isClass = true;
    dt::store::AttemptFilter filter;
    filter.group = kClass;
    const auto format = dt::reports::reportFormatFromName(formatName);
    QElapsedTimer t;
    t.start();
    bool written = false;
    if (way == QLatin1String("held")) {
        const auto attempts = store->attempts(filter);
        if (!attempts)
            return failed(store->lastError()), 1;
        written = dt::reports::writeReport(*format, scope, *attempts, {}, out, &error);
    } else {
        written =
            dt::reports::writeReport(*format, scope, dt::reports::attemptsFromStore(*store, filter), {}, out, &error);
    }
    if (!written)
        return failed(error), 1;
    std::printf("%lld %ld %lld\n", t.elapsed(), peakKilobytes(), QFileInfo(out).size());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 6 && std::string(argv[1]) == "--measure") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return measure(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]),
                       QString::fromLocal8Bit(argv[5]));
    }
    QCoreApplication app(argc, argv);
    const long wanted = argc > 1 ? std::atol(argv[1]) : 100000;
    QTemporaryDir dir;
    dt::store::DatabaseLocation location;
    location.path = dir.path() + QStringLiteral("/progress.sqlite");
    QElapsedTimer t;
    t.start();
    if (!fill(location, wanted))
        return 1;
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    std::printf("%ld attempts of %d children, %.0f MB database, filled in %.1f s\n", wanted, kChildren,
                double(QFileInfo(location.path).size()) / (1024.0 * 1024.0), double(t.elapsed()) / 1000.0);
    std::printf("%-4s %-9s %9s %12s %10s\n", "", "way", "time (s)", "peak (MB)", "file (MB)");
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("pdf")})
        for (const QString& way : {QStringLiteral("held"), QStringLiteral("streamed")}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--measure"), location.path, format, way,
                         dir.path() + QStringLiteral("/report.") + format});
            if (!child.waitForFinished(-1) || child.exitCode() != 0) {
                std::fprintf(stderr, "%s %s: failed\n", qPrintable(format), qPrintable(way));
                continue;
            }
            const QStringList figures = QString::fromLatin1(child.readAllStandardOutput()).split(u' ');
            if (figures.size() != 3)
                continue;
            std::printf("%-4s %-9s %9.2f %12.0f %10.1f\n", qPrintable(format), qPrintable(way),
                        figures[0].toDouble() / 1000.0, figures[1].toDouble() / 1024.0,
                        figures[2].toDouble() / (1024.0 * 1024.0));
        }
    return 0;
}
