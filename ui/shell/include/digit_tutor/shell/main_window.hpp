#pragma once
// The app's window: the practice page, a File menu to load another model and to watch saved
// attempts, and a View menu for a left-handed child and for speech. Every finished attempt
// is saved as a stroke file in the user's data folder (AttemptArchive); a failed save is
// said in the status bar, never in a dialog in front of the child. A model that fails to load is reported (file and
// reason) and the current one stays. The ways of writing ("Show me", formation hints) are
// loaded with loadWritingWaysFile; when they cannot be, the status bar says why and
// practice goes on without them. The View choices and the teacher's (formation hints, the
// model, the database) are remembered (app_settings.hpp). Teacher → Teacher Area
// (Ctrl+Shift+T) opens the students, their progress, the model manager and the settings,
// behind the teacher's PIN once one is set.
// Every attempt is recorded in the progress store for the student writing (File → Change
// Student), with the verdict, stars, formation hint and the model's identity.

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/progress/student.hpp>

#include <QMainWindow>

#include <memory>

class AttemptArchive;
class TeacherArea;
namespace dt::store {
class ProgressStore;
}
namespace dt {
struct Verdict;
}
class PracticePage;
class QAction;
class RecognitionController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const dt::DigitModel> model, QWidget* parent = nullptr);
    ~MainWindow() override;

    PracticePage* practicePage() const { return m_page; }
    RecognitionController* controller() const { return m_controller; }
    QAction* leftHandedAction() const { return m_leftHandedAction; }
    QAction* speechAction() const { return m_speechAction; }
    bool formationHintsEnabled() const;
    AttemptArchive* attemptArchive() const { return m_archive.get(); }
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
    /// How the stored attempts name the model that judged them (file and creation date).
    void setModelIdentity(const QString& identity) { m_modelIdentity = identity; }
    QString modelIdentity() const { return m_modelIdentity; }
    /// "default.dtm, created 2026-11-26T12:41:44Z": a model file's name and its creation date.
    static QString modelIdentityOf(const dt::DigitModel& model, const QString& path);

public slots:
    /// Asks for a model file and loads it.
    void chooseModel();
    /// Loads a model file; on failure shows a message and keeps the current model.
    /// Returns whether the model was replaced.
    bool loadModelFile(const QString& path);
    /// Mirrors the page for a left-handed child, and remembers it.
    void setLeftHanded(bool leftHanded);
    /// Speaks prompts or not, and remembers it.
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
    /// (settings::setDatabase); on failure keeps the current one. Says what happened
    /// in `message`.
    bool connectDatabase(const QString& location, QString* message);
    /// Why there is no progress store, when there is none.
    void setDatabaseProblem(const QString& problem) { m_databaseProblem = problem; }
    /// The teacher area, after the PIN when one is set.
    void openTeacherArea();
    /// "Who is writing?": the students of the store, big; does nothing without a store.
    void chooseStudent();
    /// Opens the list of saved attempts, where each can be replayed as it was drawn.
    void showAttempts();

signals:
    /// The teacher area is open (modal, until it closes): for tests and screenshots.
    void teacherAreaOpened(TeacherArea* area);

private:
    void saveAttempt(const dt::Drawing& drawing, int askedDigit, const dt::Verdict& verdict, const QString& formation);
    void saveAttemptFile(const dt::Drawing& drawing, int askedDigit, const QString& why);
    void updateTitle();

    std::unique_ptr<AttemptArchive> m_archive;
    std::unique_ptr<dt::store::ProgressStore> m_store;
    dt::store::Student m_student;
    QString m_modelIdentity;
    RecognitionController* m_controller;
    PracticePage* m_page;
    QAction* m_leftHandedAction = nullptr;
    QAction* m_speechAction = nullptr;
    QString m_modelPath;
    QString m_databaseProblem;
};
