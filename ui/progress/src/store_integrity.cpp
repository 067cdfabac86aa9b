#include <digit_tutor/progress/store_integrity.hpp>

#include "store_errors.hpp"

#include <digit_tutor/progress/progress_store.hpp>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace dt::store {
namespace {

// SQLite lists every problem; a few say what is wrong, and a damaged file can have millions.
constexpr int kFindingsShown = 5;

} // namespace

IntegrityReport checkIntegrity(const DatabaseLocation& location)
{
    IntegrityReport report;
    if (location.kind != DatabaseLocation::Kind::Sqlite)
        return report;
    const QString connection = QStringLiteral("digit-tutor-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(kFindingsShown))) {
            const QSqlError error = db.isOpen() ? q.lastError() : db.lastError();
            report.ok = false;
            report.message = faultOf(error) == SqlFault::Damaged
                                 ? ProgressStore::tr("The progress database %1 is damaged: %2.").arg(location.displayName(), error.text())
                                 : ProgressStore::tr("The progress database %1 could not be checked: %2.")
                                       .arg(location.displayName(), describeFault(error));
        } else {
            QStringList findings;
            while (q.next())
                findings << q.value(0).toString();
            if (findings != QStringList{QStringLiteral("ok")}) {
                report.ok = false;
                report.message =
                    ProgressStore::tr("The progress database %1 is damaged: %2. Reports may leave attempts out. Keep a copy of the "
                       "file and have it repaired (the sqlite3 tool's .recover command rescues what can be read).")
                        .arg(location.displayName(), findings.join(QStringLiteral("; ")));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return report;
}

} // namespace dt::store
