#pragma once
// Where the progress store lives: an SQLite file (the default, one per user) or a
// PostgreSQL server a school shares between classroom machines.
//
// Accepted forms (what --database and the teacher's connection setting take):
//   /path/to/progress.sqlite, sqlite:/path/to/file, sqlite:///path/to/file   (SQLite)
//   postgresql://user:password@host:5432/dbname                              (PostgreSQL)
//   postgresql://user@/dbname?host=/run/postgresql&port=5433                 (Unix socket folder)
// "postgres://" is the same as "postgresql://". User, password, host and port are
// optional (PostgreSQL's defaults apply); the database name is not. Percent-escapes in
// user, password and database are decoded.
//
// A password in a location is a secret: it is never kept in the app's settings nor shown.
// withoutPassword() gives what may be kept, hiddenPassword() what may be shown or printed
// (every message of parseDatabaseLocation shows the location that way).

#include <QString>

#include <optional>

namespace dt::store {

struct DatabaseLocation {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path;     ///< SQLite: the file
    QString host;     ///< PostgreSQL: a host name or a Unix socket folder; empty for the default
    int port = -1;    ///< PostgreSQL: -1 for the default
    QString user;
    QString password;
    QString database; ///< PostgreSQL: the database name

    /// A form to show a person: the URL without the password.
    QString displayName() const;
};

/// Parses a location; nullopt with a one-sentence reason in `error` for an empty text, an
/// unknown scheme, a PostgreSQL URL without a database name, or a port outside 1..65535.
std::optional<DatabaseLocation> parseDatabaseLocation(const QString& text, QString* error = nullptr);

/// `text` with the password of its user info (from the first ':' after "://" to the last
/// '@') replaced by "***": for messages. The last '@' of all, also in a URL that does not
/// parse, as a mistyped password may hold any character: a little too much may be hidden,
/// never too little. Other texts come back as they are.
QString hiddenPassword(const QString& text);

/// `text` without its password (nor the ':' before it), otherwise as typed: what the app
/// keeps in its settings. The user info is read as QUrl reads it (in a URL QUrl refuses, up
/// to the last '@'). The password itself is `parseDatabaseLocation(text)->password`.
QString withoutPassword(const QString& text);

/// The user's own SQLite file: ~/.local/share/digit-tutor/progress.sqlite (QStandardPaths'
/// generic data folder, so that the app and the CLI agree whatever their names).
DatabaseLocation defaultDatabaseLocation();

} // namespace dt::store
