#include <digit_tutor/shell/app_settings.hpp>

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

QString database() { return QSettings().value(kDatabaseKey).toString(); }
void setDatabase(const QString& location) { setOrForget(kDatabaseKey, location); }

} // namespace dt::ui::settings
