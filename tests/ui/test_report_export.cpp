// "Export report..." as a teacher uses it on a big class: the report is written on a worker
// thread with its own connection to the store while the window goes on (its events are
// handled throughout), a progress dialog can cancel it, and a cancelled report leaves no
// file behind; the file written is the one exportReport() writes in place.

#include "attempt_copies.hpp"
#include "sqlite_store.hpp"
#include "test_main.hpp"

#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/progress_view.hpp>

#include <digit_tutor/progress/progress_store.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using dt::store::AttemptRecord;
using dt::store::ProgressStore;

namespace {

constexpr int kDoublings = 12; // 4 096 attempts of 150 points: a CSV of about 9 MB

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgressStore> m_store;

    // The class chosen, the report to write at `path`.
    std::unique_ptr<ProgressView> classView(const QString& path)
    {
        auto view = std::make_unique<ProgressView>(m_store.get());
        view->subjectChooser()->setCurrentIndex(0); // "Class 1B", first
        view->setFileAsker([path](const QString&) { return path; });
        return view;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("class.sqlite"));
        m_store = dt::test::openSqliteStore(file);
        QVERIFY(m_store);
        const auto zoe = m_store->addStudent(QStringLiteral("Zo\u00eb"), QStringLiteral("1B"));
        QVERIFY(zoe && m_store->addStudent(QStringLiteral("Ben"), QStringLiteral("1B")));
        AttemptRecord a;
        a.studentId = zoe->id;
        a.when = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
        a.askedDigit = 3;
        a.recognisedDigit = 3;
        a.stars = 3;
        dt::Stroke loop;
        for (int i = 0; i < 150; ++i)
            loop.push_back({100.0 + i, 200.0 + (i % 13), 16.0 * i, -1.0});
        a.strokes.strokes.push_back(loop);
        QVERIFY(m_store->addAttempt(a));
        // Copied past the store, in one transaction each, as a year of practice piles up.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(dt::test::doubleAttempts(db, kDoublings));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    }

    void theWindowGoesOnWhileAReportIsWritten()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("class.csv"));
        auto view = classView(path);
        QSignalSpy finished(view.get(), &ProgressView::exportFinished);

        // The window's own events: a timer that ticks whenever the event loop is free.
        int ticks = 0, ticksWhenDone = -1;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        connect(view.get(), &ProgressView::exportFinished, this, [&] { ticksWhenDone = ticks; });
        timer.start(0);

        view->exportWithDialog();
        QVERIFY2(finished.isEmpty(), "the export returned at once, the report still being written");
        QVERIFY(view->findChild<QProgressDialog*>());
        QVERIFY(!view->exportButton()->isEnabled()); // one report at a time
        QVERIFY(finished.wait(60000));
        QVERIFY2(ticksWhenDone > 0, "the window handled its events while the report was written");
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(view->exportButton()->isEnabled());

        // The same file as written in place.
        const QString inPlace = out.filePath(QStringLiteral("in-place.csv"));
        QString error;
        QVERIFY2(view->exportReport(inPlace, &error), qPrintable(error));
        const QByteArray written = readAll(path);
        QCOMPARE(written.count("\r\n"), (1 << kDoublings) + 1);
        QVERIFY(written == readAll(inPlace));
    }

    void aPdfIsDrawnOnTheWorkerToo()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("class.pdf"));
        auto view = classView(path);
        QSignalSpy finished(view.get(), &ProgressView::exportFinished);
        // Qt says so when a picture is drawn off the GUI thread in a way it does not allow.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("thread")));
        view->exportWithDialog();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(readAll(path).left(5), QByteArray("%PDF-"));
    }

    void aCancelledReportLeavesNoFile()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("class.pdf"));
        auto view = classView(path);
        QSignalSpy finished(view.get(), &ProgressView::exportFinished);
        view->exportWithDialog();
        auto* dialog = view->findChild<QProgressDialog*>();
        QVERIFY(dialog);
        auto* cancel = dialog->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click(); // as the teacher does
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("The report was cancelled."));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary file either
        QVERIFY2(!view->findChild<QMessageBox*>(), "a cancel is the teacher's own choice: no message");
    }
};

DT_TEST_MAIN(TestReportExport, QApplication)
#include "test_report_export.moc"
