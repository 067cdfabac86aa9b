#pragma once
// The attempts behind the teacher's figures, newest first (time, who for a class, the digit
// asked, what it was read as or "reversed" for a digit written facing the other way, the
// stars, the formation hint), and a read-only canvas beside them: choosing an attempt
// shows the child's drawing at once, Replay plays it again in the timing it was drawn in
// (StrokePlayer), so the teacher sees where each stroke began and which way the pen went. Laid out as the "Saved attempts" dialog is (attempts_dialog).
//
// Names and every other stored text are shown as plain text.
//
// Example use:
//     auto* panel = new ProgressAttemptsPanel(this);
//     panel->setAttempts(attempts, /*showStudents=*/true);
//     panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
//     panel->replay();

#include <digit_tutor/progress/attempt_record.hpp>

#include <QTimeZone>
#include <QWidget>

#include <vector>

class DrawingCanvas;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class StrokePlayer;

class ProgressAttemptsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { WhenColumn, StudentColumn, AskedColumn, ReadColumn, StarsColumn, HintColumn, ColumnCount };

    explicit ProgressAttemptsPanel(QWidget* parent = nullptr);

    /// The zone the times are shown in (the system's by default). Applies from the next
    /// setAttempts().
    void setTimeZone(const QTimeZone& zone) { m_timeZone = zone; }

    /// Lists `attempts` (any order) newest first (dt::reports::attemptBefore, reversed)
    /// and chooses none; the Student column is shown when `showStudents` (a class). Stops
    /// a replay in progress and clears the canvas.
    void setAttempts(std::vector<dt::store::AttemptRecord> attempts, bool showStudents);

    /// The attempt of the list's current row; null when none is chosen.
    const dt::store::AttemptRecord* currentAttempt() const;

    QTreeWidget* list() const { return m_list; }
    DrawingCanvas* canvas() const { return m_canvas; }
    StrokePlayer* player() const { return m_player; }
    QPushButton* replayButton() const { return m_replay; }
    QPushButton* stopButton() const { return m_stop; }
    /// What the panel says under the canvas: the attempt shown, or what to do.
    QString statusText() const;

    /// What the list and the status say of an attempt's formation check ("" when none).
    static QString formationText(const QString& formation);

public slots:
    /// Plays the current attempt from its beginning; does nothing when none is chosen.
    void replay();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCurrent();
    QString describe(const dt::store::AttemptRecord& a) const;
    QString timeText(const QDateTime& when) const;
    static QString starsSaid(int stars);

    std::vector<dt::store::AttemptRecord> m_attempts; ///< newest first, as listed
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    QTreeWidget* m_list = nullptr;
    DrawingCanvas* m_canvas = nullptr;
    StrokePlayer* m_player = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_replay = nullptr;
    QPushButton* m_stop = nullptr;
    QCheckBox* m_fast = nullptr;
};
