#pragma once
// How an attempt is read from the attempts table, for every read that lists attempts (the
// streamed reports, the saved-attempts history): the columns, a row made a record, and a
// page of attempts read by id. Internal to the progress store.

#include <digit_tutor/progress/attempt_record.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <unordered_map>
#include <vector>

namespace dt::store {

/// Whether a read takes the strokes too: they are most of an attempt's size, and a list
/// shows none of them.
enum class Strokes { Read, Left };

/// The attempts among `ids` (at most a page; an id no longer stored is absent) with their
/// student's name and group, by id, into `out`. false, with the query's error in `error`,
/// when the read fails.
bool readAttemptsById(const QSqlDatabase& db, const qint64* ids, std::size_t count, Strokes strokes,
                      std::unordered_map<qint64, AttemptRecord>* out, QSqlError* error);

/// The time text the attempts table keeps (ISO 8601 UTC to the millisecond), so that text
/// comparisons order attempts in time.
QString storedTime(const QDateTime& when);

} // namespace dt::store
