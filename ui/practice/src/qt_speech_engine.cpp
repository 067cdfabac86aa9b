#include "qt_speech_engine.hpp"

#include "speech_worker.hpp"

#include <QTextToSpeech>
#include <QThread>

#include <vector>

namespace {

// Long enough for a speech service that answers; short enough that quitting never seems to hang.
constexpr unsigned long kThreadEndMs = 1000;

// The threads stuck in a speech service, kept where the process can still reach them: they
// end with it, and a leak checker does not count them as lost.
std::vector<QThread*>& stuckThreads()
{
    static std::vector<QThread*> threads;
    return threads;
}

} // namespace

QtSpeechEngine::QtSpeechEngine(QObject* parent)
    : SpeechEngine(parent)
{
    const QStringList installed = QTextToSpeech::availableEngines(); // reads plugin metadata only
    if (installed.isEmpty())
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("speech"));
    m_worker = new SpeechWorker(installed);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::voicesKnown, this, [this](const QList<QLocale>& voices) {
        m_voices = voices;
        emit SpeechEngine::voicesKnown();
    });
    connect(m_worker, &SpeechWorker::unvoiced, this, [this](const QLocale& language) {
        if (language == m_language)
            emit unvoiced();
    });
    connect(m_worker, &SpeechWorker::failed, this, [this] {
        m_failed = true;
        emit failed();
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::probe, Qt::QueuedConnection);
}

QtSpeechEngine::~QtSpeechEngine()
{
    if (!m_thread)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread->quit();
    if (m_thread->wait(kThreadEndMs)) {
        delete m_thread; // the worker went with the thread's end (deleteLater)
        return;
    }
    // Stuck in the speech service: deleting a running thread would abort the app, so the
    // thread and its worker are left for the process's end.
    stuckThreads().push_back(m_thread);
}

bool QtSpeechEngine::isUsable() const { return m_thread && !m_failed; }

bool QtSpeechEngine::hasVoiceFor(const QLocale& locale)
{
    if (!m_voices)
        return true; // not known yet
    for (const QLocale& voice : std::as_const(*m_voices))
        if (voice.language() == locale.language())
            return true;
    return false;
}

bool QtSpeechEngine::useLanguage(const QLocale& locale)
{
    stop();
    m_language = locale;
    return hasVoiceFor(locale);
}

void QtSpeechEngine::say(const QString& text)
{
    if (isUsable())
        QMetaObject::invokeMethod(m_worker, "speak", Qt::QueuedConnection, Q_ARG(QLocale, m_language), Q_ARG(QString, text));
}

void QtSpeechEngine::stop()
{
    if (isUsable())
        QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::QueuedConnection);
}
