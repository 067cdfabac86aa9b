#include <digit_tutor/reports/report_file.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <QDir>
#include <QSaveFile>

namespace dt::reports {

namespace {

// The system's reason, to end our sentence: without its own full stop, if it has one.
QString reasonOf(const QSaveFile& file)
{
    QString reason = file.errorString().trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return reason;
}

} // namespace

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool writeReportFile(const QString& path, const std::function<bool(QIODevice& file, QString* why)>& fill,
                     QString* error)
{
    if (path.isEmpty())
        return fail(error, ReportText::tr("No file name was given for the report."));
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, ReportText::tr("Cannot write the report to %1: %2.").arg(shown, reasonOf(file)));
    QString why;
    if (!fill(file, &why)) {
        file.cancelWriting();
        if (why.isEmpty())
            why = ReportText::tr("Cannot write the report to %1: %2.").arg(shown, reasonOf(file));
        return fail(error, why);
    }
    if (!file.commit())
        return fail(error, ReportText::tr("Cannot write the report to %1: %2.").arg(shown, reasonOf(file)));
    return true;
}

} // namespace dt::reports
