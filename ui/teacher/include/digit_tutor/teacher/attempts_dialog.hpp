#pragma once
// "Saved Attempts": every attempt of the progress store, newest first, with the student, when,
// the digit asked and what it was read as, the verdict and the stars, and a canvas that
// replays the chosen one in the timing it was drawn in (StrokePlayer), so that a teacher can
// watch how a digit was written (where it started, which way the pen went, the stroke order).
// The store is read a page at a time (AttemptHistoryModel), so a school's history opens at
// once. Choosing an attempt plays it; Play again and Stop control the replay; the speed can
// be doubled.
//
// Whose attempts (AttemptsViewer): a child's own only; a teacher's view starts with the child
// chosen in practice (every child's when that is Guest) and shows every child's or any one's.
//
// Apart, on a tab of their own (KeptFilesPanel): the attempts the store could not take, kept
// as files and waiting to go into it, replayed the same way, and taken in with a button once
// the store works again. A file that cannot be read is named, and the others still play.
//
// Example use:
//     AttemptsDialog dialog(store, archive, {.child = zoe, .teacher = true}, this);
//     dialog.exec();

#include <digit_tutor/teacher/attempts_viewer.hpp>

#include <QDialog>

class AttemptArchive;
class AttemptHistoryModel;
class DrawingCanvas;
class KeptFilesPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class StrokePlayer;

namespace dt::store {
class ProgressStore;
}

class AttemptsDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { StoreTab, KeptTab };

    /// The store (may be null: `storeProblem` then says why) and the archive are not owned;
    /// they must outlive the dialog.
    AttemptsDialog(dt::store::ProgressStore* store, AttemptArchive* archive, const AttemptsViewer& viewer,
                   const QString& storeProblem = {}, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    /// "Whose attempts": every child or one of them; hidden for a child, who sees their own.
    QComboBox* whoseChooser() const { return m_whose; }
    QTreeView* historyList() const { return m_historyList; }
    AttemptHistoryModel* history() const { return m_history; }
    KeptFilesPanel* keptFiles() const { return m_kept; }
    DrawingCanvas* canvas() const { return m_canvas; }
    StrokePlayer* player() const { return m_player; }
    /// What the dialog says under the canvas: the attempt shown, or why it cannot be shown.
    QString statusText() const;
    /// What the dialog says under the store's list: how many attempts, or why none show.
    QString historyNote() const;

public slots:
    /// Reads the store's list (from the newest) and the kept files again.
    void refresh();
    /// Plays the attempt chosen on the tab shown from its beginning.
    void playCurrent();

private:
    void fillWhoseChooser();
    /// The store's list for the chooser's choice (the child's own for a child).
    void showHistory();
    void playStored(int row);
    void playKept(const QString& path);
    void updateKeptTab();
    void showNothing(const QString& why);

    dt::store::ProgressStore* m_store;
    AttemptArchive* m_archive;
    AttemptsViewer m_viewer;
    QString m_storeProblem;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_whose = nullptr;
    QLabel* m_whoseLabel = nullptr;
    AttemptHistoryModel* m_history = nullptr;
    QTreeView* m_historyList = nullptr;
    QLabel* m_historyNote = nullptr;
    KeptFilesPanel* m_kept = nullptr;
    DrawingCanvas* m_canvas = nullptr;
    StrokePlayer* m_player = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QCheckBox* m_fast = nullptr;
};
