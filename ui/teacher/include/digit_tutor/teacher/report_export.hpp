#pragma once
// A progress report written on a worker thread, so that a class's 100 000 attempts never
// freeze the teacher's window: the thread opens its own connection to the store (a Qt SQL
// connection belongs to the thread that made it), reads the attempts a page at a time
// (ProgressStore::forEachAttempt) and writes the report as they come
// (dt::reports::writeReport with a stream). It says how far it is and can be cancelled;
// a cancelled or failed report leaves no file (the target is replaced only when whole).
//
// Example use (the progress view):
//     auto* job = new ReportExport({store->location(), filter, scope, guides, format, path}, this);
//     connect(job, &ReportExport::progressed, dialog, [dialog](qint64 done, qint64 total) { ... });
//     connect(dialog, &QProgressDialog::canceled, job, &ReportExport::cancel);
//     connect(job, &ReportExport::finished, this, [](bool written, const QString& error) { ... });
//     job->start();

#include <digit_tutor/reports/guide_thumbnail.hpp>
#include <digit_tutor/reports/report_scope.hpp>
#include <digit_tutor/reports/report_writer.hpp>

#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

class ReportExport : public QObject {
    Q_OBJECT
public:
    struct Job {
        dt::store::DatabaseLocation location; ///< the store to read, opened again on the worker
        dt::store::AttemptFilter filter;      ///< which attempts to read (the scope then narrows)
        dt::reports::ReportScope scope;
        dt::reports::GuideImages guides;
        dt::reports::ReportFormat format = dt::reports::ReportFormat::Pdf;
        QString path;
    };

    explicit ReportExport(Job job, QObject* parent = nullptr);
    /// Cancels a report still being written and waits for its thread.
    ~ReportExport() override;

    /// Starts the worker; once only.
    void start();
    bool isRunning() const;
    /// Whether cancel() was called.
    bool wasCancelled() const { return m_cancelled; }

public slots:
    /// Asks the worker to stop at the next attempt; finished() then says it was cancelled.
    void cancel();

signals:
    /// `done` of `total` attempts read, at most once per percent.
    void progressed(qint64 done, qint64 total);
    /// Once, on the thread that made this object: whether the file was written, and if not
    /// why (one sentence; "The report was cancelled." after cancel()).
    void finished(bool written, const QString& error);

private:
    void run();

    Job m_job;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    std::atomic<int> m_percent = -1;
    // Written by the worker, read after it ended.
    bool m_written = false;
    QString m_error;
};
