// Reports read from the store a page at a time, on SQLite and on a real PostgreSQL server
// (started here): the attempts come in the order of ProgressStore::attempts() across page
// boundaries and equal times; a report written from them as they come is byte for byte
// the report of the same attempts held in memory (CSV, and HTML, which has the PDF's
// content); and a report cancelled half way leaves no file and the one before untouched.

#include "attempt_copies.hpp"
#include "postgres_server.hpp"
#include "test_main.hpp"

#include <digit_tutor/reports/attempt_stream.hpp>
#include <digit_tutor/reports/csv_report.hpp>
#include <digit_tutor/reports/html_report.hpp>
#include <digit_tutor/reports/report_writer.hpp>

#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dt::reports::ReportFormat;
using dt::reports::ReportScope;
using dt::store::AttemptFilter;
using dt::store::AttemptRecord;
using dt::store::ProgressStore;

namespace {

constexpr int kDistinct = 41;   // attempts stored one by one
constexpr int kDoublings = 5;   // then copied: 41 * 32 = 1312, over two page boundaries
const QString kClass = QStringLiteral("1B");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

dt::Drawing drawingOf(int points)
{
    dt::Drawing d;
    d.canvasWidth = 400;
    d.canvasHeight = 400;
    dt::Stroke s;
    for (int i = 0; i < points; ++i)
        s.push_back({100.0 + 3 * i, 100.0 + (i % 7) * 11.5, 16.0 * i, 0.5});
    d.strokes.push_back(s);
    return d;
}

} // namespace

class TestReportStream : public QObject {
    Q_OBJECT

private:
    dt::test::PostgresServer m_server;
    bool m_haveServer = false;
    QString m_serverProblem;
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<ProgressStore> m_store;
    QString m_url;

