#pragma once
// The teacher's settings: the PIN or password of the teacher area (kept only as a salted
// hash, dt::store::TeacherLock), what the children's screen does (formation hints after a
// digit, speaking to the children, sound effects, starting in full screen), and which
// progress database the app uses (the user's own file, or a school's PostgreSQL server).
// The window applies and remembers them; this page asks and shows. A server's password has
// a field of its own, never filled in by the page: it is asked for once per session, and a
// password typed into the address moves there on Connect, so that it is never shown.
//
// The check boxes of the children's screen carry object names, for tests to find them as a
// user does: "hints", "speech", "sounds", "fullScreen".

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dt::store {
class ProgressStore;
}

/// What the children's screen does, as the teacher chose it (the app's settings).
struct ChildSettings {
    bool hints = true;      ///< formation hints after a digit written an unusual way
    bool speech = true;     ///< every message spoken aloud
    bool sounds = true;     ///< sound effects (success, stars, try again, a digit learnt)
    bool fullScreen = true; ///< the app starts in full screen
};

class TeacherSettingsPage : public QWidget {
    Q_OBJECT
public:
    /// The store (not owned, may be null) keeps the PIN; `child` sets the check boxes of
    /// the children's screen; `database` is the one in use (empty: the user's own file).
    TeacherSettingsPage(dt::store::ProgressStore* store, const ChildSettings& child, const QString& database,
                        QWidget* parent = nullptr);

    QLineEdit* newSecretField() const { return m_secret; }
    QLineEdit* repeatSecretField() const { return m_repeat; }
    QPushButton* setSecretButton() const { return m_setSecret; }
    QCheckBox* hintsBox() const { return m_hints; }
    QLineEdit* databaseField() const { return m_database; }
    QLineEdit* databasePasswordField() const { return m_password; }
    QPushButton* connectButton() const { return m_connect; }
    /// What the last action said ("The PIN is set.", or why not).
    QString messageText() const;

    /// Whether this build can speak at all (Qt TextToSpeech); without, the speech box is greyed.
    void setSpeechAvailable(bool available);

    /// Shows the outcome of a connection the window tried.
    void showDatabaseResult(bool ok, const QString& message);

public slots:
    void setSecret();

signals:
    /// A new PIN or password was set.
    void secretChanged();
    void hintsToggled(bool enabled);
    /// "Speak to the children" was switched on or off.
    void speechToggled(bool enabled);
    /// "Sound effects" was switched on or off.
    void soundsToggled(bool enabled);
    /// "Start in full screen" was switched on or off (for the next start).
    void fullScreenToggled(bool enabled);
    /// The teacher asks for this database (empty: the user's own file), without a password
    /// in it; `password` is the one typed for the server (empty for none).
    void databaseChosen(const QString& location, const QString& password);

private:
    dt::store::ProgressStore* m_store;
    QLineEdit* m_secret;
    QLineEdit* m_repeat;
    QPushButton* m_setSecret;
    QCheckBox* m_hints;
    QCheckBox* m_speech;
    QCheckBox* m_sounds;
    QCheckBox* m_fullScreen;
    QLineEdit* m_database;
    QLineEdit* m_password;
    QPushButton* m_connect;
    QLabel* m_message;
};
