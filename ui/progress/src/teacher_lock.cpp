#include <digit_tutor/progress/teacher_lock.hpp>

#include <digit_tutor/progress/progress_store.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace dt::store {
namespace {

const QString kSettingKey = QStringLiteral("teacher/secret");
const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray derive(const QString& secret, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt, iterations, kHashBytes);
}

} // namespace

QString TeacherLock::keptForm() const { return m_kept.read ? m_kept.read() : QString(); }

QString TeacherLock::storedForm() const
{
    // A store that cannot be read (a server gone since) says nothing: the copy decides.
    const auto stored = m_store ? m_store->setting(kSettingKey) : std::nullopt;
    return stored && !stored->isEmpty() ? *stored : keptForm();
}

bool TeacherLock::isSet() const { return !storedForm().isEmpty(); }

bool TeacherLock::setSecret(const QString& secret)
{
    if (secret.size() < kMinLength) {
        m_error = QCoreApplication::translate("TeacherLock", "The PIN or password needs at least %1 characters.")
                      .arg(kMinLength);
        return false;
    }
    const QString stored = hash(secret);
    if (m_store && !m_store->setSetting(kSettingKey, stored)) {
        m_error = m_store->lastError();
        return false;
    }
    if (m_kept.write)
        m_kept.write(stored);
    m_error.clear();
    return true;
}

bool TeacherLock::unlock(const QString& secret) const
{
    const QString stored = storedForm();
    return !stored.isEmpty() && matches(secret, stored);
}

void TeacherLock::keepInStep()
{
    if (!m_store)
        return;
    const auto stored = m_store->setting(kSettingKey);
    if (stored && !stored->isEmpty()) {
        if (m_kept.write && *stored != keptForm())
            m_kept.write(*stored);
        return;
    }
    const bool unreadable = !stored && !m_store->lastError().isEmpty();
    const QString kept = keptForm();
    if (!unreadable && !kept.isEmpty())
        m_store->setSetting(kSettingKey, kept);
}

QString TeacherLock::hash(const QString& secret)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return QStringList{kScheme, QString::number(kIterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derive(secret, salt, kIterations).toBase64())}
        .join(QLatin1Char('$'));
}

bool TeacherLock::matches(const QString& secret, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || expected.size() != kHashBytes)
        return false;
    const QByteArray actual = derive(secret, salt, iterations);
    // Every byte is compared, so the time taken says nothing about where they differ.
    unsigned char difference = 0;
    for (int i = 0; i < kHashBytes; ++i)
        difference |= static_cast<unsigned char>(actual[i] ^ expected[i]);
    return difference == 0;
}

} // namespace dt::store
