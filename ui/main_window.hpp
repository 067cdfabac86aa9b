#pragma once
// The app's window: the practice page, a File menu to load another model and to watch saved
// attempts, and a View menu for a left-handed child and for speech. Every finished attempt
// is saved as a stroke file in the user's data folder (AttemptArchive); a failed save is
// said in the status bar, never in a dialog in front of the child. A model that fails to load is reported (file and
// reason) and the current one stays. The ways of writing ("Show me", formation hints) are
// loaded with loadWritingWaysFile; when they cannot be, the status bar says why and
// practice goes on without them. The View choices are remembered with QSettings
// (view/leftHanded, default off; view/speech, default on; teacher/formationHints, default on).

#include <digit_tutor/digit_model.hpp>
#include <digit_tutor/strokes.hpp>

#include <QMainWindow>

#include <memory>

class AttemptArchive;
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
    QAction* formationHintsAction() const { return m_hintsAction; }
    AttemptArchive* attemptArchive() const { return m_archive.get(); }
    /// Keeps attempts in `folder` instead of the user's data folder (tests, a teacher's choice).
    void setAttemptFolder(const QString& folder);

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
    /// Opens the list of saved attempts, where each can be replayed as it was drawn.
    void showAttempts();

private:
    void saveAttempt(const dt::Drawing& drawing, int askedDigit);

    std::unique_ptr<AttemptArchive> m_archive;
    RecognitionController* m_controller;
    PracticePage* m_page;
    QAction* m_leftHandedAction = nullptr;
    QAction* m_speechAction = nullptr;
    QAction* m_hintsAction = nullptr;
};
