#include <digit_tutor/teacher/students_page.hpp>

#include <digit_tutor/teacher/class_language_dialog.hpp>
#include <digit_tutor/teacher/student_dialog.hpp>

#include <digit_tutor/common/languages.hpp>

#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString shortDate(const QDateTime& when) { return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat); }

} // namespace

StudentsPage::StudentsPage(dt::store::ProgressStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 7, this))
    , m_add(new QPushButton(tr("Add..."), this))
    , m_edit(new QPushButton(tr("Edit..."), this))
    , m_remove(new QPushButton(tr("Remove..."), this))
    , m_restore(new QPushButton(tr("Restore"), this))
    , m_delete(new QPushButton(tr("Delete for Good..."), this))
    , m_classLanguage(new QPushButton(tr("Class Language..."), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Add a student for each child: at the start they tap their own name, and their "
                               "attempts are kept for them. Guest is for anyone else. A student removed is archived: "
                               "out of the lists, their attempts kept, until you restore them or delete them for good."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Class"), tr("Hand"), tr("Since"), tr("Attempts"), tr("Archived"),
                                        tr("Language")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // "the computer's" may be long in a language: one line, as wide as it needs.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(LanguageColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Students"));
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_classLanguage})
        buttons->addWidget(b);
    m_classLanguage->setToolTip(tr("The language the children of the chosen student's class see and hear"));
    buttons->addStretch();
    // Apart from the others: what is done to archived students.
    for (QPushButton* b : {m_restore, m_delete})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &StudentsPage::addStudent);
    connect(m_edit, &QPushButton::clicked, this, &StudentsPage::editStudent);
    connect(m_remove, &QPushButton::clicked, this, &StudentsPage::removeStudent);
    connect(m_restore, &QPushButton::clicked, this, &StudentsPage::restoreStudent);
    connect(m_delete, &QPushButton::clicked, this, &StudentsPage::deleteStudentForGood);
    connect(m_classLanguage, &QPushButton::clicked, this, &StudentsPage::chooseClassLanguage);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &StudentsPage::editStudent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StudentsPage::updateButtons);
    refresh();
}

void StudentsPage::setStore(dt::store::ProgressStore* store)
{
    m_store = store;
    refresh();
}

void StudentsPage::refresh()
{
    const auto before = selected();
    m_table->setRowCount(0);
    m_students.clear();
    m_attempts.clear();
    updateButtons();
    if (!m_store)
        return;
    const auto students = m_store->students(dt::store::StudentList::All);
    auto counts = m_store->attemptCounts();
    const auto classLanguages = m_store->classLanguages();
    if (!students || !counts || !classLanguages) {
        report(m_store->lastError());
        return;
    }
    m_students = *students;
    // The teacher area is in the computer's language: the one of children without their own.
    const QString computers = tr("%1 (the computer's)").arg(dt::ui::languageName(QLocale().bcp47Name().section(QLatin1Char('-'), 0, 0)));
    m_table->setRowCount(int(m_students.size()));
    for (int row = 0; row < int(m_students.size()); ++row) {
        const dt::store::Student& s = m_students[std::size_t(row)];
        m_attempts.push_back((*counts)[s.id]);
        // Their own, else their class's (ProgressStore::languageOf), from one reading of the classes'.
        const auto ofClass = classLanguages->find(s.group);
        const QString language =
            !s.language.isEmpty() ? s.language : ofClass != classLanguages->end() ? ofClass->second : QString();
        const QStringList cells{dt::store::shownName(s.name),
                                dt::store::withoutBidiControls(s.group),
                                s.leftHanded ? tr("left") : tr("right"),
                                shortDate(s.created),
                                QString::number(m_attempts.back()),
                                s.isArchived() ? shortDate(s.archived) : QString(),
                                language.isEmpty() ? computers : dt::ui::languageName(language)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (s.isArchived()) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Archived: not in the lists, attempts kept"));
            }
            m_table->setItem(row, column, item);
        }
    }
    if (before)
        m_table->selectRow(rowOf(before->id));
    updateButtons();
}

