// The languages children practise in: a student's own (students.language) or their class's
// (class_languages), applied by the app when the child is chosen.
#include <digit_tutor/progress/progress_store.hpp>

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace dt::store {

bool ProgressStore::isLanguageName(const QString& language)
{
    static const QRegularExpression name(QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
    return name.match(language).hasMatch();
}

QString ProgressStore::languageRefused(const QString& language)
{
    return tr("\"%1\" is not a language the app knows.").arg(language);
}

std::optional<QString> ProgressStore::classLanguage(const QString& group) const
{
    if (group.trimmed().isEmpty())
        return QString();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT language FROM class_languages WHERE class_group = ?"));
    q.addBindValue(group.trimmed());
    if (!q.exec()) {
        fail(tr("Cannot read the language of the class %1").arg(group.trimmed()), q.lastError().text());
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<std::map<QString, QString>> ProgressStore::classLanguages() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT class_group, language FROM class_languages"))) {
        fail(tr("Cannot read the languages of the students"), q.lastError().text());
        return std::nullopt;
    }
    std::map<QString, QString> languages;
    while (q.next())
        languages.emplace(q.value(0).toString(), q.value(1).toString());
    return languages;
}

bool ProgressStore::setClassLanguage(const QString& group, const QString& language)
{
    const QString trimmed = group.trimmed();
    if (trimmed.isEmpty()) {
        m_error = tr("Only a class or group has a language of its own; this student has none.");
        return false;
    }
    if (!isLanguageName(language)) {
        m_error = languageRefused(language);
        return false;
    }
    return inTransaction(tr("Cannot set the language of the class %1").arg(trimmed), [&](QSqlQuery& q) {
        if (!q.prepare(QStringLiteral("DELETE FROM class_languages WHERE class_group = ?")))
            return false;
        q.addBindValue(trimmed);
        if (!q.exec())
            return false;
        if (language.isEmpty())
            return true;
        if (!q.prepare(QStringLiteral("INSERT INTO class_languages (class_group, language) VALUES (?, ?)")))
            return false;
        q.addBindValue(trimmed);
        q.addBindValue(language);
        return q.exec();
    });
}

std::optional<QString> ProgressStore::languageOf(const Student& student) const
{
    if (!student.language.isEmpty())
        return student.language;
    return classLanguage(student.group);
}

std::optional<std::vector<QString>> ProgressStore::languagesInUse() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // A class whose children have all left keeps its row: it speaks only to those in the lists.
    if (!q.exec(QStringLiteral("SELECT language FROM students WHERE language <> '' AND archived_at IS NULL"
                               " UNION SELECT c.language FROM class_languages c"
                               " WHERE EXISTS (SELECT 1 FROM students s WHERE s.class_group = c.class_group"
                               " AND s.archived_at IS NULL AND s.language = '')"
                               " ORDER BY 1"))) {
        fail(tr("Cannot read the languages of the students"), q.lastError().text());
        return std::nullopt;
    }
    std::vector<QString> languages;
    while (q.next())
        languages.push_back(q.value(0).toString());
    return languages;
}

} // namespace dt::store
