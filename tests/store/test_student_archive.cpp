// Students who leave, on SQLite and on a real PostgreSQL server: archiving takes a child out
// of the lists and keeps everything of theirs (attempts, plan, class); restoring brings them
// back as they were; deleting for good is refused for a child in the lists, and for an
// archived one takes the attempts and the plan and leaves only a digest of the name. A
// class's report still counts an archived child's attempts and lists them as archived.
// Attempts kept as files for an archived child go to them (still archived); for a child
// deleted for good they stay as files and never bring the child back.

#include "store_fixture.hpp"
#include "test_main.hpp"

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/kept_attempts.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_writer.hpp>

#include <QFile>
#include <QGuiApplication>
#include <QTest>

#include <algorithm>
#include <memory>

using dt::store::AttemptRecord;
using dt::store::ProgressStore;
using dt::store::Student;
using dt::store::StudentList;

namespace {

AttemptRecord threeOf(const Student& s, int second = 0)
{
    AttemptRecord r;
    r.studentId = s.id;
    r.student = s.name;
    r.group = s.group;
    r.when = QDateTime(QDate(2026, 12, 3), QTime(10, 15, second), Qt::UTC);
    r.askedDigit = 3;
    r.recognisedDigit = 3;
    r.stars = 3;
    r.strokes.canvasWidth = 400;
    r.strokes.canvasHeight = 300;
    r.strokes.strokes = {{{10, 20, 0, 0.5}, {110, 220, 32, 0.75}}};
    return r;
}

dt::store::AttemptFilter ofStudent(qint64 id)
{
    dt::store::AttemptFilter filter;
    filter.studentId = id;
    return filter;
}

dt::store::AttemptFilter ofClass(const QString& group)
{
    dt::store::AttemptFilter filter;
    filter.group = group;
    return filter;
}

QStringList namesOf(const std::optional<std::vector<Student>>& students)
{
    QStringList names;
    for (const Student& s : students.value_or(std::vector<Student>{}))
        names << s.name;
    return names;
}

} // namespace

class TestStudentArchive : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private:
    QString m_url;
    std::unique_ptr<ProgressStore> m_store;
    Student m_lea; ///< class 1B, two attempts and a practice plan
    Student m_ben; ///< class 1B, one attempt

