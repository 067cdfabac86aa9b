#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/progress/schema_migrations.hpp>

#include "store_errors.hpp"

#include <digit_tutor/engine/error.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace dt::store {
namespace {

// How long a write waits for another writer before it is called busy. Another window's
// writes take milliseconds; a program holding the database for longer must not freeze a
// child's window (the attempt is then kept as a file).
constexpr int kBusyTimeoutMs = 500;
// SQLite's smallest page: a database file that is not empty holds at least one.
constexpr qint64 kSqliteMinimumFileSize = 512;
constexpr int kMaxNameLength = 100;
constexpr qint64 kMigrationLock = 0x44474d4947; // any number, the same in every Digit Tutor


// Why an existing file cannot be opened as an SQLite database without risk, or empty. SQLite
// takes a file too short to hold a page for a new database and writes one over it (a 1-byte
// file, the teacher's PIN with it): only an empty file may become a new database.
QString notADatabase(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return ProgressStore::tr("it cannot be read (%1)").arg(file.errorString());
    static const QByteArray kMagic("SQLite format 3", 16); // with its terminating zero
    if (file.size() < kSqliteMinimumFileSize || file.read(kMagic.size()) != kMagic)
        return ProgressStore::tr("the file is not an SQLite database (its %1 bytes do not start as one)").arg(file.size());
    return {};
}

// Why an existing database cannot be written, or empty. SQLite would open it read-only and
// fail later in words about damage or an unopenable file; trying the file itself (and, for
// the journal WAL mode keeps beside it, the folder) names the real cause.
QString readOnlyReason(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadWrite)) // neither truncates nor changes it
        return ProgressStore::tr("the file cannot be written (%1)").arg(file.errorString());
    file.close();
    if (QFile::exists(path + QStringLiteral("-wal")))
        return {};
    QTemporaryFile probe(QFileInfo(path).absolutePath() + QStringLiteral("/.digit-tutor-probe-XXXXXX"));
    if (!probe.open())
        return ProgressStore::tr("its folder cannot be written, and SQLite keeps its journal there (%1)").arg(probe.errorString());
    return {};
}

QString timeText(const QDateTime& when) { return when.toUTC().toString(Qt::ISODateWithMs); }
QDateTime timeFrom(const QVariant& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC(); }

SqlDialect dialectOf(const DatabaseLocation& l)
{
    return l.kind == DatabaseLocation::Kind::Sqlite ? SqlDialect::Sqlite : SqlDialect::Postgres;
}

// A write transaction whose commit is checked. SQLite's is taken IMMEDIATE, so that two
// writers queue on the busy timeout at the start rather than one failing when it upgrades a
// read lock. A single statement left to commit on its own is not enough: with RETURNING,
// SQLite commits when the statement is reset, and that error (a full disk) never reaches
// the caller, who was already given the new id.
class Transaction {
public:
    Transaction(QSqlDatabase db, SqlDialect dialect) : m_db(std::move(db)), m_dialect(dialect)
    {
        if (m_dialect == SqlDialect::Sqlite) {
            QSqlQuery begin(m_db);
            m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            m_error = begin.lastError();
        } else {
            m_open = m_db.transaction();
            m_error = m_db.lastError();
        }
    }
    ~Transaction()
    {
        if (m_open)
            rollback();
    }
    bool isOpen() const { return m_open; }
    /// Why the transaction could not begin or commit.
    QSqlError error() const { return m_error; }
    /// true only when the database said the changes are committed; otherwise the
    /// transaction is rolled back (SQLite may have kept it open after a failed COMMIT).
    bool commit()
    {
        bool committed = false;
        if (m_dialect == SqlDialect::Sqlite) {
            QSqlQuery commit(m_db);
            committed = commit.exec(QStringLiteral("COMMIT"));
            m_error = commit.lastError();
        } else {
            committed = m_db.commit();
            m_error = m_db.lastError();
        }
        if (committed)
            m_open = false;
        return committed;
    }

private:
    void rollback()
    {
        if (m_dialect == SqlDialect::Sqlite)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        else
            m_db.rollback();
        m_open = false;
    }

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QSqlError m_error;
    bool m_open = false;
};

