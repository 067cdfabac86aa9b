#include <digit_tutor/shell/main_window.hpp>

#include <digit_tutor/progress/bidi_controls.hpp>
#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/kept_attempts.hpp>
#include <digit_tutor/progress/store_integrity.hpp>
#include <digit_tutor/common/big_button.hpp>
#include <digit_tutor/common/child_icons.hpp>
#include <digit_tutor/common/languages.hpp>
#include <digit_tutor/common/hold_button.hpp>
#include <digit_tutor/teacher/attempts_dialog.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/prompt_speaker.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>
#include <digit_tutor/shell/app_language.hpp>
#include <digit_tutor/shell/app_settings.hpp>
#include <digit_tutor/shell/default_model.hpp>
#include <digit_tutor/shell/startup_choices.hpp>
#include <digit_tutor/teacher/model_page.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/teacher/students_page.hpp>
#include <digit_tutor/practice/student_picker.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>
#include <digit_tutor/teacher/teacher_settings_page.hpp>
#include <digit_tutor/teacher/unlock_delays.hpp>
#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/saved_practice_plan.hpp>
#include <digit_tutor/progress/teacher_lock.hpp>

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/ways_file.hpp>

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QKeySequence>
#include <QCloseEvent>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QThread>

#include <exception>

MainWindow::MainWindow(std::shared_ptr<const dt::DigitModel> model, QWidget* parent)
    : QMainWindow(parent)
    , m_archive(std::make_unique<AttemptArchive>())
    , m_controller(new RecognitionController(std::move(model), this))
    , m_page(new PracticePage(m_controller, this))
    , m_unlockDelays(std::make_unique<UnlockDelays>())
{
    m_student.name = dt::store::guestName();
    m_modelIdentity = modelIdentityOf(*m_controller->model(), QString());
    updateTitle();
    setCentralWidget(m_page);

    connect(m_page, &PracticePage::attemptFinished, this,
            [this](const dt::Drawing& drawing, int asked, const dt::Verdict& verdict, const QString& formation) {
                // The plan first: should the attempt not reach the store, its message (kept
                // as a file) is the one left in the status bar.
                if (asked >= 0)
                    savePlan();
                saveAttempt(drawing, asked, verdict, formation);
            });

    // Child mode: no menu bar, and no key that loads a file or quits at once. What grown-ups
    // need is in the teacher area, behind the PIN once one is set; leaving takes a held
    // button (and the PIN). The keys that stay are harmless for a child to press by chance.
    m_leftHandedAction = new QAction(tr("&Left-handed"), this);
    m_leftHandedAction->setCheckable(true);
    m_leftHandedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_leftHandedAction->setChecked(dt::ui::settings::leftHanded());
    m_page->setLeftHanded(m_leftHandedAction->isChecked());
    connect(m_leftHandedAction, &QAction::toggled, this, &MainWindow::setLeftHanded);
    addAction(m_leftHandedAction);

    auto* fullScreenAction = new QAction(tr("&Full Screen"), this);
    fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreenAction, &QAction::triggered, this, &MainWindow::toggleFullScreen);
    addAction(fullScreenAction);

    auto* areaAction = new QAction(tr("Teacher &Area..."), this);
    areaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(areaAction, &QAction::triggered, this, &MainWindow::openTeacherArea);
    addAction(areaAction);

    auto* studentAction = new QAction(tr("Change &Student..."), this);
    studentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(studentAction, &QAction::triggered, this, &MainWindow::chooseStudent);
    addAction(studentAction);

    setSpeechEnabled(dt::ui::settings::speech());
    setSoundsEnabled(dt::ui::settings::sounds());
    // Messages for grown-ups (an attempt kept as a file, a plan not saved) in a thin line
    // that is always there, so that one coming never shrinks the canvas under the pen.
    statusBar()->setSizeGripEnabled(false);
    QFont small = statusBar()->font();
    small.setPixelSize(12);
    statusBar()->setFont(small);
    statusBar()->setFixedHeight(QFontMetrics(small).height() + 4);
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this] { m_quitAllowed = true; });
    m_page->setFormationHintsEnabled(dt::ui::settings::formationHints());

    // Who is writing (a child taps their own name), and in the far corner the grown-ups'
    // door and the quit button, small and out of the way of the drawing hand.
    m_studentButton = dt::ui::bigButton(QString(), {}, {}, {}, this, 18);
    m_studentButton->setObjectName(QStringLiteral("student"));
    connect(m_studentButton, &QPushButton::clicked, this, &MainWindow::chooseStudent);
    m_teacherButton = dt::ui::bigButton(tr("Teacher"), {}, {}, {}, this, 14);
    m_teacherButton->setObjectName(QStringLiteral("teacherArea"));
    connect(m_teacherButton, &QPushButton::clicked, this, &MainWindow::openTeacherArea);
    m_quitButton = new HoldButton(dt::ui::ChildIcon::Quit, QString(), this);
    m_quitButton->setObjectName(QStringLiteral("quit"));
    connect(m_quitButton, &HoldButton::held, this, &MainWindow::requestQuit);
    m_page->addToTopRow(m_studentButton, {m_teacherButton, m_quitButton});
    retranslate();
    updateTitle();
}

