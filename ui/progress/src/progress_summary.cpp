#include <digit_tutor/progress/progress_summary.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace dt::reports {

using store::AttemptRecord;

namespace {

bool asksForADigit(const AttemptRecord& a) { return a.askedDigit >= 0 && a.askedDigit < kDigitCount; }

double rankedPosterior(double p) { return std::isfinite(p) ? p : -1.0; }

bool better(const AttemptRecord& a, const AttemptRecord& b)
{
    if (a.stars != b.stars)
        return a.stars > b.stars;
    if (rankedPosterior(a.posterior) != rankedPosterior(b.posterior))
        return rankedPosterior(a.posterior) > rankedPosterior(b.posterior);
    return attemptBefore(b, a);
}

double rate(int successes, int attempts) { return attempts > 0 ? double(successes) / attempts : 0.0; }

// What the trend needs of an attempt: where it falls in attemptBefore's order, and whether it succeeded.
struct TrendStep {
    bool timed = false;
    qint64 msecs = 0;
    qint64 id = 0;
    bool success = false;
    bool operator<(const TrendStep& o) const
    {
        if (timed != o.timed)
            return !timed;
        if (timed && msecs != o.msecs)
            return msecs < o.msecs;
        return id < o.id;
    }
};

// A digit's figures as they are counted, before the rates, the trend and the order of attempts.
struct DigitCounts {
    DigitFigures figures;
    long long stars = 0;
    std::vector<TrendStep> steps;

    void add(const AttemptRecord& a)
    {
        DigitFigures& f = figures;
        ++f.attempts;
        f.successes += a.success();
        stars += a.stars;
        if (a.formation == QLatin1String("start"))
            ++f.unusualStart;
        else if (a.formation == QLatin1String("direction"))
            ++f.unusualDirection;
        else if (a.formation == QLatin1String("order"))
            ++f.unusualOrder;
        f.reversals += a.reversed;
        if (!f.best || better(a, *f.best))
            f.best = a;
        if (!f.latest || attemptBefore(*f.latest, a))
            f.latest = a;
        steps.push_back({a.when.isValid(), a.when.isValid() ? a.when.toMSecsSinceEpoch() : 0, a.id, a.success()});
    }

    DigitFigures finished(int digit) const
    {
        DigitFigures f = figures;
        f.digit = digit;
        if (f.attempts == 0)
            return f;
        f.successRate = rate(f.successes, f.attempts);
        f.averageStars = double(stars) / f.attempts;
        if (f.attempts >= kMinTrendAttempts) {
            std::vector<TrendStep> sorted = steps;
            std::sort(sorted.begin(), sorted.end());
            const std::size_t n = sorted.size(), half = n / 2;
            const auto successes = [&sorted](std::size_t begin, std::size_t end) {
                return int(std::count_if(sorted.begin() + std::ptrdiff_t(begin), sorted.begin() + std::ptrdiff_t(end),
                                         [](const TrendStep& t) { return t.success; }));
            };
            f.trend = 100.0 * (rate(successes(n - half, n), int(half)) - rate(successes(0, half), int(half)));
        }
        return f;
    }
};

std::vector<int> practiseNextOf(const std::array<DigitFigures, kDigitCount>& digits)
{
    std::vector<const DigitFigures*> weak;
    for (const DigitFigures& f : digits)
        if (f.tried() && f.successRate < kPractiseBelow)
            weak.push_back(&f);
    // Rates compared as cross products of counts: exact, so a tie is a tie.
    std::sort(weak.begin(), weak.end(), [](const DigitFigures* a, const DigitFigures* b) {
        const long long lhs = 1LL * a->successes * b->attempts, rhs = 1LL * b->successes * a->attempts;
        if (lhs != rhs)
            return lhs < rhs;
        if (a->attempts != b->attempts)
            return a->attempts > b->attempts;
        return a->digit < b->digit;
    });
    std::vector<int> next;
    for (const DigitFigures* f : weak)
        if (int(next.size()) < kPractiseNextCount)
            next.push_back(f->digit);
    for (const DigitFigures& f : digits)
        if (!f.tried() && int(next.size()) < kPractiseNextCount)
            next.push_back(f.digit);
    return next;
}

QDate mondayOf(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }

std::vector<ProgressPoint> progressOf(const std::map<QDate, ProgressPoint>& byDay, ProgressStep* step)
{
    *step = !byDay.empty() && byDay.begin()->first.daysTo(byDay.rbegin()->first) > kDailyUpToDays ? ProgressStep::Week
                                                                                                  : ProgressStep::Day;
    std::map<QDate, ProgressPoint> byWeek;
    if (*step == ProgressStep::Week) {
        for (const auto& [day, p] : byDay) {
            ProgressPoint& week = byWeek[mondayOf(day)];
            week.start = mondayOf(day);
            week.attempts += p.attempts;
            week.successes += p.successes;
            week.stars += p.stars;
        }
    }
    std::vector<ProgressPoint> points;
    for (const auto& entry : *step == ProgressStep::Day ? byDay : byWeek)
        points.push_back(entry.second);
    return points;
}

// A student's line as it is counted: every attempt, and per digit the attempts and successes.
struct StudentCounts {
    bool archived = false;
    int attempts = 0;
    std::array<DigitFigures, kDigitCount> digits;
};

} // namespace

