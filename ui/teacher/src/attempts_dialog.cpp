#include <digit_tutor/teacher/attempts_dialog.hpp>

#include <digit_tutor/teacher/attempt_history_model.hpp>
#include <digit_tutor/teacher/kept_files_panel.hpp>

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/stroke_player.hpp>
#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

using dt::store::AttemptRecord;

namespace {

constexpr int kCanvasMinimum = 200;
constexpr int kListMinimumWidth = 460;

// What the status under the canvas says of an attempt of the store's list, in the list's words.
QString describe(const AttemptHistoryModel& model, int row, bool strokesKept)
{
    auto cell = [&](int column) { return model.data(model.index(row, column)).toString(); };
    const AttemptRecord& a = *model.attemptAt(row);
    const QString what = a.askedDigit >= 0
        ? AttemptsDialog::tr("%1 asked, read as %2: %3").arg(cell(AttemptHistoryModel::AskedColumn),
                                                             cell(AttemptHistoryModel::ReadColumn),
                                                             AttemptHistoryModel::verdictText(a))
        : AttemptsDialog::tr("free drawing, read as %1").arg(cell(AttemptHistoryModel::ReadColumn));
    QString text = AttemptsDialog::tr("%1, %2: %3, %4")
                       .arg(cell(AttemptHistoryModel::StudentColumn), cell(AttemptHistoryModel::WhenColumn), what,
                            AttemptHistoryModel::starsSaid(a.stars));
    if (!strokesKept)
        text += QLatin1Char(' ') + AttemptsDialog::tr("(no strokes were kept)");
    return text;
}

} // namespace

AttemptsDialog::AttemptsDialog(dt::store::ProgressStore* store, AttemptArchive* archive, const AttemptsViewer& viewer,
                               const QString& storeProblem, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_archive(archive)
    , m_viewer(viewer)
    , m_storeProblem(storeProblem)
{
    setWindowTitle(tr("Saved Attempts"));
    resize(980, 580);

    // The store's attempts: whose, the list, and how many.
    m_whoseLabel = new QLabel(this);
    m_whose = new QComboBox(this);
    m_whose->setObjectName(QStringLiteral("whose"));
    m_whose->setAccessibleName(tr("Whose attempts"));
    m_whoseLabel->setBuddy(m_whose);
    m_history = new AttemptHistoryModel(this);
    m_historyList = new QTreeView(this);
    m_historyList->setModel(m_history);
    m_historyList->setRootIsDecorated(false);
    m_historyList->setUniformRowHeights(true);
    m_historyList->setAllColumnsShowFocus(true);
    m_historyList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyList->header()->setStretchLastSection(true);
    m_historyList->setAccessibleName(tr("Attempts in the progress database, newest first"));
    m_historyList->setMinimumWidth(kListMinimumWidth);
    m_historyNote = new QLabel(this);
    m_historyNote->setWordWrap(true);
    m_historyNote->setTextFormat(Qt::PlainText);
    auto* storePage = new QWidget(this);
    auto* whoseRow = new QHBoxLayout;
    whoseRow->addWidget(m_whoseLabel);
    whoseRow->addWidget(m_whose);
    whoseRow->addStretch();
    auto* storeLayout = new QVBoxLayout(storePage);
    storeLayout->addLayout(whoseRow);
    storeLayout->addWidget(m_historyList, 1);
    storeLayout->addWidget(m_historyNote);

    m_kept = new KeptFilesPanel(archive, this);
    m_kept->setStore(store, storeProblem);
    m_kept->setViewer(viewer);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(storePage, tr("In the Progress Database"));
    m_tabs->addTab(m_kept, QString());

    // The replay, beside whichever list is shown.
    m_canvas = new DrawingCanvas(this);
    m_canvas->setReadOnly(true);
    m_canvas->setMinimumSize(kCanvasMinimum, kCanvasMinimum);
    m_canvas->setAccessibleName(tr("Replay of the chosen attempt"));
    m_player = new StrokePlayer(m_canvas, this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // a name is never markup
    m_status->setAccessibleName(tr("About the attempt shown"));
    m_playButton = new QPushButton(tr("&Play again"), this);
    m_playButton->setObjectName(QStringLiteral("playAgain"));
    m_playButton->setAccessibleName(tr("Play the attempt again"));
    m_stopButton = new QPushButton(tr("&Stop"), this);
    m_stopButton->setAccessibleName(tr("Stop the replay"));
    m_fast = new QCheckBox(tr("&Twice as fast"), this);
    m_fast->setAccessibleName(tr("Replay twice as fast"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_stopButton);
    controls->addWidget(m_fast);
    controls->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_canvas, 1);
    right->addWidget(m_status);
    right->addLayout(controls);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_tabs, 3);
    middle->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_whose, &QComboBox::currentIndexChanged, this, &AttemptsDialog::showHistory);
    connect(m_historyList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_tabs->currentIndex() == StoreTab)
                    playStored(current.row());
            });
    connect(m_history, &AttemptHistoryModel::readFailed, this,
            [this](const QString& message) { m_historyNote->setText(message); });
    connect(m_kept, &KeptFilesPanel::chosen, this, [this](const QString& path) {
        if (m_tabs->currentIndex() == KeptTab)
            playKept(path);
    });
    connect(m_kept, &KeptFilesPanel::takenIn, this, [this] {
        showHistory();
        updateKeptTab();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &AttemptsDialog::playCurrent);
    connect(m_playButton, &QPushButton::clicked, this, &AttemptsDialog::playCurrent);
    connect(m_stopButton, &QPushButton::clicked, m_player, &StrokePlayer::stop);
    connect(m_fast, &QCheckBox::toggled, m_player, [this](bool fast) { m_player->setSpeed(fast ? 2.0 : 1.0); });
    fillWhoseChooser();
    showHistory();
    updateKeptTab();
    // Where something is to be seen: the store's attempts, unless only kept files are.
    if (m_history->rowCount() == 0 && m_kept->list()->topLevelItemCount() > 0)
        m_tabs->setCurrentIndex(KeptTab);
}

