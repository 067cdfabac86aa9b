#pragma once
// The app's remembered choices, in one place: each is one QSettings key (in
// ~/.config/digit-tutor/digit-tutor.conf), read and written only through these functions,
// so that the app's main and the main window cannot disagree on a key or a default.
//
//   view/leftHanded         the guide and buttons on the right (default off)
//   view/speech             prompts spoken aloud (default on)
//   view/sounds             sound effects (default on)
//   view/fullScreen         the app starts in full screen (default on)
//   teacher/formationHints  hints on how a digit was written (default on)
//   model/path              the model the teacher chose (default: none, the bundled one)
//   store/database          the progress database (default: none, the user's own SQLite file),
//                           never with its password: a school's server asks for it once per
//                           session (Settings in the teacher area), and it stays in memory
//   teacher/secret          a copy of the teacher's PIN as the store keeps it (a salted hash,
//                           dt::store::TeacherLock), so that the lock holds without the store

#include <QString>

namespace dt::ui::settings {

bool leftHanded();
void setLeftHanded(bool leftHanded);

bool speech();
void setSpeech(bool enabled);

bool sounds();
void setSounds(bool enabled);

bool fullScreen();
void setFullScreen(bool enabled);

bool formationHints();
void setFormationHints(bool enabled);

/// Empty when the teacher chose none (the bundled default model is used).
QString modelPath();
/// An empty path forgets the choice.
void setModelPath(const QString& path);

/// Empty for the user's own SQLite file; else a file or a postgresql:// URL, without a
/// password.
QString database();
/// The location to open at start: as database(), but a settings file from an earlier
/// version that kept the password in clear is rewritten without it now, and that password
/// is given back in `password` for this session (else it is cleared).
QString databaseAtStart(QString* password);
/// An empty location forgets the choice; a password in it is never kept.
void setDatabase(const QString& location);

/// The copy of the teacher's secret (its salted hash); empty when none is kept.
QString teacherSecret();
/// An empty one forgets it.
void setTeacherSecret(const QString& stored);

} // namespace dt::ui::settings
