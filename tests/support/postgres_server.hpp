#pragma once
// A throwaway PostgreSQL server for the store tests: a fresh cluster in a temporary folder,
// listening only on a Unix socket there, stopped and deleted at the end. PostgreSQL will
// not run as root, so as root the server runs as the "postgres" user (Debian's package
// creates it). Found under /usr/lib/postgresql/*/bin (Debian's postgresql package, which
// scripts/install-deps.sh --test installs).

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <unistd.h>

namespace dt::test {

class PostgresServer {
public:
    ~PostgresServer() { stop(); }

    /// Starts the server; false with the reason when PostgreSQL is not installed or fails.
    bool start(QString* error)
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (versions.isEmpty()) {
            *error = QStringLiteral("PostgreSQL is not installed (/usr/lib/postgresql is empty; "
                                    "run scripts/install-deps.sh --test)");
            return false;
        }
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(versions.last());
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/digit-tutor-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("cannot make a folder for the server");
            return false;
        }
        m_port = 20000 + int(::getpid() % 20000);
        if (::geteuid() == 0 && !run({QStringLiteral("chown"), QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir->path()}, error, false))
            return false;
        const QString data = m_dir->path() + QStringLiteral("/data");
        if (!run({m_bin + QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--no-sync")},
                 error))
            return false;
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses='' -c fsync=off").arg(m_port).arg(m_dir->path());
        if (!run({m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"), options,
                  QStringLiteral("-l"), m_dir->path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start")},
                 error))
            return false;
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        QString ignored;
        run({m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"),
             QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
        m_running = false;
    }

    /// A new, empty database; its URL for ProgressStore.
    QString createDatabase(QString* error)
    {
        const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_dir->path());
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + name)) {
                *error = db.lastError().text();
                return {};
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return url(name);
    }

    QString url(const QString& database) const
    {
        return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3").arg(database, m_dir->path()).arg(m_port);
    }

private:
    bool run(QStringList command, QString* error, bool asPostgres = true) const
    {
        if (asPostgres && ::geteuid() == 0)
            command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--")} + command;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(command.takeFirst(), command);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("'%1' failed: %2").arg(command.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};

} // namespace dt::test
