#pragma once
// A child the teacher follows. A student who has left is archived rather than deleted:
// hidden from the lists ("Who is writing?", the progress view's choice), their attempts
// kept and counted in their class's reports, restorable by the teacher; deleting them and
// their attempts for good is a step of its own, on an archived student only.

#include <QDateTime>
#include <QString>

namespace dt::store {

struct Student {
    qint64 id = 0;           ///< the store's id; 0 before it is stored
    QString name;            ///< as the child and the teacher know it (any Unicode), unique
    QString group;           ///< class or group; may be empty
    bool leftHanded = false;
    /// The language the child practises in, a locale name ("fr", "pt_BR"); "" for their
    /// class's (ProgressStore::languageOf).
    QString language;
    QDateTime created;       ///< UTC
    QDateTime archived;      ///< UTC, when archived; invalid for a student in the lists

    bool isArchived() const { return archived.isValid(); }
};

/// Which students ProgressStore::students() lists.
enum class StudentList {
    Active,   ///< the students in the lists (Guest first), as "Who is writing?" shows them
    Archived, ///< the archived ones only
    All,      ///< both: the active ones, then the archived ones
};

/// The student every store has, for a child who has not been given a profile.
inline QString guestName() { return QStringLiteral("Guest"); }

} // namespace dt::store
