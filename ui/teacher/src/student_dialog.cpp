#include <digit_tutor/teacher/student_dialog.hpp>

#include <digit_tutor/teacher/language_box.hpp>

#include <digit_tutor/progress/bidi_controls.hpp>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

constexpr int kMaxNameLength = 100; // as the store takes them

} // namespace

StudentDialog::StudentDialog(const dt::store::Student& start, Saver save, QWidget* parent)
    : QDialog(parent)
    , m_start(start)
    , m_save(std::move(save))
    , m_name(new QLineEdit(dt::store::withoutBidiControls(start.name), this))
    , m_group(new QLineEdit(dt::store::withoutBidiControls(start.group), this))
    , m_left(new QCheckBox(tr("Writes with the left hand"), this))
    , m_language(new LanguageBox(tr("Same as the class"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(start.id == 0 ? tr("Add Student") : tr("Edit Student"));
    auto* form = new QFormLayout(this);
    m_name->setMaxLength(kMaxNameLength);
    m_name->setAccessibleName(tr("Name"));
    m_group->setAccessibleName(tr("Class or group"));
    m_left->setChecked(start.leftHanded);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Class or group:"), m_group);
    form->addRow(QString(), m_left);
    m_language->setLanguage(start.language);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language the child sees and hears: a child may speak another language at home"));
    form->addRow(tr("Language:"), m_language);
    // The store's reason quotes the name: plain text, whatever the name holds.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setAccessibleName(tr("Problem"));
    m_message->hide();
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &StudentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StudentDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

QString StudentDialog::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }

dt::store::Student StudentDialog::typed() const
{
    dt::store::Student s = m_start;
    // A field left as shown keeps what the store has, direction controls and all: editing
    // the class must not quietly change the name.
    if (m_name->text() != dt::store::withoutBidiControls(m_start.name))
        s.name = m_name->text();
    if (m_group->text() != dt::store::withoutBidiControls(m_start.group))
        s.group = m_group->text();
    s.leftHanded = m_left->isChecked();
    s.language = m_language->language();
    return s;
}

void StudentDialog::accept()
{
    const QString problem = m_save(typed());
    if (problem.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_message->setText(dt::store::withoutBidiControls(problem));
    m_message->show();
    m_name->setFocus();
    m_name->selectAll();
}
