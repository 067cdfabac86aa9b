#pragma once
// Which model and which progress database the app uses, chosen the same way at start and
// when the teacher changes them: what the command line says, else what the teacher chose
// (app_settings.hpp), else the bundled model and the user's own SQLite file.

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QString>
#include <QStringList>

#include <memory>

namespace dt::ui {

struct ModelChoice {
    std::shared_ptr<const DigitModel> model; ///< null when no candidate could be loaded
    QString path;                            ///< the file it came from
    /// One message per candidate that could not be loaded (file and the loader's reason),
    /// in the order tried: a bad --model is explained and the bundled model used instead.
    QStringList failures;
};

/// The model in `path`, or null with the loader's reason in `problem` (the file, and what is
/// wrong with it).
std::shared_ptr<const DigitModel> tryLoadModel(const QString& path, QString* problem);

/// Loads the first model that loads of: `commandLineModel` when not empty, else the
/// teacher's choice (settings::modelPath) when there is one; then the bundled default.
ModelChoice chooseModel(const QString& commandLineModel);

struct StoreChoice {
    std::unique_ptr<store::ProgressStore> store; ///< null when it could not be opened
    QString problem;                             ///< why not, in words for a teacher
    QString displayName;                         ///< where progress is kept, when opened
};

/// Opens the progress database at `location`: an SQLite file or a postgresql:// URL; an
/// empty location means the user's own SQLite file. `password`, when not empty, is the
/// server's password (asked for this session; one in the URL itself gives way to it). Never
/// throws: a bad address, a server that does not answer or a damaged file come back as
/// `problem`, which never holds the password.
StoreChoice openProgressStore(const QString& location, const QString& password = QString());

} // namespace dt::ui
