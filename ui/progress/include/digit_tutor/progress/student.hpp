#pragma once
// A child the teacher follows.

#include <QDateTime>
#include <QString>

namespace dt::store {

struct Student {
    qint64 id = 0;           ///< the store's id; 0 before it is stored
    QString name;            ///< as the child and the teacher know it (any Unicode), unique
    QString group;           ///< class or group; may be empty
    bool leftHanded = false;
    QDateTime created;       ///< UTC
};

/// The student every store has, for a child who has not been given a profile.
inline QString guestName() { return QStringLiteral("Guest"); }

} // namespace dt::store
