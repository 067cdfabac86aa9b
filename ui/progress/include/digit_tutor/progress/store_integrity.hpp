#pragma once
// The full check of an SQLite progress database (PRAGMA integrity_check), for the damage
// that opening's quick_check cannot see: an index that no longer matches its table, which
// makes reports leave attempts out without a word. It reads the whole file, so it runs where
// it holds up no child: when the teacher area opens, on a worker thread (it opens a
// connection of its own, read-only, and may run on any thread).
//
// Example use:
//     const IntegrityReport report = checkIntegrity(store->location());
//     if (!report.ok) QMessageBox::warning(this, tr("Progress database"), report.message);

#include <digit_tutor/progress/database_location.hpp>

#include <QString>

namespace dt::store {

struct IntegrityReport {
    bool ok = true;  ///< nothing wrong found (a PostgreSQL server checks its own)
    QString message; ///< for the teacher when not ok: the file, what is wrong, what to do
};

/// Checks the database at `location`. A damaged database is reported with SQLite's first
/// findings; one that cannot be read (locked, unreadable) is reported as such, not as damaged.
IntegrityReport checkIntegrity(const DatabaseLocation& location);

} // namespace dt::store
