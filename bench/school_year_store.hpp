#pragma once
// A progress store holding a school year of attempts, for the benchmarks of the store and of
// the reports: N children of one class, and N attempts each with a drawing of 150 timed
// points, as the canvas records a mouse's (whole pixels and milliseconds; a pen's fractional
// positions and pressures take about three times the room). One attempt is stored as the app
// stores it; the rest are copies made in SQL, doubling in one statement each, without the
// app's flush to disk per attempt (which would take hours), shared out among the children.
//
// Example use:
//     QString error;
//     if (!bench::fillSchoolYear(location, 100000, 25, QStringLiteral("1B"), &error)) ...

#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bench {

inline constexpr int kPointsPerDrawing = 150;

/// An oval of kPointsPerDrawing points, 16 ms apart, on a 600 x 600 canvas.
inline dt::Drawing aDrawing()
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

/// Fills the SQLite store at `location` (new) with `children` children of `group` and
/// `attempts` attempts (a 3 read as a 3, three stars, all made now) shared out among them by
/// id. false, with the reason in *error, when the store or SQL refuses.
inline bool fillSchoolYear(const dt::store::DatabaseLocation& location, long attempts, int children, const QString& group,
                           QString* error)
{
    {
        auto store = dt::store::ProgressStore::open(location, error);
        if (!store)
            return false;
        qint64 first = 0;
        for (int c = 0; c < children; ++c) {
            const auto child = store->addStudent(QStringLiteral("Child %1").arg(c + 1), group);
            if (!child) {
                *error = store->lastError();
                return false;
            }
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
        if (!store->addAttempt(r)) {
            *error = store->lastError();
            return false;
        }
    }
    const QString connection = QStringLiteral("school-year-fill");
    bool filled = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location.path);
        QSqlQuery q(db);
        filled = db.open() && q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        for (long rows = 1; filled && rows < attempts;) {
            const long add = std::min(rows, attempts - rows);
            filled = q.exec(QStringLiteral("INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit,"
                                           " posterior, log_likelihood, outlier, typicality, stars, formation, reversed,"
                                           " model, strokes) SELECT student_id, made_at, asked_digit, recognised_digit,"
                                           " posterior, log_likelihood, outlier, typicality, stars, formation, reversed,"
                                           " model, strokes FROM attempts LIMIT %1")
                                .arg(add));
            rows += add;
        }
        filled = filled && q.exec(QStringLiteral("UPDATE attempts SET student_id = (SELECT MIN(id) FROM students WHERE"
                                                 " class_group = '%1') + (id % %2)")
                                      .arg(group)
                                      .arg(children));
        filled = filled && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!filled)
            *error = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return filled;
}

} // namespace bench
