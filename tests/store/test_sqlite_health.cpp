// What can be wrong with an SQLite progress database, and how the store names it:
//  - another program holds it locked: opening is refused within a second as busy (locked),
//    not after 10 s as damaged;
//  - a file that is not a database (1 byte, zeros, a bare header) is never replaced by a new
//    empty one (the teacher's PIN went with it), and the message names the file;
//  - a read-only file is called read-only, not damaged;
//  - a damaged index, which opening's quick_check misses (reports then leave attempts out),
//    is found by checkIntegrity(), the check the app runs when the teacher area opens.
// A fresh file each test; the write path's failures (full, locked) are in test_store_failures.cpp.

#include "file_permissions_apply.hpp"
#include "store_fixture.hpp"
#include "test_main.hpp"

#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/store_integrity.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <utility>
#include <vector>

using dt::store::AttemptRecord;

namespace {

constexpr qint64 kQuickMs = 3000;

} // namespace

class TestSqliteHealth : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private:
    QString newDatabase() { return newPath(QStringLiteral("store")) + QStringLiteral(".sqlite"); }
    QString newFolder() { return newPath(QStringLiteral("folder")); }

    static dt::store::DatabaseLocation at(const QString& path)
    {
        dt::store::DatabaseLocation location;
        location.path = path;
        return location;
    }

private slots:
    void aDatabaseLockedByAnotherProgramIsCalledLocked()
    {
        const QString url = newDatabase();
        QVERIFY(open(url));
        {
            // Exclusive locking mode: not even readers get in (as with another program's
            // rollback journal mid-write).
            QSqlDatabase other = rawConnection(url, "holder");
            QSqlQuery q(other);
            QVERIFY(q.exec("PRAGMA locking_mode=EXCLUSIVE"));
            QVERIFY(q.exec("BEGIN EXCLUSIVE"));
            QVERIFY(q.exec("INSERT INTO settings (key, value) VALUES ('held', 'yes')"));
            QString error;
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!open(url, &error));
            QVERIFY2(timer.elapsed() < kQuickMs, qPrintable(QString::number(timer.elapsed())));
            QVERIFY2(error.contains(QStringLiteral("busy")) && error.contains(QStringLiteral("locked")),
                     qPrintable(error));
            QVERIFY2(!error.contains(QStringLiteral("damaged")), qPrintable(error));
            QVERIFY(q.exec("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase("holder");
        QVERIFY(open(url)); // free again
    }

    void aFileThatIsNotADatabaseIsNeverReplaced()
    {
        // SQLite's header and pages of nothing it knows: damaged, and left as it is too.
        QByteArray pages(8192, 'x');
        pages.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        const std::vector<std::pair<QByteArray, QString>> files = {
            {QByteArray("x"), QStringLiteral("not an SQLite database")},
            {QByteArray(100, '\0'), QStringLiteral("not an SQLite database")},
            {QByteArray("SQLite format 3\0", 16), QStringLiteral("not an SQLite database")},
            {pages, QStringLiteral("damaged")}};
        for (const auto& [content, said] : files) {
            const QString path = newPath(QStringLiteral("not-a-database")) + QStringLiteral(".sqlite");
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
            file.close();
            // Before: a 1-byte file became a new, empty database (the teacher's PIN gone with it).
            QString error;
            QVERIFY(!open(path, &error));
            QVERIFY2(error.contains(said) && error.contains(path), qPrintable(error));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
            file.close();
        }

        // An empty file is no one's data: it becomes the database.
        const QString empty = newPath(QStringLiteral("empty")) + QStringLiteral(".sqlite");
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(open(empty));
    }

    void aReadOnlyDatabaseIsCalledReadOnly()
    {
        const QString folder = newFolder();
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/read-only.sqlite");
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->addStudent(QStringLiteral("Ada")));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        bool opened = false;
        {
            dt::test::FilePermissionsApply permissions;
            opened = open(path, &error) != nullptr;
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Before: "damaged or is not a database".
        QVERIFY(!opened);
        QVERIFY2(error.contains(QStringLiteral("read-only")) && error.contains(path), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("damaged")), qPrintable(error));
    }

    void aDamagedIndexIsFoundByTheFullCheck()
    {
        const QString path = newDatabase();
        {
            auto store = open(path);
            QVERIFY(store);
            const auto ada = store->addStudent(QStringLiteral("Ada"));
            for (int i = 0; i < 30; ++i) {
                AttemptRecord r;
                r.studentId = ada->id;
                r.when = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addDays(i);
                r.askedDigit = r.recognisedDigit = i % 10;
                r.strokes.strokes = {{{1, 2}, {30, 40}}};
                QVERIFY(store->addAttempt(r));
            }
            const dt::store::IntegrityReport healthy = dt::store::checkIntegrity(at(path));
            QVERIFY2(healthy.ok, qPrintable(healthy.message));
        }
        // The index says it orders by time first; its pages still order by student: reports
        // that go through it miss attempts.
        QVERIFY(runRaw(path, {"PRAGMA writable_schema=ON",
                              "UPDATE sqlite_schema SET sql = 'CREATE INDEX attempts_by_student_time ON attempts"
                              " (made_at, student_id)' WHERE name = 'attempts_by_student_time'"}));
        QString error;
        auto store = open(path, &error);
        QVERIFY2(store, qPrintable(error)); // quick_check does not see it
        // The reports' query for one student goes through the index: short, without a word.
        dt::store::AttemptFilter hers;
        hers.studentId = store->studentNamed(QStringLiteral("Ada"))->id;
        qInfo("Ada's attempts as a report reads them through the damaged index: %zu of 30",
              store->attempts(hers)->size());
        const dt::store::IntegrityReport report = dt::store::checkIntegrity(at(path));
        QVERIFY(!report.ok);
        QVERIFY2(report.message.contains(QStringLiteral("damaged")) && report.message.contains(path) &&
                     report.message.contains(QStringLiteral("attempts_by_student_time")),
                 qPrintable(report.message));
    }
};

DT_TEST_MAIN(TestSqliteHealth, QCoreApplication)
#include "test_sqlite_health.moc"
