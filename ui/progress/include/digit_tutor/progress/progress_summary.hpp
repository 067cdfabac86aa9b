#pragma once
// The figures of a progress report, counted from attempts: per digit how often it was
// tried, how often it was read as itself, the stars, whether it is getting better, how it
// was formed, how often it was written facing the other way, the best and the latest attempt; progress over time; what to practise next.
// Every format (CSV aside, which lists the attempts themselves) shows these figures, so
// that a PDF and an HTML report of the same attempts say the same.
//
// Which attempts count where:
// - Free drawing (askedDigit -1) has nothing to succeed at: it counts in the totals
//   (attempts, freeDrawing, each student's attempts) and nowhere else. A record whose
//   askedDigit is outside -1..9 is counted the same way rather than trusted.
// - A success is AttemptRecord::success(): the asked digit, read as such, not refused.
// - Trend: a digit's attempts in time order, the success rate of the later half minus that
//   of the earlier half, in percentage points (+50 = half of the attempts more succeed now).
//   With an odd count the middle attempt is in neither half, so the halves weigh the same.
//   Below kMinTrendAttempts there is no trend: two against two is the least that is more
//   than one lucky try.
// - Progress over time: asked attempts per day, or per ISO week (Monday to Sunday) when the
//   first and the last are more than kDailyUpToDays days apart, so that a term's chart
//   stays readable. Only days or weeks with attempts are listed.
// - Practise next, up to kPractiseNextCount digits: first the tried digits whose success
//   rate is below kPractiseBelow, lowest rate first, a tie going to the digit tried more
//   (more evidence it is hard), then the smaller digit; then, if places are left, digits
//   not tried yet, smallest first (a child should meet every digit). A digit that succeeds
//   80% of the time or more is never suggested: it is learnt well enough to move on.
// - Times: attempts are ordered by `when`, then by id; one without a valid time sorts
//   first and is left out of progress over time. Days are counted in the given zone.
//
// Example use:
//   const dt::reports::ProgressSummary s = dt::reports::summarise(attempts);
//   for (int d : s.practiseNext) ...                  // e.g. 7, 3, 0
//   if (s.digits[7].trend) ... *s.digits[7].trend ... // +25.0 percentage points

#include <digit_tutor/progress/attempt_record.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace dt::reports {

inline constexpr int kDigitCount = 10;
inline constexpr int kMinTrendAttempts = 4;
inline constexpr int kDailyUpToDays = 60;
inline constexpr double kPractiseBelow = 0.8;
inline constexpr int kPractiseNextCount = 3;

/// The figures of one digit 0-9 over the attempts that asked for it.
struct DigitFigures {
    int digit = 0;
    int attempts = 0;
    int successes = 0;
    double successRate = 0.0; ///< successes / attempts, 0..1; 0 when not tried
    double averageStars = 0.0; ///< mean of the attempts' stars (0-3); 0 when not tried
    std::optional<double> trend; ///< percentage points, -100..+100; none below kMinTrendAttempts
    /// Formation hints given ("starts in an unusual place", "the other way round", "an
    /// unusual order"); attempts never checked or written as usual are in none of them.
    int unusualStart = 0;
    int unusualDirection = 0;
    int unusualOrder = 0;
    /// Attempts written facing the other way (mirror writing, AttemptRecord::reversed): a
    /// count of its own, apart from the formation hints, which a reversal never gets.
    int reversals = 0;
    /// Most stars, then the highest posterior (a non-finite one counts as lowest), then the latest.
    std::optional<store::AttemptRecord> best;
    std::optional<store::AttemptRecord> latest;

    bool tried() const { return attempts > 0; }
    int formationHints() const { return unusualStart + unusualDirection + unusualOrder; }
};

enum class ProgressStep { Day, Week };

/// One day or ISO week of progress over time.
struct ProgressPoint {
    QDate start; ///< the day, or the Monday that begins the ISO week
    int attempts = 0;
    int successes = 0;
    int stars = 0; ///< summed over the attempts
    double successRate() const { return attempts > 0 ? double(successes) / attempts : 0.0; }
    double averageStars() const { return attempts > 0 ? double(stars) / attempts : 0.0; }
};

/// One student's line in a class report.
struct StudentFigures {
    qint64 studentId = 0;
    QString name;
    /// Archived (AttemptRecord::studentArchived): out of the lists, but their attempts are
    /// the class's history, so they are counted and listed, marked as archived.
    bool archived = false;
    int attempts = 0; ///< every attempt, free drawing included
    int askedAttempts = 0;
    int successes = 0;
    double successRate = 0.0; ///< over asked attempts, 0..1; 0 when none
    std::vector<int> practiseNext; ///< by the same rule as the summary's
};

struct ProgressSummary {
    int attempts = 0; ///< every attempt, free drawing included
    int freeDrawing = 0; ///< attempts that asked for no digit 0-9
    int askedAttempts = 0;
    int successes = 0;
    double successRate = 0.0; ///< over asked attempts, 0..1; 0 when none
    QDateTime first; ///< the earliest valid time of any attempt; invalid when none has one
    QDateTime last;
    std::array<DigitFigures, kDigitCount> digits; ///< digits[d].digit == d
    ProgressStep step = ProgressStep::Day;
    std::vector<ProgressPoint> progress; ///< in time order
    std::vector<int> practiseNext; ///< up to kPractiseNextCount digits, most needed first
    /// One per student (by studentId and name), ordered by name without regard to case, then id.
    std::vector<StudentFigures> students;
};

/// The figures of attempts given one at a time, for a report read from the store a page at
/// a time: add() each attempt (in any order), then summary(), which equals summarise() of
/// the same attempts. Holds per asked attempt its time, id and success (for the trends, 24
/// bytes), per day and per student a few counts, and per digit its best and latest attempt:
/// never the attempts themselves.
class SummaryBuilder {
public:
    explicit SummaryBuilder(const QTimeZone& timeZone = QTimeZone::utc());
    ~SummaryBuilder();
    SummaryBuilder(SummaryBuilder&&) noexcept;
    SummaryBuilder& operator=(SummaryBuilder&&) noexcept;

    void add(const store::AttemptRecord& attempt);
    /// The figures of the attempts added so far. Cost: O(n log n) in those asked for a digit.
    ProgressSummary summary() const;

private:
    struct Counts;
    std::unique_ptr<Counts> m_counts;
};

/// Counts the figures of `attempts` (any order, any number, none included), with days in
/// `timeZone`. Never throws; records are taken as given (stars are not clamped).
/// Cost: O(n log n) in the number of attempts.
ProgressSummary summarise(const std::vector<store::AttemptRecord>& attempts,
                          const QTimeZone& timeZone = QTimeZone::utc());

/// The order reports list attempts in: by time, then by id; an attempt without a valid
/// time first. A strict weak order, for std::sort.
bool attemptBefore(const store::AttemptRecord& a, const store::AttemptRecord& b);

/// The name of a day or week of progress over time: "2025-01-14" or "2025-W03" (ISO week).
QString progressPeriodName(const QDate& start, ProgressStep step);

} // namespace dt::reports
