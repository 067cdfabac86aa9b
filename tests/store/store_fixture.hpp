#pragma once
// What the store tests share: each test runs once on SQLite (a file in a temporary folder)
// and once on a throwaway PostgreSQL server (the data tag "kind"), with a fresh database
// each time, and a connection of their own past the store to shape or hold a database as
// another program would.
//
// Example use in a test class:
//     void initTestCase() { m_store.start(); }
//     void initTestCase_data() { dt::test::StoreFixture::addKinds(); }
//     void init() { if (!m_store.haveServerFor(StoreFixture::kind())) DT_SKIP_MISSING(...); }
//     auto store = StoreFixture::open(m_store.newDatabase());

#include "postgres_server.hpp"

#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dt::test {

class StoreFixture {
public:
    /// Starts the server; without one the PostgreSQL rows skip (fail in CI), see serverProblem().
    void start() { m_haveServer = m_server.start(&m_serverProblem); }
    void stop() { m_server.stop(); }
    static void addKinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    /// The row's kind: "sqlite" or "postgresql".
    static QString kind()
    {
        QFETCH_GLOBAL(QString, kind);
        return kind;
    }
    static bool sqlite() { return kind() == QLatin1String("sqlite"); }
    /// false on a PostgreSQL row without a server.
    bool canRun() const { return sqlite() || m_haveServer; }
    QString serverProblem() const { return QStringLiteral("no PostgreSQL server: ") + m_serverProblem; }

    /// A fresh, empty database of the row's kind: its URL (a path for SQLite).
    QString newDatabase()
    {
        if (sqlite())
            return m_dir.path() + QStringLiteral("/store-%1.sqlite").arg(++m_count);
        QString error;
        const QString url = m_server.createDatabase(&error);
        if (url.isEmpty())
            qWarning("cannot create a PostgreSQL database: %s", qPrintable(error));
        return url;
    }
    /// A new path in the temporary folder (not created).
    QString newPath(const QString& stem) { return m_dir.path() + QStringLiteral("/%1-%2").arg(stem).arg(++m_count); }

    /// Opens the store at `url`; the reason in `error`, or printed when `error` is null.
    static std::unique_ptr<dt::store::ProgressStore> open(const QString& url, QString* error = nullptr)
    {
        QString reason;
        const auto location = dt::store::parseDatabaseLocation(url, &reason);
        auto store = location ? dt::store::ProgressStore::open(*location, &reason) : nullptr;
        if (error)
            *error = reason;
        else if (!store)
            qWarning("%s", qPrintable(reason));
        return store;
    }

    /// A connection of our own, named `name`, past the store.
    static QSqlDatabase rawConnection(const QString& url, const QString& name)
    {
        const auto location = dt::store::parseDatabaseLocation(url);
        const bool isSqlite = location->kind == dt::store::DatabaseLocation::Kind::Sqlite;
        QSqlDatabase db = QSqlDatabase::addDatabase(isSqlite ? "QSQLITE" : "QPSQL", name);
        db.setDatabaseName(isSqlite ? location->path : location->database);
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setUserName(location->user);
        db.open();
        return db;
    }

    /// Runs `statements` on a connection of our own, then closes it; false (printed) at the first failure.
    static bool runRaw(const QString& url, const QStringList& statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = rawConnection(url, QStringLiteral("raw"));
            QSqlQuery q(db);
            for (const QString& sql : statements)
                if (ok && !q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    ok = false;
                }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

private:
    PostgresServer m_server;
    bool m_haveServer = false;
    QString m_serverProblem;
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace dt::test
