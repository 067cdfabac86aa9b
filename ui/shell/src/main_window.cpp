#include <digit_tutor/shell/main_window.hpp>

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/teacher/attempts_dialog.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/prompt_speaker.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>
#include <digit_tutor/shell/app_settings.hpp>
#include <digit_tutor/shell/default_model.hpp>
#include <digit_tutor/shell/startup_choices.hpp>
#include <digit_tutor/teacher/model_page.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/practice/student_picker.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>
#include <digit_tutor/teacher/teacher_settings_page.hpp>
#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/teacher_lock.hpp>

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/ways_file.hpp>

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <exception>

MainWindow::MainWindow(std::shared_ptr<const dt::DigitModel> model, QWidget* parent)
    : QMainWindow(parent)
    , m_archive(std::make_unique<AttemptArchive>())
    , m_controller(new RecognitionController(std::move(model), this))
    , m_page(new PracticePage(m_controller, this))
{
    m_student.name = dt::store::guestName();
    m_modelIdentity = modelIdentityOf(*m_controller->model(), QString());
    updateTitle();
    setCentralWidget(m_page);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* loadAction = fileMenu->addAction(tr("&Load Model..."));
    loadAction->setShortcut(QKeySequence::Open);
    loadAction->setStatusTip(tr("Use another digit model file (.dtm)"));
    connect(loadAction, &QAction::triggered, this, &MainWindow::chooseModel);
    QAction* attemptsAction = fileMenu->addAction(tr("&Saved Attempts..."));
    attemptsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    attemptsAction->setStatusTip(tr("Watch how each saved digit was written, stroke by stroke"));
    connect(attemptsAction, &QAction::triggered, this, &MainWindow::showAttempts);
    connect(m_page, &PracticePage::attemptFinished, this,
            [this](const dt::Drawing& drawing, int asked, const dt::Verdict& verdict, const QString& formation) {
                saveAttempt(drawing, asked, verdict, formation);
            });
    QAction* studentAction = fileMenu->addAction(tr("Change &Student..."));
    studentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    studentAction->setStatusTip(tr("Choose who is writing, so that their attempts are kept for them"));
    connect(studentAction, &QAction::triggered, this, &MainWindow::chooseStudent);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_leftHandedAction = viewMenu->addAction(tr("&Left-handed"));
    m_leftHandedAction->setCheckable(true);
    m_leftHandedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_leftHandedAction->setStatusTip(tr("Put the guide and the buttons on the right, away from a left hand"));
    m_leftHandedAction->setChecked(dt::ui::settings::leftHanded());
    m_page->setLeftHanded(m_leftHandedAction->isChecked());
    connect(m_leftHandedAction, &QAction::toggled, this, &MainWindow::setLeftHanded);

    m_speechAction = viewMenu->addAction(tr("&Speak the Prompts"));
    m_speechAction->setCheckable(true);
    m_speechAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_speechAction->setStatusTip(tr("Say \"Write a 3\" aloud, for children who cannot read yet"));
    m_speechAction->setChecked(dt::ui::settings::speech());
    m_speechAction->setEnabled(PromptSpeaker::isSupported()); // built without Qt TextToSpeech
    m_page->setSpeechEnabled(m_speechAction->isChecked());
    connect(m_speechAction, &QAction::toggled, this, &MainWindow::setSpeechEnabled);

    m_page->setFormationHintsEnabled(dt::ui::settings::formationHints());

    QMenu* teacherMenu = menuBar()->addMenu(tr("&Teacher"));
    QAction* areaAction = teacherMenu->addAction(tr("Teacher &Area..."));
    areaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    areaAction->setStatusTip(tr("Students, progress and reports, the model and the settings"));
    connect(areaAction, &QAction::triggered, this, &MainWindow::openTeacherArea);
}

void MainWindow::setFormationHintsEnabled(bool enabled)
{
    m_page->setFormationHintsEnabled(enabled);
    dt::ui::settings::setFormationHints(enabled);
}

bool MainWindow::formationHintsEnabled() const { return m_page->formationHintsEnabled(); }

bool MainWindow::useModelFile(const QString& path)
{
    if (!loadModelFile(path))
        return false;
    m_modelPath = path;
    dt::ui::settings::setModelPath(path);
    return true;
}

bool MainWindow::useDefaultModel()
{
    if (!loadModelFile(dt::ui::defaultModelPath()))
        return false;
    m_modelPath.clear();
    dt::ui::settings::setModelPath(QString());
    return true;
}

bool MainWindow::connectDatabase(const QString& location, QString* message)
{
    dt::ui::StoreChoice choice = dt::ui::openProgressStore(location);
    if (!choice.store) {
        *message = tr("The database was not changed. %1").arg(choice.problem);
        return false;
    }
    *message = tr("Progress is now kept in %1.").arg(choice.displayName);
    setProgressStore(std::move(choice.store));
    m_databaseProblem.clear();
    dt::ui::settings::setDatabase(location);
    return true;
}