struct SummaryBuilder::Counts {
    QTimeZone zone;
    ProgressSummary totals; ///< attempts, freeDrawing, first, last
    std::array<DigitCounts, kDigitCount> digits;
    std::map<QDate, ProgressPoint> byDay;
    std::map<std::pair<qint64, QString>, StudentCounts> students;
};

SummaryBuilder::SummaryBuilder(const QTimeZone& timeZone)
    : m_counts(std::make_unique<Counts>())
{
    m_counts->zone = timeZone;
}

SummaryBuilder::~SummaryBuilder() = default;
SummaryBuilder::SummaryBuilder(SummaryBuilder&&) noexcept = default;
SummaryBuilder& SummaryBuilder::operator=(SummaryBuilder&&) noexcept = default;

void SummaryBuilder::add(const AttemptRecord& a)
{
    Counts& c = *m_counts;
    ProgressSummary& t = c.totals;
    ++t.attempts;
    StudentCounts& student = c.students[{a.studentId, a.student}];
    ++student.attempts;
    student.archived = student.archived || a.studentArchived;
    if (a.when.isValid()) {
        if (!t.first.isValid() || a.when < t.first)
            t.first = a.when;
        if (!t.last.isValid() || a.when > t.last)
            t.last = a.when;
    }
    if (!asksForADigit(a)) {
        ++t.freeDrawing;
        return;
    }
    c.digits[std::size_t(a.askedDigit)].add(a);
    DigitFigures& own = student.digits[std::size_t(a.askedDigit)];
    ++own.attempts;
    own.successes += a.success();
    if (a.when.isValid()) {
        const QDate day = a.when.toTimeZone(c.zone).date();
        ProgressPoint& p = c.byDay[day];
        p.start = day;
        ++p.attempts;
        p.successes += a.success();
        p.stars += a.stars;
    }
}

ProgressSummary SummaryBuilder::summary() const
{
    const Counts& c = *m_counts;
    ProgressSummary s = c.totals;
    for (int d = 0; d < kDigitCount; ++d) {
        s.digits[std::size_t(d)] = c.digits[std::size_t(d)].finished(d);
        s.askedAttempts += s.digits[std::size_t(d)].attempts;
        s.successes += s.digits[std::size_t(d)].successes;
    }
    s.successRate = rate(s.successes, s.askedAttempts);
    s.progress = progressOf(c.byDay, &s.step);
    s.practiseNext = practiseNextOf(s.digits);
    for (const auto& [key, counts] : c.students) {
        StudentFigures student;
        student.studentId = key.first;
        student.name = key.second;
        student.archived = counts.archived;
        student.attempts = counts.attempts;
        std::array<DigitFigures, kDigitCount> digits = counts.digits;
        for (int d = 0; d < kDigitCount; ++d) {
            DigitFigures& f = digits[std::size_t(d)];
            f.digit = d;
            f.successRate = rate(f.successes, f.attempts);
            student.askedAttempts += f.attempts;
            student.successes += f.successes;
        }
        student.successRate = rate(student.successes, student.askedAttempts);
        student.practiseNext = practiseNextOf(digits);
        s.students.push_back(std::move(student));
    }
    std::sort(s.students.begin(), s.students.end(), [](const StudentFigures& a, const StudentFigures& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.studentId < b.studentId;
    });
    return s;
}

// An invalid time sorts first: it is the one we know least about, so it never passes for
// the latest attempt.
bool attemptBefore(const AttemptRecord& a, const AttemptRecord& b)
{
    if (a.when.isValid() != b.when.isValid())
        return !a.when.isValid();
    if (a.when.isValid() && a.when != b.when)
        return a.when < b.when;
    return a.id < b.id;
}

ProgressSummary summarise(const std::vector<AttemptRecord>& attempts, const QTimeZone& timeZone)
{
    SummaryBuilder builder(timeZone);
    for (const AttemptRecord& a : attempts)
        builder.add(a);
    return builder.summary();
}

QString progressPeriodName(const QDate& start, ProgressStep step)
{
    if (step == ProgressStep::Day)
        return start.toString(Qt::ISODate);
    int year = 0;
    const int week = start.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace dt::reports
