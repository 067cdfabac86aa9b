#pragma once
// The simple lock in front of the teacher area: a PIN or password, kept in the progress
// store only as a salted PBKDF2-HMAC-SHA256 hash (a random 16-byte salt, 100 000
// iterations), never in clear, in the setting "teacher/secret" as
//   pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64
// It keeps children out of the teacher's pages; it is not meant to stop a determined adult
// with access to the computer. Without a secret set, the teacher area is open (first run),
// and says how to set one.
//
// The app also keeps a copy of the stored form outside the store (KeptSecret: its settings
// file), because the lock must hold when the store is not there: a server down, a damaged
// file, or a switch to a database that has no secret yet. A teacher expects the PIN they set
// on this computer to keep asking whatever happens to the database, rather than the area
// opening for anyone, or staying shut, until the database is back (they may need the area
// to fix the database). The store's secret wins when it has one, since a school's server may
// have had it changed from another computer; a store without one is given the copy.
//
// Example use:
//     TeacherLock lock(store.get(), kept);      // store may be null
//     if (!lock.isSet()) lock.setSecret(QStringLiteral("2468"));
//     if (lock.unlock(typed)) showTeacherArea();

#include <QString>

#include <functional>

namespace dt::store {

class ProgressStore;

/// Where a copy of the stored form is kept beside the store; either function may be empty
/// (no copy). `read` gives "" when there is none.
struct KeptSecret {
    std::function<QString()> read;
    std::function<void(const QString&)> write;
};

class TeacherLock {
public:
    /// The store must outlive the lock.
    explicit TeacherLock(ProgressStore& store) : m_store(&store) {}
    /// `store` may be null (none could be opened): the kept copy alone then says.
    TeacherLock(ProgressStore* store, KeptSecret kept) : m_store(store), m_kept(std::move(kept)) {}

    /// Whether a secret is set: in the store, else in the kept copy (also when the store
    /// cannot be read).
    bool isSet() const;
    /// Sets or replaces the secret, in the store and the kept copy; false (and lastError)
    /// for one shorter than 4 characters or a store that cannot save it (the copy is then
    /// left as it was). Without a store, only the copy.
    bool setSecret(const QString& secret);
    /// Whether `secret` is the one set (the store's, else the copy's); false when none is.
    bool unlock(const QString& secret) const;
    /// After a store was opened: the copy takes the store's secret, or a store without one
    /// is given the copy's (best effort: should that write fail, the copy still locks).
    void keepInStep();
    QString lastError() const { return m_error; }

    /// The stored form of a secret, with a fresh random salt.
    static QString hash(const QString& secret);
    /// Whether `secret` matches a stored form (compared in constant time); false for a
    /// malformed stored form.
    static bool matches(const QString& secret, const QString& stored);

    static constexpr int kMinLength = 4;
    static constexpr int kIterations = 100000;

private:
    /// The store's stored form when it has one, else the copy's; "" for none.
    QString storedForm() const;
    QString keptForm() const;

    ProgressStore* m_store;
    KeptSecret m_kept;
    QString m_error;
};

} // namespace dt::store
