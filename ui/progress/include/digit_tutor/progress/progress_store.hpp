#pragma once
// The teachers' progress store: students, every practice attempt with its strokes, each
// child's practice plan, and a few settings (the teacher's PIN), on SQLite (one file per user, the default) or on a
// PostgreSQL server shared by a school's machines. The same code and SQL serve both.
//
// Safety: every write is one transaction whose commit is checked; SQLite runs in WAL mode
// with synchronous=FULL and a short busy timeout (a database another program holds locked
// fails the write within a second, called busy, rather than holding up a child's window), so that two app windows (or processes) can write at once and a
// crash, even kill -9 in the middle of a write, never corrupts the file or loses an
// attempt whose addAttempt() returned. Opening migrates an older database in one
// transaction (schema_migrations.hpp) and refuses, without touching it, a database that
// is damaged, from a newer Digit Tutor, or not a Digit Tutor database. A "Guest" student
// always exists.
//
// Errors never throw: a failing call returns false or nullopt and lastError() says why in
// one sentence naming the database.
//
// One object is one connection, for the thread that made it.
//
// Example use:
//     QString error;
//     auto store = ProgressStore::open(defaultDatabaseLocation(), &error);
//     if (!store) { statusBar()->showMessage(error); return; }
//     const auto zoe = store->addStudent(QStringLiteral("Zoë"), QStringLiteral("1B"), false);
//     record.studentId = zoe->id;
//     store->addAttempt(record);
//     for (const AttemptRecord& a : *store->attempts({.studentId = zoe->id})) ...

#include <digit_tutor/progress/attempt_history.hpp>
#include <digit_tutor/progress/attempt_record.hpp>
#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/saved_practice_plan.hpp>
#include <digit_tutor/progress/student.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace dt::store {

/// Which attempts to read: all by default; each set field narrows.
struct AttemptFilter {
    std::optional<qint64> studentId;
    std::optional<QString> group; ///< the students of one class or group
    QDate from;                   ///< first day (UTC), invalid for no limit
    QDate to;                     ///< last day (UTC), inclusive, invalid for no limit
};

class ProgressStore {
    // Its sentences' context, for the app and lupdate alike: the free functions of the store
    // say ProgressStore::tr too (a tr() of their own would be filed under "dt::store").
    Q_DECLARE_TR_FUNCTIONS(ProgressStore)

public:
    /// Opens (creating an SQLite file and its folder if needed) and migrates. nullptr with
    /// the reason in `error` when the server or file cannot be reached, the database is
    /// damaged, newer, or not a Digit Tutor database, or migrating fails.
    static std::unique_ptr<ProgressStore> open(const DatabaseLocation& location, QString* error = nullptr);
    ~ProgressStore();
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    const DatabaseLocation& location() const { return m_location; }
    int schemaVersion() const;
    QString lastError() const { return m_error; }

    /// Students, by name (case-insensitive order); Guest first. By default only those in
    /// the lists, not the archived ones (StudentList).
    std::optional<std::vector<Student>> students(StudentList which = StudentList::Active) const;
    /// Any student, archived or not.
    std::optional<Student> student(qint64 id) const;
    std::optional<Student> studentNamed(const QString& name) const;
    /// Guest, the student of every attempt made without choosing one.
    std::optional<Student> guest() const;
    /// Adds a student; nullopt for an empty (after trimming) or over-long (> 100
    /// characters) name, or a name already taken (by an archived student too: the message
    /// says so, for the teacher to restore them instead), or a language that is not "" or a
    /// locale name (isLanguageName).
    std::optional<Student> addStudent(const QString& name, const QString& group = {}, bool leftHanded = false,
                                      const QString& language = {});
    /// Renames, regroups, changes handedness or language; false for an unknown id, a bad
    /// name or a bad language.
    bool updateStudent(const Student& student);

    // Defined in progress_store_languages.cpp.
    /// Whether `language` can be stored as a student's or a class's language: "" (none of
    /// its own) or a locale name, two or three small letters with an optional territory in
    /// capitals ("fr", "pt_BR").
    static bool isLanguageName(const QString& language);
    /// The language of a class or group: "" when it has none (its children speak the
    /// computer's language) or for the empty group; nullopt when the database cannot be read.
    std::optional<QString> classLanguage(const QString& group) const;
    /// Every class's language, by class, for those that have one: for a list of all the
    /// students, in one query. nullopt when the database cannot be read.
    std::optional<std::map<QString, QString>> classLanguages() const;
    /// Sets the language of a class or group, "" to take it back to the computer's. false,
    /// changing nothing, for the empty group, a bad language (isLanguageName) or a failed write.
    bool setClassLanguage(const QString& group, const QString& language);
    /// The language `student` practises in: their own, else their class's, else "" (the
    /// computer's). nullopt when the database cannot be read.
    std::optional<QString> languageOf(const Student& student) const;
    /// The languages some class or some student in the lists has, sorted, without "": what
    /// the children of the store practise in besides the computer's. One query, whatever the
    /// number of students. nullopt when the database cannot be read.
    std::optional<std::vector<QString>> languagesInUse() const;

