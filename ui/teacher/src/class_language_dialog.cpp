#include <digit_tutor/teacher/class_language_dialog.hpp>

#include <digit_tutor/teacher/language_box.hpp>

#include <digit_tutor/progress/bidi_controls.hpp>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

ClassLanguageDialog::ClassLanguageDialog(const QString& group, const QString& language, Saver save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_box(new LanguageBox(tr("The computer's language"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Language of Class %1").arg(dt::store::withoutBidiControls(group)));
    auto* form = new QFormLayout(this);
    auto* help = new QLabel(tr("The children of this class see and hear the app in this language, unless a "
                               "student has a language of their own."),
                            this);
    help->setWordWrap(true);
    form->addRow(help);
    m_box->setLanguage(language);
    m_box->setAccessibleName(tr("Language"));
    form->addRow(tr("Language:"), m_box);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassLanguageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClassLanguageDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

QString ClassLanguageDialog::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }

void ClassLanguageDialog::accept()
{
    const QString problem = m_save(m_box->language());
    if (problem.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_message->setText(problem);
    m_message->show();
}
