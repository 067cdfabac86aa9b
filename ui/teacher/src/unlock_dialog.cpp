#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

UnlockDialog::UnlockDialog(std::function<bool(const QString&)> check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_secret(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Teacher Area"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The teacher's PIN or password:"), this));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("PIN or password"));
    layout->addWidget(m_secret);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    layout->addWidget(buttons);
}

QString UnlockDialog::problemText() const { return m_problem->text(); }

void UnlockDialog::accept()
{
    if (m_check(m_secret->text())) {
        QDialog::accept();
        return;
    }
    m_secret->clear();
    m_problem->setText(tr("That is not the teacher's PIN. Try again."));
}
