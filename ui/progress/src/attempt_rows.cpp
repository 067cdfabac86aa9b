#include "attempt_rows.hpp"

#include <digit_tutor/engine/error.hpp>

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace dt::store {
namespace {

// The strokes last, so that a read without them is the same columns but one.
const QString kColumns = QStringLiteral(
    "a.id, a.student_id, s.name, s.class_group, a.made_at, a.asked_digit, a.recognised_digit, a.posterior,"
    " a.log_likelihood, a.outlier, a.typicality, a.stars, a.formation, a.model, a.reversed, a.attempt_key,"
    " s.archived_at");
constexpr int kStrokesColumn = 17;

AttemptRecord attemptFrom(const QSqlQuery& q, Strokes strokes)
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
    r.reversed = q.value(14).toInt() != 0;
    r.key = q.value(15).toString();
    r.studentArchived = !q.value(16).isNull();
    if (strokes == Strokes::Left)
        return r;
    try {
        r.strokes = dt::parseDrawing(q.value(kStrokesColumn).toString().toStdString(), "attempt " + std::to_string(r.id));
    } catch (const dt::Error&) {
        r.strokes = {}; // strokes damaged outside the app: the figures of the attempt still count
    }
    return r;
}

} // namespace

QString storedTime(const QDateTime& when) { return when.toUTC().toString(Qt::ISODateWithMs); }

bool readAttemptsById(const QSqlDatabase& db, const qint64* ids, std::size_t count, Strokes strokes,
                      std::unordered_map<qint64, AttemptRecord>* out, QSqlError* error)
{
    if (count == 0)
        return true; // "IN ()" is no SQL
    QStringList marks;
    for (std::size_t i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    QSqlQuery page(db);
    page.setForwardOnly(true);
    page.prepare(QStringLiteral("SELECT %1%2 FROM attempts a JOIN students s ON s.id = a.student_id WHERE a.id IN (%3)")
                     .arg(kColumns, strokes == Strokes::Read ? QStringLiteral(", a.strokes") : QString(),
                          marks.join(QLatin1Char(','))));
    for (std::size_t i = 0; i < count; ++i)
        page.addBindValue(ids[i]);
    if (!page.exec()) {
        *error = page.lastError();
        return false;
    }
    while (page.next()) {
        AttemptRecord r = attemptFrom(page, strokes);
        out->emplace(r.id, std::move(r));
    }
    if (page.lastError().isValid()) {
        *error = page.lastError();
        return false;
    }
    return true;
}

} // namespace dt::store
