// The saved-attempts history of the progress store, on SQLite and on a real PostgreSQL
// server: newest first, a page at a time, each page starting after the last attempt listed
// (attempts made at the same moment included, none listed twice or left out, also when one
// is stored while the pages are read), one child's or every child's, without strokes; the
// attempt to replay read alone with its strokes; a page size out of range refused.

#include "store_fixture.hpp"
#include "test_main.hpp"

#include <digit_tutor/progress/attempt_history.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QTest>

#include <algorithm>
#include <memory>

using dt::store::AttemptRecord;
using dt::store::HistoryRequest;
using dt::store::ProgressStore;

namespace {

dt::Drawing aStroke(int x)
{
    dt::Drawing d;
    d.canvasWidth = 300;
    d.canvasHeight = 300;
    d.strokes = {{{double(x), 10, 0, -1}, {double(x), 200, 120, -1}}};
    return d;
}

const QDateTime kMonday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

// Stores an attempt of `student` asking `digit` at `when`; its id, or 0.
qint64 store(ProgressStore& s, qint64 student, int digit, const QDateTime& when)
{
    AttemptRecord r;
    r.studentId = student;
    r.when = when;
    r.askedDigit = digit;
    r.recognisedDigit = digit;
    r.posterior = 0.9;
    r.stars = 3;
    r.strokes = aStroke(10 * digit + 10);
    return s.addAttempt(r) ? r.id : 0;
}

// The first page of `limit` attempts, of `student` (every child's when empty).
HistoryRequest firstPage(int limit, std::optional<qint64> student = std::nullopt)
{
    HistoryRequest request;
    request.studentId = student;
    request.limit = limit;
    return request;
}

// Every page of `request`'s history, one after the other: the ids, and the pages' sizes.
struct Read {
    std::vector<qint64> ids;
    std::vector<int> pages;
    bool strokesLeft = true;
    bool ok = true;
};
Read readAll(const ProgressStore& s, HistoryRequest request)
{
    Read read;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = s.history(request);
        if (!page) {
            read.ok = false;
            return read;
        }
        read.pages.push_back(int(page->attempts.size()));
        for (const AttemptRecord& a : page->attempts) {
            read.ids.push_back(a.id);
            read.strokesLeft = read.strokesLeft && a.strokes.isEmpty();
        }
        if (!page->next)
            return read;
        request.after = page->next;
    }
    read.ok = false; // never ended
    return read;
}

} // namespace

class TestAttemptHistory : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