QString AttemptsDialog::statusText() const { return m_status->text(); }
QString AttemptsDialog::historyNote() const { return m_historyNote->text(); }

void AttemptsDialog::refresh()
{
    fillWhoseChooser();
    showHistory();
    m_kept->refresh();
    updateKeptTab();
}

void AttemptsDialog::fillWhoseChooser()
{
    const QSignalBlocker quiet(m_whose);
    // At first the child chosen in practice (the one the teacher just watched), unless that
    // is Guest, who is anyone; afterwards the teacher's own choice.
    const bool first = m_whose->count() == 0;
    const QVariant chosen = first && m_viewer.child.id != 0 && m_viewer.child.name != dt::store::guestName()
        ? QVariant(m_viewer.child.id)
        : m_whose->currentData();
    m_whose->clear();
    const QString childName =
        dt::store::shownName(m_viewer.child.name.isEmpty() ? dt::store::guestName() : m_viewer.child.name);
    // A child sees their own attempts and nobody else's, not even the names of the others.
    m_whose->setVisible(m_viewer.teacher);
    if (!m_viewer.teacher) {
        m_whoseLabel->setText(tr("Attempts of %1").arg(childName));
        return;
    }
    m_whoseLabel->setText(tr("&Whose attempts:"));
    m_whose->addItem(tr("All children"));
    if (m_store)
        if (const auto students = m_store->students())
            for (const dt::store::Student& s : *students)
                m_whose->addItem(dt::store::shownName(s.name), s.id);
    m_whose->setCurrentIndex(std::max(0, m_whose->findData(chosen)));
    m_whose->setEnabled(m_store != nullptr);
}

