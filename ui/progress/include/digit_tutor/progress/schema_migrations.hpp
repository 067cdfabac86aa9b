#pragma once
// The progress store's schema, as numbered steps from an empty database. A database
// records the last step applied (table schema_version); opening one applies the steps it
// lacks, all in one transaction, so that a database is at one version or the next, never
// between. A database from a newer Digit Tutor (a higher version) is refused, not touched.
//
// Version 1: students and attempts. Version 2: the formation hint of an attempt ("Show me
// how", issue 8) and the settings table (the teacher's PIN). Version 3: practice_plans, each
// student's practice plan (dt::PracticePlan::saveState's text, one row per student, removed
// with the student). Version 4: whether an attempt was written facing the other way
// (attempts.reversed, 0/1; 0 for every attempt made before). Version 5: each attempt's
// unique key (attempts.attempt_key, NULL before), so that an attempt kept as a file while
// the store failed is taken back exactly once. Version 6: a student can be archived
// (students.archived_at, NULL for a student in the lists), and a student deleted for good
// leaves the digest of their name in deleted_students, so that their kept attempts are
// never stored under a new student of that name. Version 7: the language a child practises
// in (students.language, a locale name such as "fr" or "pt_BR"; "" for their class's), and
// each class's (class_languages; a class without a row speaks the computer's language).
//
// The SQL is the common ground of SQLite and PostgreSQL: TEXT, INTEGER, BIGINT, DOUBLE
// PRECISION; times are ISO 8601 UTC text (sortable), booleans 0/1. Only the
// auto-numbered key differs, given per driver.

#include <QString>
#include <QStringList>

namespace dt::store {

inline constexpr int kSchemaVersion = 7;

enum class SqlDialect { Sqlite, Postgres };

/// The statements that take a database from version `step - 1` to `step` (1..kSchemaVersion).
QStringList migrationStep(int step, SqlDialect dialect);

} // namespace dt::store
