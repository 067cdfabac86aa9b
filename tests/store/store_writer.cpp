// store_writer DATABASE STUDENT COUNT [KEEP_FOLDER]: adds COUNT attempts (0: until killed)
// for STUDENT (created if missing) to the progress store, one transaction each, and prints
// each attempt's id on its own line once addAttempt() has returned: what the crash,
// disk-full and concurrency tests check against. Exit status 1 with the reason on stderr on
// any failure. With KEEP_FOLDER it goes on as the app does (dt::store::recordAttempt): an
// attempt the store refuses is kept whole as a file there, and "kept KEY" is printed.

#include <digit_tutor/progress/kept_attempts.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: store_writer DATABASE STUDENT COUNT [KEEP_FOLDER]\n");
        return 2;
    }
    QString error;
    const auto location = dt::store::parseDatabaseLocation(QString::fromLocal8Bit(argv[1]), &error);
    auto store = location ? dt::store::ProgressStore::open(*location, &error) : nullptr;
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString name = QString::fromLocal8Bit(argv[2]);
    auto student = store->studentNamed(name);
    if (!student)
        student = store->addStudent(name);
    if (!student) {
        std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
        return 1;
    }
    const long count = std::atol(argv[3]);
    std::unique_ptr<AttemptArchive> keep;
    if (argc == 5)
        keep = std::make_unique<AttemptArchive>(QString::fromLocal8Bit(argv[4]));
    for (long i = 0; count == 0 || i < count; ++i) {
        dt::store::AttemptRecord r;
        r.studentId = student->id;
        r.askedDigit = int(i % 10);
        r.recognisedDigit = int(i % 10);
        r.posterior = 0.9;
        r.stars = 3;
        r.model = QStringLiteral("store_writer");
        r.strokes.strokes = {{{1.0, 2.0, 0.0}, {30.0, double(40 + i % 7), 16.0}}};
        r.student = student->name;
        if (keep) {
            const auto recorded = dt::store::recordAttempt(store.get(), *keep, r);
            if (recorded.where == dt::store::RecordedAttempt::Where::Nowhere) {
                std::fprintf(stderr, "%s\n", qPrintable(recorded.problem));
                return 1;
            }
            if (recorded.where == dt::store::RecordedAttempt::Where::File)
                std::printf("kept %s\n", qPrintable(r.key));
            else
                std::printf("%lld\n", static_cast<long long>(r.id));
            std::fflush(stdout);
            continue;
        }
        if (!store->addAttempt(r)) {
            std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(r.id));
        std::fflush(stdout);
    }
    return 0;
}
