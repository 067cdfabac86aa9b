#include <digit_tutor/shell/app_settings.hpp>

#include <digit_tutor/progress/database_location.hpp>

#include <QSettings>

namespace dt::ui::settings {
namespace {

const QString kLeftHandedKey = QStringLiteral("view/leftHanded");
const QString kSpeechKey = QStringLiteral("view/speech");
const QString kSoundsKey = QStringLiteral("view/sounds");
const QString kFullScreenKey = QStringLiteral("view/fullScreen");
const QString kHintsKey = QStringLiteral("teacher/formationHints");
const QString kModelKey = QStringLiteral("model/path");
const QString kDatabaseKey = QStringLiteral("store/database");
const QString kTeacherSecretKey = QStringLiteral("teacher/secret");

// An empty value removes the key: "no choice" and "chose nothing" read the same.
void setOrForget(const QString& key, const QString& value)
{
    if (value.isEmpty())
        QSettings().remove(key);
    else
        QSettings().setValue(key, value);
}

} // namespace

bool leftHanded() { return QSettings().value(kLeftHandedKey, false).toBool(); }
void setLeftHanded(bool leftHanded) { QSettings().setValue(kLeftHandedKey, leftHanded); }

bool speech() { return QSettings().value(kSpeechKey, true).toBool(); }
void setSpeech(bool enabled) { QSettings().setValue(kSpeechKey, enabled); }

bool sounds() { return QSettings().value(kSoundsKey, true).toBool(); }
void setSounds(bool enabled) { QSettings().setValue(kSoundsKey, enabled); }

bool fullScreen() { return QSettings().value(kFullScreenKey, true).toBool(); }
void setFullScreen(bool enabled) { QSettings().setValue(kFullScreenKey, enabled); }

bool formationHints() { return QSettings().value(kHintsKey, true).toBool(); }
void setFormationHints(bool enabled) { QSettings().setValue(kHintsKey, enabled); }

QString modelPath() { return QSettings().value(kModelKey).toString(); }
void setModelPath(const QString& path) { setOrForget(kModelKey, path); }

QString database() { return store::withoutPassword(QSettings().value(kDatabaseKey).toString()); }

QString databaseAtStart(QString* password)
{
    const QString stored = QSettings().value(kDatabaseKey).toString();
    const QString kept = store::withoutPassword(stored);
    password->clear();
    if (kept != stored) {
        if (const auto parsed = store::parseDatabaseLocation(stored))
            *password = parsed->password;
        setDatabase(kept);
        QSettings().sync(); // out of the file now, not when the app ends
    }
    return kept;
}

void setDatabase(const QString& location) { setOrForget(kDatabaseKey, store::withoutPassword(location)); }

QString teacherSecret() { return QSettings().value(kTeacherSecretKey).toString(); }
void setTeacherSecret(const QString& stored) { setOrForget(kTeacherSecretKey, stored); }

} // namespace dt::ui::settings
