#pragma once
// "Saved attempts": the list of attempts in an AttemptArchive, newest first, and a canvas
// that replays the chosen one in the timing it was drawn in, so that a teacher can watch
// how a digit was written (where it started, which way the pen went, the stroke order).
// Choosing an attempt plays it; Play again and Stop control the replay; the speed can be
// doubled. A file that cannot be read is named in the dialog, and the others still play.

#include <QDialog>

class AttemptArchive;
class DrawingCanvas;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class StrokePlayer;

class AttemptsDialog : public QDialog {
    Q_OBJECT
public:
    /// The archive is not owned; it must outlive the dialog.
    explicit AttemptsDialog(AttemptArchive* archive, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    DrawingCanvas* canvas() const { return m_canvas; }
    StrokePlayer* player() const { return m_player; }
    /// What the dialog says under the canvas: the attempt shown, or why it cannot be read.
    QString statusText() const;

public slots:
    /// Reads the archive's folder again.
    void refresh();
    /// Plays the attempt in the list's current row from its beginning.
    void playCurrent();

private:
    AttemptArchive* m_archive;
    QListWidget* m_list = nullptr;
    DrawingCanvas* m_canvas = nullptr;
    StrokePlayer* m_player = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QCheckBox* m_fast = nullptr;
};
