#include <digit_tutor/teacher/progress_attempts_panel.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/stroke_player.hpp>

#include <digit_tutor/progress/progress_summary.hpp>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using dt::store::AttemptRecord;

namespace {

constexpr int kIndexRole = Qt::UserRole; // the attempt's place in m_attempts
constexpr int kMaxStars = 3;
constexpr int kCanvasSide = 240;
// The replay's height at most: the list below the words of the progress view keeps a dozen
// rows on a 1280x800 screen, and any more height goes to the list.
constexpr int kReplayHeight = 200;
constexpr int kStatusLines = 5;
constexpr int kStatusWidth = 200;
const QColor kReadAsAsked(0x2e, 0x7d, 0x32);
const QColor kReadOtherwise(0xb0, 0x3a, 0x2e);

QString starsText(int stars)
{
    const int n = std::clamp(stars, 0, kMaxStars);
    return QString(n, QChar(0x2605)) + QString(kMaxStars - n, QChar(0x2606));
}

} // namespace

ProgressAttemptsPanel::ProgressAttemptsPanel(QWidget* parent)
    : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Student"), tr("Asked"), tr("Read as"), tr("Stars"), tr("Hint")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(HintColumn, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Attempts, newest first"));
    m_list->setMinimumWidth(300);

    m_canvas = new DrawingCanvas(this);
    m_canvas->setReadOnly(true);
    m_canvas->setMinimumSize(kCanvasSide / 2, kCanvasSide / 2);
    m_canvas->setMaximumSize(kCanvasSide * 3 / 2, kReplayHeight); // the list gets the rest
    m_canvas->setAccessibleName(tr("The chosen attempt, as the child drew it"));
    m_player = new StrokePlayer(m_canvas, this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // a name is never markup
    m_status->setWordWrap(true);
    // A fixed room for what the attempt says, so that the canvas beside it keeps its size
    // (and a drawing its place) from one attempt to the next.
    m_status->setFixedHeight(kStatusLines * m_status->fontMetrics().lineSpacing() + 2 * m_status->margin());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setAccessibleName(tr("About the attempt shown"));
    m_replay = new QPushButton(tr("&Replay"), this);
    m_replay->setAccessibleName(tr("Replay the attempt in the timing it was drawn"));
    m_replay->setToolTip(tr("Watch the attempt being drawn again, stroke by stroke"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setAccessibleName(tr("Stop the replay"));
    m_fast = new QCheckBox(tr("T&wice as fast"), this);
    m_fast->setAccessibleName(tr("Replay twice as fast"));

    // The list above; below it the canvas, and beside the canvas what it shows and the
    // replay's controls.
    m_status->setMinimumWidth(kStatusWidth);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_replay);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto* side = new QVBoxLayout;
    side->addWidget(m_status);
    side->addLayout(buttons);
    side->addWidget(m_fast);
    side->addStretch();
    auto* replayRow = new QHBoxLayout;
    replayRow->addWidget(m_canvas, 1);
    replayRow->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(replayRow, 0);

    m_canvas->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProgressAttemptsPanel::showCurrent);
    connect(m_replay, &QPushButton::clicked, this, &ProgressAttemptsPanel::replay);
    connect(m_stop, &QPushButton::clicked, m_player, &StrokePlayer::stop);
    connect(m_fast, &QCheckBox::toggled, m_player, [this](bool fast) { m_player->setSpeed(fast ? 2.0 : 1.0); });
    setAttempts({}, false);
}

QString ProgressAttemptsPanel::formationText(const QString& formation)
{
    if (formation == QLatin1String("start"))
        return tr("starts elsewhere");
    if (formation == QLatin1String("direction"))
        return tr("other way round");
    if (formation == QLatin1String("order"))
        return tr("stroke order");
    return {};
}