private slots:
    void initTestCase() { start(); }
    void initTestCase_data() { addKinds(); }
    void cleanupTestCase() { stop(); }

    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
        m_url = newDatabase();
        m_store = open(m_url);
        QVERIFY(m_store);
        const auto lea = m_store->addStudent(QStringLiteral("Léa"), QStringLiteral("1B"));
        const auto ben = m_store->addStudent(QStringLiteral("Ben"), QStringLiteral("1B"));
        QVERIFY(lea && ben);
        m_lea = *lea;
        m_ben = *ben;
        for (AttemptRecord r : {threeOf(m_lea, 1), threeOf(m_lea, 2), threeOf(m_ben, 3)})
            QVERIFY(m_store->addAttempt(r));
        QVERIFY(m_store->savePracticePlan(m_lea.id, QStringLiteral("Léa's plan")));
    }

    void cleanup() { m_store.reset(); }

    void archivingKeepsEverythingOutOfTheLists()
    {
        QVERIFY(!m_store->archiveStudent(m_store->guest()->id));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("Guest")), qPrintable(m_store->lastError()));

        QVERIFY(m_store->archiveStudent(m_lea.id));
        QVERIFY(m_store->archiveStudent(m_lea.id)); // twice changes nothing
        QCOMPARE(namesOf(m_store->students()), (QStringList{QStringLiteral("Guest"), QStringLiteral("Ben")}));
        QCOMPARE(namesOf(m_store->students(StudentList::Archived)), QStringList{QStringLiteral("Léa")});
        QCOMPARE(namesOf(m_store->students(StudentList::All)),
                 (QStringList{QStringLiteral("Guest"), QStringLiteral("Ben"), QStringLiteral("Léa")}));
        const auto lea = m_store->student(m_lea.id);
        QVERIFY(lea->isArchived());
        QVERIFY(lea->archived.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(m_store->studentNamed(QStringLiteral("Léa"))->id, m_lea.id); // a report by name finds her
        QCOMPARE(m_store->attempts(ofStudent(m_lea.id))->size(), std::size_t(2));
        QCOMPARE(m_store->practicePlan(m_lea.id).state, QStringLiteral("Léa's plan"));
        QCOMPARE(*m_store->groups(), std::vector<QString>{QStringLiteral("1B")});

        // Her name stays hers: a new Léa is refused, saying why.
        QVERIFY(!m_store->addStudent(QStringLiteral("Léa")));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("archived")), qPrintable(m_store->lastError()));

        // Restored as she was.
        QVERIFY(m_store->restoreStudent(m_lea.id));
        const auto back = m_store->student(m_lea.id);
        QVERIFY(!back->isArchived());
        QCOMPARE(back->group, QStringLiteral("1B"));
        QCOMPARE(back->created, m_lea.created);
        QVERIFY(namesOf(m_store->students()).contains(QStringLiteral("Léa")));
        QCOMPARE(m_store->attempts(ofStudent(m_lea.id))->size(), std::size_t(2));
    }

    void deletingForGoodIsASecondStep()
    {
        // In the lists: refused, nothing deleted.
        QVERIFY(!m_store->deleteStudentForGood(m_lea.id));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("archived")), qPrintable(m_store->lastError()));
        QCOMPARE(m_store->attempts(ofStudent(m_lea.id))->size(), std::size_t(2));

        QVERIFY(m_store->archiveStudent(m_lea.id));
        QCOMPARE(*m_store->deletedForGood(QStringLiteral("Léa")), false);
        QVERIFY(m_store->deleteStudentForGood(m_lea.id));
        QVERIFY(!m_store->student(m_lea.id));
        QCOMPARE(m_store->attempts()->size(), std::size_t(1)); // Ben's
        QCOMPARE(m_store->practicePlan(m_lea.id).status, dt::store::SavedPracticePlan::Status::ReadFailed);
        QCOMPARE(*m_store->deletedForGood(QStringLiteral(" Léa ")), true);
        QCOMPARE(*m_store->deletedForGood(QStringLiteral("Ben")), false);

        // What is left of her is a digest, not her name.
        QSqlDatabase db = rawConnection(m_url, QStringLiteral("look"));
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name_digest FROM deleted_students")));
            QVERIFY(q.next());
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("L")));
            QCOMPARE(q.value(0).toString().size(), 64);
            QVERIFY(!q.next());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("look"));

        // A child of that name added again takes it over.
        QVERIFY(m_store->addStudent(QStringLiteral("Léa")));
        QCOMPARE(*m_store->deletedForGood(QStringLiteral("Léa")), false);
    }

    void aClassReportListsAnArchivedChildAsArchived()
    {
        QVERIFY(m_store->archiveStudent(m_lea.id));
        const auto attempts = m_store->attempts(ofClass(QStringLiteral("1B")));
        QCOMPARE(attempts->size(), std::size_t(3)); // her attempts are the class's history
        const dt::reports::ProgressSummary summary = dt::reports::summarise(*attempts);
        QCOMPARE(summary.students.size(), std::size_t(2));
        for (const auto& s : summary.students)
            QCOMPARE(s.archived, s.studentId == m_lea.id);

        dt::reports::ReportScope scope;
        scope.title = QStringLiteral("1B");
        scope.isClass = true;
        const QString path = newPath(QStringLiteral("class.html"));
        QString error;
        QVERIFY2(dt::reports::writeReport(dt::reports::ReportFormat::Html, scope,
                                          dt::reports::attemptsFromStore(*m_store, ofClass(QStringLiteral("1B"))),
                                          {}, path, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.contains(QStringLiteral("Léa (archived)")), qPrintable(html.left(400)));
        QVERIFY(html.contains(QStringLiteral(">Ben<")));
    }

    void keptAttemptsNeverBringBackARemovedChild()
    {
        // Max leaves for good; Léa is archived; Nina was never in this store (a new database
        // after a damaged one). Their attempts were kept as files while the store failed.
        const auto max = m_store->addStudent(QStringLiteral("Max"), QStringLiteral("1B"));
        QVERIFY(max);
        QVERIFY(m_store->archiveStudent(max->id) && m_store->deleteStudentForGood(max->id));
        QVERIFY(m_store->archiveStudent(m_lea.id));
        AttemptArchive archive(newPath(QStringLiteral("kept")));
        Student nina;
        nina.name = QStringLiteral("Nina");
        nina.group = QStringLiteral("1C");
        QStringList paths;
        int second = 10;
        for (const Student& s : {m_lea, *max, *max, nina}) {
            AttemptRecord kept = threeOf(s, ++second);
            paths << archive.keep(kept);
        }
        QVERIFY(!paths.contains(QString()));

        dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*m_store, archive);
        QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
        QCOMPARE(back.taken, 2);    // Léa's and Nina's
        QCOMPARE(back.archived, 1); // Léa's, and she stays archived
        QCOMPARE(back.ofDeleted, 2);
        QCOMPARE(back.deletedNames, QStringList{QStringLiteral("Max")});
        QCOMPARE(back.remaining, 0);
        QCOMPARE(m_store->attempts(ofStudent(m_lea.id))->size(), std::size_t(3));
        QVERIFY(m_store->student(m_lea.id)->isArchived());
        QVERIFY(!m_store->studentNamed(QStringLiteral("Max")));     // not brought back
        QVERIFY(QFile::exists(paths[1]) && QFile::exists(paths[2])); // and nothing lost
        QCOMPARE(m_store->studentNamed(QStringLiteral("Nina"))->group, QStringLiteral("1C"));

        // The teacher adds Max again: now his kept attempts are his.
        const auto again = m_store->addStudent(QStringLiteral("Max"), QStringLiteral("1B"));
        QVERIFY(again);
        back = dt::store::takeBackKeptAttempts(*m_store, archive);
        QCOMPARE(back.taken, 2);
        QCOMPARE(back.ofDeleted, 0);
        QCOMPARE(m_store->attempts(ofStudent(again->id))->size(), std::size_t(2));
        QVERIFY(archive.attempts().isEmpty());
    }
};

DT_TEST_MAIN(TestStudentArchive, QGuiApplication)
#include "test_student_archive.moc"
