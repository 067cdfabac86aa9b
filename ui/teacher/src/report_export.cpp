#include <digit_tutor/teacher/report_export.hpp>

#include <digit_tutor/reports/attempt_stream.hpp>

#include <QThread>

#include <exception>

ReportExport::ReportExport(Job job, QObject* parent)
    : QObject(parent)
    , m_job(std::move(job))
{
}

ReportExport::~ReportExport()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    m_thread->wait();
    delete m_thread;
}

void ReportExport::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    // Queued to this object's thread: finished() is emitted where the caller listens.
    connect(m_thread, &QThread::finished, this, [this] { emit finished(m_written, m_error); }, Qt::QueuedConnection);
    m_thread->start();
}

bool ReportExport::isRunning() const { return m_thread && m_thread->isRunning(); }

void ReportExport::cancel() { m_cancelled = true; }

void ReportExport::run()
{
    try {
        const auto store = dt::store::ProgressStore::open(m_job.location, &m_error);
        if (!store)
            return;
        m_written = dt::reports::writeReport(
            m_job.format, m_job.scope, dt::reports::attemptsFromStore(*store, m_job.filter), m_job.guides, m_job.path,
            &m_error, [this](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (m_percent.exchange(percent) != percent)
                    emit progressed(done, total);
                return !m_cancelled;
            });
    } catch (const std::exception& e) {
        // Nothing may leave a thread's function; the sentence goes to the teacher instead.
        m_written = false;
        m_error = tr("Cannot write the report: %1").arg(QString::fromLocal8Bit(e.what()));
    }
}
