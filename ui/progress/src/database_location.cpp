#include <digit_tutor/progress/database_location.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace dt::store {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("DatabaseLocation", text); }

void fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
}

} // namespace

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(path);
    QString shown = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        shown += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        shown += host;
    if (port > 0 && !host.startsWith(QLatin1Char('/')))
        shown += QStringLiteral(":%1").arg(port);
    shown += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/')))
        shown += QStringLiteral("?host=%1").arg(host) + (port > 0 ? QStringLiteral("&port=%1").arg(port) : QString());
    return shown;
}

std::optional<DatabaseLocation> parseDatabaseLocation(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, tr("No database was given."));
        return std::nullopt;
    }
    DatabaseLocation location;
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid()) {
            fail(error, tr("The database address %1 is not a valid URL.").arg(trimmed));
            return std::nullopt;
        }
        location.kind = DatabaseLocation::Kind::Postgres;
        location.user = url.userName(QUrl::FullyDecoded);
        location.password = url.password(QUrl::FullyDecoded);
        location.host = url.host(QUrl::FullyDecoded);
        location.port = url.port(-1);
        location.database = url.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("host")))
            location.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("port"))) {
            bool ok = false;
            location.port = query.queryItemValue(QStringLiteral("port")).toInt(&ok);
            if (!ok)
                location.port = 0;
        }
        if (location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
            fail(error, tr("The database address %1 names no database; add it after the host, as in "
                           "postgresql://host/digit_tutor.")
                            .arg(trimmed));
            return std::nullopt;
        }
        if (location.port != -1 && (location.port < 1 || location.port > 65535)) {
            fail(error, tr("The port in %1 is not a number from 1 to 65535.").arg(trimmed));
            return std::nullopt;
        }
        return location;
    }
    QString path = trimmed;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = path.mid(int(qstrlen("sqlite://")));
    else if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(int(qstrlen("sqlite:")));
    else if (path.contains(QLatin1String("://"))) {
        fail(error, tr("The database address %1 is neither a file nor a postgresql:// URL.").arg(trimmed));
        return std::nullopt;
    }
    if (path.isEmpty()) {
        fail(error, tr("The database address %1 names no file.").arg(trimmed));
        return std::nullopt;
    }
    location.path = path;
    return location;
}

DatabaseLocation defaultDatabaseLocation()
{
    DatabaseLocation location;
    // The generic data folder, not AppDataLocation: that one depends on the organisation
    // name, and the app and digit-tutor-cli must open the same file.
    location.path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                    QStringLiteral("/digit-tutor/progress.sqlite");
    return location;
}

} // namespace dt::store
