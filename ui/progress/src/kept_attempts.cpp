#include <digit_tutor/progress/kept_attempts.hpp>

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <map>

namespace dt::store {
namespace {

// The context of its sentences, for the app and lupdate alike.
class KeptText {
    Q_DECLARE_TR_FUNCTIONS(KeptAttempts)
};

} // namespace

RecordedAttempt recordAttempt(ProgressStore* store, AttemptArchive& archive, AttemptRecord& record)
{
    RecordedAttempt result;
    if (record.key.isEmpty())
        record.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (store) {
        if (store->addAttempt(record)) {
            result.where = RecordedAttempt::Where::Store;
            return result;
        }
        result.problem = store->lastError();
    }
    result.path = archive.keep(record);
    if (result.path.isEmpty()) {
        result.where = RecordedAttempt::Where::Nowhere;
        result.problem = result.problem.isEmpty() ? archive.errorString()
                                                  : KeptText::tr("%1; and %2").arg(result.problem, archive.errorString());
        return result;
    }
    result.where = RecordedAttempt::Where::File;
    return result;
}

TakenBack takeBackKeptAttempts(ProgressStore& store, AttemptArchive& archive, int most)
{
    TakenBack result;
    QList<AttemptArchive::Attempt> files = archive.attempts();
    std::reverse(files.begin(), files.end()); // oldest first, as they were made
    std::map<QString, qint64> studentIds;     // by name, looked up once each
    for (const AttemptArchive::Attempt& file : files) {
        const auto kept = archive.loadAttempt(file.path);
        if (!kept || !kept->whole) {
            ++result.unreadable;
            continue;
        }
        if (result.taken >= most || !result.problem.isEmpty()) {
            ++result.remaining;
            continue;
        }
        AttemptRecord record = kept->record;
        const QString name = record.student.isEmpty() ? guestName() : record.student;
        auto id = studentIds.find(name);
        if (id == studentIds.end()) {
            auto student = name == guestName() ? store.guest() : store.studentNamed(name);
            if (!student && name != guestName())
                student = store.addStudent(name, record.group);
            if (!student) {
                result.problem = store.lastError();
                ++result.remaining;
                continue;
            }
            id = studentIds.emplace(name, student->id).first;
        }
        record.studentId = id->second;
        if (!store.addAttempt(record)) {
            result.problem = store.lastError();
            ++result.remaining;
            continue;
        }
        ++result.taken;
        if (!archive.remove(file.path))
            result.problem = archive.errorString(); // stored once all the same: its key is there
    }
    return result;
}

} // namespace dt::store
