#pragma once
// A child's practice plan as the progress store keeps it: the text of
// dt::PracticePlan::saveState() and when it was saved, or why there is none.

#include <QDateTime>
#include <QString>

namespace dt::store {

/// What ProgressStore::practicePlan() found for a student. The store keeps the text as it
/// was given and does not read it: dt::PracticePlan::restoreState() checks it, and a caller
/// that gets dt::FormatError from it starts the child on a new plan.
struct SavedPracticePlan {
    enum class Status {
        Saved,      ///< `state` and `updated` hold the plan last saved for the student
        NoneYet,    ///< the student exists and no plan was saved for them: start a new one
        ReadFailed, ///< no such student, or the database could not be read; lastError() says which
    };
    Status status = Status::ReadFailed;
    QString state;     ///< the saved text; empty unless Saved
    QDateTime updated; ///< when it was saved (UTC); invalid unless Saved
};

} // namespace dt::store