Student studentFrom(const QSqlQuery& q)
{
    Student s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.group = q.value(2).toString();
    s.leftHanded = q.value(3).toInt() != 0;
    s.created = timeFrom(q.value(4));
    if (!q.value(5).isNull())
        s.archived = timeFrom(q.value(5));
    s.language = q.value(6).toString();
    return s;
}

const QString kStudentColumns = QStringLiteral("id, name, class_group, left_handed, created_at, archived_at, language");

// Why a name cannot be given: an archived student keeps theirs, and the teacher may be
// looking for them rather than for a new one.
QString nameTaken(const Student& taken)
{
    return taken.isArchived() ? ProgressStore::tr("There is already a student named %1, archived: restore them under Students, or "
                                   "choose another name.")
                                    .arg(taken.name)
                              : ProgressStore::tr("There is already a student named %1.").arg(taken.name);
}

double finiteOr(double v, double fallback) { return std::isfinite(v) ? v : fallback; }

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse: "" instead.
QString text(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

} // namespace

ProgressStore::ProgressStore(DatabaseLocation location, QString connection)
    : m_location(std::move(location))
    , m_connection(std::move(connection))
{
}

ProgressStore::~ProgressStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<ProgressStore> ProgressStore::open(const DatabaseLocation& location, QString* error)
{
    const QString connection = QStringLiteral("digit-tutor-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ProgressStore> store(new ProgressStore(location, connection));
    QString reason;
    if (!store->prepareConnection(&reason) || !store->migrate(&reason)) {
        if (error)
            *error = reason;
        return nullptr;
    }
    if (!store->guest()) {
        if (error)
            *error = store->lastError();
        return nullptr;
    }
    return store;
}

bool ProgressStore::prepareConnection(QString* error)
{
    const bool sqlite = m_location.kind == DatabaseLocation::Kind::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = tr("Cannot open the progress database %1: Qt's %2 driver is not installed (Debian package %3).")
                     .arg(m_location.displayName(), driver,
                          sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
    if (sqlite) {
        const QFileInfo file(m_location.path);
        if (!QDir().mkpath(file.absolutePath())) {
            *error = tr("Cannot open the progress database %1: its folder cannot be created.").arg(m_location.displayName());
            return false;
        }
        if (const QString problem = notADatabase(m_location.path); !problem.isEmpty()) {
            *error = tr("The progress database %1 cannot be used: %2. It was left as it is; choose another file, "
                        "or move this one away to start a new database.")
                         .arg(m_location.displayName(), problem);
            return false;
        }
        if (const QString problem = readOnlyReason(m_location.path); !problem.isEmpty()) {
            *error = tr("The progress database %1 is read-only: %2. It was left as it is; attempts are kept as files "
                        "until it can be written.")
                         .arg(m_location.displayName(), problem);
            return false;
        }
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    } else {
        db.setDatabaseName(m_location.database);
        if (!m_location.host.isEmpty())
            db.setHostName(m_location.host);
        if (m_location.port > 0)
            db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=digit-tutor"));
    }
    if (!db.open()) {
        *error = tr("Cannot open the progress database %1: %2").arg(m_location.displayName(), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!sqlite) {
        // A table another session holds locked fails the write within a second instead of
        // freezing the window; the attempt is then kept as a file.
        if (!q.exec(QStringLiteral("SET lock_timeout = %1").arg(2 * kBusyTimeoutMs))) {
            *error = tr("Cannot prepare the progress database %1: %2").arg(m_location.displayName(), q.lastError().text());
            return false;
        }
        return true;
    }
    // quick_check reads every page: a damaged or foreign file is refused before anything
    // is written to it (what is in it stays for a person to rescue). A locked or unreadable
    // one is called so, not damaged.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        const bool damage = !q.lastError().isValid() || faultOf(q.lastError()) == SqlFault::Damaged;
        *error = damage ? tr("The progress database %1 is damaged or is not a database (%2); it was left as it is.")
                              .arg(m_location.displayName(),
                                   q.lastError().isValid() ? q.lastError().text() : q.value(0).toString())
                        : tr("Cannot open the progress database %1: %2.")
                              .arg(m_location.displayName(), describeFault(q.lastError()));
        return false;
    }
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = tr("Cannot prepare the progress database %1: %2.")
                         .arg(m_location.displayName(), describeFault(q.lastError()));
            return false;
        }
    }
    return true;
}

