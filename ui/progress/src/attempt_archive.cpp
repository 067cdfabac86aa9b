#include <digit_tutor/progress/attempt_archive.hpp>

#include <digit_tutor/engine/error.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <exception>

namespace {

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
/// Enough for any number of saves within one millisecond; past it something is wrong.
constexpr int kMaxSameName = 1000;

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

std::string localPath(const QString& path) { return QFile::encodeName(path).toStdString(); }

/// The "attempt" member's format this file writes and reads; files without one are format 1.
constexpr int kWholeFormat = 2;
constexpr int kMaxKeyLength = 64;
constexpr int kMaxTextLength = 1000;

QJsonValue finiteOrNull(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

// The whole attempt of a format-2 file's "attempt" member into `r`; the reason when a member
// is missing, of the wrong type or out of range.
QString readWhole(const QJsonObject& a, dt::store::AttemptRecord& r)
{
    auto integer = [&](const char* name, int lo, int hi, int& out) {
        const QJsonValue v = a.value(QLatin1String(name));
        const double d = v.toDouble(-1e9);
        if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
            return AttemptArchive::tr("\"%1\" is not a whole number from %2 to %3").arg(QLatin1String(name)).arg(lo).arg(hi);
        out = int(d);
        return QString();
    };
    auto number = [&](const char* name, double ifNull, double& out) {
        const QJsonValue v = a.value(QLatin1String(name));
        if (!v.isDouble() && !v.isNull())
            return AttemptArchive::tr("\"%1\" is not a number").arg(QLatin1String(name));
        out = v.isNull() ? ifNull : v.toDouble();
        return QString();
    };
    auto text = [&](const char* name, int most, QString& out) {
        const QJsonValue v = a.value(QLatin1String(name));
        if (!v.isString() || v.toString().size() > most)
            return AttemptArchive::tr("\"%1\" is not a text of at most %2 characters").arg(QLatin1String(name)).arg(most);
        out = v.toString();
        return QString();
    };
    auto flag = [&](const char* name, bool& out) {
        const QJsonValue v = a.value(QLatin1String(name));
        if (!v.isBool())
            return AttemptArchive::tr("\"%1\" is not true or false").arg(QLatin1String(name));
        out = v.toBool();
        return QString();
    };
    QString when;
    for (const QString& problem :
         {text("key", kMaxKeyLength, r.key), text("student", kMaxTextLength, r.student),
          text("group", kMaxTextLength, r.group), text("when", kMaxTextLength, when),
          integer("asked", -1, 9, r.askedDigit), integer("recognised", -1, 9, r.recognisedDigit),
          number("posterior", 0.0, r.posterior), number("log_likelihood", -INFINITY, r.logLikelihood),
          flag("outlier", r.outlier), number("typicality", 0.0, r.typicality), integer("stars", 0, 3, r.stars),
          text("formation", kMaxTextLength, r.formation), flag("reversed", r.reversed),
          text("model", kMaxTextLength, r.model)})
        if (!problem.isEmpty())
            return problem;
    if (r.key.isEmpty())
        return AttemptArchive::tr("\"key\" is empty");
    r.when = QDateTime::fromString(when, Qt::ISODateWithMs).toUTC();
    if (!r.when.isValid())
        return AttemptArchive::tr("\"when\" is not a time");
    return {};
}

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
    dt::Drawing attempt = drawing;
    attempt.label = askedDigit;
    return write(QByteArray::fromStdString(dt::drawingToJson(attempt)), askedDigit, when);
}

QString AttemptArchive::keep(dt::store::AttemptRecord& record)
{
    m_error.clear();
    if (record.key.isEmpty())
        record.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime when = record.when.isValid() ? record.when.toUTC() : QDateTime::currentDateTimeUtc();
    const QJsonObject attempt{
        {QStringLiteral("format"), kWholeFormat},
        {QStringLiteral("key"), record.key},
        {QStringLiteral("student"), record.student},
        {QStringLiteral("group"), record.group},
        {QStringLiteral("when"), when.toString(Qt::ISODateWithMs)},
        {QStringLiteral("asked"), record.askedDigit},
        {QStringLiteral("recognised"), record.recognisedDigit},
        {QStringLiteral("posterior"), finiteOrNull(record.posterior)},
        {QStringLiteral("log_likelihood"), finiteOrNull(record.logLikelihood)},
        {QStringLiteral("outlier"), record.outlier},
        {QStringLiteral("typicality"), finiteOrNull(record.typicality)},
        {QStringLiteral("stars"), record.stars},
        {QStringLiteral("formation"), record.formation},
        {QStringLiteral("reversed"), record.reversed},
        {QStringLiteral("model"), record.model},
    };
    dt::Drawing drawing = record.strokes;
    drawing.label = record.askedDigit;
    // The stroke file's own object, with "attempt" first: a reader of stroke files skips it.
    const QByteArray strokes = QByteArray::fromStdString(dt::drawingToJson(drawing));
    const QByteArray json = "{\"attempt\":" + QJsonDocument(attempt).toJson(QJsonDocument::Compact) + "," + strokes.mid(1);
    return write(json, record.askedDigit, when.toLocalTime());
}

QString AttemptArchive::write(const QByteArray& json, int askedDigit, const QDateTime& when)
{
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

    // Written beside, flushed to disk, then renamed over the reserved name: a crash leaves
    // the whole attempt or an empty file, never half of one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.write("\n") || !file.commit()) {
        m_error = tr("Cannot save the attempt %1: %2.").arg(nativePath(path), file.errorString());
        QFile::remove(path);
        return {};
    }
    return path;
}

