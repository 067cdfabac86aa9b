#pragma once
// Nothing reported stored is lost: an attempt goes to the progress store, or, when there is
// none or its write fails (a full disk, a database locked by another program, a server gone),
// it is kept whole as a file (AttemptArchive::keep) and taken back into the store when the
// store works again, exactly once: the attempt's key goes with it into the store, so that a
// file taken back twice (a crash between the store's commit and the file's removal) is
// stored once and then removed.
//
// Example use (the app's window after each attempt, and when a store is opened):
//     const RecordedAttempt r = recordAttempt(store, archive, record);
//     if (r.where != RecordedAttempt::Where::Store) statusBar()->showMessage(r.problem);
//     const TakenBack back = takeBackKeptAttempts(*store, archive);

#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QString>
#include <QStringList>

#include <climits>

namespace dt::store {

/// Where recordAttempt() put an attempt.
struct RecordedAttempt {
    enum class Where { Store, File, Nowhere };
    Where where = Where::Nowhere;
    QString path;    ///< the file, when kept as one
    QString problem; ///< why not in the store ("" without a store); when Nowhere, why not in a file either
};

/// Stores `record` (record.studentId, and record.student and record.group by name for the
/// file) in `store`; without a store, or when the store reports the write failed, keeps it
/// whole in `archive`. record.key is set before either, so that both name it the same.
RecordedAttempt recordAttempt(ProgressStore* store, AttemptArchive& archive, AttemptRecord& record);

/// What takeBackKeptAttempts() did.
struct TakenBack {
    int taken = 0;      ///< attempts now in the store whose files were removed
    int remaining = 0;  ///< whole attempts still kept as files (the store failed, or `most` was reached)
    int unreadable = 0; ///< files that are not whole attempts: kept for replay, never stored
    int archived = 0;   ///< of `taken`, those stored under an archived student (who stays archived)
    /// Whole attempts of students deleted for good: never stored (that would bring the
    /// student back), their files kept for the teacher to replay or remove.
    int ofDeleted = 0;
    QStringList deletedNames; ///< those students' names, as kept in the files, each once
    QString problem;    ///< why the store stopped taking them, or a file could not be removed; "" if none
};

/// Takes the whole attempts kept in `archive` back into `store`, oldest first, at most `most`
/// of them: each under the student of its name, archived or not (added, with the group, if
/// the store has none of that name and never had; Guest for an attempt kept without a
/// student), then its file removed. An attempt of a student deleted for good
/// (ProgressStore::deletedForGood) is not stored and its file stays (TakenBack::ofDeleted).
/// Stops at the first failed write. Format-1 files (strokes only) stay for replay.
TakenBack takeBackKeptAttempts(ProgressStore& store, AttemptArchive& archive, int most = INT_MAX);

} // namespace dt::store
