#pragma once
// Where a progress report is saved: offered first in the user's Documents folder (the home
// folder where there is none), asked with a save dialog whose type (PDF, CSV, HTML) gives
// the suffix of a name typed without one, and never over an existing file without asking:
// the question comes after the suffix is added, whatever dialog was used (a desktop's own
// dialog, Qt's, or a test's asker), with No as the default.
//
// Example use (the progress view):
//     const QString path = chooseReportFile(this, defaultReportFolder() + "/Progress Zoë.pdf", m_askFile);
//     if (!path.isEmpty())
//         write(path);

#include <QString>

#include <functional>

class QWidget;

/// The user's Documents folder (QStandardPaths::DocumentsLocation) when it exists, else
/// the home folder. Without a trailing separator.
QString defaultReportFolder();

/// Asks where to save a report, `suggestedPath` offered first: with `asker` when it is set
/// (tests), else with a save dialog. A name without a suffix takes the chosen type's. When
/// the file exists, asks whether to replace it (No by default): No asks the dialog again, or
/// with an asker cancels. Returns the path, or "" when the teacher cancels.
QString chooseReportFile(QWidget* parent, const QString& suggestedPath,
                         const std::function<QString(const QString&)>& asker = {});

/// Whether `path` may be written: true when no file is there, else the teacher's answer to
/// "replace it?" (No by default).
bool mayReplaceReport(QWidget* parent, const QString& path);
