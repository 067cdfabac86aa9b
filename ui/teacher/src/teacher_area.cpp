#include <digit_tutor/teacher/teacher_area.hpp>

#include <digit_tutor/teacher/model_page.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/teacher/students_page.hpp>
#include <digit_tutor/teacher/teacher_settings_page.hpp>

#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/teacher_lock.hpp>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QVBoxLayout>

TeacherArea::TeacherArea(dt::store::ProgressStore* store, const ChildSettings& child, const QString& database,
                         const QString& databaseProblem, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_databaseProblem(databaseProblem)
    , m_banner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_students(new StudentsPage(store, this))
    , m_progress(new ProgressView(store, this))
    , m_model(new ModelPage(this))
    , m_settings(new TeacherSettingsPage(store, child, database, this))
{
    setWindowTitle(tr("Teacher Area"));
    // Room for the progress view's table, chart and attempts on a 1280x800 screen, a school
    // laptop's, with the window's frame and a panel beside it; on a smaller screen, its size.
    const QSize roomy(1220, 720);
    const QSize frame(40, 80);
    resize(screen() ? roomy.boundedTo(screen()->availableGeometry().size() - frame) : roomy);
    auto* layout = new QVBoxLayout(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4d6; padding: 6px; border-radius: 4px"));
    layout->addWidget(m_banner);
    m_tabs->addTab(m_students, tr("Students"));
    m_tabs->addTab(m_progress, tr("Progress"));
    m_tabs->addTab(m_model, tr("Model"));
    m_tabs->addTab(m_settings, tr("Settings"));
    layout->addWidget(m_tabs, 1);
    // What the child's screen has no button for: the saved attempts, and
    // quitting without holding the door (the PIN was given to get here).
    auto* files = new QPushButton(tr("Saved Attempts..."), this);
    files->setObjectName(QStringLiteral("attemptFiles"));
    files->setToolTip(tr("Every attempt, newest first: watch how each was written"));
    auto* quit = new QPushButton(tr("Quit Digit Tutor"), this);
    quit->setObjectName(QStringLiteral("quitApp"));
    connect(files, &QPushButton::clicked, this, &TeacherArea::attemptFilesRequested);
    connect(quit, &QPushButton::clicked, this, &TeacherArea::quitRequested);
    auto* actions = new QHBoxLayout;
    actions->addWidget(files);
    actions->addStretch();
    actions->addWidget(quit);
    layout->addLayout(actions);
    // A student added, renamed or removed changes whom the progress can be shown for.
    connect(m_students, &StudentsPage::studentsChanged, m_progress, &ProgressView::refresh);
    connect(m_settings, &TeacherSettingsPage::secretChanged, this, &TeacherArea::updateBanner);
    updateBanner();
}

void TeacherArea::setStore(dt::store::ProgressStore* store)
{
    m_store = store;
    m_databaseProblem.clear();
    m_students->setStore(store);
    m_progress->setStore(store);
    updateBanner();
}

QString TeacherArea::bannerText() const { return m_banner->text(); }

void TeacherArea::setVoicelessLanguages(const QStringList& languages)
{
    m_voiceless = languages;
    updateBanner();
}

void TeacherArea::updateBanner()
{
    QString text;
    if (!m_store)
        text = tr("The progress database is not available, so students and progress cannot be shown: %1")
                   .arg(m_databaseProblem);
    else if (!dt::store::TeacherLock(*m_store).isSet())
        text = tr("No PIN is set yet: anyone can open this area. Set one under Settings to keep children out.");
    if (!m_voiceless.isEmpty()) {
        const QString voices =
            tr("No voice on this computer speaks %1: children who practise in it see the words but hear nothing. "
               "A system administrator can add voices (on Debian, the package speech-dispatcher-espeak-ng).")
                .arg(QLocale().createSeparatedList(m_voiceless));
        text = text.isEmpty() ? voices : text + QLatin1Char('\n') + voices;
    }
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}
