#pragma once
// The saved-attempts list of the progress store as a table a view shows (AttemptsDialog):
// newest first, one row an attempt (when, the student, the digit asked, what it was read as,
// the verdict, the stars), read a page at a time (ProgressStore::history): the first page
// when shown, the next when the view scrolls to the end (Qt's canFetchMore/fetchMore), so
// that a school's whole history opens as fast as a child's. The rows hold no strokes;
// ProgressStore::attempt reads the one to replay.
//
// Names and every stored text are shown as they are, without bidirectional controls.
//
// Example use:
//     auto* model = new AttemptHistoryModel(this);
//     view->setModel(model);
//     model->show(store, zoe.id);           // std::nullopt: every child's
//     const auto replayed = store->attempt(model->attemptAt(row)->id);

#include <digit_tutor/progress/attempt_history.hpp>

#include <QAbstractTableModel>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace dt::store {
class ProgressStore;
}

class AttemptHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, StudentColumn, AskedColumn, ReadColumn, VerdictColumn, StarsColumn, ColumnCount };

    explicit AttemptHistoryModel(QObject* parent = nullptr);

    /// Lists the attempts of `studentId` (every child's when empty) in `store` (not owned;
    /// null lists none), from the newest, reading the first page now. A failed read lists
    /// what was read and says why in errorString() and readFailed().
    void show(dt::store::ProgressStore* store, std::optional<qint64> studentId);
    /// Attempts read a page at a time, 1 to dt::store::kMaxHistoryPage (others are ignored);
    /// applies from the next page.
    void setPageSize(int attempts);
    /// The attempt listed in `row`, without its strokes; null for a row not listed.
    const dt::store::AttemptRecord* attemptAt(int row) const;
    /// Why the last read failed; empty when it did not.
    QString errorString() const { return m_error; }
    /// The zone the times are shown in (the system's by default); applies from the next show().
    void setTimeZone(const QTimeZone& zone) { m_timeZone = zone; }

    /// What the Verdict column says of an attempt: right, another digit, not a digit,
    /// facing the other way, nothing drawn; a dash for free drawing read as a digit.
    static QString verdictText(const dt::store::AttemptRecord& attempt);
    /// "2 of 3 stars", as a screen reader says the Stars column.
    static QString starsSaid(int stars);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    /// Reads the next page (older attempts) and appends it.
    void fetchMore(const QModelIndex& parent = {}) override;

signals:
    /// A page could not be read; `message` names the database and the reason.
    void readFailed(const QString& message);

private:
    QString timeText(const QDateTime& when) const;

    dt::store::ProgressStore* m_store = nullptr;
    std::optional<qint64> m_studentId;
    std::optional<dt::store::HistoryCursor> m_next; ///< where the next page starts
    bool m_atEnd = true;
    int m_pageSize = 100;
    std::vector<dt::store::AttemptRecord> m_attempts; ///< as listed, newest first
    QString m_error;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
};
