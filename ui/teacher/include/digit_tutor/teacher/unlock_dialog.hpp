#pragma once
// Asks for the teacher's PIN or password before the teacher area opens. A wrong one is
// said in the dialog, which stays open for another try after a wait that grows with each
// wrong one (UnlockDelays), counted down in the dialog; while it lasts the field and OK are
// greyed, the rest of the app goes on, and Cancel closes it. The secret is checked by
// dt::store::TeacherLock against its salted hash, never kept.

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class UnlockDelays;

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    /// `check` says whether a typed secret is right; `delays` (owned by the caller, who
    /// keeps it beyond this dialog) counts the wrong ones.
    UnlockDialog(std::function<bool(const QString&)> check, UnlockDelays& delays, QWidget* parent = nullptr);

    QLineEdit* secretField() const { return m_secret; }
    QPushButton* okButton() const { return m_ok; }
    QString problemText() const;

    /// Checks the typed secret; does nothing while a wait lasts.
    void accept() override;

private:
    /// Greys the field and OK and counts down while a wait lasts; then lets the next try in.
    void showWait();

    std::function<bool(const QString&)> m_check;
    UnlockDelays& m_delays;
    QLineEdit* m_secret;
    QLabel* m_problem;
    QPushButton* m_ok;
    QTimer* m_countdown;
    QString m_reason;
};