bool ProgressStore::migrate(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const SqlDialect dialect = dialectOf(m_location);
    Transaction transaction(db, dialect);
    auto failed = [&](const QString& detail) {
        *error = tr("Cannot prepare the progress database %1: %2").arg(m_location.displayName(), detail);
        return false;
    };
    if (!transaction.isOpen())
        return failed(describeFault(transaction.error()));
    QSqlQuery q(db);
    // Two machines opening a new server database at once: one creates, the other waits.
    if (dialect == SqlDialect::Postgres &&
        !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return failed(q.lastError().text());

    const QStringList tables = db.tables(QSql::Tables);
    int version = 0;
    if (tables.contains(QStringLiteral("schema_version"))) {
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
            return failed(tr("its schema version cannot be read"));
        version = q.value(0).toInt();
    } else if (!tables.isEmpty()) {
        *error = tr("The database %1 is not a Digit Tutor progress database (it has other tables); it was left as it is.")
                     .arg(m_location.displayName());
        return false;
    }
    if (version > kSchemaVersion) {
        *error = tr("The progress database %1 was made by a newer Digit Tutor (schema %2; this one knows up to %3); "
                    "it was left as it is.")
                     .arg(m_location.displayName())
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return transaction.commit() || failed(describeFault(transaction.error()));
    for (int step = version + 1; step <= kSchemaVersion; ++step)
        for (const QString& statement : migrationStep(step, dialect))
            if (!q.exec(statement))
                return failed(tr("step %1 of the schema failed: %2").arg(step).arg(q.lastError().text()));
    if (!q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(kSchemaVersion)))
        return failed(q.lastError().text());
    return transaction.commit() || failed(db.lastError().text());
}

bool ProgressStore::fail(const QString& what, const QString& detail) const
{
    m_error = tr("%1 (progress database %2): %3").arg(what, m_location.displayName(), detail);
    return false;
}

bool ProgressStore::inTransaction(const QString& what, const std::function<bool(QSqlQuery&)>& statements) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db, dialectOf(m_location));
    if (!transaction.isOpen())
        return fail(what, describeFault(transaction.error()));
    QSqlQuery q(db);
    if (!statements(q))
        return fail(what, describeFault(q.lastError()));
    // A statement still stepping (RETURNING) would hold the commit back.
    q.finish();
    if (!transaction.commit())
        return fail(what, describeFault(transaction.error()));
    return true;
}

int ProgressStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::optional<std::vector<Student>> ProgressStore::students(StudentList which) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString where = which == StudentList::Active     ? QStringLiteral(" WHERE archived_at IS NULL")
                          : which == StudentList::Archived ? QStringLiteral(" WHERE archived_at IS NOT NULL")
                                                           : QString();
    if (!q.exec(QStringLiteral("SELECT %1 FROM students").arg(kStudentColumns) + where)) {
        fail(tr("Cannot read the students"), q.lastError().text());
        return std::nullopt;
    }
    std::vector<Student> out;
    while (q.next())
        out.push_back(studentFrom(q));
    // Sorted here, not in SQL: SQLite and PostgreSQL collate differently.
    std::sort(out.begin(), out.end(), [](const Student& a, const Student& b) {
        const bool aGuest = a.name == guestName(), bGuest = b.name == guestName();
        if (aGuest != bGuest)
            return aGuest;
        if (a.isArchived() != b.isArchived())
            return !a.isArchived();
        return QString::localeAwareCompare(a.name.toCaseFolded(), b.name.toCaseFolded()) < 0;
    });
    return out;
}

