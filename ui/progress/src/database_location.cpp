#include <digit_tutor/progress/database_location.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace dt::store {
namespace {

// The context of its sentences, for the app and lupdate alike.
class LocationText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
};

void fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
}

// Where the password is in a URL's text: [first, last), after the first ':' of the user
// info and before the '@' that ends it. Found in the text rather than by QUrl, so that the
// rest stays as typed and a URL that QUrl refuses is covered too. `exact`: in a URL QUrl
// accepts, the user info ends at the last '@' before the path, query or fragment, as QUrl
// reads it; otherwise at the last '@' of all, as a mistyped password ("a/b", unescaped) may
// hold any character, and hiding a little too much is better than too little.
std::optional<std::pair<qsizetype, qsizetype>> passwordSpan(const QString& text, bool exact)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return std::nullopt;
    const qsizetype begin = scheme + 3;
    qsizetype end = text.size();
    if (exact && QUrl(text, QUrl::StrictMode).isValid())
        for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')})
            if (const qsizetype at = text.indexOf(c, begin); at >= 0 && at < end)
                end = at;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at < begin)
        return std::nullopt;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), begin);
    if (colon < 0 || colon > at)
        return std::nullopt;
    return std::pair(colon + 1, at);
}

} // namespace

QString hiddenPassword(const QString& text)
{
    const auto span = passwordSpan(text, false);
    if (!span)
        return text;
    return text.left(span->first) + QStringLiteral("***") + text.mid(span->second);
}

QString withoutPassword(const QString& text)
{
    const auto span = passwordSpan(text, true);
    if (!span)
        return text;
    return text.left(span->first - 1) + text.mid(span->second);
}

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
    const QString shown = hiddenPassword(trimmed);
    if (trimmed.isEmpty()) {
        fail(error, LocationText::tr("No database was given."));
        return std::nullopt;
    }
    DatabaseLocation location;
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid()) {
            fail(error, LocationText::tr("The database address %1 is not a valid URL.").arg(shown));
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
            fail(error, LocationText::tr("The database address %1 names no database; add it after the host, as in "
                           "postgresql://host/digit_tutor.")
                            .arg(shown));
            return std::nullopt;
        }
        if (location.port != -1 && (location.port < 1 || location.port > 65535)) {
            fail(error, LocationText::tr("The port in %1 is not a number from 1 to 65535.").arg(shown));
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
        fail(error, LocationText::tr("The database address %1 is neither a file nor a postgresql:// URL.").arg(shown));
        return std::nullopt;
    }
    if (path.isEmpty()) {
        fail(error, LocationText::tr("The database address %1 names no file.").arg(shown));
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
