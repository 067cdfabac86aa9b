// The teachers' progress store, on SQLite and on a real PostgreSQL server (started here):
// students and attempts kept exactly, Unicode names and reversals included; an older
// database (version 1, 2, 3 or 5) migrated with its data;
// a newer, foreign or damaged one refused and left untouched; two writers at once lose
// nothing; a writer killed with SIGKILL mid-stream loses no attempt it had committed; the
// teacher's PIN is kept only as a salted hash; each child's practice plan is kept apart,
// across a restart, and goes with the child.

#include "store_fixture.hpp"
#include "test_main.hpp"

#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/schema_migrations.hpp>
#include <digit_tutor/progress/teacher_lock.hpp>

#include <digit_tutor/engine/practice_plan.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using dt::store::AttemptFilter;
using dt::store::AttemptRecord;
using dt::store::ProgressStore;
using dt::store::SavedPracticePlan;

namespace {

const QString kHostileName = QStringLiteral("Zoë \"Zo\" <b>&amp; 🦊");

AttemptRecord attemptOf(qint64 student, int asked, int recognised, const QDateTime& when)
{
    AttemptRecord r;
    r.studentId = student;
    r.when = when;
    r.askedDigit = asked;
    r.recognisedDigit = recognised;
    r.posterior = 0.75;
    r.logLikelihood = -512.25;
    r.typicality = 0.4;
    r.stars = asked == recognised ? 3 : 1;
    r.formation = QStringLiteral("direction");
    r.reversed = asked != recognised; // a 3 read as an 8 was a 3 facing the other way
    r.model = QStringLiteral("default.dtm 2026-11-26");
    r.strokes.canvasWidth = 400;
    r.strokes.canvasHeight = 300;
    r.strokes.strokes = {{{10, 20, 0, 0.5}, {110, 220, 32, 0.75}}, {{5, 5, 400}}};
    return r;
}

} // namespace

