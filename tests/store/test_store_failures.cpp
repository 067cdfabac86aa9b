// The progress store when things go wrong, on SQLite and on a real PostgreSQL server:
// nothing reported stored is lost, and the database is named for what is wrong with it.
//  - A full disk: the writer (store_writer, a process, under a file-size limit, so that
//    SQLite's commit fails as it does when the disk fills) is told so; every id it printed
//    is stored, once. On PostgreSQL a commit refused by the server does the same.
//  - With a folder to keep attempts in (as the app does), each refused attempt is kept whole
//    and goes back into the store when it works again.
//  - kill -9 of a writer keeping attempts: everything it reported stored or kept is there.
//  - A database another connection holds locked: the write is refused within a second,
//    called busy, and the attempt kept, then taken back once the lock is gone.
// What only SQLite files can have wrong is in test_sqlite_health.cpp.

#include "store_fixture.hpp"
#include "test_main.hpp"

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/kept_attempts.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

using dt::store::AttemptRecord;
using dt::store::ProgressStore;
using dt::store::RecordedAttempt;

namespace {

// The most a refused write may hold up the window (the busy timeout is half a second).
constexpr qint64 kQuickMs = 3000;

AttemptRecord attemptOf(const dt::store::Student& student, int asked)
{
    AttemptRecord r;
    r.studentId = student.id;
    r.student = student.name;
    r.group = student.group;
    r.when = QDateTime(QDate(2026, 12, 1), QTime(9, 0, asked), Qt::UTC);
    r.askedDigit = asked;
    r.recognisedDigit = asked;
    r.posterior = 0.875;
    r.logLikelihood = -300.5;
    r.typicality = 0.5;
    r.stars = 3;
    r.formation = QStringLiteral("start");
    r.model = QStringLiteral("default.dtm");
    r.strokes.canvasWidth = 400;
    r.strokes.canvasHeight = 300;
    r.strokes.strokes = {{{10, 20, 0, 0.5}, {110, 220, 32, 0.75}}};
    return r;
}

// What a writer printed: the ids it was told were stored, and the keys of the attempts it kept.
struct Printed {
    std::vector<qint64> ids;
    std::vector<QString> kept;
};

Printed parsePrinted(const QByteArray& out)
{
    Printed p;
    for (const QByteArray& line : out.split('\n')) {
        if (line.startsWith("kept "))
            p.kept.push_back(QString::fromLatin1(line.mid(5)));
        else if (!line.isEmpty())
            p.ids.push_back(line.toLongLong());
    }
    return p;
}

} // namespace

class TestStoreFailures : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private:
    QString newFolder() { return newPath(QStringLiteral("kept")); }

    static QString writerPath() { return QCoreApplication::applicationDirPath() + QStringLiteral("/store_writer"); }

    // The database fills: on SQLite the writer runs under a file-size limit (the shell's
    // ulimit, SIGXFSZ ignored), so that its journal cannot grow, as on a full disk; on
    // PostgreSQL a trigger that runs at commit refuses every attempt, as a server out of
    // space would. `arguments` after the database.
    void startFullDiskWriter(QProcess& writer, const QString& url, const QStringList& arguments)
    {
        if (sqlite()) {
            writer.start(QStringLiteral("/bin/sh"),
                         QStringList{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 256; exec \"$0\" \"$@\""),
                                     writerPath(), url} +
                             arguments);
            return;
        }
        QVERIFY(runRaw(url, {"CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS "
                             "$$BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END$$",
                             "CREATE CONSTRAINT TRIGGER disk_full AFTER INSERT ON attempts DEFERRABLE INITIALLY "
                             "DEFERRED FOR EACH ROW EXECUTE FUNCTION disk_full()"}));
        writer.start(writerPath(), QStringList{url} + arguments);
    }

    void diskHasRoomAgain(const QString& url)
    {
        if (!sqlite())
            QVERIFY(runRaw(url, {"DROP TRIGGER disk_full ON attempts"}));
    }

    static std::set<qint64> storedIds(ProgressStore& store)
    {
        std::set<qint64> ids;
        const auto attempts = store.attempts(); // kept alive for the loop
        if (attempts)
            for (const AttemptRecord& r : *attempts)
                ids.insert(r.id);
        return ids;
    }

