#include <digit_tutor/reports/report_scope.hpp>
#include <digit_tutor/reports/report_file.hpp>
#include <digit_tutor/reports/report_text.hpp>

namespace dt::reports {

QDate ReportScope::dayOf(const QDateTime& when) const
{
    return when.isValid() ? when.toTimeZone(timeZone).date() : QDate();
}

bool ReportScope::covers(const QDateTime& when) const
{
    if (!from.isValid() && !to.isValid())
        return true;
    const QDate day = dayOf(when);
    if (!day.isValid())
        return false;
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

bool checkPeriod(const ReportScope& scope, QString* error)
{
    if (!scope.isReversed())
        return true;
    return fail(error,
                ReportText::tr("The report's period starts on %1, after it ends on %2.")
                    .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)));
}

std::vector<store::AttemptRecord> attemptsInScope(const ReportScope& scope,
                                                  const std::vector<store::AttemptRecord>& attempts)
{
    std::vector<store::AttemptRecord> kept;
    kept.reserve(attempts.size());
    for (const store::AttemptRecord& a : attempts)
        if (scope.covers(a.when))
            kept.push_back(a);
    return kept;
}

} // namespace dt::reports
