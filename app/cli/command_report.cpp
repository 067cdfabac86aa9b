// digit-tutor-cli report: a student's or a class's progress report (PDF, CSV or HTML) from
// the progress store the app records attempts in.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_support.hpp"

#include <digit_tutor/engine/drawing_guide.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/reports/report_writer.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QDate>
#include <QGuiApplication>

#include <cstdlib>
#include <memory>
#include <ostream>

namespace dt::cli {
namespace {

QDate dateArgument(const Arguments& a, const std::string& name)
{
    if (!a.has(name))
        return {};
    const QDate date = QDate::fromString(QString::fromStdString(a.value(name)), Qt::ISODate);
    if (!date.isValid())
        throw UsageError("--" + name + " takes a date as YYYY-MM-DD, not '" + a.value(name) + "'.");
    return date;
}

} // namespace

int runReport(const Args& args, std::ostream& out, std::ostream&)
{
    const Arguments a(args, {{"database"}, {"student"}, {"class"}, {"format"}, {"out"}, {"from"}, {"to"}, {"model"}});
    if (a.has("student") == a.has("class"))
        throw UsageError("give --student NAME or --class NAME (one of them).");
    const auto format = reports::reportFormatFromName(QString::fromStdString(a.value("format")));
    if (!format)
        throw UsageError("--format is pdf, csv or html, not '" + a.value("format") + "'.");
    const std::string outPath = a.value("out");
    reports::ReportScope scope;
    scope.from = dateArgument(a, "from");
    scope.to = dateArgument(a, "to");
    scope.isClass = a.has("class");
    scope.title = QString::fromStdString(scope.isClass ? a.value("class") : a.value("student"));

    // PDF and HTML draw text and pictures, which needs a QGuiApplication; a command line
    // needs no window, so the offscreen platform serves where no display is set.
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    int argc = 1;
    char name[] = "digit-tutor-cli";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("digit-tutor")); // the app's data folder

    QString problem;
    const auto location = a.has("database")
                              ? store::parseDatabaseLocation(QString::fromStdString(a.value("database")), &problem)
                              : std::optional(store::defaultDatabaseLocation());
    const auto progress = location ? store::ProgressStore::open(*location, &problem) : nullptr;
    if (!progress)
        throw Error(problem.toStdString());
    store::AttemptFilter filter;
    filter.from = scope.from;
    filter.to = scope.to;
    if (scope.isClass) {
        const auto groups = progress->groups();
        if (!groups || std::find(groups->begin(), groups->end(), scope.title) == groups->end())
            throw Error("There is no class named " + scope.title.toStdString() + " in " +
                        location->displayName().toStdString() + ".");
        filter.group = scope.title;
    } else {
        const auto student = progress->studentNamed(scope.title);
        if (!student)
            throw Error(progress->lastError().toStdString());
        filter.studentId = student->id;
    }
    const DigitModel model = loadModel(a.valueOr("model", defaultModelPath()));
    // Read from the store a page at a time and written as they come: a class's year of
    // attempts is never held in memory.
    qint64 count = 0;
    if (!reports::writeReport(*format, scope, reports::attemptsFromStore(*progress, filter), firstGuides(model),
                              QString::fromStdString(outPath), &problem, [&count](qint64, qint64 total) {
                                  count = total;
                                  return true;
                              }))
        throw Error(problem.toStdString());
    out << "wrote " << outPath << ": " << count << (count == 1 ? " attempt" : " attempts")
        << " of " << (scope.isClass ? "class " : "") << scope.title.toStdString() << '\n';
    return 0;
}

} // namespace dt::cli
