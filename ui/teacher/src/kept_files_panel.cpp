#include <digit_tutor/teacher/kept_files_panel.hpp>

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/progress/kept_attempts.hpp>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPathRole = Qt::UserRole;

QString timeText(const QDateTime& when)
{
    // As the store's list shows times, in this computer's zone.
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

KeptFilesPanel::KeptFilesPanel(AttemptArchive* archive, QWidget* parent)
    : QWidget(parent)
    , m_archive(archive)
{
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Student"), tr("Asked"), tr("Waiting")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Attempts waiting to go into the progress database, newest first"));
    m_takeIn = new QPushButton(tr("&Put Them into the Progress Database"), this);
    m_takeIn->setObjectName(QStringLiteral("takeKeptIn"));
    m_takeIn->setToolTip(tr("Store the attempts kept here in the progress database, each once, for its own child"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAccessibleName(tr("What putting the attempts into the database did"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_takeIn);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_takeIn, &QPushButton::clicked, this, &KeptFilesPanel::takeIn);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { emit chosen(currentPath()); });
}

void KeptFilesPanel::setStore(dt::store::ProgressStore* store, const QString& problem)
{
    m_store = store;
    m_storeProblem = problem;
}

void KeptFilesPanel::setViewer(const AttemptsViewer& viewer)
{
    m_viewer = viewer;
    m_takeIn->setVisible(viewer.teacher);
    refresh();
}

QString KeptFilesPanel::explanationText() const { return m_explanation->text(); }
QString KeptFilesPanel::resultText() const { return m_result->text(); }

QString KeptFilesPanel::currentPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(WhenColumn, kPathRole).toString() : QString();
}

bool KeptFilesPanel::shown(const QString& student, bool whole) const
{
    if (m_viewer.teacher)
        return true;
    // A file says its child by name (the store's id may not exist yet); one kept without a
    // name was Guest's. Files of strokes only say no child: a teacher's alone.
    const QString own = m_viewer.child.name.isEmpty() ? dt::store::guestName() : m_viewer.child.name;
    return whole && (student.isEmpty() ? dt::store::guestName() : student) == own;
}

void KeptFilesPanel::refresh()
{
    QSignalBlocker quiet(m_list); // one chosen() at the end, not one per row
    m_list->clear();
    m_waiting = 0;
    int strokesOnly = 0;
    for (const AttemptArchive::Attempt& file : m_archive->attempts()) {
        const auto kept = m_archive->loadAttempt(file.path);
        const bool whole = kept && kept->whole;
        const QString student = whole ? kept->record.student : QString();
        if (!shown(student, whole))
            continue;
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(WhenColumn, kPathRole, file.path);
        item->setText(WhenColumn, timeText(whole ? kept->record.when : file.savedAt));
        item->setText(StudentColumn, whole ? dt::store::shownName(student.isEmpty() ? dt::store::guestName()
                                                                                                : student)
                                           : QStringLiteral("\u2014"));
        const int asked = kept ? kept->record.askedDigit : file.digit;
        item->setText(AskedColumn, asked >= 0 ? QString::number(asked) : tr("free drawing"));
        if (whole) {
            ++m_waiting;
            item->setText(StateColumn, tr("waiting to go into the progress database"));
        } else {
            ++strokesOnly;
            item->setText(StateColumn, kept ? tr("strokes only: replayed here, never stored")
                                            : tr("cannot be read: %1").arg(m_archive->errorString()));
        }
    }
    m_takeIn->setEnabled(m_waiting > 0);
    explain(strokesOnly);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    quiet.unblock();
    emit chosen(currentPath());
}

void KeptFilesPanel::explain(int strokesOnly)
{
    QString text;
    if (m_waiting > 0)
        text = tr("These attempts could not go into the progress database when they were made (it was not available), "
                  "so they were kept whole as files on this computer. They are waiting to go into the progress "
                  "database: nothing is lost. They go in by themselves once it works again, or now with the button "
                  "below.");
    else if (strokesOnly == 0)
        text = tr("No attempts are waiting: every attempt is in the progress database.");
    else
        text = tr("No attempts are waiting to go into the progress database.");
    if (strokesOnly > 0)
        text += QLatin1Char(' ') + tr("Files of strokes only (kept by an older Digit Tutor, or damaged) can be "
                                      "replayed here; they never go into the database.");
    m_explanation->setText(text);
}

void KeptFilesPanel::takeIn()
{
    if (!m_store) {
        m_result->setText(tr("The progress database is still not available, so the attempts stay here, safe: %1")
                              .arg(m_storeProblem.isEmpty() ? tr("no database is connected.") : m_storeProblem));
        return;
    }
    const dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*m_store, *m_archive);
    refresh();
    QString text;
    if (back.taken > 0)
        text = tr("Attempts that went into the progress database: %1.").arg(back.taken);
    if (!back.problem.isEmpty())
        text += (text.isEmpty() ? tr("The progress database is still not available, so the attempts stay here, "
                                     "safe: %1")
                                : QLatin1Char(' ') + tr("The others stay here for now: %1"))
                    .arg(back.problem);
    if (text.isEmpty())
        text = tr("No attempt was waiting.");
    m_result->setText(text);
    if (back.taken > 0)
        emit takenIn(back.taken);
}