class TestProgressStore : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private:
    // A database as schema `version` left it (migration steps 1..version applied by hand),
    // then `rows` run on it, as data an older Digit Tutor wrote.
    static bool makeOldDatabase(const QString& url, int version, const QStringList& rows)
    {
        bool made = true;
        {
            QSqlDatabase db = rawConnection(url, "old");
            const auto dialect = db.driverName() == QLatin1String("QSQLITE") ? dt::store::SqlDialect::Sqlite
                                                                             : dt::store::SqlDialect::Postgres;
            QSqlQuery q(db);
            QStringList statements;
            for (int step = 1; step <= version; ++step)
                statements += dt::store::migrationStep(step, dialect);
            statements << QStringLiteral("UPDATE schema_version SET version = %1").arg(version);
            for (const QString& sql : statements + rows) {
                if (made && !q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    made = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase("old");
        return made;
    }

    // The rows of one table, counted past the store.
    static int rowCount(const QString& url, const QString& sql)
    {
        int count = -1;
        {
            QSqlDatabase db = rawConnection(url, "count");
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                count = q.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase("count");
        return count;
    }

    QString writerPath() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/store_writer"); }

private slots:
    void initTestCase() { start(); } // in CI a missing server fails each test (init)
    void initTestCase_data() { addKinds(); }
    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
    }
    void cleanupTestCase() { stop(); }

    void studentsAndAttemptsAreKeptExactly()
    {
        auto store = open(newDatabase());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), dt::store::kSchemaVersion);
        const auto guest = store->guest();
        QVERIFY(guest);
        QCOMPARE(guest->name, QStringLiteral("Guest"));

        const auto zoe = store->addStudent(kHostileName, QStringLiteral("1B"), true);
        QVERIFY2(zoe, qPrintable(store->lastError()));
        QVERIFY(zoe->leftHanded);
        QVERIFY(!store->addStudent(QStringLiteral("  ") + kHostileName + QStringLiteral(" ")));
        QVERIFY2(store->lastError().contains(kHostileName), qPrintable(store->lastError()));
        QVERIFY(!store->addStudent(QStringLiteral("   ")));
        const auto ben = store->addStudent(QStringLiteral("Ben"), QStringLiteral("1A"));
        QVERIFY(ben);
        const auto students = store->students();
        QVERIFY(students && students->size() == 3);
        QCOMPARE(students->front().name, QStringLiteral("Guest")); // first, then by name
        QCOMPARE(students->at(1).name, QStringLiteral("Ben"));

        const QDateTime monday(QDate(2026, 11, 2), QTime(9, 30, 15, 250), Qt::UTC);
        std::vector<AttemptRecord> made;
        for (int i = 0; i < 5; ++i) {
            AttemptRecord r = attemptOf(zoe->id, i, i == 3 ? 8 : i, monday.addDays(i * 7));
            QVERIFY2(store->addAttempt(r), qPrintable(store->lastError()));
            QVERIFY(r.id > 0);
            made.push_back(r);
        }
        AttemptRecord other = attemptOf(ben->id, 7, 7, monday);
        QVERIFY(store->addAttempt(other));
        const auto counts = store->attemptCounts();
        QVERIFY(counts);
        QCOMPARE(*counts, (std::map<qint64, int>{{zoe->id, 5}, {ben->id, 1}})); // Guest has none

        AttemptFilter byZoe;
        byZoe.studentId = zoe->id;
        const auto mine = store->attempts(byZoe);
        QVERIFY(mine && mine->size() == made.size());
        for (std::size_t i = 0; i < made.size(); ++i) {
            const AttemptRecord& a = (*mine)[i];
            QCOMPARE(a.id, made[i].id);
            QCOMPARE(a.student, kHostileName);
            QCOMPARE(a.group, QStringLiteral("1B"));
            QCOMPARE(a.when, made[i].when);
            QCOMPARE(a.askedDigit, made[i].askedDigit);
            QCOMPARE(a.recognisedDigit, made[i].recognisedDigit);
            QCOMPARE(a.posterior, 0.75);
            QCOMPARE(a.logLikelihood, -512.25);
            QCOMPARE(a.stars, made[i].stars);
            QCOMPARE(a.formation, QStringLiteral("direction"));
            QCOMPARE(a.reversed, made[i].reversed);
            QCOMPARE(a.model, made[i].model);
            QCOMPARE(QString::fromStdString(dt::drawingToJson(a.strokes)),
                     QString::fromStdString(dt::drawingToJson(made[i].strokes)));
        }
        AttemptFilter classA;
        classA.group = QStringLiteral("1A");
        QCOMPARE(store->attempts(classA)->size(), std::size_t(1));
        // A period is whole days, both ends included.
        AttemptFilter weeks;
        weeks.from = QDate(2026, 11, 9);
        weeks.to = QDate(2026, 11, 23);
        const auto period = store->attempts(weeks);
        QVERIFY(period && period->size() == 3);
        QCOMPARE(store->groups()->size(), std::size_t(2));

        // Out-of-range attempts and unknown students are refused, and nothing is stored.
        AttemptRecord bad = attemptOf(zoe->id, 12, 1, monday);
        QVERIFY(!store->addAttempt(bad));
        AttemptRecord nobody = attemptOf(999999, 1, 1, monday);
        QVERIFY(!store->addAttempt(nobody));
        QCOMPARE(store->attempts()->size(), std::size_t(6));

        // Guest stays; a student deleted for good takes their attempts along.
        QVERIFY(!store->archiveStudent(guest->id));
        QVERIFY(!store->deleteStudentForGood(guest->id));
        QVERIFY(store->archiveStudent(zoe->id));
        QVERIFY(store->deleteStudentForGood(zoe->id));
        QCOMPARE(store->attempts()->size(), std::size_t(1));
        dt::store::Student renamed = *ben;
        renamed.name = QStringLiteral("Benjamin");
        QVERIFY(store->updateStudent(renamed));
        QCOMPARE(store->student(ben->id)->name, QStringLiteral("Benjamin"));
    }

    void aVersion1DatabaseIsMigrated()
    {
        // A database as the first schema left it, with a student and an attempt in it.
        const QString url = newDatabase();
        QVERIFY(makeOldDatabase(
            url, 1,
            {"INSERT INTO students (name, class_group, left_handed, created_at) "
             "VALUES ('Ada', '2C', 0, '2026-01-05T08:00:00.000Z')",
             "INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior, "
             "log_likelihood, outlier, typicality, stars, model, strokes) SELECT id, "
             "'2026-01-05T08:01:00.000Z', 4, 4, 0.99, -300.5, 0, 0.5, 3, 'old', "
             "'{\"strokes\": [[[1, 2], [3, 4]]]}' FROM students"}));

        auto store = open(url);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), dt::store::kSchemaVersion);
        const auto attempts = store->attempts();
        QVERIFY(attempts && attempts->size() == 1);
        QCOMPARE(attempts->front().student, QStringLiteral("Ada"));
        QCOMPARE(attempts->front().formation, QString()); // not checked before version 2
        QCOMPARE(attempts->front().strokes.strokes.size(), std::size_t(1));
        QVERIFY(store->setSetting("k", "v")); // the settings table came with version 2
        QCOMPARE(*store->setting("k"), QStringLiteral("v"));
        QVERIFY(store->studentNamed("Guest"));
    }

    void aVersion2DatabaseIsMigrated()
    {
        // A database as version 2 left it: two students (Guest among them), their attempts
        // with formation hints, and the teacher's PIN.
        const QString url = newDatabase();
        QVERIFY(makeOldDatabase(
            url, 2,
            {"INSERT INTO students (name, class_group, left_handed, created_at) VALUES "
             "('Guest', '', 0, '2026-03-01T07:00:00.000Z'), ('Ada', '2C', 1, '2026-03-02T08:00:00.000Z')",
             "INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior, log_likelihood,"
             " outlier, typicality, stars, formation, model, strokes) SELECT id, '2026-03-02T08:01:00.000Z', 7, 1,"
             " 0.25, -410.5, 1, 0.125, 1, 'direction', 'v2 model', '{\"strokes\": [[[1, 2], [3, 4]]]}'"
             " FROM students",
             "INSERT INTO settings (key, value) VALUES ('teacher/secret', 'pbkdf2-sha256$100000$salt$hash')"}));

        auto store = open(url);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), dt::store::kSchemaVersion);
        const auto students = store->students();
        QVERIFY(students && students->size() == 2);
        QCOMPARE(students->at(0).name, QStringLiteral("Guest"));
        const dt::store::Student ada = students->at(1);
        QCOMPARE(ada.name, QStringLiteral("Ada"));
        QCOMPARE(ada.group, QStringLiteral("2C"));
        QVERIFY(ada.leftHanded);
        QCOMPARE(ada.created, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        const auto attempts = store->attempts();
        QVERIFY(attempts && attempts->size() == 2);
        for (const AttemptRecord& a : *attempts) {
            QCOMPARE(a.askedDigit, 7);
            QCOMPARE(a.recognisedDigit, 1);
            QCOMPARE(a.logLikelihood, -410.5);
            QVERIFY(a.outlier);
            QCOMPARE(a.formation, QStringLiteral("direction"));
            QVERIFY(!a.reversed); // not looked for before version 4
            QCOMPARE(a.model, QStringLiteral("v2 model"));
            QCOMPARE(a.strokes.strokes.size(), std::size_t(1));
        }
        QCOMPARE(*store->setting("teacher/secret"), QStringLiteral("pbkdf2-sha256$100000$salt$hash"));
        // The plans table came with version 3, empty.
        QCOMPARE(store->practicePlan(ada.id).status, SavedPracticePlan::Status::NoneYet);
        QVERIFY2(store->savePracticePlan(ada.id, QString::fromStdString(dt::PracticePlan(1).saveState())),
                 qPrintable(store->lastError()));
        QCOMPARE(store->practicePlan(ada.id).status, SavedPracticePlan::Status::Saved);
    }

    void aVersion3DatabaseIsMigrated()
    {
        // A database as version 3 left it: a student, an attempt with a formation hint,
        // and the student's practice plan.
        const QString url = newDatabase();
        const QString plan = QStringLiteral("the plan as version 3 kept it");
        QVERIFY(makeOldDatabase(
            url, 3,
            {"INSERT INTO students (name, class_group, left_handed, created_at) "
             "VALUES ('Ada', '2C', 0, '2026-09-01T08:00:00.000Z')",
             "INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior, log_likelihood,"
             " outlier, typicality, stars, formation, model, strokes) SELECT id, '2026-09-01T08:01:00.000Z', 5, 5,"
             " 0.875, -350.5, 0, 0.5, 2, 'start', 'v3 model', '{\"strokes\": [[[1, 2], [3, 4]]]}' FROM students",
             "INSERT INTO practice_plans (student_id, state, updated_at) SELECT id, 'the plan as version 3 kept it',"
             " '2026-09-01T08:02:00.000Z' FROM students"}));

        auto store = open(url);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), dt::store::kSchemaVersion);
        const auto ada = store->studentNamed(QStringLiteral("Ada"));
        QVERIFY(ada);
        QCOMPARE(store->practicePlan(ada->id).status, SavedPracticePlan::Status::Saved);
        QCOMPARE(store->practicePlan(ada->id).state, plan);
        auto attempts = store->attempts();
        QVERIFY(attempts && attempts->size() == 1);
        const AttemptRecord old = attempts->front();
        QCOMPARE(old.askedDigit, 5);
        QCOMPARE(old.posterior, 0.875);
        QCOMPARE(old.stars, 2);
        QCOMPARE(old.formation, QStringLiteral("start"));
        QCOMPARE(old.model, QStringLiteral("v3 model"));
        QVERIFY(!old.reversed); // an attempt before version 4 was never found reversed

        // Version 4 keeps a reversal beside the formation hint.
        AttemptRecord mirrored = attemptOf(ada->id, 5, 2, QDateTime(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC));
        mirrored.reversed = true;
        mirrored.formation.clear();
        QVERIFY2(store->addAttempt(mirrored), qPrintable(store->lastError()));
        attempts = store->attempts();
        QVERIFY(attempts && attempts->size() == 2);
        QVERIFY(!attempts->front().reversed);
        QVERIFY(attempts->back().reversed);
        QCOMPARE(attempts->back().formation, QString());
    }

    void aVersion5DatabaseIsMigrated()
    {
        // A database as version 5 left it: a class of two with an attempt. Version 6 archives
        // no one: everyone is in the lists, as they were.
        const QString url = newDatabase();
        QVERIFY(makeOldDatabase(
            url, 5,
            {"INSERT INTO students (name, class_group, left_handed, created_at) "
             "VALUES ('Ada', '2C', 0, '2026-09-01T08:00:00.000Z'), ('Bo', '2C', 1, '2026-09-01T08:00:00.000Z')",
             "INSERT INTO attempts (student_id, made_at, asked_digit, recognised_digit, posterior, log_likelihood,"
             " outlier, typicality, stars, formation, model, strokes, attempt_key) SELECT id, '2026-09-01T08:01:00.000Z',"
             " 5, 5, 0.875, -350.5, 0, 0.5, 2, 'start', 'v5 model', '{\"strokes\": [[[1, 2], [3, 4]]]}', 'k-' || name"
             " FROM students"}));
        auto store = open(url);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), dt::store::kSchemaVersion);
        const auto students = store->students();
        QCOMPARE(students->size(), std::size_t(3)); // Guest, Ada, Bo
        for (const dt::store::Student& s : *students)
            QVERIFY(!s.isArchived());
        QCOMPARE(store->attempts()->size(), std::size_t(2));
        QVERIFY(store->attempts()->front().key.startsWith(QStringLiteral("k-")));
        QCOMPARE(*store->deletedForGood(QStringLiteral("Ada")), false);
        // Version 6 archives and deletes for good.
        const auto bo = store->studentNamed(QStringLiteral("Bo"));
        QVERIFY(store->archiveStudent(bo->id));
        QVERIFY(store->deleteStudentForGood(bo->id));
        QCOMPARE(*store->deletedForGood(QStringLiteral("Bo")), true);
    }

    void practicePlansAreKeptPerChild()
    {
        const QString url = newDatabase();
        qint64 annaId = 0, benId = 0;
        dt::PracticePlan anna(1);
        for (int i = 0; i < 7; ++i)
            anna.recordAttempt(3, true); // level 2
        anna.recordAttempt(6, false);
        const QString annaState = QString::fromStdString(anna.saveState());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        {
            auto store = open(url);
            QVERIFY(store);
            annaId = store->addStudent(QStringLiteral("Anna"))->id;
            benId = store->addStudent(QStringLiteral("Ben"))->id;
            QCOMPARE(store->practicePlan(annaId).status, SavedPracticePlan::Status::NoneYet);
            QVERIFY(store->savePracticePlan(annaId, QString::fromStdString(dt::PracticePlan(5).saveState())));
            QVERIFY2(store->savePracticePlan(annaId, annaState), qPrintable(store->lastError())); // replaces
        }
        // The app closed and opened again.
        auto store = open(url);
        QVERIFY(store);
        const SavedPracticePlan saved = store->practicePlan(annaId);
        QCOMPARE(saved.status, SavedPracticePlan::Status::Saved);
        QCOMPARE(saved.state, annaState);
        QVERIFY(saved.updated >= before && saved.updated <= QDateTime::currentDateTimeUtc());
        dt::PracticePlan restored(2);
        restored.restoreState(saved.state.toStdString());
        QCOMPARE(restored.level(3), 2);
        QCOMPARE(restored.recentMisses(6), 1);
        QCOMPARE(rowCount(url, QStringLiteral("SELECT COUNT(*) FROM practice_plans")), 1); // one row per child

        // Ben has none; his plan leaves Anna's as it was.
        const SavedPracticePlan none = store->practicePlan(benId);
        QCOMPARE(none.status, SavedPracticePlan::Status::NoneYet);
        QVERIFY(none.state.isEmpty() && !none.updated.isValid());
        dt::PracticePlan ben(3);
        ben.recordAttempt(1, false);
        QVERIFY(store->savePracticePlan(benId, QString::fromStdString(ben.saveState())));
        QCOMPARE(store->practicePlan(annaId).state, annaState);
        QVERIFY(store->practicePlan(benId).state != annaState);

        // Refused: an unknown student, and a text over 64 KiB in UTF-8 (40 000 characters,
        // 80 000 bytes); Anna's plan stays.
        QCOMPARE(store->practicePlan(999999).status, SavedPracticePlan::Status::ReadFailed);
        QVERIFY2(store->lastError().contains("999999"), qPrintable(store->lastError()));
        QVERIFY(!store->savePracticePlan(999999, annaState));
        QVERIFY2(store->lastError().contains("999999"), qPrintable(store->lastError()));
        QVERIFY(!store->savePracticePlan(annaId, QString(40000, QChar(0x00EB))));
        QVERIFY2(store->lastError().contains("80000"), qPrintable(store->lastError()));
        QCOMPARE(store->practicePlan(annaId).state, annaState);

        // Anna leaves, and her plan with her; Ben's stays.
        QVERIFY(store->archiveStudent(annaId));
        QVERIFY(store->deleteStudentForGood(annaId));
        QCOMPARE(store->practicePlan(annaId).status, SavedPracticePlan::Status::ReadFailed);
        QCOMPARE(rowCount(url, QStringLiteral("SELECT COUNT(*) FROM practice_plans WHERE student_id = %1").arg(annaId)), 0);
        QCOMPARE(store->practicePlan(benId).status, SavedPracticePlan::Status::Saved);
    }

    void newerForeignAndDamagedDatabasesAreLeftAlone()
    {
        QFETCH_GLOBAL(QString, kind);
        const QString newer = newDatabase();
        {
            auto store = open(newer);
            QVERIFY(store);
        }
        {
            QSqlDatabase db = rawConnection(newer, "bump");
            QVERIFY(db.isOpen());
            QVERIFY(QSqlQuery(db).exec("UPDATE schema_version SET version = 99"));
            QVERIFY(QSqlQuery(db).exec("CREATE TABLE unrelated (x INTEGER)"));
            db.close();
        }
        QSqlDatabase::removeDatabase("bump");
        QString error;
        QVERIFY(!open(newer, &error));
        QVERIFY2(error.contains("newer Digit Tutor") && error.contains("99"), qPrintable(error));

        if (kind != QLatin1String("sqlite"))
            return;
        // A file that is no database at all, and one of another program: untouched.
        const QString garbage = newPath("garbage") + ".sqlite";
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QVERIFY(!open(garbage, &error));
        QVERIFY2(error.contains("not an SQLite database") && error.contains("garbage-"), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
        f.close();

        const QString foreign = newPath("foreign") + ".sqlite";
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec("CREATE TABLE recipes (name TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase("foreign");
        QVERIFY(!open(foreign, &error));
        QVERIFY2(error.contains("not a Digit Tutor progress database"), qPrintable(error));
    }

    void twoWritersAtOnceLoseNothing()
    {
        const QString url = newDatabase();
        QVERIFY(open(url)); // created and migrated once, so that the writers race only to write
        QProcess a, b;
        a.start(writerPath(), {url, QStringLiteral("Writer A"), QStringLiteral("60")});
        b.start(writerPath(), {url, QStringLiteral("Writer B"), QStringLiteral("60")});
        for (QProcess* p : {&a, &b}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const QList<QByteArray> ids = a.readAllStandardOutput().split('\n') + b.readAllStandardOutput().split('\n');
        auto store = open(url);
        QVERIFY(store);
        const auto attempts = store->attempts();
        QVERIFY(attempts);
        QCOMPARE(attempts->size(), std::size_t(120));
        std::set<qint64> stored;
        for (const AttemptRecord& r : *attempts)
            stored.insert(r.id);
        for (const QByteArray& id : ids)
            if (!id.isEmpty())
                QVERIFY(stored.count(id.toLongLong()));
    }

    void aWriterKilledMidStreamLosesNoCommittedAttempt()
    {
        const QString url = newDatabase();
        QVERIFY(open(url));
        QProcess writer;
        writer.start(writerPath(), {url, QStringLiteral("Crash"), QStringLiteral("0")});
        QVERIFY(writer.waitForStarted());
        QByteArray printed;
        while (printed.count('\n') < 40 && writer.waitForReadyRead(30000))
            printed += writer.readAllStandardOutput();
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        writer.kill(); // SIGKILL, in the middle of whatever it was writing
        QVERIFY(writer.waitForFinished());
        printed += writer.readAllStandardOutput();
        QVERIFY(printed.count('\n') >= 40);

        auto store = open(url);
        QVERIFY2(store, "the database opens after the crash (integrity checked on SQLite)");
        const auto attempts = store->attempts();
        QVERIFY(attempts);
        std::set<qint64> stored;
        for (const AttemptRecord& r : *attempts)
            stored.insert(r.id);
        for (const QByteArray& id : printed.split('\n'))
            if (!id.isEmpty())
                QVERIFY2(stored.count(id.toLongLong()), id.constData());
        // And it takes new attempts.
        AttemptRecord r = attemptOf(store->studentNamed("Crash")->id, 1, 1, QDateTime::currentDateTimeUtc());
        QVERIFY(store->addAttempt(r));
    }

    void theTeacherSecretIsKeptOnlyAsASaltedHash()
    {
        auto store = open(newDatabase());
        QVERIFY(store);
        dt::store::TeacherLock lock(*store);
        QVERIFY(!lock.isSet());
        QVERIFY(!lock.unlock(QStringLiteral("2468")));
        QVERIFY(!lock.setSecret(QStringLiteral("12")));
        QVERIFY(lock.lastError().contains("4"));
        QVERIFY(lock.setSecret(QStringLiteral("2468")));
        QVERIFY(lock.isSet());
        QVERIFY(lock.unlock(QStringLiteral("2468")));
        QVERIFY(!lock.unlock(QStringLiteral("2469")));
        QVERIFY(!lock.unlock(QString()));
        const QString stored = *store->setting(QStringLiteral("teacher/secret"));
        QVERIFY(!stored.contains(QStringLiteral("2468")));
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$100000$")));
        QVERIFY(dt::store::TeacherLock::hash(QStringLiteral("2468")) != dt::store::TeacherLock::hash(QStringLiteral("2468")));
        QVERIFY(!dt::store::TeacherLock::matches(QStringLiteral("2468"), QStringLiteral("plain 2468")));
    }

    void databaseAddressesAreUnderstood()
    {
        QString error;
        auto l = dt::store::parseDatabaseLocation(QStringLiteral("sqlite:///tmp/a b.sqlite"));
        QVERIFY(l && l->kind == dt::store::DatabaseLocation::Kind::Sqlite && l->path == QStringLiteral("/tmp/a b.sqlite"));
        l = dt::store::parseDatabaseLocation(QStringLiteral("postgresql://teacher:s%40cret@school.example:5433/digits"));
        QVERIFY(l && l->kind == dt::store::DatabaseLocation::Kind::Postgres);
        QCOMPARE(l->user, QStringLiteral("teacher"));
        QCOMPARE(l->password, QStringLiteral("s@cret"));
        QCOMPARE(l->host, QStringLiteral("school.example"));
        QCOMPARE(l->port, 5433);
        QCOMPARE(l->database, QStringLiteral("digits"));
        QVERIFY(!l->displayName().contains(QStringLiteral("cret")));
        QVERIFY(!dt::store::parseDatabaseLocation(QStringLiteral("postgresql://host/"), &error));
        QVERIFY(error.contains("names no database"));
        QVERIFY(!dt::store::parseDatabaseLocation(QStringLiteral("mysql://host/db"), &error));
        QVERIFY(!dt::store::parseDatabaseLocation(QString(), &error));
    }
};

DT_TEST_MAIN(TestProgressStore, QCoreApplication)
#include "test_progress_store.moc"
