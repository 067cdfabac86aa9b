#pragma once
// Writing a report file all at once or not at all: the content goes to a temporary file
// beside the target, which replaces the target only when everything was written, so that a
// full disk or a crash never leaves half a report that looks whole (QSaveFile).

#include <QString>

#include <functional>

class QIODevice;

namespace dt::reports {

/// Calls `fill` with the open temporary file, then puts it in place at `path`. Returns
/// false, with one sentence naming the file and the cause in *error (when error is not
/// null), when the path is empty, the file cannot be created (missing folder, no
/// permission, a folder of that name), `fill` returns false (its own sentence is kept when
/// it set one) or the data cannot be written or moved into place. The target is then
/// untouched. Never throws.
bool writeReportFile(const QString& path, const std::function<bool(QIODevice& file, QString* why)>& fill,
                     QString* error);

/// Sets *error to `message` when error is not null; returns false, so that a failure reads
/// `return fail(error, ...);`.
bool fail(QString* error, const QString& message);

} // namespace dt::reports
