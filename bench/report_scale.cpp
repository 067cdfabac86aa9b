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

#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <numbers>

namespace {

constexpr int kChildren = 25;
constexpr int kPointsPerDrawing = 150;
const QString kClass = QStringLiteral("1B");

dt::Drawing aDrawing()
{
    dt::Drawing d;
    d.canvasWidth = 600;
    d.canvasHeight = 600;
    dt::Stroke loop;
    for (int i = 0; i < kPointsPerDrawing; ++i) {
        const double a = 2.0 * std::numbers::pi * i / kPointsPerDrawing;
        loop.push_back(
            {std::round(300.0 + 120.0 * std::cos(a)), std::round(300.0 + 180.0 * std::sin(a)), 16.0 * i, -1.0});
    }
    d.strokes.push_back(loop);
    return d;
}

bool failed(const QString& why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return false;
}

// One attempt stored as the app stores it, then copied by doubling in SQL without a flush to
// disk per attempt (which would take hours), shared out among the children and spread over
// the days, and the asked digits varied so that every table of the report has rows.
bool fill(const dt::store::DatabaseLocation& location, long wanted)
{
    {
        QString error;
        auto store = dt::store::ProgressStore::open(location, &error);
        if (!store)
            return failed(error);
        qint64 first = 0;
        for (int c = 0; c < kChildren; ++c) {
            const auto child = store->addStudent(QStringLiteral("Child %1").arg(c + 1), kClass);
            if (!child)
                return failed(store->lastError());
            if (c == 0)
                first = child->id;
        }
        dt::store::AttemptRecord r;
        r.studentId = first;
        r.when = QDateTime::currentDateTimeUtc();
        r.askedDigit = 3;
        r.recognisedDigit = 3;
        r.posterior = 0.97;
        r.stars = 3;
        r.formation = QStringLiteral("none");
        r.model = QStringLiteral("default.dtm");
        r.strokes = aDrawing();
        if (!store->addAttempt(r))
            return failed(store->lastError());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(location.path);
    if (!db.open())
        return failed(db.lastError().text());
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    long rows = 1;
    while (rows < wanted) {
        const long add = std::min(rows, wanted - rows);
        if (!q.exec(QStringLiteral("INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior,"
                                   " log_likelihood, outlier, typicality, stars, formation, reversed, model, strokes)"
                                   " SELECT student_id, made_at, asked_digit, recognised_digit, posterior,"
                                   " log_likelihood, outlier, typicality, stars, formation, reversed, model, strokes"
                                   " FROM attempts LIMIT %1")
                        .arg(add)))
            return failed(q.lastError().text());
        rows += add;
    }
    const QString spread = QStringLiteral(
        "UPDATE attempts SET student_id = (SELECT MIN(id) FROM students WHERE class_group = '%1') + (id % %2),"
        " made_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2026-03-02T08:00:00', '+' || (id * 157) || ' seconds'),"
        " asked_digit = id % 10, recognised_digit = CASE WHEN id % 7 = 0 THEN (id + 1) % 10 ELSE id % 10 END,"
        " stars = id % 4");
    if (!q.exec(spread.arg(kClass).arg(kChildren)))
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
