// Each child's practice plan in the progress store (table practice_plans, schema version 3):
// one row per student, the plan's text as the engine wrote it, replaced at each save.

#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/engine/practice_plan.hpp>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dt::store {
namespace {


} // namespace

SavedPracticePlan ProgressStore::practicePlan(qint64 studentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // From the student, so that "no such student" and "no plan yet" are told apart in one query.
    q.prepare(QStringLiteral("SELECT p.state, p.updated_at FROM students s"
                             " LEFT JOIN practice_plans p ON p.student_id = s.id WHERE s.id = ?"));
    q.addBindValue(studentId);
    SavedPracticePlan plan;
    if (!q.exec()) {
        fail(tr("Cannot read a practice plan"), q.lastError().text());
        return plan;
    }
    if (!q.next()) {
        m_error = tr("There is no student number %1.").arg(studentId);
        return plan;
    }
    m_error.clear();
    if (q.value(0).isNull()) {
        plan.status = SavedPracticePlan::Status::NoneYet;
        return plan;
    }
    plan.status = SavedPracticePlan::Status::Saved;
    plan.state = q.value(0).toString();
    plan.updated = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    return plan;
}

bool ProgressStore::savePracticePlan(qint64 studentId, const QString& state)
{
    const qsizetype bytes = state.toUtf8().size();
    if (bytes > qsizetype(PracticePlan::kMaxStateBytes)) {
        m_error = tr("A practice plan of %1 bytes cannot be stored: the most is %2.")
                      .arg(bytes)
                      .arg(PracticePlan::kMaxStateBytes);
        return false;
    }
    if (!student(studentId))
        return false;
    // One transaction: the plan before stays until the new one is committed.
    return inTransaction(tr("Cannot save the practice plan of student number %1").arg(studentId), [&](QSqlQuery& q) {
        if (!q.prepare(QStringLiteral("INSERT INTO practice_plans (student_id, state, updated_at) VALUES (?, ?, ?)"
                                     " ON CONFLICT (student_id) DO UPDATE SET state = excluded.state,"
                                     " updated_at = excluded.updated_at")))
            return false;
        q.addBindValue(studentId);
        q.addBindValue(state.isNull() ? QStringLiteral("") : state);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return q.exec();
    });
}

} // namespace dt::store
