#include <digit_tutor/progress/kept_attempts.hpp>

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <map>
#include <optional>

namespace dt::store {
namespace {

// The context of its sentences, for the app and lupdate alike.
class KeptText {
    Q_DECLARE_TR_FUNCTIONS(KeptAttempts)
};

// The student an attempt kept under `name` goes to: the one of that name, archived or not;
// none (an empty optional inside) for one deleted for good, whom it must not bring back;
// else a new one, for an attempt kept before the store had them (a new database after a
// damaged one). nullopt when the store fails.
std::optional<std::optional<Student>> lookUp(ProgressStore& store, const QString& name, const QString& group)
{
    if (name == guestName()) {
        auto guest = store.guest();
        return guest ? std::optional(guest) : std::nullopt;
    }
    if (auto student = store.studentNamed(name))
        return std::optional(student);
    const std::optional<bool> deleted = store.deletedForGood(name);
    if (!deleted)
        return std::nullopt;
    if (*deleted)
        return std::optional<Student>();
    auto added = store.addStudent(name, group);
    return added ? std::optional(added) : std::nullopt;
}

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
    // By name, looked up once each: the student, or none for one deleted for good.
    std::map<QString, std::optional<Student>> students;
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
        auto found = students.find(name);
        if (found == students.end()) {
            auto student = lookUp(store, name, record.group);
            if (!student) {
                result.problem = store.lastError();
                ++result.remaining;
                continue;
            }
            found = students.emplace(name, *student).first;
            if (!found->second)
                result.deletedNames << name;
        }
        if (!found->second) {
            ++result.ofDeleted;
            continue;
        }
        record.studentId = found->second->id;
        if (!store.addAttempt(record)) {
            result.problem = store.lastError();
            ++result.remaining;
            continue;
        }
        ++result.taken;
        result.archived += found->second->isArchived();
        if (!archive.remove(file.path))
            result.problem = archive.errorString(); // stored once all the same: its key is there
    }
    return result;
}

} // namespace dt::store
