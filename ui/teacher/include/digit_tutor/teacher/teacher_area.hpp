#pragma once
// The teacher area, behind the teacher's PIN (MainWindow::openTeacherArea): the students,
// their progress, the model in use and the settings, one tab each; below them the saved
// attempts, and quitting. Without a PIN set it
// opens straight away and says how to set one; without a progress database it says why.

#include <QDialog>

struct ChildSettings;
class ModelPage;
class ProgressView;
class QLabel;
class QTabWidget;
class StudentsPage;
class TeacherSettingsPage;

namespace dt::store {
class ProgressStore;
}

class TeacherArea : public QDialog {
    Q_OBJECT
public:
    /// The store (not owned) may be null; `databaseProblem` then says why. `child` and
    /// `database` are what the settings page shows at first.
    TeacherArea(dt::store::ProgressStore* store, const ChildSettings& child, const QString& database,
                const QString& databaseProblem, QWidget* parent = nullptr);

    /// After the window switched databases: every page reads the new one.
    void setStore(dt::store::ProgressStore* store);

    QTabWidget* tabs() const { return m_tabs; }
    StudentsPage* studentsPage() const { return m_students; }
    ProgressView* progressView() const { return m_progress; }
    ModelPage* modelPage() const { return m_model; }
    TeacherSettingsPage* settingsPage() const { return m_settings; }
    QString bannerText() const;
    /// Names the languages (as their speakers write them) that no voice on this computer
    /// speaks, in the banner: children who practise in them see the words but hear nothing.
    void setVoicelessLanguages(const QStringList& languages);

signals:
    /// "Saved Attempts...": the window shows them (AttemptsDialog).
    void attemptFilesRequested();
    /// "Quit Digit Tutor": the grown-up's way out, past the PIN already.
    void quitRequested();

private:
    void updateBanner();

    dt::store::ProgressStore* m_store;
    QString m_databaseProblem;
    QStringList m_voiceless;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    StudentsPage* m_students;
    ProgressView* m_progress;
    ModelPage* m_model;
    TeacherSettingsPage* m_settings;
};
