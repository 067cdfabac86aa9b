#pragma once
// The app's window, in child mode: the practice page and nothing a child could break. No
// menu bar and no key that loads a file or quits; in the page's top row who is writing (a
// child taps their own name), the grown-ups' door to the teacher area (Ctrl+Shift+T, behind
// the teacher's PIN once one is set) and a quit button that must be held for two seconds
// (then the PIN, when one is set). The window system's close is refused (quitRefused), except
// when the session ends. F11 toggles full screen; the app starts full screen unless the
// teacher said otherwise. Ctrl+L mirrors the page for a left-handed child.
//
// The teacher area holds what grown-ups need: students, progress, reports, the model, the
// settings (speech, sounds, hints, full screen, the database), the attempts kept as files,
// and quitting. Every finished attempt is recorded in the progress store for the student
// writing, with the verdict, stars, formation hint and the model's identity, and the child's
// practice plan after it; without a store (or when a write fails) the attempt is kept whole
// as a file (AttemptArchive::keep), and the status bar says so, never a dialog in front of
// the child; kept attempts go back into the store when one is set and after a write to it
// succeeds (kept_attempts.hpp). A model that fails to load is reported (file and reason) and the current one stays.
// Without the ways of writing, practice goes on without "Show me", and the status bar says
// why. The choices are remembered (app_settings.hpp).

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/practice_plan.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/progress/student.hpp>

#include <QLocale>
#include <QMainWindow>
#include <QSet>

#include <climits>
#include <memory>

class AppLanguage;
class AttemptArchive;
class TeacherArea;
class UnlockDelays;
namespace dt::store {
class ProgressStore;
class TeacherLock;
}
namespace dt {
struct Verdict;
}
class PracticePage;
class HoldButton;
class QAction;
class QThread;
class QPushButton;
class RecognitionController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const dt::DigitModel> model, QWidget* parent = nullptr);
    ~MainWindow() override;

    PracticePage* practicePage() const { return m_page; }
    RecognitionController* controller() const { return m_controller; }
    QAction* leftHandedAction() const { return m_leftHandedAction; }
    bool formationHintsEnabled() const;
    AttemptArchive* attemptArchive() const { return m_archive.get(); }
    /// The waits after wrong PINs, for every PIN dialog of this window.
    UnlockDelays& unlockDelays() const { return *m_unlockDelays; }
    /// Keeps attempts in `folder` instead of the user's data folder (tests, a teacher's choice).
    void setAttemptFolder(const QString& folder);

    /// Where attempts are recorded from now on, for the student writing (Guest until one is
    /// chosen). Without a store (or when a write to it fails) attempts go to the attempt
    /// folder as stroke files, so none is lost.
    void setProgressStore(std::unique_ptr<dt::store::ProgressStore> store);
    dt::store::ProgressStore* progressStore() const { return m_store.get(); }
    /// The student whose attempts are recorded; their handedness is applied (Guest keeps
    /// the View menu's).
    void setStudent(const dt::store::Student& student);
    const dt::store::Student& student() const { return m_student; }
    /// The app's language switch (not owned; outlives the window) and the teacher's
    /// language (the computer's): the teacher area opens in it, and each child practises in
    /// their own (ProgressStore::languageOf), the teacher's when they have none, shown and
    /// spoken. Without a switch (until this is called) the language never changes. Makes
    /// the speech engine (PromptSpeaker::prepare): a test double must be given before.
    void setLanguage(AppLanguage* language, const QLocale& teacher);
    /// The language the child writing practises in now.
    QLocale childLanguage() const;
    /// How the stored attempts name the model that judged them (file and creation date).
    void setModelIdentity(const QString& identity) { m_modelIdentity = identity; }
    QString modelIdentity() const { return m_modelIdentity; }
    /// "default.dtm, created 2026-11-26T12:41:44Z": a model file's name and its creation date.
    static QString modelIdentityOf(const dt::DigitModel& model, const QString& path);

