#pragma once
// The teacher's list of students: name, class, hand, since when, how many attempts; Add,
// Edit and Remove (with its attempts, after a question). Guest is always there and keeps
// its name. What a store refuses (a name taken, an empty one) is said in a message.
//
// Example use:
//     auto* page = new StudentsPage(store);
//     connect(page, &StudentsPage::studentsChanged, progressView, &ProgressView::refresh);

#include <digit_tutor/progress/student.hpp>

#include <QWidget>

#include <optional>

class QTableWidget;
class QPushButton;

namespace dt::store {
class ProgressStore;
}

class StudentsPage : public QWidget {
    Q_OBJECT
public:
    /// The store is not owned; null shows why there is nothing to edit.
    explicit StudentsPage(dt::store::ProgressStore* store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

    /// What the add and edit dialogs ask: name, class, hand. nullopt when cancelled.
    /// Tests replace it to answer without a dialog.
    using Asker = std::function<std::optional<dt::store::Student>(const dt::store::Student& start)>;
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    /// Whether to remove a student and their attempts; tests replace it too.
    using Confirmer = std::function<bool(const dt::store::Student&)>;
    void setConfirmer(Confirmer confirm) { m_confirm = std::move(confirm); }
    /// The last refusal ("There is already a student named Zoë."), also shown to the teacher.
    QString problemText() const { return m_problem; }

    /// Another store (the window switched databases); null shows nothing to edit.
    void setStore(dt::store::ProgressStore* store);

public slots:
    void refresh();
    void addStudent();
    void editStudent();
    void removeStudent();

signals:
    void studentsChanged();

private:
    std::optional<dt::store::Student> selected() const;
    void report(const QString& problem);
    /// After the store was asked to add, change or remove a student: the store's reason
    /// when it refused, else the list read again and studentsChanged().
    void finishChange(bool stored);
    std::optional<dt::store::Student> askInDialog(const dt::store::Student& start);

    dt::store::ProgressStore* m_store;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    Asker m_ask;
    Confirmer m_confirm;
    QString m_problem;
    std::vector<dt::store::Student> m_students;
};