    // Defined in progress_store_students.cpp.
    /// Takes a student out of the lists, keeping their attempts and practice plan (the
    /// teacher's "Remove"). false for Guest, an unknown id or a failed write; true, changing
    /// nothing, for a student already archived.
    bool archiveStudent(qint64 id);
    /// Puts an archived student back in the lists, as they were. true, changing nothing, for
    /// a student in the lists; false for an unknown id or a failed write.
    bool restoreStudent(qint64 id);
    /// Deletes an archived student, their attempts and their practice plan for good, and
    /// keeps a digest of their name (deletedForGood). false, deleting nothing, for a student
    /// in the lists (archive them first), Guest, an unknown id or a failed write.
    bool deleteStudentForGood(qint64 id);
    /// Whether a student of this name (trimmed) was deleted for good and no student has
    /// the name now: attempts kept as files under the name must not bring them back.
    /// nullopt when the database cannot be read.
    std::optional<bool> deletedForGood(const QString& name) const;

    /// Stores an attempt of record.studentId and sets record.id (and record.key, when empty,
    /// to a new unique key). true only once the database has committed it. An attempt whose
    /// key is already stored is not stored again: record.id is then the stored one's. false
    /// (nothing stored) for an unknown student, digits or stars out of range, or a failed
    /// write (a locked, read-only or full database, a lost server), said in lastError().
    bool addAttempt(AttemptRecord& record);
    /// Attempts matching the filter, oldest first, with the student's name and group.
    std::optional<std::vector<AttemptRecord>> attempts(const AttemptFilter& filter = {}) const;
    /// Called by forEachAttempt with each attempt, number `index` (from 0) of the `total`
    /// that match; return false to stop there.
    using AttemptVisitor = std::function<bool(AttemptRecord&& attempt, qint64 index, qint64 total)>;
    /// The attempts of attempts(filter), in its order, one at a time, for a report of any
    /// size: their ids are read first (8 bytes each), then the attempts kAttemptPage at a
    /// time, so memory holds one page. Attempts stored after the call began are left out;
    /// one removed meanwhile is skipped. true when every attempt was visited or visit
    /// stopped; false with the reason in lastError() when a read fails. Defined in
    /// progress_store_stream.cpp.
    bool forEachAttempt(const AttemptFilter& filter, const AttemptVisitor& visit) const;
    static constexpr int kAttemptPage = 500;
    /// A page of the saved-attempts history, newest first (attempt_history.hpp): two queries
    /// through the indexes, whatever the store's size. nullopt, with the reason in
    /// lastError(), for a limit outside 1..kMaxHistoryPage or a failed read. An unknown
    /// student has an empty history. Defined in progress_store_history.cpp.
    std::optional<HistoryPage> history(const HistoryRequest& request) const;
    /// One attempt with its strokes (to replay it); nullopt, with the reason in lastError(),
    /// when there is no attempt `id` (removed with its student) or the read fails.
    std::optional<AttemptRecord> attempt(qint64 id) const;
    /// How many attempts each student has (students without any are absent), counted by
    /// the database: no attempt is read.
    std::optional<std::map<qint64, int>> attemptCounts() const;
    /// The class or group names in use, sorted.
    std::optional<std::vector<QString>> groups() const;

    /// The practice plan last saved for the student (see SavedPracticePlan: Saved, NoneYet,
    /// or ReadFailed with the reason in lastError() for an unknown student or a failed read).
    /// One query.
    SavedPracticePlan practicePlan(qint64 studentId) const;
    /// Saves the student's plan (dt::PracticePlan::saveState()'s text), replacing the one
    /// before, with the time now. false, with the reason in lastError() and the plan before
    /// kept, for an unknown student, a text longer than dt::PracticePlan::kMaxStateBytes in
    /// UTF-8, or a failed write. The text is not read here; restoreState() checks it.
    bool savePracticePlan(qint64 studentId, const QString& state);

    std::optional<QString> setting(const QString& key) const;
    bool setSetting(const QString& key, const QString& value);

private:
    ProgressStore(DatabaseLocation location, QString connection);
    bool prepareConnection(QString* error);
    bool migrate(QString* error);
    bool fail(const QString& what, const QString& detail) const;
    /// Why a language was refused (isLanguageName).
    static QString languageRefused(const QString& language);
    /// Runs `statements` (false: the query's error) in one write transaction and checks its
    /// commit; false, with `what` and the reason in lastError(), when anything fails.
    bool inTransaction(const QString& what, const std::function<bool(QSqlQuery&)>& statements) const;

    DatabaseLocation m_location;
    QString m_connection;
    mutable QString m_error;
};

} // namespace dt::store