    QString newDatabase()
    {
        QFETCH_GLOBAL(QString, kind);
        if (kind == QLatin1String("sqlite"))
            return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_files));
        QString error;
        const QString url = m_server.createDatabase(&error);
        if (url.isEmpty())
            qWarning("cannot create a PostgreSQL database: %s", qPrintable(error));
        return url;
    }

    // A class of three children (one with a name that tries to break a CSV), attempts at
    // the same few times (ties broken by id), copied by SQL past the store, as a year piles up.
    bool fillClass()
    {
        m_url = newDatabase();
        QString error;
        const auto location = dt::store::parseDatabaseLocation(m_url, &error);
        m_store = location ? ProgressStore::open(*location, &error) : nullptr;
        if (!m_store) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        std::vector<qint64> children;
        for (const QString& name : {QStringLiteral("Zo\u00eb"), QStringLiteral("x;=1+1;y"), QStringLiteral("Ben")})
            children.push_back(m_store->addStudent(name, kClass)->id);
        const auto other = m_store->addStudent(QStringLiteral("Not in the class"), QStringLiteral("2A"));
        for (int i = 0; i < kDistinct; ++i) {
            AttemptRecord a;
            a.studentId = i == 7 ? other->id : children[std::size_t(i % 3)];
            a.when = QDateTime(QDate(2026, 3, 2 + i % 5), QTime(9, i % 4), QTimeZone::utc());
            a.askedDigit = i % 11 - 1;
            a.recognisedDigit = (i * 7) % 10;
            a.posterior = 0.5 + 0.01 * i;
            a.logLikelihood = -400.0 - i;
            a.outlier = i % 9 == 0;
            a.typicality = 0.3;
            a.stars = i % 4;
            a.formation = i % 5 == 0 ? QStringLiteral("start") : QStringLiteral("none");
            a.reversed = i % 6 == 0;
            a.model = QStringLiteral("default.dtm");
            a.strokes = drawingOf(10 + i);
            if (!m_store->addAttempt(a)) {
                qWarning("%s", qPrintable(m_store->lastError()));
                return false;
            }
        }
        bool copied = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(location->kind == dt::store::DatabaseLocation::Kind::Sqlite
                                                            ? QStringLiteral("QSQLITE")
                                                            : QStringLiteral("QPSQL"),
                                                        QStringLiteral("copy"));
            db.setDatabaseName(location->kind == dt::store::DatabaseLocation::Kind::Sqlite ? location->path
                                                                                            : location->database);
            db.setHostName(location->host);
            db.setPort(location->port);
            db.setUserName(location->user);
            copied = db.open() && dt::test::doubleAttempts(db, kDoublings);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        return copied;
    }

    static AttemptFilter classFilter()
    {
        AttemptFilter filter;
        filter.group = kClass;
        return filter;
    }

    static ReportScope classScope()
    {
        ReportScope scope;
        scope.title = kClass;
        scope.isClass = true;
        scope.from = QDate(2026, 3, 3); // leaves out a day, as a period does
        scope.generatedAt = QDateTime(QDate(2026, 4, 1), QTime(12, 0), QTimeZone::utc());
        return scope;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_haveServer = m_server.start(&m_serverProblem);
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, kind);
        if (kind == QLatin1String("postgresql") && !m_haveServer)
            DT_SKIP_MISSING(qPrintable("no PostgreSQL server: " + m_serverProblem));
        QVERIFY(fillClass());
    }

    void cleanup() { m_store.reset(); }

    void cleanupTestCase() { m_server.stop(); }

    void theAttemptsComePageByPageInTheirOrder()
    {
        const auto held = m_store->attempts(classFilter());
        QVERIFY(held);
        QCOMPARE(held->size(), std::size_t(32 * (kDistinct - 1)));
        QVERIFY(held->size() > 2 * ProgressStore::kAttemptPage);
        std::vector<qint64> ids;
        qint64 lastIndex = -1;
        QVERIFY(m_store->forEachAttempt(classFilter(), [&](AttemptRecord&& a, qint64 index, qint64 total) {
            ids.push_back(a.id);
            lastIndex = index;
            return total == qint64(held->size());
        }));
        QCOMPARE(lastIndex, qint64(held->size()) - 1);
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], held->at(i).id);

        // Stopped by the visitor: true, and nothing after.
        int seen = 0;
        QVERIFY(m_store->forEachAttempt(classFilter(), [&](AttemptRecord&&, qint64, qint64) { return ++seen < 3; }));
        QCOMPARE(seen, 3);

        // An attempt stored while a report reads is not in it.
        AttemptRecord late = held->front();
        late.id = 0;
        late.key.clear(); // a new attempt: with the first one's key it would be that attempt again
        int read = 0;
        QVERIFY(m_store->forEachAttempt(classFilter(), [&](AttemptRecord&&, qint64, qint64) {
            if (read++ == 0 && !m_store->addAttempt(late))
                return false;
            return true;
        }));
        QCOMPARE(read, int(held->size()));
        QCOMPARE(m_store->attempts(classFilter())->size(), held->size() + 1);
    }

    void aReportReadAsTheAttemptsComeEqualsTheOneOfHeldAttempts_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ReportFormat::Csv);
        QTest::newRow("html") << int(ReportFormat::Html);
    }

    void aReportReadAsTheAttemptsComeEqualsTheOneOfHeldAttempts()
    {
        QFETCH(int, format);
        const auto f = ReportFormat(format);
        const auto held = m_store->attempts(classFilter());
        QVERIFY(held);
        const ReportScope scope = classScope();
        const QByteArray expected = f == ReportFormat::Csv
            ? dt::reports::csvReport(dt::reports::attemptsInScope(scope, *held))
            : dt::reports::htmlReport(scope, *held, {});
        const QString path = m_dir.filePath(QStringLiteral("streamed.") + dt::reports::reportFormatSuffix(f));
        QString error;
        qint64 lastDone = 0, lastTotal = 0;
        QVERIFY2(dt::reports::writeReport(f, scope, dt::reports::attemptsFromStore(*m_store, classFilter()), {}, path,
                                          &error,
                                          [&](qint64 done, qint64 total) {
                                              lastDone = done;
                                              lastTotal = total;
                                              return true;
                                          }),
                 qPrintable(error));
        QCOMPARE(lastTotal, qint64(held->size()));
        QCOMPARE(lastDone, lastTotal);
        const QByteArray streamed = readAll(path);
        QVERIFY(streamed.contains(f == ReportFormat::Csv ? QByteArray("x;'=1+1;y") : QByteArray("x;=1+1;y")));
        QCOMPARE(streamed.size(), expected.size());
        QVERIFY(streamed == expected);
    }

    void aCancelledReportLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ReportFormat::Csv);
        QTest::newRow("pdf") << int(ReportFormat::Pdf);
    }

    void aCancelledReportLeavesNoFile()
    {
        QFETCH(int, format);
        const auto f = ReportFormat(format);
        QTemporaryDir out;
        const QString fresh = out.filePath(QStringLiteral("fresh.") + dt::reports::reportFormatSuffix(f));
        const QString kept = out.filePath(QStringLiteral("kept.") + dt::reports::reportFormatSuffix(f));
        {
            QFile before(kept);
            QVERIFY(before.open(QIODevice::WriteOnly));
            before.write("the report before");
        }
        for (const QString& path : {fresh, kept}) {
            QString error;
            QVERIFY(!dt::reports::writeReport(f, classScope(), dt::reports::attemptsFromStore(*m_store, classFilter()),
                                              {}, path, &error,
                                              [](qint64 done, qint64) { return done < 700; })); // past a page
            QCOMPARE(error, QStringLiteral("The report was cancelled."));
        }
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(readAll(kept), QByteArray("the report before"));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(kept).fileName()});
    }
};

DT_TEST_MAIN(TestReportStream, QGuiApplication)
#include "test_report_stream.moc"
