#pragma once
// Asks for the teacher's PIN or password before the teacher area opens. A wrong one is
// said in the dialog, which stays open for another try; Cancel closes it. The secret is
// checked by dt::store::TeacherLock against the salted hash in the store, never kept.

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    /// `check` says whether a typed secret is right.
    explicit UnlockDialog(std::function<bool(const QString&)> check, QWidget* parent = nullptr);

    QLineEdit* secretField() const { return m_secret; }
    QString problemText() const;

    void accept() override;

private:
    std::function<bool(const QString&)> m_check;
    QLineEdit* m_secret;
    QLabel* m_problem;
};
