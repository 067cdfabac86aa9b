// ProgressStore::forEachAttempt: the attempts of a report of any size without holding them
// all. One query that sorts whole attempts would make the database sort their strokes too
// (SQLite spills them to a temporary file, PostgreSQL's driver may fetch the whole result),
// so the order is taken from the ids alone, and the attempts are then read by id, a page
// at a time, through the primary key.

#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/engine/error.hpp>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <unordered_map>

namespace dt::store {
namespace {


QString timeText(const QDateTime& when) { return when.toUTC().toString(Qt::ISODateWithMs); }

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
        *values << timeText(filter.from.startOfDay(Qt::UTC));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.made_at < ?");
        *values << timeText(filter.to.addDays(1).startOfDay(Qt::UTC));
    }
    return sql;
}

AttemptRecord attemptFrom(const QSqlQuery& q)
{
    AttemptRecord r;
    r.id = q.value(0).toLongLong();
    r.studentId = q.value(1).toLongLong();
    r.student = q.value(2).toString();
    r.group = q.value(3).toString();
    r.when = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toUTC();
    r.askedDigit = q.value(5).toInt();
    r.recognisedDigit = q.value(6).toInt();
    r.posterior = q.value(7).toDouble();
    r.logLikelihood = q.value(8).toDouble();
    r.outlier = q.value(9).toInt() != 0;
    r.typicality = q.value(10).toDouble();
    r.stars = q.value(11).toInt();
    r.formation = q.value(12).toString();
    r.model = q.value(13).toString();
    r.reversed = q.value(15).toInt() != 0;
    r.key = q.value(16).toString();
    r.studentArchived = !q.value(17).isNull();
    try {
        r.strokes = dt::parseDrawing(q.value(14).toString().toStdString(), "attempt " + std::to_string(r.id));
    } catch (const dt::Error&) {
        r.strokes = {}; // strokes damaged outside the app: the figures of the attempt still count
    }
    return r;
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
        QStringList marks;
        for (std::size_t i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        QSqlQuery page(db);
        page.setForwardOnly(true);
        page.prepare(QStringLiteral(
                         "SELECT a.id, a.student_id, s.name, s.class_group, a.made_at, a.asked_digit,"
                         " a.recognised_digit, a.posterior, a.log_likelihood, a.outlier, a.typicality, a.stars,"
                         " a.formation, a.model, a.strokes, a.reversed, a.attempt_key, s.archived_at"
                         " FROM attempts a JOIN students s ON s.id = a.student_id WHERE a.id IN (%1)")
                         .arg(marks.join(QLatin1Char(','))));
        for (std::size_t i = 0; i < count; ++i)
            page.addBindValue(ids[first + i]);
        if (!page.exec())
            return fail(tr("Cannot read the attempts"), page.lastError().text());
        // The page comes in the database's order; it is put back in the ids' order.
        std::unordered_map<qint64, AttemptRecord> byId;
        while (page.next()) {
            AttemptRecord r = attemptFrom(page);
            byId.emplace(r.id, std::move(r));
        }
        if (page.lastError().isValid())
            return fail(tr("Cannot read the attempts"), page.lastError().text());
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