void MainWindow::retranslate()
{
    dt::ui::setButtonWords(m_studentButton, m_studentButton->text(), tr("Who is writing"), tr("Choose who is writing"),
                           QKeySequence(Qt::CTRL | Qt::Key_U));
    dt::ui::setButtonWords(m_teacherButton, tr("Teacher"), tr("Teacher area"),
                           tr("Students, progress, reports and settings, for grown-ups"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_quitButton->setAccessibleName(tr("Quit"));
    m_quitButton->setToolTip(tr("Hold for two seconds to leave Digit Tutor"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_quitButton) {
        retranslate();
        updateTitle(); // Guest's name is the app's, in the new language
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(AppLanguage* language, const QLocale& teacher)
{
    m_language = language;
    m_teacherLanguage = teacher;
    applyChildLanguage();
    // The voices are learnt while the child starts: the teacher area can then say which
    // languages have none.
    m_page->speaker()->prepare();
}

QLocale MainWindow::childLanguage() const
{
    if (!m_store)
        return m_teacherLanguage;
    const std::optional<QString> own = m_store->languageOf(m_student);
    return own && !own->isEmpty() ? QLocale(*own) : m_teacherLanguage;
}

void MainWindow::applyChildLanguage()
{
    if (!m_language || m_teacherAreaOpen)
        return;
    // A language the app has no words for shows English: the voice speaks what is shown.
    m_page->speaker()->setLanguage(m_language->use(childLanguage()));
}

QStringList MainWindow::voicelessLanguagesToTell()
{
    const PromptSpeaker* speaker = m_page->speaker();
    if (!m_language || !speaker->isEnabled() || speaker->hasFailed())
        return {}; // no speech at all: the settings say so
    QStringList languages{m_teacherLanguage.name()};
    if (m_store)
        for (const QString& language : m_store->languagesInUse().value_or(std::vector<QString>{}))
            languages.append(language);
    languages.removeDuplicates();
    QStringList names;
    for (const QString& name : std::as_const(languages)) {
        // As the child would hear it: a language without the app's words is shown, and
        // spoken, in English.
        const QLocale shown = AppLanguage::hasLanguage(QLocale(name)) ? QLocale(name) : QLocale(QLocale::English);
        if (m_voicelessTold.contains(shown.name()) || m_page->speaker()->hasVoiceFor(shown))
            continue;
        m_voicelessTold.insert(shown.name());
        names.append(dt::ui::languageName(shown.name()));
    }
    names.removeDuplicates();
    return names;
}

void MainWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

dt::store::TeacherLock MainWindow::teacherLock() const
{
    // The copy in the settings file keeps the lock shut when the store is missing, unreadable
    // or another one without the PIN (teacher_lock.hpp says why that, not a shut area).
    return dt::store::TeacherLock(m_store.get(), {dt::ui::settings::teacherSecret, dt::ui::settings::setTeacherSecret});
}

bool MainWindow::grownUpPresent()
{
    const dt::store::TeacherLock lock = teacherLock();
    if (!lock.isSet())
        return true;
    UnlockDialog unlock([&lock](const QString& secret) { return lock.unlock(secret); }, *m_unlockDelays, this);
    return unlock.exec() == QDialog::Accepted;
}

void MainWindow::requestQuit()
{
    // Held long enough not to be an accident; with a PIN set, only a grown-up goes on.
    if (grownUpPresent())
        quitNow();
}

void MainWindow::quitNow()
{
    m_quitAllowed = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The window manager's close (a title bar's cross, Alt+F4) is as easy for a child to hit
    // as any key: only the held quit button closes the child's window, or the session ending
    // (commitDataRequest), which must never be held up by a child's app.
    if (!m_quitAllowed) {
        event->ignore();
        emit quitRefused();
        return;
    }
    QMainWindow::closeEvent(event);
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

bool MainWindow::connectDatabase(const QString& location, const QString& password, QString* message)
{
    dt::ui::StoreChoice choice = dt::ui::openProgressStore(location, password);
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
    if (!grownUpPresent())
        return;
    // Whether a PIN was asked (or set inside): with none known, another database may bring
    // one, and then it is asked before its students show.
    bool pinGiven = teacherLock().isSet();
    checkStoreIntegrity();
    // The teacher's language while the area is open; the child's again once it closes.
    QStringList voiceless = voicelessLanguagesToTell();
    if (m_language)
        m_language->use(m_teacherLanguage);
    m_teacherAreaOpen = true;
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
    connect(area.settingsPage(), &TeacherSettingsPage::speechToggled, this, &MainWindow::setSpeechEnabled);
    connect(area.settingsPage(), &TeacherSettingsPage::soundsToggled, this, &MainWindow::setSoundsEnabled);
    // Applies from the next start; now is the teacher's own F11.
    connect(area.settingsPage(), &TeacherSettingsPage::fullScreenToggled, this,
            [](bool fullScreen) { dt::ui::settings::setFullScreen(fullScreen); });
    connect(area.settingsPage(), &TeacherSettingsPage::secretChanged, this, [this, &pinGiven] {
        pinGiven = true;
        teacherLock().keepInStep();
    });
    connect(area.settingsPage(), &TeacherSettingsPage::databaseChosen, &area,
            [this, &area, &pinGiven](const QString& location, const QString& password) {
                QString message;
                const bool ok = connectDatabase(location, password, &message);
                if (ok && !pinGiven && teacherLock().isSet()) {
                    if (!grownUpPresent()) {
                        area.reject();
                        return;
                    }
                    pinGiven = true;
                }
                if (ok)
                    area.setStore(m_store.get());
                area.settingsPage()->showDatabaseResult(ok, message);
            });
    area.settingsPage()->setSpeechAvailable(PromptSpeaker::isSupported());
    connect(&area, &TeacherArea::attemptFilesRequested, this, &MainWindow::showAttempts);
    bool studentsChanged = false;
    connect(area.studentsPage(), &StudentsPage::studentsChanged, this, [&studentsChanged] { studentsChanged = true; });
    connect(&area, &TeacherArea::quitRequested, this, [this, &area] {
        area.accept();
        quitNow();
    });
    area.setVoicelessLanguages(voiceless);
    // Voices learnt while the area is open (a speech service slow to answer at start): said now.
    connect(m_page->speaker(), &PromptSpeaker::voicesKnown, &area, [this, &area, voiceless]() mutable {
        voiceless += voicelessLanguagesToTell();
        area.setVoicelessLanguages(voiceless);
    });
    emit teacherAreaOpened(&area);
    area.exec();
    m_teacherAreaOpen = false;
    if (studentsChanged)
        studentsEdited();
    applyChildLanguage();
}

void MainWindow::studentsEdited()
{
    if (!m_store)
        return;
    // The child writing may have been renamed (the title follows), given the other hand, or
    // removed: then Guest writes, and nothing more is stored under a student out of the lists.
    const auto now = m_store->student(m_student.id);
    if (now && !now->isArchived())
        setStudent(*now);
    else if (const auto guest = m_store->guest())
        setStudent(*guest);
    // A student added again takes back the attempts kept under their name.
    takeBackKeptAttempts();
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

void MainWindow::setSoundsEnabled(bool enabled)
{
    m_page->setSoundsEnabled(enabled);
    dt::ui::settings::setSounds(enabled);
}

void MainWindow::setSpeechEnabled(bool enabled)
{
    m_page->setSpeechEnabled(enabled && PromptSpeaker::isSupported());
    dt::ui::settings::setSpeech(enabled);
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

MainWindow::~MainWindow()
{
    if (m_integrityWorker)
        m_integrityWorker->wait();
}

void MainWindow::checkStoreIntegrity()
{
    // integrity_check reads the whole file: once per database and session, on a thread of its
    // own, when a grown-up is there to read what it finds (damage quick_check cannot see).
    if (!m_store || m_integrityWorker || m_integrityChecked == m_store->location().displayName())
        return;
    m_integrityChecked = m_store->location().displayName();
    auto report = std::make_shared<dt::store::IntegrityReport>();
    m_integrityWorker = QThread::create(
        [location = m_store->location(), report] { *report = dt::store::checkIntegrity(location); });
    connect(m_integrityWorker, &QThread::finished, this, [this, report] {
        m_integrityWorker->deleteLater();
        m_integrityWorker = nullptr;
        if (report->ok)
            return;
        QWidget* over = QApplication::activeModalWidget();
        QMessageBox::warning(over ? over : this, tr("Progress database"), report->message);
    });
    m_integrityWorker->start();
}

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
    teacherLock().keepInStep();
    if (m_store)
        if (const auto guest = m_store->guest())
            setStudent(*guest);
    takeBackKeptAttempts();
}

void MainWindow::setStudent(const dt::store::Student& student)
{
    const bool another = student.id != m_student.id || student.name != m_student.name;
    m_student = student;
    // Before the first question, which is shown and spoken in the child's language.
    applyChildLanguage();
    if (another)
        m_page->startChild(planFor(student));
    // Guest is anyone: the View menu's choice stands for them.
    if (student.name != dt::store::guestName())
        setLeftHanded(student.leftHanded);
    updateTitle();
}

dt::PracticePlan MainWindow::planFor(const dt::store::Student& student)
{
    dt::PracticePlan plan(QRandomGenerator::global()->generate());
    if (!m_store)
        return plan;
    const dt::store::SavedPracticePlan saved = m_store->practicePlan(student.id);
    if (saved.status == dt::store::SavedPracticePlan::Status::ReadFailed) {
        statusBar()->showMessage(tr("%1's practice plan could not be read; they start afresh: %2")
                                     .arg(dt::store::withoutBidiControls(student.name), m_store->lastError()));
    } else if (saved.status == dt::store::SavedPracticePlan::Status::Saved) {
        try {
            plan.restoreState(saved.state.toStdString());
        } catch (const std::exception& e) {
            statusBar()->showMessage(tr("%1's practice plan is damaged; they start afresh: %2")
                                         .arg(dt::store::withoutBidiControls(student.name), QString::fromUtf8(e.what())));
        }
    }
    return plan;
}

void MainWindow::savePlan()
{
    // After every practice attempt, so that a crash or a power cut loses at most the last one.
    if (m_store && !m_store->savePracticePlan(m_student.id, QString::fromStdString(m_page->practicePlan().saveState())))
        statusBar()->showMessage(tr("%1's practice plan was not saved: %2")
                                     .arg(dt::store::withoutBidiControls(m_student.name), m_store->lastError()));
}

void MainWindow::updateTitle()
{
    const QString name = m_student.name.isEmpty() ? dt::store::guestName() : m_student.name;
    if (m_studentButton) {
        m_studentButton->setText(StudentPicker::buttonText(name));
        m_studentButton->setIcon(StudentPicker::badgeFor(name));
        // Without a store there is no one else to choose.
        m_studentButton->setEnabled(m_store != nullptr);
    }
    // The window system adds the application's display name ("Zoë — Digit Tutor"), so the
    // title is the child's name alone, and for Guest the display name alone (not added
    // twice). "[*]" in a title marks where a window shows it is modified: a name's own is
    // doubled, which shows it as typed.
    setWindowTitle(name == dt::store::guestName()
                       ? QGuiApplication::applicationDisplayName()
                       : dt::store::withoutBidiControls(name).replace(QStringLiteral("[*]"), QStringLiteral("[*][*]")));
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
    dt::store::AttemptRecord record = dt::store::judgedAttempt(
        m_student.id, QDateTime::currentDateTimeUtc(), drawing, askedDigit, verdict, formation, m_modelIdentity);
    // By name too: a file kept while the store fails goes back to the same child.
    record.student = m_student.name;
    record.group = m_student.group;
    // The store could not take it (or there is none): the whole attempt is kept as a file
    // and taken back into the store once it works again.
    const dt::store::RecordedAttempt recorded = dt::store::recordAttempt(m_store.get(), *m_archive, record);
    using Where = dt::store::RecordedAttempt::Where;
    if (recorded.where == Where::Nowhere)
        statusBar()->showMessage(tr("This attempt was not saved: %1").arg(recorded.problem));
    else if (recorded.where == Where::File && m_store)
        statusBar()->showMessage(tr("This attempt was kept as a file, not in the progress database: %1").arg(recorded.problem));
    m_attemptsKept = m_attemptsKept || recorded.where == Where::File;
    // The store works (again): a few kept attempts at a time, so that no child waits.
    if (recorded.where == Where::Store && m_attemptsKept)
        takeBackKeptAttempts(kKeptTakenBackPerAttempt);
}

void MainWindow::takeBackKeptAttempts(int most)
{
    if (!m_store)
        return;
    const dt::store::TakenBack back = dt::store::takeBackKeptAttempts(*m_store, *m_archive, most);
    m_attemptsKept = back.remaining > 0;
    if (!back.problem.isEmpty())
        statusBar()->showMessage(tr("Attempts kept as files stay there for now: %1").arg(back.problem));
    else if (back.ofDeleted > 0)
        statusBar()->showMessage(
            tr("%n attempt(s) kept as files are of students deleted for good (%1): they stay as files and are not "
               "stored. The teacher area's Saved Attempts shows them.",
               nullptr, back.ofDeleted)
                .arg(dt::store::withoutBidiControls(back.deletedNames.join(QStringLiteral(", ")))));
    else if (back.archived > 0)
        statusBar()->showMessage(tr("Attempts kept as files went into the progress database: %1, of which %2 of "
                                    "archived students, who stay archived.")
                                     .arg(back.taken)
                                     .arg(back.archived));
    else if (back.taken > 0)
        statusBar()->showMessage(tr("Attempts kept as files went into the progress database: %1.").arg(back.taken));
}

void MainWindow::setAttemptFolder(const QString& folder)
{
    m_archive = std::make_unique<AttemptArchive>(folder);
    takeBackKeptAttempts();
}

void MainWindow::showAttempts()
{
    // From the teacher area, past the PIN: every child's attempts.
    AttemptsDialog dialog(m_store.get(), m_archive.get(), {.child = m_student, .teacher = true}, m_databaseProblem, this);
    dialog.exec();
}