private slots:
    void initTestCase() { start(); }
    void initTestCase_data() { addKinds(); }
    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
    }
    void cleanupTestCase() { stop(); }

    void newestFirstAPageAtATime()
    {
        auto s = open(newDatabase());
        QVERIFY(s);
        const auto ada = s->addStudent(QStringLiteral("Ada"));
        const auto ben = s->addStudent(QStringLiteral("Ben"));
        QVERIFY(ada && ben);
        // Stored out of time order (an attempt kept as a file goes in later), and three made
        // at the same moment, on two children: the order is time, then id.
        const qint64 a1 = store(*s, ada->id, 1, kMonday.addSecs(60));
        const qint64 b2 = store(*s, ben->id, 2, kMonday.addSecs(120));
        const qint64 a3 = store(*s, ada->id, 3, kMonday.addSecs(120));
        const qint64 a0 = store(*s, ada->id, 0, kMonday);
        const qint64 b4 = store(*s, ben->id, 4, kMonday.addSecs(120));
        const qint64 a5 = store(*s, ada->id, 5, kMonday.addDays(1));
        const qint64 b6 = store(*s, ben->id, 6, kMonday.addSecs(30));
        QVERIFY(a1 && b2 && a3 && a0 && b4 && a5 && b6);

        const Read everyone = readAll(*s, firstPage(3));
        QVERIFY2(everyone.ok, qPrintable(s->lastError()));
        QCOMPARE(everyone.ids, (std::vector<qint64>{a5, b4, a3, b2, a1, b6, a0}));
        QCOMPARE(everyone.pages, (std::vector<int>{3, 3, 1}));
        QVERIFY(everyone.strokesLeft); // a list carries no strokes

        const Read adas = readAll(*s, firstPage(2, ada->id));
        QVERIFY(adas.ok);
        QCOMPARE(adas.ids, (std::vector<qint64>{a5, a3, a1, a0}));
        // A full last page: the page after it is empty, and ends the history.
        QCOMPARE(adas.pages, (std::vector<int>{2, 2, 0}));

        // The rows say who, when and what, as the list shows them.
        const auto first = s->history(firstPage(1));
        QVERIFY(first && first->attempts.size() == 1);
        const AttemptRecord& newest = first->attempts.front();
        QCOMPARE(newest.student, QStringLiteral("Ada"));
        QCOMPARE(newest.when, kMonday.addDays(1));
        QCOMPARE(newest.askedDigit, 5);
        QCOMPARE(newest.recognisedDigit, 5);
        QCOMPARE(newest.stars, 3);
    }

    void anAttemptStoredMeanwhileShiftsNothing()
    {
        auto s = open(newDatabase());
        QVERIFY(s);
        const auto ada = s->addStudent(QStringLiteral("Ada"));
        QVERIFY(ada);
        std::vector<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.push_back(store(*s, ada->id, i, kMonday.addSecs(i)));
        const auto page1 = s->history(firstPage(2));
        QVERIFY(page1 && page1->next);
        // A child finishes a drawing while the teacher scrolls: it goes on top, and the next
        // page goes on where the first ended (an offset would list ids[3] twice).
        QVERIFY(store(*s, ada->id, 9, kMonday.addDays(1)));
        HistoryRequest next = firstPage(2);
        next.after = page1->next;
        const auto page2 = s->history(next);
        QVERIFY(page2);
        QCOMPARE(page2->attempts.size(), std::size_t(2));
        QCOMPARE(page2->attempts[0].id, ids[2]);
        QCOMPARE(page2->attempts[1].id, ids[1]);
    }

    void theAttemptToReplayComesWithItsStrokes()
    {
        auto s = open(newDatabase());
        QVERIFY(s);
        const auto ada = s->addStudent(QStringLiteral("Ada"));
        QVERIFY(ada);
        const qint64 id = store(*s, ada->id, 7, kMonday);
        const auto attempt = s->attempt(id);
        QVERIFY2(attempt, qPrintable(s->lastError()));
        QCOMPARE(attempt->student, QStringLiteral("Ada"));
        QCOMPARE(attempt->askedDigit, 7);
        QCOMPARE(attempt->strokes.pointCount(), aStroke(80).pointCount());
        QCOMPARE(attempt->strokes.strokes.front().front().x, 80.0);

        // Deleted for good with its child while the list was open: said, not a crash.
        QVERIFY(s->archiveStudent(ada->id));
        QVERIFY2(s->deleteStudentForGood(ada->id), qPrintable(s->lastError()));
        QVERIFY(!s->attempt(id));
        QVERIFY2(s->lastError().contains(QStringLiteral("no attempt number %1").arg(id)), qPrintable(s->lastError()));
    }

    void aPageSizeOutOfRangeIsRefused()
    {
        auto s = open(newDatabase());
        QVERIFY(s);
        for (const int limit : {0, -1, dt::store::kMaxHistoryPage + 1}) {
            QVERIFY(!s->history(firstPage(limit)));
            QVERIFY2(s->lastError().contains(QString::number(limit)), qPrintable(s->lastError()));
        }
        const auto none = s->history(firstPage(dt::store::kMaxHistoryPage));
        QVERIFY(none && none->attempts.empty() && !none->next);
    }
};

DT_TEST_MAIN(TestAttemptHistory, QCoreApplication)
#include "test_attempt_history.moc"
