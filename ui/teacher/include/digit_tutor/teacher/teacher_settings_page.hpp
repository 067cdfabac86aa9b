#pragma once
// The teacher's settings: the PIN or password of the teacher area (kept only as a salted
// hash, dt::store::TeacherLock), whether children get formation hints after a digit, and
// which progress database the app uses (the user's own file, or a school's PostgreSQL
// server). The window applies the database and the hints; this page asks and shows.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dt::store {
class ProgressStore;
}

class TeacherSettingsPage : public QWidget {
    Q_OBJECT
public:
    /// The store (not owned, may be null) keeps the PIN.
    explicit TeacherSettingsPage(dt::store::ProgressStore* store, bool hintsEnabled, const QString& database,
                                 QWidget* parent = nullptr);

    QLineEdit* newSecretField() const { return m_secret; }
    QLineEdit* repeatSecretField() const { return m_repeat; }
    QPushButton* setSecretButton() const { return m_setSecret; }
    QCheckBox* hintsBox() const { return m_hints; }
    QLineEdit* databaseField() const { return m_database; }
    QPushButton* connectButton() const { return m_connect; }
    /// What the last action said ("The PIN is set.", or why not).
    QString messageText() const;

    /// Shows the outcome of a connection the window tried.
    void showDatabaseResult(bool ok, const QString& message);

public slots:
    void setSecret();

signals:
    /// A new PIN or password was set.
    void secretChanged();
    void hintsToggled(bool enabled);
    /// The teacher asks for this database (empty: the user's own file).
    void databaseChosen(const QString& location);

private:
    dt::store::ProgressStore* m_store;
    QLineEdit* m_secret;
    QLineEdit* m_repeat;
    QPushButton* m_setSecret;
    QCheckBox* m_hints;
    QLineEdit* m_database;
    QPushButton* m_connect;
    QLabel* m_message;
};