void AttemptsDialog::showHistory()
{
    m_player->stop();
    std::optional<qint64> student;
    if (!m_viewer.teacher)
        student = m_viewer.child.id;
    else if (const QVariant id = m_whose->currentData(); id.isValid())
        student = id.toLongLong();
    m_history->show(m_store, student);
    if (!m_store) {
        m_historyNote->setText(tr("The progress database is not available, so its attempts cannot be shown: %1")
                                   .arg(m_storeProblem.isEmpty() ? tr("no database is connected.") : m_storeProblem));
    } else if (!m_history->errorString().isEmpty()) {
        m_historyNote->setText(m_history->errorString());
    } else if (m_history->rowCount() == 0) {
        m_historyNote->setText(tr("No attempts yet. Each drawing a child finishes with Done is kept here."));
    } else {
        // Counted by the database from its index; no attempt is read for it.
        int count = 0;
        if (const auto counts = m_store->attemptCounts()) {
            if (student)
                count = counts->contains(*student) ? counts->at(*student) : 0;
            else
                count = std::accumulate(counts->begin(), counts->end(), 0,
                                        [](int sum, const auto& entry) { return sum + entry.second; });
        }
        m_historyNote->setText(count > m_history->rowCount()
                                   ? tr("Attempts: %1, newest first; older ones come as you scroll down.").arg(count)
                                   : tr("Attempts: %1, newest first.").arg(count));
    }
    if (m_history->rowCount() > 0)
        m_historyList->setCurrentIndex(m_history->index(0, 0));
    else if (m_tabs->currentIndex() == StoreTab)
        showNothing(m_store ? tr("Choose an attempt to watch it being written.") : QString());
}

void AttemptsDialog::updateKeptTab()
{
    const int waiting = m_kept->waiting();
    m_tabs->setTabText(KeptTab, waiting > 0 ? tr("Waiting for the Database (%1)").arg(waiting)
                                            : tr("Waiting for the Database"));
}

void AttemptsDialog::showNothing(const QString& why)
{
    m_player->stop();
    m_canvas->clear();
    m_status->setText(why);
    m_playButton->setEnabled(false);
}

void AttemptsDialog::playCurrent()
{
    if (m_tabs->currentIndex() == KeptTab)
        playKept(m_kept->currentPath());
    else
        playStored(m_historyList->currentIndex().row());
}

void AttemptsDialog::playStored(int row)
{
    m_player->stop();
    if (!m_store || !m_history->attemptAt(row)) {
        showNothing(m_history->rowCount() > 0 ? tr("Choose an attempt to watch it being written.") : QString());
        return;
    }
    // The list holds no strokes: the chosen attempt's are read now, alone.
    const auto attempt = m_store->attempt(m_history->attemptAt(row)->id);
    if (!attempt) {
        showNothing(m_store->lastError());
        return;
    }
    const bool strokesKept = !attempt->strokes.isEmpty();
    m_status->setText(describe(*m_history, row, strokesKept));
    m_playButton->setEnabled(strokesKept);
    if (!strokesKept) {
        m_canvas->clear();
        return;
    }
    m_player->setDrawing(attempt->strokes);
    m_player->play();
}

void AttemptsDialog::playKept(const QString& path)
{
    m_player->stop();
    if (path.isEmpty()) {
        showNothing(QString());
        return;
    }
    const std::optional<dt::Drawing> drawing = m_archive->load(path);
    if (!drawing) {
        showNothing(m_archive->errorString());
        return;
    }
    const QTreeWidgetItem* item = m_kept->list()->currentItem();
    bool digit = false;
    const QString asked = item->text(KeptFilesPanel::AskedColumn);
    asked.toInt(&digit);
    m_status->setText(tr("%1, %2: %3; kept as the file %4")
                          .arg(item->text(KeptFilesPanel::StudentColumn), item->text(KeptFilesPanel::WhenColumn),
                               digit ? tr("%1 asked").arg(asked) : asked, QFileInfo(path).fileName()));
    m_playButton->setEnabled(true);
    m_player->setDrawing(*drawing);
    m_player->play();
}
