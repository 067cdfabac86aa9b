// Archiving, restoring and deleting students for good (schema version 6). Removing a child
// from the lists must never cost their work by one key: it archives them (students.archived_at),
// and only an archived student can be deleted, with their attempts, for good. What is left
// of a deleted student is the SHA-256 digest of their name (deleted_students): enough to
// recognise an attempt kept as a file for them, which must not bring them back, and not
// their name as it was typed.

#include <digit_tutor/progress/progress_store.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dt::store {
namespace {

QString nameDigest(const QString& name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// Runs one UPDATE of a student's archived_at (`value` a time, or NULL).
bool setArchived(QSqlQuery& q, qint64 id, const QVariant& value)
{
    if (!q.prepare(QStringLiteral("UPDATE students SET archived_at = ? WHERE id = ?")))
        return false;
    q.addBindValue(value);
    q.addBindValue(id);
    return q.exec();
}

} // namespace

bool ProgressStore::archiveStudent(qint64 id)
{
    const auto current = student(id);
    if (!current)
        return false;
    if (current->name == guestName()) {
        m_error = QCoreApplication::translate(
            "ProgressStore", "Guest cannot be removed: it is the student of attempts made without choosing one.");
        return false;
    }
    if (current->isArchived())
        return true;
    return inTransaction(QCoreApplication::translate("ProgressStore", "Cannot archive the student %1").arg(current->name),
                         [id](QSqlQuery& q) { return setArchived(q, id, nowText()); });
}

bool ProgressStore::restoreStudent(qint64 id)
{
    const auto current = student(id);
    if (!current)
        return false;
    if (!current->isArchived())
        return true;
    return inTransaction(QCoreApplication::translate("ProgressStore", "Cannot restore the student %1").arg(current->name),
                         [id](QSqlQuery& q) { return setArchived(q, id, QVariant(QMetaType::fromType<QString>())); });
}

bool ProgressStore::deleteStudentForGood(qint64 id)
{
    const auto current = student(id);
    if (!current)
        return false;
    if (current->name == guestName() || !current->isArchived()) {
        m_error = QCoreApplication::translate("ProgressStore",
                                              "%1 is in the lists: only an archived student can be deleted for good.")
                      .arg(current->name);
        return false;
    }
    const QString digest = nameDigest(current->name);
    return inTransaction(
        QCoreApplication::translate("ProgressStore", "Cannot delete the student %1").arg(current->name),
        [id, &digest](QSqlQuery& q) {
            // Attempts and plan first, explicitly: SQLite enforces ON DELETE CASCADE only with foreign_keys on.
            for (const char* sql : {"DELETE FROM attempts WHERE student_id = ?",
                                    "DELETE FROM practice_plans WHERE student_id = ?",
                                    "DELETE FROM students WHERE id = ?"}) {
                if (!q.prepare(QString::fromLatin1(sql)))
                    return false;
                q.addBindValue(id);
                if (!q.exec())
                    return false;
            }
            if (!q.prepare(QStringLiteral("INSERT INTO deleted_students (name_digest, deleted_at) VALUES (?, ?)"
                                         " ON CONFLICT (name_digest) DO UPDATE SET deleted_at = excluded.deleted_at")))
                return false;
            q.addBindValue(digest);
            q.addBindValue(nowText());
            return q.exec();
        });
}

std::optional<bool> ProgressStore::deletedForGood(const QString& name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // A student who has the name now (added again, or renamed to it) takes it over.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deleted_students WHERE name_digest = ?"
                             " AND NOT EXISTS (SELECT 1 FROM students WHERE name = ?)"));
    q.addBindValue(nameDigest(name));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next()) {
        fail(QCoreApplication::translate("ProgressStore", "Cannot read the students deleted for good"),
             q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toInt() > 0;
}

} // namespace dt::store