private slots:
    void initTestCase() { start(); }
    void initTestCase_data() { addKinds(); }
    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
    }
    void cleanupTestCase() { stop(); }

    void aFullDiskIsReportedAndNoIdIsGivenTwice()
    {
        const QString url = newDatabase();
        QVERIFY(open(url)); // created and migrated before the disk fills
        QProcess writer;
        startFullDiskWriter(writer, url, {QStringLiteral("Full"), QStringLiteral("3000")});
        QVERIFY(writer.waitForFinished(120000));
        const QByteArray errors = writer.readAllStandardError();
        const Printed printed = parsePrinted(writer.readAllStandardOutput());
        // Before: 3000 attempts "stored", the same few ids over and over, exit status 0.
        QVERIFY2(writer.exitCode() == 1, errors.constData());
        QVERIFY2(errors.contains("Cannot store the attempt"), errors.constData());
        QVERIFY(printed.ids.size() < 3000);
        diskHasRoomAgain(url);
        auto store = open(url);
        QVERIFY(store);
        const std::set<qint64> stored = storedIds(*store);
        const std::set<qint64> distinct(printed.ids.begin(), printed.ids.end());
        QCOMPARE(distinct.size(), printed.ids.size());
        QCOMPARE(stored, distinct); // each reported attempt is there, and no other
    }

    void aFullDiskKeepsEveryAttemptUntilTheStoreTakesItBack()
    {
        const QString url = newDatabase();
        const QString folder = newFolder();
        QVERIFY(open(url));
        QProcess writer;
        startFullDiskWriter(writer, url, {QStringLiteral("Ada"), QStringLiteral("300"), folder});
        QVERIFY(writer.waitForFinished(120000));
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        const Printed printed = parsePrinted(writer.readAllStandardOutput());
        QCOMPARE(printed.ids.size() + printed.kept.size(), std::size_t(300));
        QVERIFY(!printed.kept.empty()); // the disk did fill

        AttemptArchive archive(folder);
        std::set<QString> keys;
        for (const AttemptArchive::Attempt& file : archive.attempts()) {
            const auto kept = archive.loadAttempt(file.path);
            QVERIFY2(kept && kept->whole, qPrintable(archive.errorString()));
            QCOMPARE(kept->record.student, QStringLiteral("Ada"));
            QCOMPARE(kept->record.stars, 3);
            QCOMPARE(kept->record.strokes.strokes.size(), std::size_t(1));
            keys.insert(kept->record.key);
        }
        QCOMPARE(keys, std::set<QString>(printed.kept.begin(), printed.kept.end()));

        diskHasRoomAgain(url);
        auto store = open(url);
        QVERIFY(store);
        const dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*store, archive);
        QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
        QCOMPARE(back.taken, int(printed.kept.size()));
        QCOMPARE(store->attempts()->size(), std::size_t(300));
        QVERIFY(archive.attempts().isEmpty());
        for (const qint64 id : printed.ids)
            QVERIFY(storedIds(*store).count(id));
    }

    void aWriterKilledWhileKeepingAttemptsLosesNone()
    {
        // The disk full, so that the writer is keeping files when it is killed.
        const QString url = newDatabase();
        const QString folder = newFolder();
        QVERIFY(open(url));
        QProcess writer;
        startFullDiskWriter(writer, url, {QStringLiteral("Crash"), QStringLiteral("0"), folder});
        QVERIFY(writer.waitForStarted());
        QByteArray out;
        while (out.count("kept ") < 30 && writer.waitForReadyRead(30000))
            out += writer.readAllStandardOutput();
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        writer.kill(); // SIGKILL, in the middle of whatever it was writing
        QVERIFY(writer.waitForFinished());
        out += writer.readAllStandardOutput();
        const Printed printed = parsePrinted(out);
        QVERIFY(printed.kept.size() >= 30);

        diskHasRoomAgain(url);
        auto store = open(url);
        QVERIFY2(store, "the database opens after the crash");
        for (const qint64 id : printed.ids)
            QVERIFY(storedIds(*store).count(id));
        // Every kept attempt is whole; a file the kill caught before it was renamed into
        // place is empty, never half an attempt.
        AttemptArchive archive(folder);
        std::set<QString> keys;
        for (const AttemptArchive::Attempt& file : archive.attempts()) {
            if (QFileInfo(file.path).size() == 0)
                continue;
            const auto kept = archive.loadAttempt(file.path);
            QVERIFY2(kept && kept->whole, qPrintable(archive.errorString()));
            keys.insert(kept->record.key);
        }
        for (const QString& key : printed.kept)
            QVERIFY2(keys.count(key), qPrintable(key));
        const dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*store, archive);
        QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
        QCOMPARE(store->attempts()->size(), printed.ids.size() + keys.size());
    }

    void aLockedDatabaseRefusesTheWriteQuicklyAndTheAttemptIsKept()
    {
        const QString url = newDatabase();
        auto store = open(url);
        QVERIFY(store);
        const auto ada = store->addStudent(QStringLiteral("Ada"), QStringLiteral("1B"));
        QVERIFY(ada);
        AttemptArchive archive(newFolder());
        {
            // Another program in the middle of a long write.
            QSqlDatabase other = rawConnection(url, "holder");
            QSqlQuery q(other);
            QVERIFY(q.exec(sqlite() ? "BEGIN IMMEDIATE" : "BEGIN"));
            QVERIFY(q.exec(sqlite() ? "INSERT INTO settings (key, value) VALUES ('held', 'yes')"
                                    : "LOCK TABLE attempts IN EXCLUSIVE MODE"));

            // Before: the window froze 10 s on SQLite (for ever on PostgreSQL), then "damaged".
            AttemptRecord first = attemptOf(*ada, 4);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!store->addAttempt(first));
            QVERIFY2(timer.elapsed() < kQuickMs, qPrintable(QString::number(timer.elapsed())));
            QVERIFY2(store->lastError().contains(QStringLiteral("busy")), qPrintable(store->lastError()));

            AttemptRecord second = attemptOf(*ada, 5);
            timer.restart();
            const RecordedAttempt recorded = dt::store::recordAttempt(store.get(), archive, second);
            QVERIFY(timer.elapsed() < kQuickMs);
            QCOMPARE(recorded.where, RecordedAttempt::Where::File);
            QVERIFY2(recorded.problem.contains(QStringLiteral("busy")), qPrintable(recorded.problem));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase("holder");

        // The lock gone, the kept attempt goes back to Ada, whole.
        const dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*store, archive);
        QCOMPARE(back.taken, 1);
        const auto attempts = store->attempts();
        QVERIFY(attempts && attempts->size() == 1);
        QCOMPARE(attempts->front().studentId, ada->id);
        QCOMPARE(attempts->front().askedDigit, 5);
        QCOMPARE(attempts->front().formation, QStringLiteral("start"));
        QCOMPARE(attempts->front().when, attemptOf(*ada, 5).when);
    }
};

DT_TEST_MAIN(TestStoreFailures, QCoreApplication)
#include "test_store_failures.moc"
