#include <digit_tutor/teacher/students_page.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>

#include <digit_tutor/progress/progress_store.hpp>

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

StudentsPage::StudentsPage(dt::store::ProgressStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("Add..."), this))
    , m_edit(new QPushButton(tr("Edit..."), this))
    , m_remove(new QPushButton(tr("Remove..."), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Add a student for each child: at the start they tap their own name, and their "
                               "attempts are kept for them. Guest is for anyone else."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Class"), tr("Hand"), tr("Since"), tr("Attempts")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Students"));
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_ask = [this](const dt::store::Student& start) { return askInDialog(start); };
    m_confirm = [this](const dt::store::Student& s) {
        const QString name = dt::store::withoutBidiControls(s.name);
        return QMessageBox::question(this, tr("Remove Student"),
                                     tr("Remove %1 and all their attempts? This cannot be undone.").arg(name)) ==
               QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &StudentsPage::addStudent);
    connect(m_edit, &QPushButton::clicked, this, &StudentsPage::editStudent);
    connect(m_remove, &QPushButton::clicked, this, &StudentsPage::removeStudent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &StudentsPage::editStudent);
    refresh();
}

void StudentsPage::setStore(dt::store::ProgressStore* store)
{
    m_store = store;
    refresh();
}

void StudentsPage::refresh()
{
    m_table->setRowCount(0);
    m_students.clear();
    for (QPushButton* b : {m_add, m_edit, m_remove})
        b->setEnabled(m_store != nullptr);
    if (!m_store)
        return;
    const auto students = m_store->students();
    auto counts = m_store->attemptCounts();
    if (!students || !counts) {
        report(m_store->lastError());
        return;
    }
    m_students = *students;
    m_table->setRowCount(int(m_students.size()));
    for (int row = 0; row < int(m_students.size()); ++row) {
        const dt::store::Student& s = m_students[std::size_t(row)];
        const QStringList cells{dt::store::withoutBidiControls(s.name), dt::store::withoutBidiControls(s.group),
                                s.leftHanded ? tr("left") : tr("right"),
                                QLocale().toString(s.created.toLocalTime().date(), QLocale::ShortFormat),
                                QString::number((*counts)[s.id])};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

std::optional<dt::store::Student> StudentsPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_students.size()))
        return std::nullopt;
    return m_students[std::size_t(row)];
}

void StudentsPage::finishChange(bool stored)
{
    if (!stored) {
        report(m_store->lastError());
        return;
    }
    m_problem.clear();
    refresh();
    emit studentsChanged();
}

void StudentsPage::report(const QString& problem)
{
    m_problem = problem;
    if (problem.isEmpty() || !isVisible())
        return;
    // Window-modal and not waited for: the teacher reads it and goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Students"), problem, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // a student's name is text, whatever it holds
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void StudentsPage::addStudent()
{
    if (!m_store)
        return;
    const auto answer = m_ask(dt::store::Student{});
    if (!answer)
        return;
    finishChange(m_store->addStudent(answer->name, answer->group, answer->leftHanded).has_value());
}

void StudentsPage::editStudent()
{
    const auto current = selected();
    if (!m_store || !current)
        return;
    auto answer = m_ask(*current);
    if (!answer)
        return;
    answer->id = current->id;
    finishChange(m_store->updateStudent(*answer));
}

void StudentsPage::removeStudent()
{
    const auto current = selected();
    if (!m_store || !current || !m_confirm(*current))
        return;
    finishChange(m_store->removeStudent(current->id));
}

std::optional<dt::store::Student> StudentsPage::askInDialog(const dt::store::Student& start)
{
    QDialog dialog(this);
    dialog.setWindowTitle(start.id == 0 ? tr("Add Student") : tr("Edit Student"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(start.name, &dialog);
    name->setMaxLength(100);
    auto* group = new QLineEdit(start.group, &dialog);
    auto* left = new QCheckBox(tr("Writes with the left hand"), &dialog);
    left->setChecked(start.leftHanded);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Class or group:"), group);
    form->addRow(QString(), left);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    dt::store::Student s = start;
    s.name = name->text();
    s.group = group->text();
    s.leftHanded = left->isChecked();
    return s;
}
