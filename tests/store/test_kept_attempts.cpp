// Attempts kept as files while the progress store fails, and taken back, on SQLite and on a
// real PostgreSQL server: a kept file holds the whole attempt (student, time, verdict, stars,
// hint, reversal, model, strokes, key) and still reads as a stroke file; files of before
// (strokes and asked digit only) still read and are never made into attempts; a file of a
// newer format is refused; taking back is exactly once, also when a crash left a file
// behind after its attempt was stored.

#include "store_fixture.hpp"
#include "test_main.hpp"

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/kept_attempts.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using dt::store::AttemptRecord;
using dt::store::ProgressStore;

namespace {

AttemptRecord mirroredThree(const QString& student, const QString& group)
{
    AttemptRecord r;
    r.student = student;
    r.group = group;
    r.when = QDateTime(QDate(2026, 12, 3), QTime(10, 15, 30, 125), Qt::UTC);
    r.askedDigit = 3;
    r.recognisedDigit = 8;
    r.posterior = 0.125;
    r.logLikelihood = -INFINITY; // no mixture explained it
    r.outlier = true;
    r.typicality = 0.25;
    r.stars = 1;
    r.formation = QStringLiteral("direction");
    r.reversed = true;
    r.model = QStringLiteral("default.dtm, created 2026-11-26T12:41:44Z");
    r.strokes.canvasWidth = 400;
    r.strokes.canvasHeight = 300;
    r.strokes.strokes = {{{10, 20, 0, 0.5}, {110, 220, 32, 0.75}}, {{5, 5, 400}}};
    return r;
}

QString json(const dt::Drawing& d) { return QString::fromStdString(dt::drawingToJson(d)); }

} // namespace

class TestKeptAttempts : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private:
    std::unique_ptr<ProgressStore> newStore() { return open(newDatabase()); }
    QString newFolder() { return newPath(QStringLiteral("kept")); }

