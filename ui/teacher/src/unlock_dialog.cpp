#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <digit_tutor/teacher/unlock_delays.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

UnlockDialog::UnlockDialog(std::function<bool(const QString&)> check, UnlockDelays& delays, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_delays(delays)
    , m_secret(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    setWindowTitle(tr("Teacher Area"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The teacher's PIN or password:"), this));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("PIN or password"));
    layout->addWidget(m_secret);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    layout->addWidget(buttons);
    // A timer, not a sleep: the child's page behind and Cancel stay alive during the wait.
    m_countdown->setInterval(200);
    connect(m_countdown, &QTimer::timeout, this, &UnlockDialog::showWait);
    // Opened again during a wait (Cancel, then the door again): the wait goes on.
    m_reason = tr("Too many wrong PINs.");
    showWait();
}

QString UnlockDialog::problemText() const { return m_problem->text(); }

void UnlockDialog::accept()
{
    if (m_delays.remaining() > std::chrono::milliseconds(0))
        return;
    if (m_check(m_secret->text())) {
        m_delays.succeeded();
        QDialog::accept();
        return;
    }
    m_delays.failed();
    m_secret->clear();
    m_reason = tr("That is not the teacher's PIN.");
    showWait();
}

void UnlockDialog::showWait()
{
    const auto left = m_delays.remaining();
    const bool waiting = left > std::chrono::milliseconds(0);
    m_secret->setEnabled(!waiting);
    m_ok->setEnabled(!waiting);
    if (waiting) {
        const int seconds = int((left.count() + 999) / 1000);
        m_problem->setText(tr("%1 Try again in %2 s.").arg(m_reason).arg(seconds));
        if (!m_countdown->isActive())
            m_countdown->start();
        return;
    }
    m_countdown->stop();
    m_problem->setText(m_delays.failures() > 0 ? tr("%1 Try again.").arg(m_reason) : QString());
    m_secret->setFocus();
}