std::optional<Student> ProgressStore::student(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM students WHERE id = ?").arg(kStudentColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("Cannot read a student"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = tr("There is no student number %1.").arg(id);
        return std::nullopt;
    }
    return studentFrom(q);
}

std::optional<Student> ProgressStore::studentNamed(const QString& name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM students WHERE name = ?").arg(kStudentColumns));
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        fail(tr("Cannot read a student"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = tr("There is no student named %1.").arg(name.trimmed());
        return std::nullopt;
    }
    return studentFrom(q);
}

std::optional<Student> ProgressStore::guest() const
{
    // Idempotent, so that two machines adding Guest at once both succeed.
    const bool added = inTransaction(tr("Cannot add the Guest student"), [](QSqlQuery& q) {
        if (!q.prepare(QStringLiteral("INSERT INTO students (name, class_group, left_handed, created_at) VALUES (?, '', 0, ?) "
                                     "ON CONFLICT (name) DO NOTHING")))
            return false;
        q.addBindValue(guestName());
        q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
        return q.exec();
    });
    if (!added)
        return std::nullopt;
    return studentNamed(guestName());
}

std::optional<Student> ProgressStore::addStudent(const QString& name, const QString& group, bool leftHanded,
                                                 const QString& language)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength) {
        m_error = tr("A student's name must have 1 to %1 characters.").arg(kMaxNameLength);
        return std::nullopt;
    }
    if (!isLanguageName(language)) {
        m_error = languageRefused(language);
        return std::nullopt;
    }
    if (const auto taken = studentNamed(trimmed)) {
        m_error = nameTaken(*taken);
        return std::nullopt;
    }
    qint64 id = 0;
    const bool added = inTransaction(tr("Cannot add the student %1").arg(trimmed), [&](QSqlQuery& q) {
        if (!q.prepare(QStringLiteral("INSERT INTO students (name, class_group, left_handed, created_at, language) "
                                     "VALUES (?, ?, ?, ?, ?) RETURNING id")))
            return false;
        q.addBindValue(trimmed);
        q.addBindValue(text(group.trimmed()));
        q.addBindValue(leftHanded ? 1 : 0);
        q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
        q.addBindValue(text(language));
        if (!q.exec() || !q.next())
            return false;
        id = q.value(0).toLongLong();
        return true;
    });
    if (!added)
        return std::nullopt;
    return student(id);
}

bool ProgressStore::updateStudent(const Student& s)
{
    const QString trimmed = s.name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength) {
        m_error = tr("A student's name must have 1 to %1 characters.").arg(kMaxNameLength);
        return false;
    }
    const auto current = student(s.id);
    if (!current)
        return false;
    if (current->name == guestName() && trimmed != guestName()) {
        m_error = tr("Guest keeps its name: it is the student of attempts made without choosing one.");
        return false;
    }
    if (const auto other = studentNamed(trimmed); other && other->id != s.id) {
        m_error = nameTaken(*other);
        return false;
    }
    if (!isLanguageName(s.language)) {
        m_error = languageRefused(s.language);
        return false;
    }
    return inTransaction(tr("Cannot change the student %1").arg(trimmed), [&](QSqlQuery& q) {
        if (!q.prepare(QStringLiteral("UPDATE students SET name = ?, class_group = ?, left_handed = ?, language = ? WHERE id = ?")))
            return false;
        q.addBindValue(trimmed);
        q.addBindValue(text(s.group.trimmed()));
        q.addBindValue(s.leftHanded ? 1 : 0);
        q.addBindValue(text(s.language));
        q.addBindValue(s.id);
        return q.exec();
    });
}