private slots:
    void initTestCase() { start(); }
    void initTestCase_data() { addKinds(); }
    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
    }
    void cleanupTestCase() { stop(); }

    void aKeptAttemptIsWhole()
    {
        AttemptArchive archive(newFolder());
        AttemptRecord made = mirroredThree(QStringLiteral("Zoë 🦊"), QStringLiteral("1B"));
        const QString path = archive.keep(made);
        QVERIFY2(!path.isEmpty(), qPrintable(archive.errorString()));
        QVERIFY(!made.key.isEmpty()); // given here, so that the store and the file agree

        const auto kept = archive.loadAttempt(path);
        QVERIFY2(kept, qPrintable(archive.errorString()));
        QVERIFY(kept->whole);
        const AttemptRecord& r = kept->record;
        QCOMPARE(r.key, made.key);
        QCOMPARE(r.student, made.student);
        QCOMPARE(r.group, made.group);
        QCOMPARE(r.when, made.when);
        QCOMPARE(r.askedDigit, 3);
        QCOMPARE(r.recognisedDigit, 8);
        QCOMPARE(r.posterior, 0.125);
        QVERIFY(std::isinf(r.logLikelihood) && r.logLikelihood < 0);
        QVERIFY(r.outlier);
        QCOMPARE(r.typicality, 0.25);
        QCOMPARE(r.stars, 1);
        QCOMPARE(r.formation, QStringLiteral("direction"));
        QVERIFY(r.reversed);
        QCOMPARE(r.model, made.model);
        dt::Drawing labelled = made.strokes;
        labelled.label = 3;
        QCOMPARE(json(r.strokes), json(labelled));

        // Still a stroke file for whatever reads those (the replay of "Saved attempts").
        const auto drawing = archive.load(path);
        QVERIFY(drawing);
        QCOMPARE(json(*drawing), json(labelled));
        QCOMPARE(archive.attempts().size(), 1);
        QCOMPARE(archive.attempts().front().digit, 3);
    }

    void filesOfBeforeStillReadAndNewerOnesAreRefused()
    {
        AttemptArchive archive(newFolder());
        const QDateTime when(QDate(2026, 5, 4), QTime(8, 30, 0, 250));
        const QString old = archive.save(mirroredThree(QString(), QString()).strokes, 7, when);
        QVERIFY(!old.isEmpty());
        const auto kept = archive.loadAttempt(old);
        QVERIFY2(kept, qPrintable(archive.errorString()));
        QVERIFY(!kept->whole); // strokes and the asked digit only
        QCOMPARE(kept->record.askedDigit, 7);
        QCOMPARE(kept->record.when, when.toUTC());
        QCOMPARE(kept->record.strokes.strokes.size(), std::size_t(2));

        int files = 0;
        auto write = [&](const QByteArray& content) {
            const QString path = archive.folder() + QStringLiteral("/attempt-20260504-083000-%1-digit-1.json")
                                                        .arg(++files, 3, 10, QLatin1Char('0'));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return path;
        };
        const QString newer = write(R"({"attempt": {"format": 3, "key": "k"}, "strokes": [[[1, 2]]], "label": 1})");
        QVERIFY(!archive.loadAttempt(newer));
        QVERIFY2(archive.errorString().contains(QStringLiteral("newer Digit Tutor")), qPrintable(archive.errorString()));
        const QString badStars = write(R"({"attempt": {"format": 2, "key": "k", "student": "", "group": "",)"
                                       R"( "when": "2026-05-04T08:30:00.000Z", "asked": 1, "recognised": 1,)"
                                       R"( "posterior": 1, "log_likelihood": 1, "outlier": false, "typicality": 1,)"
                                       R"( "stars": 9, "formation": "", "reversed": false, "model": ""},)"
                                       R"( "strokes": [[[1, 2]]], "label": 1})");
        QVERIFY(!archive.loadAttempt(badStars));
        QVERIFY2(archive.errorString().contains(QStringLiteral("stars")), qPrintable(archive.errorString()));
    }

    void keptAttemptsGoBackExactlyOnce()
    {
        auto store = newStore();
        QVERIFY(store);
        const auto ben = store->addStudent(QStringLiteral("Ben"), QStringLiteral("1A"));
        QVERIFY(ben);
        AttemptArchive archive(newFolder());
        // Kept while the store was down: two of Zoë (not in this store yet), one of Ben, one
        // of Guest, and one file of before.
        std::vector<AttemptRecord> made = {mirroredThree(QStringLiteral("Zoë"), QStringLiteral("1B")),
                                           mirroredThree(QStringLiteral("Zoë"), QStringLiteral("1B")),
                                           mirroredThree(QStringLiteral("Ben"), QStringLiteral("1A")),
                                           mirroredThree(QString(), QString())};
        QStringList paths;
        for (std::size_t i = 0; i < made.size(); ++i) {
            made[i].when = made[i].when.addSecs(qint64(i));
            const dt::store::RecordedAttempt r = dt::store::recordAttempt(nullptr, archive, made[i]);
            QCOMPARE(r.where, dt::store::RecordedAttempt::Where::File);
            paths << r.path;
        }
        QVERIFY(!archive.save(made[0].strokes, 4).isEmpty());
        QFile first(paths.front());
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray firstContent = first.readAll();
        first.close();

        dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*store, archive);
        QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
        QCOMPARE(back.taken, 4);
        QCOMPARE(back.unreadable, 1); // the file of before stays, for replay only
        QCOMPARE(archive.attempts().size(), 1);
        auto attempts = store->attempts();
        QVERIFY(attempts && attempts->size() == 4);
        const auto zoe = store->studentNamed(QStringLiteral("Zoë"));
        QVERIFY(zoe);
        QCOMPARE(zoe->group, QStringLiteral("1B"));
        QCOMPARE(attempts->at(0).studentId, zoe->id);
        QCOMPARE(attempts->at(1).studentId, zoe->id);
        QCOMPARE(attempts->at(2).studentId, ben->id);
        QCOMPARE(attempts->at(3).studentId, store->guest()->id);
        for (std::size_t i = 0; i < made.size(); ++i) {
            QCOMPARE(attempts->at(i).key, made[i].key);
            QCOMPARE(attempts->at(i).when, made[i].when);
            QCOMPARE(attempts->at(i).stars, 1);
            QVERIFY(attempts->at(i).reversed);
            QCOMPARE(attempts->at(i).formation, QStringLiteral("direction"));
        }
        const qint64 firstId = attempts->at(0).id;

        // A crash after the store's commit, before the file's removal: the file is back.
        QVERIFY(first.open(QIODevice::WriteOnly));
        first.write(firstContent);
        first.close();
        back = dt::store::takeBackKeptAttempts(*store, archive);
        QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
        attempts = store->attempts();
        QCOMPARE(attempts->size(), std::size_t(4)); // not stored twice
        QCOMPARE(attempts->at(0).id, firstId);
        QVERIFY(!QFile::exists(paths.front()));       // and the file is gone now

        // An attempt stored once and then reported failed (a commit whose answer was lost)
        // and kept: the same key, stored once.
        AttemptRecord again = made[2];
        again.studentId = ben->id;
        QVERIFY(store->addAttempt(again));
        QCOMPARE(store->attempts()->size(), std::size_t(4));
    }

    void takingBackCanBeSpreadOut()
    {
        auto store = newStore();
        QVERIFY(store);
        AttemptArchive archive(newFolder());
        for (int i = 0; i < 5; ++i) {
            AttemptRecord r = mirroredThree(QStringLiteral("Ada"), QString());
            r.when = r.when.addSecs(i);
            QVERIFY(!archive.keep(r).isEmpty());
        }
        dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*store, archive, 2);
        QCOMPARE(back.taken, 2);
        QCOMPARE(back.remaining, 3);
        back = dt::store::takeBackKeptAttempts(*store, archive);
        QCOMPARE(back.taken, 3);
        QCOMPARE(back.remaining, 0);
        const auto attempts = store->attempts();
        QCOMPARE(attempts->size(), std::size_t(5));
        for (std::size_t i = 1; i < attempts->size(); ++i)
            QVERIFY(attempts->at(i - 1).when < attempts->at(i).when); // oldest first
    }
};

DT_TEST_MAIN(TestKeptAttempts, QCoreApplication)
#include "test_kept_attempts.moc"
