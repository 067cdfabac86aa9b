// ProgressStore::history and ProgressStore::attempt: the saved-attempts view's reads. The
// order comes from the index on (student, time) alone, which holds the id too: the database
// walks it backwards for one child and reads no attempt to choose a page; for every child
// it reads that index, far smaller than the attempts with their strokes. The page's
// attempts are then read by id, without their strokes.

#include <digit_tutor/progress/progress_store.hpp>

#include "attempt_rows.hpp"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>

namespace dt::store {

std::optional<HistoryPage> ProgressStore::history(const HistoryRequest& request) const
{
    if (request.limit < 1 || request.limit > kMaxHistoryPage) {
        m_error = tr("A page of %1 attempts cannot be read: a page holds 1 to %2.").arg(request.limit).arg(kMaxHistoryPage);
        return std::nullopt;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString where;
    QVariantList values;
    auto narrow = [&where](const QString& condition) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += condition;
    };
    if (request.studentId) {
        narrow(QStringLiteral("a.student_id = ?"));
        values << *request.studentId;
    }
    if (request.after) {
        // Row values: "older than the last one listed" in the order below, in one comparison
        // an index can start from.
        narrow(QStringLiteral("(a.made_at, a.id) < (?, ?)"));
        values << request.after->madeAt << request.after->id;
    }
    QSqlQuery order(db);
    order.setForwardOnly(true);
    order.prepare(QStringLiteral("SELECT a.id, a.made_at FROM attempts a%1 ORDER BY a.made_at DESC, a.id DESC LIMIT ?")
                      .arg(where));
    for (const QVariant& v : values)
        order.addBindValue(v);
    order.addBindValue(request.limit);
    if (!order.exec()) {
        fail(tr("Cannot read the saved attempts"), order.lastError().text());
        return std::nullopt;
    }
    std::vector<qint64> ids;
    HistoryCursor last;
    while (order.next()) {
        ids.push_back(order.value(0).toLongLong());
        last = {order.value(1).toString(), ids.back()};
    }
    if (order.lastError().isValid()) {
        fail(tr("Cannot read the saved attempts"), order.lastError().text());
        return std::nullopt;
    }
    order.finish();

    std::unordered_map<qint64, AttemptRecord> byId;
    QSqlError error;
    if (!readAttemptsById(db, ids.data(), ids.size(), Strokes::Left, &byId, &error)) {
        fail(tr("Cannot read the saved attempts"), error.text());
        return std::nullopt;
    }
    HistoryPage page;
    page.attempts.reserve(ids.size());
    for (const qint64 id : ids)
        if (const auto found = byId.find(id); found != byId.end()) // else removed between the two reads
            page.attempts.push_back(std::move(found->second));
    // A full page may have older ones after it; the next read says when there are none.
    if (int(ids.size()) == request.limit)
        page.next = last;
    m_error.clear();
    return page;
}

std::optional<AttemptRecord> ProgressStore::attempt(qint64 id) const
{
    std::unordered_map<qint64, AttemptRecord> byId;
    QSqlError error;
    if (!readAttemptsById(QSqlDatabase::database(m_connection), &id, 1, Strokes::Read, &byId, &error)) {
        fail(tr("Cannot read an attempt"), error.text());
        return std::nullopt;
    }
    const auto found = byId.find(id);
    if (found == byId.end()) {
        m_error = tr("There is no attempt number %1 in the progress database %2; it may have been removed with its "
                     "student.")
                      .arg(id)
                      .arg(m_location.displayName());
        return std::nullopt;
    }
    m_error.clear();
    return std::move(found->second);
}

} // namespace dt::store