bool ProgressStore::addAttempt(AttemptRecord& record)
{
    if (record.askedDigit < -1 || record.askedDigit > 9 || record.recognisedDigit < -1 || record.recognisedDigit > 9 ||
        record.stars < 0 || record.stars > 3) {
        m_error = tr("An attempt with asked digit %1, recognised digit %2 and %3 stars cannot be stored.")
                      .arg(record.askedDigit)
                      .arg(record.recognisedDigit)
                      .arg(record.stars);
        return false;
    }
    if (!student(record.studentId))
        return false;
    if (record.key.isEmpty())
        record.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 id = 0;
    const bool stored = inTransaction(tr("Cannot store the attempt"), [&](QSqlQuery& q) {
        // An attempt kept as a file and taken back twice (a crash between the two) is
        // stored once: its key is already there, and the id is the one it had.
        if (!q.prepare(QStringLiteral(
                "INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior, log_likelihood, outlier,"
                " typicality, stars, formation, reversed, model, strokes, attempt_key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_key) DO NOTHING RETURNING id")))
            return false;
        q.addBindValue(record.studentId);
        q.addBindValue(timeText(record.when.isValid() ? record.when : QDateTime::currentDateTimeUtc()));
        q.addBindValue(record.askedDigit);
        q.addBindValue(record.recognisedDigit);
        // A drawing no mixture explains can score -inf; SQL has no infinities to keep it.
        q.addBindValue(finiteOr(record.posterior, 0.0));
        q.addBindValue(finiteOr(record.logLikelihood, -1e300));
        q.addBindValue(record.outlier ? 1 : 0);
        q.addBindValue(finiteOr(record.typicality, 0.0));
        q.addBindValue(record.stars);
        q.addBindValue(text(record.formation));
        q.addBindValue(record.reversed ? 1 : 0);
        q.addBindValue(text(record.model));
        q.addBindValue(QString::fromStdString(dt::drawingToJson(record.strokes)));
        q.addBindValue(record.key);
        if (!q.exec())
            return false;
        if (q.next()) {
            id = q.value(0).toLongLong();
            return true;
        }
        q.finish();
        if (!q.prepare(QStringLiteral("SELECT id FROM attempts WHERE attempt_key = ?")))
            return false;
        q.addBindValue(record.key);
        if (!q.exec() || !q.next())
            return false;
        id = q.value(0).toLongLong();
        return true;
    });
    if (!stored)
        return false;
    record.id = id;
    return true;
}

std::optional<std::vector<AttemptRecord>> ProgressStore::attempts(const AttemptFilter& filter) const
{
    // The same read as a report's, a page at a time (progress_store_stream.cpp).
    std::vector<AttemptRecord> out;
    const bool read = forEachAttempt(filter, [&out](AttemptRecord&& a, qint64 index, qint64 total) {
        if (index == 0)
            out.reserve(std::size_t(total));
        out.push_back(std::move(a));
        return true;
    });
    if (!read)
        return std::nullopt;
    return out;
}

std::optional<std::map<qint64, int>> ProgressStore::attemptCounts() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT student_id, COUNT(*) FROM attempts GROUP BY student_id"))) {
        fail(tr("Cannot count the attempts"), q.lastError().text());
        return std::nullopt;
    }
    std::map<qint64, int> counts;
    while (q.next())
        counts[q.value(0).toLongLong()] = q.value(1).toInt();
    return counts;
}

std::optional<std::vector<QString>> ProgressStore::groups() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT DISTINCT class_group FROM students WHERE class_group <> ''"))) {
        fail(tr("Cannot read the classes"), q.lastError().text());
        return std::nullopt;
    }
    std::vector<QString> out;
    while (q.next())
        out.push_back(q.value(0).toString());
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return out;
}

std::optional<QString> ProgressStore::setting(const QString& key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        fail(tr("Cannot read a setting"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        m_error.clear();
        return std::nullopt;
    }
    return q.value(0).toString();
}

bool ProgressStore::setSetting(const QString& key, const QString& value)
{
    return inTransaction(tr("Cannot save a setting"), [&](QSqlQuery& q) {
        if (!q.prepare(QStringLiteral(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")))
            return false;
        q.addBindValue(key);
        q.addBindValue(text(value));
        return q.exec();
    });
}

} // namespace dt::store
