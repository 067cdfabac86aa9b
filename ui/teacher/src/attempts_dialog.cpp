#include <digit_tutor/teacher/attempts_dialog.hpp>

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/stroke_player.hpp>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kPathRole = Qt::UserRole;
}

AttemptsDialog::AttemptsDialog(AttemptArchive* archive, QWidget* parent)
    : QDialog(parent)
    , m_archive(archive)
{
    setWindowTitle(tr("Saved attempts"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Saved attempts, newest first"));
    m_list->setMinimumWidth(260);
    m_canvas = new DrawingCanvas(this);
    m_canvas->setReadOnly(true);
    m_canvas->setAccessibleName(tr("Replay of the chosen attempt"));
    m_player = new StrokePlayer(m_canvas, this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("About the attempt shown"));
    m_playButton = new QPushButton(tr("&Play again"), this);
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
    middle->addWidget(m_list);
    middle->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttemptsDialog::playCurrent);
    connect(m_playButton, &QPushButton::clicked, this, &AttemptsDialog::playCurrent);
    connect(m_stopButton, &QPushButton::clicked, m_player, &StrokePlayer::stop);
    connect(m_fast, &QCheckBox::toggled, m_player, [this](bool fast) { m_player->setSpeed(fast ? 2.0 : 1.0); });
    refresh();
}

QString AttemptsDialog::statusText() const { return m_status->text(); }

void AttemptsDialog::refresh()
{
    m_player->stop();
    m_list->clear();
    const QLocale locale;
    for (const AttemptArchive::Attempt& a : m_archive->attempts()) {
        const QString when = locale.toString(a.savedAt, QLocale::ShortFormat);
        const QString asked = a.digit == 8 ? tr("an %1 was asked") : tr("a %1 was asked");
        const QString what = a.digit >= 0 ? asked.arg(a.digit) : tr("free drawing");
        auto* item = new QListWidgetItem(tr("%1, %2").arg(when, what), m_list);
        item->setData(kPathRole, a.path);
    }
    const bool any = m_list->count() > 0;
    m_playButton->setEnabled(any);
    m_stopButton->setEnabled(any);
    if (any)
        m_list->setCurrentRow(0);
    else
        m_status->setText(tr("No attempts have been saved yet. Each time a child presses Done, the drawing is "
                             "saved here."));
}

void AttemptsDialog::playCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString path = item->data(kPathRole).toString();
    const std::optional<dt::Drawing> drawing = m_archive->load(path);
    if (!drawing) {
        m_player->stop();
        m_canvas->clear();
        m_status->setText(m_archive->errorString());
        return;
    }
    m_status->setText(item->text());
    m_player->setDrawing(*drawing);
    m_player->play();
}
