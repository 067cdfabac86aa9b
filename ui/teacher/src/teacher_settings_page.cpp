#include <digit_tutor/teacher/teacher_settings_page.hpp>

#include <digit_tutor/progress/database_location.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/teacher_lock.hpp>

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

TeacherSettingsPage::TeacherSettingsPage(dt::store::ProgressStore* store, const ChildSettings& child,
                                         const QString& database, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_secret(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_setSecret(new QPushButton(tr("Set PIN"), this))
    , m_hints(new QCheckBox(tr("After a digit, show where to start when it was written an unusual way"), this))
    , m_speech(new QCheckBox(tr("Speak to the children"), this))
    , m_sounds(new QCheckBox(tr("Sound effects"), this))
    , m_fullScreen(new QCheckBox(tr("Start in full screen"), this))
    , m_database(new QLineEdit(dt::store::withoutPassword(database), this))
    , m_password(new QLineEdit(this))
    , m_connect(new QPushButton(tr("Use This Database"), this))
    , m_message(new QLabel(this))
{
    // The explanations take more lines in some languages than a 1024x600 screen has room
    // for: the page scrolls rather than squeeze them.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* lock = new QGroupBox(tr("Teacher area PIN or password"), this);
    auto* lockForm = new QFormLayout(lock);
    for (QLineEdit* field : {m_secret, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("New PIN or password"));
    m_repeat->setAccessibleName(tr("The same again"));
    lockForm->addRow(tr("New PIN or password:"), m_secret);
    lockForm->addRow(tr("The same again:"), m_repeat);
    lockForm->addRow(QString(), m_setSecret);
    m_setSecret->setEnabled(store != nullptr);
    layout->addWidget(lock);

    auto* screen = new QGroupBox(tr("The children's screen"), this);
    auto* screenLayout = new QVBoxLayout(screen);
    m_speech->setChecked(child.speech);
    m_speech->setObjectName(QStringLiteral("speech"));
    m_sounds->setChecked(child.sounds);
    m_sounds->setObjectName(QStringLiteral("sounds"));
    m_fullScreen->setChecked(child.fullScreen);
    m_fullScreen->setObjectName(QStringLiteral("fullScreen"));
    for (QCheckBox* box : {m_speech, m_sounds, m_fullScreen})
        screenLayout->addWidget(box);
    auto* screenHelp = new QLabel(tr("Children who cannot read yet hear every message. "
                                     "Full screen takes effect the next time the app starts."),
                                  screen);
    screenHelp->setWordWrap(true);
    screenLayout->addWidget(screenHelp);
    layout->addWidget(screen);

    auto* hints = new QGroupBox(tr("Formation hints"), this);
    auto* hintsLayout = new QVBoxLayout(hints);
    m_hints->setChecked(child.hints);
    m_hints->setObjectName(QStringLiteral("hints"));
    hintsLayout->addWidget(m_hints);
    auto* hintsHelp = new QLabel(tr("Switch them off where your school teaches other ways of forming the digits. "
                                    "What the check finds is kept for the progress view either way."),
                                 hints);
    hintsHelp->setWordWrap(true);
    hintsLayout->addWidget(hintsHelp);
    layout->addWidget(hints);

    auto* db = new QGroupBox(tr("Progress database"), this);
    auto* dbLayout = new QVBoxLayout(db);
    auto* dbHelp = new QLabel(tr("Empty: this computer's own file. A school can keep one PostgreSQL server for all "
                                 "its classroom computers: postgresql://user@server/digit_tutor. Its password is "
                                 "not saved: give it once each time the app starts."),
                              db);
    dbHelp->setWordWrap(true);
    dbLayout->addWidget(dbHelp);
    auto* dbRow = new QHBoxLayout;
    m_database->setAccessibleName(tr("Progress database"));
    m_database->setPlaceholderText(tr("this computer's own file"));
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(m_connect);
    dbLayout->addLayout(dbRow);
    auto* passwordRow = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("The server's password"));
    m_password->setPlaceholderText(tr("only if the server asks for one"));
    passwordRow->addRow(tr("Password:"), m_password);
    dbLayout->addLayout(passwordRow);
    layout->addWidget(db);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    layout->addStretch();
    scroll->setWidget(content); // once filled, so that it takes the content's size

    connect(m_setSecret, &QPushButton::clicked, this, &TeacherSettingsPage::setSecret);
    connect(m_hints, &QCheckBox::toggled, this, &TeacherSettingsPage::hintsToggled);
    connect(m_speech, &QCheckBox::toggled, this, &TeacherSettingsPage::speechToggled);
    connect(m_sounds, &QCheckBox::toggled, this, &TeacherSettingsPage::soundsToggled);
    connect(m_fullScreen, &QCheckBox::toggled, this, &TeacherSettingsPage::fullScreenToggled);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        // A password typed into the address leaves it before anything else sees the address.
        const QString typed = m_database->text().trimmed();
        const QString location = dt::store::withoutPassword(typed);
        if (location != typed) {
            const auto parsed = dt::store::parseDatabaseLocation(typed);
            if (parsed && !parsed->password.isEmpty())
                m_password->setText(parsed->password);
            m_database->setText(location);
        }
        emit databaseChosen(location, m_password->text());
    });
}

QString TeacherSettingsPage::messageText() const { return m_message->text(); }

void TeacherSettingsPage::setSecret()
{
    if (!m_store)
        return;
    if (m_secret->text() != m_repeat->text()) {
        m_message->setText(tr("The two PINs differ; type the same one twice."));
        return;
    }
    dt::store::TeacherLock lock(*m_store);
    if (lock.setSecret(m_secret->text())) {
        m_message->setText(tr("The PIN is set: the teacher area now asks for it."));
        emit secretChanged();
    } else
        m_message->setText(lock.lastError());
    m_secret->clear();
    m_repeat->clear();
}

void TeacherSettingsPage::setSpeechAvailable(bool available)
{
    m_speech->setEnabled(available);
}

void TeacherSettingsPage::showDatabaseResult(bool ok, const QString& message)
{
    // Connected: the store holds the password now, the page no longer needs to.
    if (ok)
        m_password->clear();
    m_message->setText(message);
}
