#include <digit_tutor/progress/progress_store.hpp>

#include <digit_tutor/progress/schema_migrations.hpp>

#include <digit_tutor/engine/error.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace dt::store {
namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kMaxNameLength = 100;
constexpr qint64 kMigrationLock = 0x44474d4947; // any number, the same in every Digit Tutor

QString tr(const char* text) { return QCoreApplication::translate("ProgressStore", text); }

QString timeText(const QDateTime& when) { return when.toUTC().toString(Qt::ISODateWithMs); }
QDateTime timeFrom(const QVariant& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC(); }

SqlDialect dialectOf(const DatabaseLocation& l)
{
    return l.kind == DatabaseLocation::Kind::Sqlite ? SqlDialect::Sqlite : SqlDialect::Postgres;
}

// A write transaction. SQLite's is taken IMMEDIATE, so that two writers queue on the busy
// timeout at the start rather than one failing when it upgrades a read lock.
class Transaction {
public:
    Transaction(QSqlDatabase db, SqlDialect dialect) : m_db(std::move(db)), m_dialect(dialect)
    {
        m_open = m_dialect == SqlDialect::Sqlite ? QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"))
                                                 : m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open)
            rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_dialect == SqlDialect::Sqlite ? QSqlQuery(m_db).exec(QStringLiteral("COMMIT")) : m_db.commit();
    }

private:
    void rollback()
    {
        if (m_dialect == SqlDialect::Sqlite)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        else
            m_db.rollback();
    }

    QSqlDatabase m_db;
    SqlDialect m_dialect;
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
    return s;
}

const QString kStudentColumns = QStringLiteral("id, name, class_group, left_handed, created_at");

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
    if (!sqlite)
        return true;
    QSqlQuery q(db);
    // quick_check reads every page: a damaged or foreign file is refused before anything
    // is written to it (what is in it stays for a person to rescue).
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *error = tr("The progress database %1 is damaged or is not a database (%2); it was left as it is.")
                     .arg(m_location.displayName(),
                          q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
        return false;
    }
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = tr("Cannot prepare the progress database %1: %2").arg(m_location.displayName(), q.lastError().text());
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
        return failed(db.lastError().text());
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
        return transaction.commit() || failed(db.lastError().text());
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

int ProgressStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::optional<std::vector<Student>> ProgressStore::students() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM students").arg(kStudentColumns))) {
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Idempotent, so that two machines adding Guest at once both succeed.
    q.prepare(QStringLiteral("INSERT INTO students (name, class_group, left_handed, created_at) VALUES (?, '', 0, ?) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(guestName());
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        fail(tr("Cannot add the Guest student"), q.lastError().text());
        return std::nullopt;
    }
    return studentNamed(guestName());
}

std::optional<Student> ProgressStore::addStudent(const QString& name, const QString& group, bool leftHanded)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength) {
        m_error = tr("A student's name must have 1 to %1 characters.").arg(kMaxNameLength);
        return std::nullopt;
    }
    if (studentNamed(trimmed)) {
        m_error = tr("There is already a student named %1.").arg(trimmed);
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO students (name, class_group, left_handed, created_at) VALUES (?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(trimmed);
    q.addBindValue(text(group.trimmed()));
    q.addBindValue(leftHanded ? 1 : 0);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !q.next()) {
        fail(tr("Cannot add the student %1").arg(trimmed), q.lastError().text());
        return std::nullopt;
    }
    return student(q.value(0).toLongLong());
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
        m_error = tr("There is already a student named %1.").arg(trimmed);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE students SET name = ?, class_group = ?, left_handed = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(text(s.group.trimmed()));
    q.addBindValue(s.leftHanded ? 1 : 0);
    q.addBindValue(s.id);
    if (!q.exec())
        return fail(tr("Cannot change the student %1").arg(trimmed), q.lastError().text());
    return true;
}

bool ProgressStore::removeStudent(qint64 id)
{
    const auto current = student(id);
    if (!current)
        return false;
    if (current->name == guestName()) {
        m_error = tr("Guest cannot be removed: it is the student of attempts made without choosing one.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db, dialectOf(m_location));
    QSqlQuery q(db);
    // Attempts and plan first, explicitly: SQLite enforces ON DELETE CASCADE only with foreign_keys on.
    for (const char* sql : {"DELETE FROM attempts WHERE student_id = ?", "DELETE FROM practice_plans WHERE student_id = ?",
                            "DELETE FROM students WHERE id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("Cannot remove the student %1").arg(current->name), q.lastError().text());
    }
    if (!transaction.commit())
        return fail(tr("Cannot remove the student %1").arg(current->name), db.lastError().text());
    return true;
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior, log_likelihood, outlier,"
        " typicality, stars, formation, reversed, model, strokes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
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
    // One statement is its own transaction in both databases: once exec() returns, the
    // attempt is committed (and on SQLite with synchronous=FULL, on disk).
    if (!q.exec() || !q.next())
        return fail(tr("Cannot store the attempt"), q.lastError().text());
    record.id = q.value(0).toLongLong();
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    if (!q.exec())
        return fail(tr("Cannot save a setting"), q.lastError().text());
    return true;
}

} // namespace dt::store