namespace {

// One attempt as its file's name tells it; `sameName` is the "-2" of a second save in the
// same millisecond.
AttemptArchive::Attempt attemptNamed(const QFileInfo& info, int* sameName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^attempt-(\\d{8}-\\d{6}-\\d{3})-(?:digit-(\\d)|free)(?:-(\\d+))?\\.json$"));
    AttemptArchive::Attempt attempt;
    attempt.path = info.absoluteFilePath();
    const QRegularExpressionMatch m = pattern.match(info.fileName());
    if (m.hasMatch())
        attempt.savedAt = QDateTime::fromString(m.captured(1), kTimeFormat);
    if (!attempt.savedAt.isValid())
        attempt.savedAt = info.lastModified();
    *sameName = 1;
    if (m.hasMatch()) {
        attempt.digit = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
        *sameName = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    }
    return attempt;
}

} // namespace

QList<AttemptArchive::Attempt> AttemptArchive::attempts() const
{
    struct Entry {
        Attempt attempt;
        int sameName = 1;
    };
    std::vector<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& info : files) {
        Entry e;
        e.attempt = attemptNamed(info, &e.sameName);
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

std::optional<AttemptArchive::Kept> AttemptArchive::loadAttempt(const QString& path)
{
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The attempt %1 cannot be read: %2.").arg(nativePath(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        m_error = tr("The attempt %1 is not a stroke file: it has %2 bytes, more than any attempt (%3).")
                      .arg(nativePath(path))
                      .arg(file.size())
                      .arg(kMaxFileBytes);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    Kept kept;
    try {
        kept.record.strokes = dt::parseDrawing(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                               localPath(path));
    } catch (const std::exception& e) {
        m_error = tr("The attempt cannot be read: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    kept.record.askedDigit = kept.record.strokes.label;
    const QJsonValue attempt = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("attempt"));
    if (attempt.isUndefined()) {
        int sameName = 1;
        kept.record.when = attemptNamed(QFileInfo(path), &sameName).savedAt.toUTC();
        return kept;
    }
    const QJsonObject whole = attempt.toObject();
    const QJsonValue format = whole.value(QStringLiteral("format"));
    QString problem;
    if (!attempt.isObject() || !format.isDouble())
        problem = tr("its \"attempt\" has no format");
    else if (format.toDouble() > kWholeFormat)
        problem = tr("it was kept by a newer Digit Tutor (format %1; this one reads up to %2)")
                      .arg(format.toDouble())
                      .arg(kWholeFormat);
    else if (format.toDouble() != kWholeFormat)
        problem = tr("its \"attempt\" has the unknown format %1").arg(format.toDouble());
    else
        problem = readWhole(whole, kept.record);
    if (!problem.isEmpty()) {
        m_error = tr("The attempt %1 cannot be read: %2.").arg(nativePath(path), problem);
        return std::nullopt;
    }
    kept.whole = true;
    return kept;
}

bool AttemptArchive::remove(const QString& path)
{
    m_error.clear();
    QFile file(path);
    if (!file.remove()) {
        m_error = tr("The attempt %1 cannot be removed: %2.").arg(nativePath(path), file.errorString());
        return false;
    }
    return true;
}
