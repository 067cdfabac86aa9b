#pragma once
// What a failed SQL call means for the person reading the message. SQLite's own codes tell
// a locked database from a read-only or full one, and those from damage; the driver's text
// alone ("database is locked") reads, in a sentence about a damaged file, as the wrong fault.
// Internal to the progress store.

#include <QSqlError>
#include <QString>

namespace dt::store {

enum class SqlFault { Other, Busy, ReadOnly, Full, Damaged, CannotOpen };

/// The fault behind `error` (SQLite's primary result code; PostgreSQL's lock timeouts are Busy).
SqlFault faultOf(const QSqlError& error);

/// One clause for a sentence naming the database: "it is in use by another program (locked)...",
/// "it is read-only...", "the disk is full...", or the driver's own text.
QString describeFault(const QSqlError& error);

} // namespace dt::store
