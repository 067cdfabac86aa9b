#pragma once
// The simple lock in front of the teacher area: a PIN or password, kept in the progress
// store only as a salted PBKDF2-HMAC-SHA256 hash (a random 16-byte salt, 100 000
// iterations), never in clear, in the setting "teacher/secret" as
//   pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64
// It keeps children out of the teacher's pages; it is not meant to stop a determined adult
// with access to the computer. Without a secret set, the teacher area is open (first run),
// and says how to set one.
//
// Example use:
//     TeacherLock lock(*store);
//     if (!lock.isSet()) lock.setSecret(QStringLiteral("2468"));
//     if (lock.unlock(typed)) showTeacherArea();

#include <QString>

namespace dt::store {

class ProgressStore;

class TeacherLock {
public:
    /// The store must outlive the lock.
    explicit TeacherLock(ProgressStore& store) : m_store(store) {}

    bool isSet() const;
    /// Sets or replaces the secret; false (and lastError) for one shorter than 4
    /// characters or a store that cannot save it.
    bool setSecret(const QString& secret);
    /// Whether `secret` is the one set; false when none is set.
    bool unlock(const QString& secret) const;
    QString lastError() const { return m_error; }

    /// The stored form of a secret, with a fresh random salt.
    static QString hash(const QString& secret);
    /// Whether `secret` matches a stored form (compared in constant time); false for a
    /// malformed stored form.
    static bool matches(const QString& secret, const QString& stored);

    static constexpr int kMinLength = 4;
    static constexpr int kIterations = 100000;

private:
    ProgressStore& m_store;
    QString m_error;
};

} // namespace dt::store
