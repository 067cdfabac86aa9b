#pragma once
// A folder of saved attempts, so that a teacher can later replay how a digit was written.
// Each attempt is one stroke file (JSON, the format of core's strokes.hpp) holding the
// drawing as the canvas recorded it (points with t and pressure, the canvas size) and, as
// its label, the digit that was asked (no label in free drawing).
//
// Files are named for the moment and the digit, e.g. "attempt-20250114-093012-345-digit-3.json"
// or "...-free.json"; a name already taken gets "-2", "-3", ... A save never overwrites a
// file, and its content is written atomically (temporary file, then rename), so a crash
// leaves no half attempt.
//
// Errors never throw: save() and load() return nothing and errorString() says why, in one
// sentence naming the file or folder (an unwritable folder, a missing or corrupt file).
// The teacher's database will replace this folder; keep it small.
//
// Example use:
//     AttemptArchive archive;                       // the user's app data folder
//     if (archive.save(canvas->drawing(), asked).isEmpty())
//         QMessageBox::warning(this, tr("Not saved"), archive.errorString());
//     for (const AttemptArchive::Attempt& a : archive.attempts()) ...   // newest first
//     if (const auto drawing = archive.load(path)) player->setDrawing(*drawing);

#include <digit_tutor/engine/strokes.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class AttemptArchive {
    Q_DECLARE_TR_FUNCTIONS(AttemptArchive)
public:
    /// One saved attempt as its file name tells it.
    struct Attempt {
        QString path;
        QDateTime savedAt; ///< local time from the name (the file's modification time if the name has none)
        int digit = -1;    ///< the asked digit 0-9; -1 for free drawing or when the name does not say
    };

    /// The folder need not exist yet; save() creates it.
    explicit AttemptArchive(const QString& folder = defaultFolder());

    /// QStandardPaths::GenericDataLocation + "/digit-tutor/attempts" (~/.local/share/digit-tutor/attempts).
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    /// Saves `drawing` with `askedDigit` (0-9, or -1 in free drawing) as its label, named for
    /// `when`. Returns the new file's path, or an empty string when the digit is not -1..9,
    /// the folder cannot be created or written, or the file cannot be written.
    QString save(const dt::Drawing& drawing, int askedDigit,
                 const QDateTime& when = QDateTime::currentDateTime());

    /// The attempts in the folder (files "*.json"), newest first; empty when the folder
    /// does not exist. Reads names only, not the files.
    QList<Attempt> attempts() const;

    /// Reads one attempt; std::nullopt when the file is missing or is not a valid stroke file.
    std::optional<dt::Drawing> load(const QString& path);

    /// Why the last save() or load() failed; empty after a success.
    QString errorString() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
};
