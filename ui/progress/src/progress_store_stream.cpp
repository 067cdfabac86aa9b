// ProgressStore::forEachAttempt: the attempts of a report of any size without holding them
// all. One query that sorts whole attempts would make the database sort their strokes too
// (SQLite spills them to a temporary file, PostgreSQL's driver may fetch the whole result),
// so the order is taken from the ids alone, and the attempts are then read by id, a page
// at a time, through the primary key.

#include <digit_tutor/progress/progress_store.hpp>

#include "attempt_rows.hpp"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <unordered_map>

namespace dt::store {
namespace {


// The WHERE clause of a filter, its values appended to `values`. Days are UTC, as in attempts().
QString whereClause(const AttemptFilter& filter, QVariantList* values)
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    if (filter.studentId) {
        sql += QStringLiteral(" AND a.student_id = ?");
        *values << *filter.studentId;
    }
    if (filter.group) {
        sql += QStringLiteral(" AND s.class_group = ?");
        *values << filter.group->trimmed();
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.made_at >= ?");
        *values << storedTime(filter.from.startOfDay(Qt::UTC));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.made_at < ?");
        *values << storedTime(filter.to.addDays(1).startOfDay(Qt::UTC));
    }
    return sql;
}

} // namespace

bool ProgressStore::forEachAttempt(const AttemptFilter& filter, const AttemptVisitor& visit) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QVariantList values;
    QSqlQuery order(db);
    order.setForwardOnly(true);
    order.prepare(QStringLiteral("SELECT a.id FROM attempts a JOIN students s ON s.id = a.student_id") +
                  whereClause(filter, &values) + QStringLiteral(" ORDER BY a.made_at, a.id"));
    for (const QVariant& v : values)
        order.addBindValue(v);
    if (!order.exec())
        return fail(tr("Cannot read the attempts"), order.lastError().text());
    std::vector<qint64> ids;
    while (order.next())
        ids.push_back(order.value(0).toLongLong());
    if (order.lastError().isValid())
        return fail(tr("Cannot read the attempts"), order.lastError().text());
    order.finish();

    const qint64 total = qint64(ids.size());
    qint64 index = 0;
    for (std::size_t first = 0; first < ids.size(); first += kAttemptPage) {
        const std::size_t count = std::min<std::size_t>(kAttemptPage, ids.size() - first);
        // The page comes in the database's order; it is put back in the ids' order.
        std::unordered_map<qint64, AttemptRecord> byId;
        QSqlError error;
        if (!readAttemptsById(db, ids.data() + first, count, Strokes::Read, &byId, &error))
            return fail(tr("Cannot read the attempts"), error.text());
        for (std::size_t i = 0; i < count; ++i, ++index) {
            const auto found = byId.find(ids[first + i]);
            if (found == byId.end())
                continue; // removed since the ids were read
            if (!visit(std::move(found->second), index, total))
                return true;
        }
    }
    return true;
}

} // namespace dt::store
