#pragma once
// A folder of saved attempts, so that a teacher can later replay how a digit was written,
// and where an attempt the progress store could not take is kept until it can.
// Each attempt is one stroke file (JSON, the format of core's strokes.hpp) holding the
// drawing as the canvas recorded it (points with t and pressure, the canvas size) and, as
// its label, the digit that was asked (no label in free drawing).
//
// Format 2 (keep()) adds the whole attempt as the store has it, in an "attempt" member
// that stroke-file readers ignore:
//   "attempt": {"format": 2, "key": UUID, "student": name, "group": text, "when": ISO 8601 UTC,
//               "asked": -1..9, "recognised": -1..9, "posterior": p, "log_likelihood": x (null
//               when not finite), "outlier": bool, "typicality": t, "stars": 0..3,
//               "formation": text, "reversed": bool, "model": text}
// A file without it (format 1, save(), and every file before) holds only the strokes and
// the asked digit: it is read as such and replayed, never taken into the store as an
// attempt whose verdict is unknown. A format above 2 is refused (a newer Digit Tutor's).
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
#include <digit_tutor/progress/attempt_record.hpp>

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

    /// Keeps the whole attempt (format 2: student by name and group, time, verdict, stars,
    /// hints, reversal, model, strokes, key), named for record.when (now if invalid). Gives
    /// record.key a new unique key when it has none, so that the file and the store agree on
    /// it. Returns the new file's path, or an empty string as save() does.
    QString keep(dt::store::AttemptRecord& record);

    /// An attempt read back from a file.
    struct Kept {
        dt::store::AttemptRecord record; ///< id and studentId 0: the store gives them
        /// Format 2: everything the store keeps is there. false for format 1 (strokes and
        /// the asked digit only; the time from the file's name).
        bool whole = false;
    };
    /// Reads one file as an attempt; std::nullopt (errorString() says why) when it is
    /// missing, larger than kMaxFileBytes, not a valid stroke file, or has an "attempt"
    /// member that is not a whole format-2 attempt (or a newer format).
    std::optional<Kept> loadAttempt(const QString& path);
    /// Removes an attempt's file (once the store has it); false with errorString() if it stays.
    bool remove(const QString& path);

    /// No attempt's file is this large (a minute of drawing is some kilobytes).
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    /// The attempts in the folder (files "*.json"), newest first; empty when the folder
    /// does not exist. Reads names only, not the files.
    QList<Attempt> attempts() const;

    /// Reads one attempt; std::nullopt when the file is missing or is not a valid stroke file.
    std::optional<dt::Drawing> load(const QString& path);

    /// Why the last save(), keep(), load(), loadAttempt() or remove() failed; empty after a success.
    QString errorString() const { return m_error; }

private:
    /// Writes `json` in a new file named for `when` and `askedDigit`, never over another.
    QString write(const QByteArray& json, int askedDigit, const QDateTime& when);

    QString m_folder;
    QString m_error;
};