void ProgressAttemptsPanel::setAttempts(std::vector<AttemptRecord> attempts, bool showStudents)
{
    m_player->stop();
    m_canvas->clear();
    std::sort(attempts.begin(), attempts.end(), [](const AttemptRecord& a, const AttemptRecord& b) {
        return dt::reports::attemptBefore(b, a);
    });
    m_attempts = std::move(attempts);

    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_list->setColumnHidden(StudentColumn, !showStudents);
    QList<QTreeWidgetItem*> items;
    for (std::size_t i = 0; i < m_attempts.size(); ++i) {
        const AttemptRecord& a = m_attempts[i];
        auto* item = new QTreeWidgetItem;
        item->setText(WhenColumn, timeText(a.when));
        item->setText(StudentColumn, dt::store::withoutBidiControls(a.student));
        item->setText(AskedColumn, a.askedDigit >= 0 ? QString::number(a.askedDigit) : tr("free drawing"));
        // A reversal first: it is often also refused as no digit, or read as another.
        QString read = a.reversed ? tr("reversed")
            : a.outlier           ? tr("not a digit")
            : a.recognisedDigit >= 0 ? QString::number(a.recognisedDigit)
                                     : tr("nothing");
        if (a.askedDigit >= 0) {
            read += a.success() ? QStringLiteral(" \u2713") : QStringLiteral(" \u2717");
            item->setForeground(ReadColumn, a.success() ? kReadAsAsked : kReadOtherwise);
        }
        item->setText(ReadColumn, read);
        item->setText(StarsColumn, starsText(a.stars));
        item->setData(StarsColumn, Qt::AccessibleTextRole, starsSaid(a.stars));
        item->setText(HintColumn, formationText(a.formation));
        item->setData(WhenColumn, kIndexRole, qulonglong(i));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    showCurrent();
}

const AttemptRecord* ProgressAttemptsPanel::currentAttempt() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const auto index = std::size_t(item->data(WhenColumn, kIndexRole).toULongLong());
    return index < m_attempts.size() ? &m_attempts[index] : nullptr;
}

QString ProgressAttemptsPanel::timeText(const QDateTime& when) const
{
    // ISO 8601, as the reports write dates, to the minute.
    if (!when.isValid())
        return tr("unknown time");
    return when.toTimeZone(m_timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ProgressAttemptsPanel::starsSaid(int stars)
{
    return tr("%1 of %2 stars").arg(std::clamp(stars, 0, kMaxStars)).arg(kMaxStars);
}

QString ProgressAttemptsPanel::statusText() const { return m_status->text(); }

QString ProgressAttemptsPanel::describe(const AttemptRecord& a) const
{
    QString what;
    if (a.askedDigit < 0)
        what = a.reversed ? tr("free drawing, written facing the other way") : tr("free drawing");
    else if (a.reversed)
        what = tr("%1 asked, written facing the other way").arg(a.askedDigit);
    else if (a.outlier)
        what = tr("%1 asked, not read as a digit").arg(a.askedDigit);
    else if (a.recognisedDigit < 0)
        what = tr("%1 asked, nothing drawn").arg(a.askedDigit);
    else
        what = tr("%1 asked, read as %2").arg(a.askedDigit).arg(a.recognisedDigit);
    QString text = tr("%1, %2: %3, %4")
                       .arg(dt::store::withoutBidiControls(a.student), timeText(a.when), what, starsSaid(a.stars));
    const QString hint = formationText(a.formation);
    if (!hint.isEmpty())
        text += tr("; hint: %1").arg(hint);
    return text;
}

void ProgressAttemptsPanel::showCurrent()
{
    m_player->stop();
    const AttemptRecord* a = currentAttempt();
    m_replay->setEnabled(a && !a->strokes.isEmpty());
    m_stop->setEnabled(a != nullptr);
    if (!a) {
        m_canvas->clear();
        m_status->setText(m_attempts.empty() ? tr("No attempts in this period.")
                                             : tr("Choose an attempt to see how it was drawn."));
        return;
    }
    m_canvas->setDrawing(a->strokes);
    m_status->setText(a->strokes.isEmpty() ? describe(*a) + QLatin1Char(' ') + tr("(no strokes were kept)")
                                           : describe(*a));
}

bool ProgressAttemptsPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The canvas keeps its strokes where they were when it is resized (a splitter moved,
    // the window enlarged); the attempt shown is fitted into it again. A replay in
    // progress is left alone: it fitted the drawing when it began.
    if (watched == m_canvas && event->type() == QEvent::Resize && !m_player->isPlaying())
        if (const AttemptRecord* a = currentAttempt())
            m_canvas->setDrawing(a->strokes);
    return QWidget::eventFilter(watched, event);
}

void ProgressAttemptsPanel::replay()
{
    const AttemptRecord* a = currentAttempt();
    if (!a)
        return;
    m_player->setDrawing(a->strokes);
    m_player->play();
}