int StudentsPage::rowOf(qint64 studentId) const
{
    for (std::size_t row = 0; row < m_students.size(); ++row)
        if (m_students[row].id == studentId)
            return int(row);
    return -1;
}

std::optional<dt::store::Student> StudentsPage::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    const int row = ranges.isEmpty() ? -1 : ranges.front().topRow();
    if (row < 0 || row >= int(m_students.size()))
        return std::nullopt;
    return m_students[std::size_t(row)];
}

void StudentsPage::updateButtons()
{
    const auto current = selected();
    const bool guest = current && current->name == dt::store::guestName();
    const bool archived = current && current->isArchived();
    m_add->setEnabled(m_store != nullptr);
    m_edit->setEnabled(m_store && current);
    m_remove->setEnabled(m_store && current && !guest && !archived);
    m_restore->setEnabled(m_store && archived);
    m_delete->setEnabled(m_store && archived);
    m_classLanguage->setEnabled(m_store && current && !current->group.trimmed().isEmpty());
}

void StudentsPage::chooseClassLanguage()
{
    const auto current = selected();
    if (!m_store || !current || current->group.trimmed().isEmpty())
        return;
    const auto language = m_store->classLanguage(current->group);
    if (!language) {
        report(m_store->lastError());
        return;
    }
    ClassLanguageDialog dialog(current->group, *language, [this, group = current->group](const QString& chosen) {
        return m_store->setClassLanguage(group, chosen) ? QString() : m_store->lastError();
    }, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit studentsChanged();
    }
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
    m_problem = dt::store::withoutBidiControls(problem);
    if (problem.isEmpty() || !isVisible())
        return;
    // Window-modal and not waited for: the teacher reads it and goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Students"), m_problem, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // a student's name is text, whatever it holds
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool StudentsPage::confirm(const QString& title, const QString& question, const QString& act)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton* yes = box.addButton(act, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    // Return must never be the key that loses a child's work.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

bool StudentsPage::editInDialog(const dt::store::Student& start)
{
    qint64 saved = start.id;
    StudentDialog dialog(start, [this, &saved](const dt::store::Student& s) {
        if (s.id == 0) {
            const auto added = m_store->addStudent(s.name, s.group, s.leftHanded);
            saved = added ? added->id : 0;
            return added ? QString() : m_store->lastError();
        }
        return m_store->updateStudent(s) ? QString() : m_store->lastError();
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_problem.clear();
    refresh();
    m_table->selectRow(rowOf(saved));
    emit studentsChanged();
    return true;
}

void StudentsPage::addStudent()
{
    if (m_store)
        editInDialog(dt::store::Student{});
}

void StudentsPage::editStudent()
{
    if (const auto current = selected(); m_store && current)
        editInDialog(*current);
}

void StudentsPage::removeStudent()
{
    const auto current = selected();
    if (!m_store || !current || current->isArchived())
        return;
    const QString name = dt::store::withoutBidiControls(current->name);
    const int attempts = m_attempts[std::size_t(rowOf(current->id))];
    if (!confirm(tr("Remove Student"),
                 tr("Remove %1 from the lists? %1 will be archived and their %n attempt(s) kept; you can restore "
                    "them or delete them for good on this page.",
                    nullptr, attempts)
                     .arg(name),
                 tr("Remove")))
        return;
    finishChange(m_store->archiveStudent(current->id));
}

void StudentsPage::restoreStudent()
{
    if (const auto current = selected(); m_store && current && current->isArchived())
        finishChange(m_store->restoreStudent(current->id));
}

void StudentsPage::deleteStudentForGood()
{
    const auto current = selected();
    if (!m_store || !current || !current->isArchived())
        return;
    const QString name = dt::store::withoutBidiControls(current->name);
    const int attempts = m_attempts[std::size_t(rowOf(current->id))];
    if (!confirm(tr("Delete Student for Good"),
                 tr("Delete %1 and their %n attempt(s) for good? This cannot be undone.", nullptr, attempts).arg(name),
                 tr("Delete for Good")))
        return;
    finishChange(m_store->deleteStudentForGood(current->id));
}
