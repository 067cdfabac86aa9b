#include <digit_tutor/progress/attempt_archive.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <exception>

namespace {

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
/// Enough for any number of saves within one millisecond; past it something is wrong.
constexpr int kMaxSameName = 1000;

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

std::string localPath(const QString& path) { return QFile::encodeName(path).toStdString(); }

} // namespace

AttemptArchive::AttemptArchive(const QString& folder)
    : m_folder(folder)
{
}

QString AttemptArchive::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/digit-tutor/attempts");
}

QString AttemptArchive::save(const dt::Drawing& drawing, int askedDigit, const QDateTime& when)
{
    m_error.clear();
    if (askedDigit < -1 || askedDigit > 9) {
        m_error = tr("Cannot save the attempt: the asked digit %1 is not 0-9 (or -1 for free drawing).")
                      .arg(askedDigit);
        return {};
    }
    if (!QDir().mkpath(m_folder)) {
        m_error = tr("Cannot save the attempt: the folder %1 cannot be created; check that it is writable.")
                      .arg(nativePath(m_folder));
        return {};
    }

    // Reserving the name with an exclusive create is what keeps a save from overwriting
    // another attempt, even one saved at the same moment by another process.
    const QDateTime moment = when.isValid() ? when : QDateTime::currentDateTime();
    const QString base = QStringLiteral("attempt-") + moment.toString(kTimeFormat) +
                         (askedDigit >= 0 ? QStringLiteral("-digit-%1").arg(askedDigit) : QStringLiteral("-free"));
    QString path;
    for (int n = 1; n <= kMaxSameName && path.isEmpty(); ++n) {
        const QString name = base + (n > 1 ? QStringLiteral("-%1").arg(n) : QString()) + QStringLiteral(".json");
        QFile file(QDir(m_folder).filePath(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            path = file.fileName();
        } else if (!file.exists()) {
            m_error = tr("Cannot save the attempt in the folder %1: %2.")
                          .arg(nativePath(m_folder), file.errorString());
            return {};
        }
    }
    if (path.isEmpty()) {
        m_error = tr("Cannot save the attempt in the folder %1: every name for %2 is taken.")
                      .arg(nativePath(m_folder), base);
        return {};
    }

    dt::Drawing attempt = drawing;
    attempt.label = askedDigit;
    try {
        dt::saveDrawing(attempt, localPath(path));
    } catch (const std::exception& e) {
        QFile::remove(path);
        m_error = tr("Cannot save the attempt: %1").arg(QString::fromUtf8(e.what()));
        return {};
    }
    return path;
}

QList<AttemptArchive::Attempt> AttemptArchive::attempts() const
{
    static const QRegularExpression pattern(
        QStringLiteral("^attempt-(\\d{8}-\\d{6}-\\d{3})-(?:digit-(\\d)|free)(?:-(\\d+))?\\.json$"));
    struct Entry {
        Attempt attempt;
        int sameName = 1; ///< the "-2" of a second save in the same millisecond
    };
    std::vector<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& info : files) {
        Entry e;
        e.attempt.path = info.absoluteFilePath();
        const QRegularExpressionMatch m = pattern.match(info.fileName());
        if (m.hasMatch())
            e.attempt.savedAt = QDateTime::fromString(m.captured(1), kTimeFormat);
        if (!e.attempt.savedAt.isValid())
            e.attempt.savedAt = info.lastModified();
        if (m.hasMatch()) {
            e.attempt.digit = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
            e.sameName = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        }
        entries.push_back(e);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.attempt.savedAt != b.attempt.savedAt)
            return a.attempt.savedAt > b.attempt.savedAt;
        if (a.sameName != b.sameName)
            return a.sameName > b.sameName;
        return a.attempt.path > b.attempt.path;
    });
    QList<Attempt> out;
    out.reserve(qsizetype(entries.size()));
    for (const Entry& e : entries)
        out.append(e.attempt);
    return out;
}

std::optional<dt::Drawing> AttemptArchive::load(const QString& path)
{
    m_error.clear();
    if (!QFileInfo(path).isFile()) {
        m_error = tr("The attempt %1 does not exist.").arg(nativePath(path));
        return std::nullopt;
    }
    try {
        return dt::loadDrawing(localPath(path));
    } catch (const std::exception& e) {
        // core's message names the file and the place in it.
        m_error = tr("The attempt cannot be read: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}