void MainWindow::openTeacherArea()
{
    if (m_store && dt::store::TeacherLock(*m_store).isSet()) {
        UnlockDialog unlock([this](const QString& secret) { return dt::store::TeacherLock(*m_store).unlock(secret); },
                            this);
        if (unlock.exec() != QDialog::Accepted)
            return;
    }
    const ChildSettings child{.hints = formationHintsEnabled(),
                              .speech = dt::ui::settings::speech(),
                              .sounds = dt::ui::settings::sounds(),
                              .fullScreen = dt::ui::settings::fullScreen()};
    TeacherArea area(m_store.get(), child, dt::ui::settings::database(), m_databaseProblem, this);
    area.progressView()->setGuides(dt::firstGuides(*m_controller->model()));
    area.modelPage()->showModel(*m_controller->model(), m_modelPath);
    connect(area.modelPage(), &ModelPage::modelFileChosen, &area, [this, &area](const QString& path) {
        if (useModelFile(path)) {
            area.modelPage()->showModel(*m_controller->model(), m_modelPath);
            area.progressView()->setGuides(dt::firstGuides(*m_controller->model()));
        }
    });
    connect(area.modelPage(), &ModelPage::defaultModelChosen, &area, [this, &area] {
        if (useDefaultModel()) {
            area.modelPage()->showModel(*m_controller->model(), m_modelPath);
            area.progressView()->setGuides(dt::firstGuides(*m_controller->model()));
        }
    });
    connect(area.settingsPage(), &TeacherSettingsPage::hintsToggled, this, &MainWindow::setFormationHintsEnabled);
    connect(area.settingsPage(), &TeacherSettingsPage::databaseChosen, &area, [this, &area](const QString& location) {
        QString message;
        const bool ok = connectDatabase(location, &message);
        if (ok)
            area.setStore(m_store.get());
        area.settingsPage()->showDatabaseResult(ok, message);
    });
    emit teacherAreaOpened(&area);
    area.exec();
}

bool MainWindow::loadWritingWaysFile(const QString& path)
{
    try {
        m_page->setWritingWays(std::make_shared<const dt::WritingWays>(dt::loadWritingWays(path.toStdString())));
        return true;
    } catch (const std::exception& e) {
        // Practice goes on without "Show me"; a dialog would only stand between the child
        // and the canvas.
        m_page->setWritingWays(nullptr);
        statusBar()->showMessage(tr("\"Show me\" is not available: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void MainWindow::setLeftHanded(bool leftHanded)
{
    m_leftHandedAction->setChecked(leftHanded);
    m_page->setLeftHanded(leftHanded);
    dt::ui::settings::setLeftHanded(leftHanded);
}

void MainWindow::setSpeechEnabled(bool enabled)
{
    m_speechAction->setChecked(enabled);
    m_page->setSpeechEnabled(enabled);
    dt::ui::settings::setSpeech(enabled);
}

void MainWindow::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Model"), QString(),
                                                      tr("Digit models (*.dtm);;All files (*)"));
    if (!path.isEmpty())
        loadModelFile(path);
}

bool MainWindow::loadModelFile(const QString& path)
{
    QString problem;
    auto model = dt::ui::tryLoadModel(path, &problem);
    if (!model) {
        QMessageBox::warning(this, tr("Cannot load model"),
                             tr("The model %1 could not be loaded; the current model is kept.\n\n%2").arg(path, problem));
        return false;
    }
    m_modelIdentity = modelIdentityOf(*model, path);
    m_controller->setModel(std::move(model));
    return true;
}

MainWindow::~MainWindow() = default;

QString MainWindow::modelIdentityOf(const dt::DigitModel& model, const QString& path)
{
    QString created;
    for (const auto& [key, value] : model.metadata.entries)
        if (key == "created")
            created = QString::fromStdString(value);
    const QString name = path.isEmpty() ? tr("model") : QFileInfo(path).fileName();
    return created.isEmpty() ? name : tr("%1, created %2").arg(name, created);
}

void MainWindow::setProgressStore(std::unique_ptr<dt::store::ProgressStore> store)
{
    m_store = std::move(store);
    if (m_store)
        if (const auto guest = m_store->guest())
            setStudent(*guest);
}

void MainWindow::setStudent(const dt::store::Student& student)
{
    m_student = student;
    // Guest is anyone: the View menu's choice stands for them.
    if (student.name != dt::store::guestName())
        setLeftHanded(student.leftHanded);
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_student.name.isEmpty() || m_student.name == dt::store::guestName()
                       ? tr("Digit Tutor")
                       : tr("Digit Tutor - %1").arg(m_student.name));
}

void MainWindow::chooseStudent()
{
    if (!m_store)
        return;
    const auto students = m_store->students();
    if (!students) {
        statusBar()->showMessage(m_store->lastError());
        return;
    }
    StudentPicker picker(*students, this);
    if (picker.exec() == QDialog::Accepted)
        setStudent(picker.chosen());
}

void MainWindow::saveAttempt(const dt::Drawing& drawing, int askedDigit, const dt::Verdict& verdict,
                             const QString& formation)
{
    if (!m_store) {
        saveAttemptFile(drawing, askedDigit, QString());
        return;
    }
    dt::store::AttemptRecord record = dt::store::judgedAttempt(
        m_student.id, QDateTime::currentDateTimeUtc(), drawing, askedDigit, verdict, formation, m_modelIdentity);
    if (!m_store->addAttempt(record))
        saveAttemptFile(drawing, askedDigit, m_store->lastError());
}

void MainWindow::saveAttemptFile(const dt::Drawing& drawing, int askedDigit, const QString& why)
{
    // The store could not take it (or there is none): a stroke file keeps it for later.
    if (m_archive->save(drawing, askedDigit).isEmpty())
        statusBar()->showMessage(tr("This attempt was not saved: %1").arg(m_archive->errorString()));
    else if (!why.isEmpty())
        statusBar()->showMessage(tr("This attempt was kept as a file, not in the progress database: %1").arg(why));
}

void MainWindow::setAttemptFolder(const QString& folder) { m_archive = std::make_unique<AttemptArchive>(folder); }

void MainWindow::showAttempts()
{
    AttemptsDialog dialog(m_archive.get(), this);
    dialog.resize(820, 560);
    dialog.exec();
}
