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

int successesIn(const std::vector<const AttemptRecord*>& sorted, std::size_t begin, std::size_t end)
{
    int n = 0;
    for (std::size_t i = begin; i < end; ++i)
        n += sorted[i]->success();
    return n;
}

DigitFigures figuresOf(int digit, std::vector<const AttemptRecord*> attempts)
{
    DigitFigures f;
    f.digit = digit;
    f.attempts = int(attempts.size());
    if (attempts.empty())
        return f;
    std::sort(attempts.begin(), attempts.end(),
              [](const AttemptRecord* a, const AttemptRecord* b) { return attemptBefore(*a, *b); });

    long long stars = 0;
    const AttemptRecord* best = attempts.front();
    for (const AttemptRecord* a : attempts) {
        f.successes += a->success();
        stars += a->stars;
        if (a->formation == QLatin1String("start"))
            ++f.unusualStart;
        else if (a->formation == QLatin1String("direction"))
            ++f.unusualDirection;
        else if (a->formation == QLatin1String("order"))
            ++f.unusualOrder;
        f.reversals += a->reversed;
        if (better(*a, *best))
            best = a;
    }
    f.successRate = rate(f.successes, f.attempts);
    f.averageStars = double(stars) / f.attempts;
    f.best = *best;
    f.latest = *attempts.back();

    if (f.attempts >= kMinTrendAttempts) {
        const std::size_t n = attempts.size(), half = n / 2;
        const double before = rate(successesIn(attempts, 0, half), int(half));
        const double after = rate(successesIn(attempts, n - half, n), int(half));
        f.trend = 100.0 * (after - before);
    }
    return f;
}

std::array<DigitFigures, kDigitCount> digitFigures(const std::vector<const AttemptRecord*>& attempts)
{
    std::array<std::vector<const AttemptRecord*>, kDigitCount> byDigit;
    for (const AttemptRecord* a : attempts)
        if (asksForADigit(*a))
            byDigit[std::size_t(a->askedDigit)].push_back(a);
    std::array<DigitFigures, kDigitCount> figures;
    for (int d = 0; d < kDigitCount; ++d)
        figures[std::size_t(d)] = figuresOf(d, std::move(byDigit[std::size_t(d)]));
    return figures;
}

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

std::vector<ProgressPoint> progressOf(const std::vector<const AttemptRecord*>& attempts, const QTimeZone& zone,
                                      ProgressStep* step)
{
    std::map<QDate, ProgressPoint> byDay;
    for (const AttemptRecord* a : attempts) {
        if (!asksForADigit(*a) || !a->when.isValid())
            continue;
        const QDate day = a->when.toTimeZone(zone).date();
        ProgressPoint& p = byDay[day];
        p.start = day;
        ++p.attempts;
        p.successes += a->success();
        p.stars += a->stars;
    }
    *step = !byDay.empty() && byDay.begin()->first.daysTo(byDay.rbegin()->first) > kDailyUpToDays ? ProgressStep::Week
                                                                                                  : ProgressStep::Day;
    std::map<QDate, ProgressPoint> byPeriod;
    if (*step == ProgressStep::Day) {
        byPeriod = std::move(byDay);
    } else {
        for (const auto& [day, p] : byDay) {
            ProgressPoint& week = byPeriod[mondayOf(day)];
            week.start = mondayOf(day);
            week.attempts += p.attempts;
            week.successes += p.successes;
            week.stars += p.stars;
        }
    }
    std::vector<ProgressPoint> points;
    points.reserve(byPeriod.size());
    for (const auto& entry : byPeriod)
        points.push_back(entry.second);
    return points;
}

std::vector<StudentFigures> studentsOf(const std::vector<const AttemptRecord*>& attempts)
{
    std::map<std::pair<qint64, QString>, std::vector<const AttemptRecord*>> byStudent;
    for (const AttemptRecord* a : attempts)
        byStudent[{a->studentId, a->student}].push_back(a);
    std::vector<StudentFigures> students;
    for (const auto& [key, own] : byStudent) {
        StudentFigures s;
        s.studentId = key.first;
        s.name = key.second;
        s.attempts = int(own.size());
        const std::array<DigitFigures, kDigitCount> digits = digitFigures(own);
        for (const DigitFigures& f : digits) {
            s.askedAttempts += f.attempts;
            s.successes += f.successes;
        }
        s.successRate = rate(s.successes, s.askedAttempts);
        s.practiseNext = practiseNextOf(digits);
        students.push_back(std::move(s));
    }
    std::sort(students.begin(), students.end(), [](const StudentFigures& a, const StudentFigures& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.studentId < b.studentId;
    });
    return students;
}

} // namespace

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
    std::vector<const AttemptRecord*> all;
    all.reserve(attempts.size());
    for (const AttemptRecord& a : attempts)
        all.push_back(&a);

    ProgressSummary s;
    s.attempts = int(attempts.size());
    for (const AttemptRecord& a : attempts) {
        s.freeDrawing += !asksForADigit(a);
        if (a.when.isValid()) {
            if (!s.first.isValid() || a.when < s.first)
                s.first = a.when;
            if (!s.last.isValid() || a.when > s.last)
                s.last = a.when;
        }
    }
    s.digits = digitFigures(all);
    for (const DigitFigures& f : s.digits) {
        s.askedAttempts += f.attempts;
        s.successes += f.successes;
    }
    s.successRate = rate(s.successes, s.askedAttempts);
    s.progress = progressOf(all, timeZone, &s.step);
    s.practiseNext = practiseNextOf(s.digits);
    s.students = studentsOf(all);
    return s;
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
