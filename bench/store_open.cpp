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

#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <numbers>

namespace {

constexpr int kChildren = 25;
constexpr int kPointsPerDrawing = 150;

dt::Drawing aDrawing()
{
    dt::Drawing d;
    d.canvasWidth = 600;
    d.canvasHeight = 600;
    dt::Stroke loop;
    for (int i = 0; i < kPointsPerDrawing; ++i) {
        const double a = 2.0 * std::numbers::pi * i / kPointsPerDrawing;
        loop.push_back({std::round(300.0 + 120.0 * std::cos(a)), std::round(300.0 + 180.0 * std::sin(a)), 16.0 * i, -1.0});
    }
    d.strokes.push_back(loop);
    return d;
}

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const long wanted = argc > 1 ? std::atol(argv[1]) : 100000;
    QTemporaryDir dir;
    dt::store::DatabaseLocation location;
    location.path = dir.path() + QStringLiteral("/progress.sqlite");

    std::vector<qint64> children;
    {
        QString error;
        auto store = dt::store::ProgressStore::open(location, &error);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (int c = 0; c < kChildren; ++c)
            children.push_back(store->addStudent(QStringLiteral("Child %1").arg(c + 1), QStringLiteral("1B"))->id);
        dt::store::AttemptRecord r;
        r.studentId = children[0];
        r.when = QDateTime::currentDateTimeUtc();
        r.askedDigit = 3;
        r.recognisedDigit = 3;
        r.posterior = 0.97;
        r.stars = 3;
        r.model = QStringLiteral("default.dtm");
        r.strokes = aDrawing();
        if (!store->addAttempt(r)) {
            std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
            return 1;
        }
    }
    // The fill copies that one row, doubling in one transaction each, without the app's
    // flush to disk per attempt (which would take hours); then shares the rows out.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(location.path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        long rows = 1;
        while (rows < wanted) {
            const long add = std::min(rows, wanted - rows);
            if (!q.exec(QStringLiteral("INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior,"
                                       " log_likelihood, outlier, typicality, stars, formation, model, strokes)"
                                       " SELECT student_id, made_at, asked_digit, recognised_digit, posterior,"
                                       " log_likelihood, outlier, typicality, stars, formation, model, strokes"
                                       " FROM attempts LIMIT %1")
                            .arg(add))) {
                std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
                return 1;
            }
            rows += add;
        }
        q.exec(QStringLiteral("UPDATE attempts SET student_id = %1 + (id % %2)").arg(children.front()).arg(kChildren));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
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
    QString error;
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
    t.restart();
    dt::store::AttemptFilter filter;
    filter.studentId = children[1];
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