public slots:
    /// F11: full screen or a window.
    void toggleFullScreen();
    /// The quit button was held: asks for the PIN when one is set, then closes the window.
    void requestQuit();
    /// Loads a model file; on failure shows a message and keeps the current model.
    /// Returns whether the model was replaced.
    bool loadModelFile(const QString& path);
    /// Mirrors the page for a left-handed child, and remembers it.
    void setLeftHanded(bool leftHanded);
    /// Sound effects (success, try again, celebrations) or none, and remembers it.
    void setSoundsEnabled(bool enabled);
    /// Speaks every message to the child or not, and remembers it.
    void setSpeechEnabled(bool enabled);
    /// Loads a ways-of-writing file for "Show me" and the hints; on failure says why in the
    /// status bar and hides "Show me". Returns whether it loaded.
    bool loadWritingWaysFile(const QString& path);
    /// Shows formation hints after Done or not, and remembers it.
    void setFormationHintsEnabled(bool enabled);
    /// The model file in use; empty for the bundled default.
    QString modelPath() const { return m_modelPath; }
    /// Says which file the model given to the constructor came from (not remembered).
    void setModelPath(const QString& path) { m_modelPath = path; }
    /// Loads a model file for practice and remembers the choice (settings::setModelPath);
    /// a bad file is refused with the loader's reason and the current model stays.
    bool useModelFile(const QString& path);
    /// Back to the bundled default model, and forgets the choice.
    bool useDefaultModel();
    /// Switches the progress database ("" for this user's own file) and remembers it
    /// (settings::setDatabase, never with a password); on failure keeps the current one.
    /// `password` (may be empty) is the server's, for this session only. Says what happened
    /// in `message`, which never holds the password.
    bool connectDatabase(const QString& location, const QString& password, QString* message);
    /// Why there is no progress store, when there is none.
    void setDatabaseProblem(const QString& problem) { m_databaseProblem = problem; }
    /// The teacher area, after the PIN when one is set: in the store or, when the store is
    /// missing or without it, the copy in the settings (TeacherLock, KeptSecret).
    void openTeacherArea();
    /// "Who is writing?": the students of the store, big; does nothing without a store.
    void chooseStudent();
    /// Saved Attempts, from the teacher area (past the PIN): every child's attempts in the
    /// store and those kept as files, each replayed as it was drawn.
    void showAttempts();

signals:
    /// The window system asked to close the child's window (Alt+F4, a title bar's cross)
    /// and it stayed open: only the held quit button closes it.
    void quitRefused();
    /// The teacher area is open (modal, until it closes): for tests and screenshots.
    void teacherAreaOpened(TeacherArea* area);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void saveAttempt(const dt::Drawing& drawing, int askedDigit, const dt::Verdict& verdict, const QString& formation);
    /// Attempts kept as files while the store failed go back into it (at most `most`).
    void takeBackKeptAttempts(int most = INT_MAX);
    static constexpr int kKeptTakenBackPerAttempt = 10;
    /// The full check of an SQLite store on a worker thread; what it finds goes to the teacher.
    void checkStoreIntegrity();
    void updateTitle();
    /// The language of the student writing, applied to the page and its voice.
    void applyChildLanguage();
    /// The languages of the class that no voice of this computer speaks, each named once a
    /// session (the teacher area says so): the teacher's, the classes' and the students'.
    QStringList voicelessLanguagesToTell();
    /// The page's own words that are not its children's (the top row).
    void retranslate();
    /// After the teacher changed students: the student writing as the store has them now
    /// (Guest once removed), and the kept attempts of a student added again taken back.
    void studentsEdited();
    /// The lock of the store in use, with its copy in the app's settings.
    dt::store::TeacherLock teacherLock() const;
    /// true without a PIN; with one, after the PIN dialog was answered right.
    bool grownUpPresent();
    /// Closes the window past the child-mode guard (closeEvent).
    void quitNow();
    /// The student's own practice plan from the store; a fresh one without a store, a saved
    /// plan, or when it cannot be read (the status bar says why).
    dt::PracticePlan planFor(const dt::store::Student& student);
    /// Keeps the page's plan for the student writing.
    void savePlan();

    std::unique_ptr<AttemptArchive> m_archive;
    QThread* m_integrityWorker = nullptr;
    QString m_integrityChecked; ///< the database checked this session
    bool m_attemptsKept = false; ///< an attempt went to a file this session; take it back when the store works
    std::unique_ptr<dt::store::ProgressStore> m_store;
    dt::store::Student m_student;
    QString m_modelIdentity;
    RecognitionController* m_controller;
    PracticePage* m_page;
    QAction* m_leftHandedAction = nullptr;
    QPushButton* m_studentButton = nullptr;
    QPushButton* m_teacherButton = nullptr;
    AppLanguage* m_language = nullptr;
    QLocale m_teacherLanguage;
    QSet<QString> m_voicelessTold; ///< languages the teacher was told have no voice
    bool m_teacherAreaOpen = false; ///< the teacher's language stays until it closes
    HoldButton* m_quitButton = nullptr;
    bool m_quitAllowed = false; ///< the quit button was held (and the PIN given)
    QString m_modelPath;
    QString m_databaseProblem;
    /// Outlives each PIN dialog, so that closing it does not skip the wait.
    std::unique_ptr<UnlockDelays> m_unlockDelays;
};
