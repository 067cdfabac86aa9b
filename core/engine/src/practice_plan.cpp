#include <digit_tutor/engine/practice_plan.hpp>

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/error.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace dt {

static_assert(PracticePlan::kDigits == kDigitClasses, "the plan practises the model's digits");

namespace {

void checkDigit(int digit)
{
    if (digit < 0 || digit >= PracticePlan::kDigits)
        throw FormatError("A practised digit must be 0 to 9, but got " + std::to_string(digit) + ".");
}

void checkOptions(const PracticePlanOptions& o)
{
    if (o.successesPerLevel < 1)
        throw FormatError("A level needs at least 1 success, but successesPerLevel is " +
                          std::to_string(o.successesPerLevel) + ".");
    if (o.guideOpacities.empty())
        throw FormatError("The practice plan needs at least one guide opacity.");
    for (std::size_t i = 0; i < o.guideOpacities.size(); ++i) {
        const double a = o.guideOpacities[i];
        if (!(a >= 0.0 && a <= 1.0))
            throw FormatError("Guide opacity " + std::to_string(i) + " must be in [0, 1], but got " +
                              std::to_string(a) + ".");
        if (i > 0 && a > o.guideOpacities[i - 1])
            throw FormatError("Guide opacities must not increase with the level, but opacity " + std::to_string(i) +
                              " is " + std::to_string(a) + ".");
    }
    if (o.recentAttempts < 1)
        throw FormatError("recentAttempts must be at least 1, but got " + std::to_string(o.recentAttempts) + ".");
    if (!(o.missWeight >= 0.0 && std::isfinite(o.missWeight)))
        throw FormatError("missWeight must be finite and not negative, but got " + std::to_string(o.missWeight) + ".");
}

} // namespace

PracticePlan::PracticePlan(std::uint32_t seed, PracticePlanOptions options)
    : m_options(std::move(options))
    , m_random(seed)
{
    checkOptions(m_options);
}

const PracticePlan::DigitRecord& PracticePlan::record(int digit) const
{
    checkDigit(digit);
    return m_digits[std::size_t(digit)];
}

void PracticePlan::recordAttempt(int digit, bool success)
{
    checkDigit(digit);
    DigitRecord& r = m_digits[std::size_t(digit)];
    ++r.attempts;
    r.recent.push_back(success);
    while (int(r.recent.size()) > m_options.recentAttempts)
        r.recent.pop_front();
    if (success) {
        ++r.streak;
        if (r.streak >= m_options.successesPerLevel && r.level < maxLevel()) {
            ++r.level;
            r.streak = 0;
        }
    } else {
        r.level = std::max(0, r.level - 1);
        r.streak = 0;
    }
}

int PracticePlan::level(int digit) const { return record(digit).level; }
int PracticePlan::streak(int digit) const { return record(digit).streak; }
int PracticePlan::attempts(int digit) const { return record(digit).attempts; }

double PracticePlan::guideOpacity(int digit) const
{
    return m_options.guideOpacities[std::size_t(level(digit))];
}

int PracticePlan::recentMisses(int digit) const
{
    const DigitRecord& r = record(digit);
    return int(std::count(r.recent.begin(), r.recent.end(), false));
}

double PracticePlan::weight(int digit) const
{
    return 1.0 + m_options.missWeight * recentMisses(digit);
}

int PracticePlan::nextDigit(int previous)
{
    std::array<double, kDigits> weights{};
    double total = 0.0;
    for (int d = 0; d < kDigits; ++d) {
        weights[std::size_t(d)] = d == previous ? 0.0 : weight(d);
        total += weights[std::size_t(d)];
    }
    // The engine's raw 32 bits as a fraction of the total weight: the same on every library.
    const double u = double(m_random()) / 4294967296.0 * total;
    double sum = 0.0;
    int last = -1;
    for (int d = 0; d < kDigits; ++d) {
        if (weights[std::size_t(d)] <= 0.0)
            continue;
        sum += weights[std::size_t(d)];
        last = d;
        if (u < sum)
            return d;
    }
    return last; // u rounded up to the total
}

} // namespace dt
