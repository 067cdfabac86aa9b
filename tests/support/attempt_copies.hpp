#pragma once
// Many attempts quickly, for tests of big reports: the attempts already stored copied by SQL
// past the store, in one statement per doubling, without the store's flush to disk per
// attempt (thousands of those take minutes).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

namespace dt::test {

/// Doubles the attempts table `doublings` times through `db` (SQLite or PostgreSQL), ids new,
/// everything else as it was. false, with the database's reason printed, when a copy fails.
inline bool doubleAttempts(const QSqlDatabase& db, int doublings)
{
    QSqlQuery q(db);
    for (int i = 0; i < doublings; ++i)
        if (!q.exec(QStringLiteral(
                "INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior, log_likelihood,"
                " outlier, typicality, stars, formation, reversed, model, strokes) SELECT student_id, made_at,"
                " asked_digit, recognised_digit, posterior, log_likelihood, outlier, typicality, stars, formation,"
                " reversed, model, strokes FROM attempts"))) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
    return true;
}

} // namespace dt::test
