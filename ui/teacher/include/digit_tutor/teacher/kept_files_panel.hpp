#pragma once
// The attempts the progress store could not take (a full disk, a database another program
// held, a server down), kept whole as stroke files (kept_attempts.hpp), and older files of
// strokes only: listed apart from the store's attempts, newest first, saying plainly that
// they wait to go into the progress database. "Put Them into the Progress Database" takes
// the whole ones in (takeBackKeptAttempts: each exactly once, under its own child), and says
// what happened: how many went in, or that the database is still not available and why.
// Files of strokes only stay, to be replayed; they are never stored.
//
// A child sees only their own kept attempts and no button; a teacher every file.
//
// Example use:
//     auto* kept = new KeptFilesPanel(archive, this);
//     kept->setStore(store, whyNone);
//     kept->setViewer({zoe, /*teacher=*/true});
//     connect(kept, &KeptFilesPanel::chosen, this, [](const QString& path) { ... replay ... });

#include <digit_tutor/teacher/attempts_viewer.hpp>

#include <QWidget>

class AttemptArchive;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace dt::store {
class ProgressStore;
}

class KeptFilesPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { WhenColumn, StudentColumn, AskedColumn, StateColumn, ColumnCount };

    /// The archive is not owned; it must outlive the panel. Lists nothing until setViewer().
    explicit KeptFilesPanel(AttemptArchive* archive, QWidget* parent = nullptr);

    /// Where "Put Them into the Progress Database" takes the attempts (not owned; null when
    /// there is none, `problem` then saying why).
    void setStore(dt::store::ProgressStore* store, const QString& problem = {});
    /// Whose files are listed; lists them (again).
    void setViewer(const AttemptsViewer& viewer);

    QTreeWidget* list() const { return m_list; }
    QPushButton* takeInButton() const { return m_takeIn; }
    /// What the panel says above its list: what these files are.
    QString explanationText() const;
    /// What the last "Put Them into the Progress Database" did; empty before it is pressed.
    QString resultText() const;
    /// The file of the list's current row; empty when none is chosen.
    QString currentPath() const;
    /// The whole attempts listed, waiting to go into the store.
    int waiting() const { return m_waiting; }

public slots:
    /// Reads the archive's folder again; the first file listed becomes the current one.
    void refresh();
    /// Takes the whole attempts kept into the store, then lists what is left.
    void takeIn();

signals:
    /// The list's current file changed (`path` empty when none is chosen).
    void chosen(const QString& path);
    /// Attempts went into the store: its list has more.
    void takenIn(int attempts);

private:
    /// Whether the viewer may see a file's attempt: a teacher any; a child their own whole ones.
    bool shown(const QString& student, bool whole) const;
    void explain(int strokesOnly);

    AttemptArchive* m_archive;
    dt::store::ProgressStore* m_store = nullptr;
    QString m_storeProblem;
    AttemptsViewer m_viewer;
    int m_waiting = 0;
    QLabel* m_explanation = nullptr;
    QLabel* m_result = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_takeIn = nullptr;
};
