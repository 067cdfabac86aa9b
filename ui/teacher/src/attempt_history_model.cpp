#include <digit_tutor/teacher/attempt_history_model.hpp>

#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QColor>

#include <algorithm>

using dt::store::AttemptRecord;

namespace {

constexpr int kMaxStars = 3;
const QColor kReadAsAsked(0x2e, 0x7d, 0x32);
const QColor kReadOtherwise(0xb0, 0x3a, 0x2e);

} // namespace

AttemptHistoryModel::AttemptHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AttemptHistoryModel::show(dt::store::ProgressStore* store, std::optional<qint64> studentId)
{
    beginResetModel();
    m_store = store;
    m_studentId = studentId;
    m_attempts.clear();
    m_next.reset();
    m_atEnd = store == nullptr;
    m_error.clear();
    endResetModel();
    fetchMore();
}

void AttemptHistoryModel::setPageSize(int attempts)
{
    if (attempts >= 1 && attempts <= dt::store::kMaxHistoryPage)
        m_pageSize = attempts;
}

const AttemptRecord* AttemptHistoryModel::attemptAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_attempts.size() ? &m_attempts[std::size_t(row)] : nullptr;
}

bool AttemptHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void AttemptHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_store->history({.studentId = m_studentId, .after = m_next, .limit = m_pageSize});
    if (!page) {
        // What was listed stays; the list stops here rather than asking again at every scroll.
        m_error = m_store->lastError();
        emit readFailed(m_error);
        return;
    }
    m_next = page->next;
    m_atEnd = !m_next;
    if (page->attempts.empty())
        return;
    const int first = int(m_attempts.size());
    beginInsertRows({}, first, first + int(page->attempts.size()) - 1);
    m_attempts.insert(m_attempts.end(), std::make_move_iterator(page->attempts.begin()),
                      std::make_move_iterator(page->attempts.end()));
    endInsertRows();
}

int AttemptHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int AttemptHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AttemptHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case StudentColumn: return tr("Student");
    case AskedColumn: return tr("Asked");
    case ReadColumn: return tr("Read as");
    case VerdictColumn: return tr("Verdict");
    case StarsColumn: return tr("Stars");
    default: return {};
    }
}

QString AttemptHistoryModel::timeText(const QDateTime& when) const
{
    // ISO 8601 to the minute, as the progress view and the reports write times.
    return when.isValid() ? when.toTimeZone(m_timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("unknown time");
}

QString AttemptHistoryModel::starsSaid(int stars)
{
    return tr("%1 of %2 stars").arg(std::clamp(stars, 0, kMaxStars)).arg(kMaxStars);
}

QString AttemptHistoryModel::verdictText(const AttemptRecord& a)
{
    // A reversal first: it is often also refused as no digit, or read as another.
    if (a.reversed)
        return tr("facing the other way");
    if (a.outlier)
        return tr("not a digit");
    if (a.recognisedDigit < 0)
        return tr("nothing drawn");
    if (a.askedDigit < 0)
        return QStringLiteral("\u2014"); // nothing was asked: what it was read as says it all
    return a.success() ? tr("right") : tr("another digit");
}

QVariant AttemptHistoryModel::data(const QModelIndex& index, int role) const
{
    const AttemptRecord* a = index.isValid() ? attemptAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn && a->askedDigit >= 0)
        return a->success() ? kReadAsAsked : kReadOtherwise;
    if (role == Qt::AccessibleTextRole && index.column() == StarsColumn)
        return starsSaid(a->stars);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return timeText(a->when);
    case StudentColumn: return dt::store::shownName(a->student);
    case AskedColumn: return a->askedDigit >= 0 ? QString::number(a->askedDigit) : tr("free drawing");
    case ReadColumn:
        return a->outlier ? tr("not a digit") : a->recognisedDigit >= 0 ? QString::number(a->recognisedDigit) : QStringLiteral("-");
    case VerdictColumn:
        return a->askedDigit >= 0 && a->success() ? tr("right") + QStringLiteral(" \u2713") : verdictText(*a);
    case StarsColumn: {
        const int n = std::clamp(a->stars, 0, kMaxStars);
        return QString(n, QChar(0x2605)) + QString(kMaxStars - n, QChar(0x2606));
    }
    default: return {};
    }
}
