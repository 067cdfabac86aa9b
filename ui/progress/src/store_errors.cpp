#include "store_errors.hpp"

#include <digit_tutor/progress/progress_store.hpp>

#include <QCoreApplication>

namespace dt::store {
namespace {

// SQLite's primary result codes (sqlite3.h), so that this file needs no SQLite header.
constexpr int kSqliteBusy = 5, kSqliteLocked = 6, kSqliteReadOnly = 8, kSqliteCorrupt = 11, kSqliteFull = 13,
              kSqliteCantOpen = 14, kSqliteNotADb = 26;

} // namespace

SqlFault faultOf(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL: lock_not_available (lock_timeout), disk_full, read_only_sql_transaction.
    if (code == QLatin1String("55P03"))
        return SqlFault::Busy;
    if (code == QLatin1String("53100"))
        return SqlFault::Full;
    if (code == QLatin1String("25006"))
        return SqlFault::ReadOnly;
    bool number = false;
    const int value = code.toInt(&number);
    if (!number)
        return SqlFault::Other;
    switch (value & 0xff) { // an extended code keeps its primary code in the low byte
    case kSqliteBusy:
    case kSqliteLocked:
        return SqlFault::Busy;
    case kSqliteReadOnly:
        return SqlFault::ReadOnly;
    case kSqliteFull:
        return SqlFault::Full;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return SqlFault::Damaged;
    case kSqliteCantOpen:
        return SqlFault::CannotOpen;
    default:
        return SqlFault::Other;
    }
}

QString describeFault(const QSqlError& error)
{
    switch (faultOf(error)) {
    case SqlFault::Busy:
        return ProgressStore::tr("it is busy, locked by another program or window writing to it; try again in a moment");
    case SqlFault::ReadOnly:
        return ProgressStore::tr("it is read-only (check the permissions of the file and its folder)");
    case SqlFault::Full:
        return ProgressStore::tr("the disk is full");
    default:
        return error.text();
    }
}

} // namespace dt::store
