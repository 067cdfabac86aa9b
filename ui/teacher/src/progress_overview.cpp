#include <digit_tutor/teacher/progress_overview.hpp>

#include <digit_tutor/teacher/digit_figures_table.hpp>

#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

using dt::reports::DigitFigures;
using dt::reports::ProgressSummary;

namespace {

// The formation line names the digits with the most hints, a few, so it stays short;
// the table has them all.
constexpr std::size_t kFormationDigitsShown = 3;

QString digitList(const std::vector<int>& digits)
{
    QStringList names;
    for (int d : digits)
        names << QString::number(d);
    return names.join(QStringLiteral(", "));
}

QLabel* plainLabel(const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names are never markup
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

ProgressOverview::ProgressOverview(QWidget* parent)
    : QWidget(parent)
{
    m_title = plainLabel(tr("Whose progress is shown"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    // One line; a very long name is cut at the window's edge rather than widen it.
    m_title->setWordWrap(false);
    m_title->setMinimumWidth(1);
    m_overview = plainLabel(tr("Overview"), this);
    m_needsWork = plainLabel(tr("Digits that need work"), this);
    // The amber of the table's highlighted rows, so the words and the rows go together.
    m_needsWork->setStyleSheet(QStringLiteral("QLabel { background: #fff0c2; color: #3a2e00; border: 1px solid #e0c36a; "
                                              "border-radius: 4px; padding: 4px 8px; font-weight: bold; }"));
    m_formation = plainLabel(tr("Formation hints to practise"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_overview);
    layout->addWidget(m_needsWork);
    layout->addWidget(m_formation);
}

void ProgressOverview::setTitle(const QString& title) { m_title->setText(title); }

void ProgressOverview::setFigures(const dt::reports::ReportScope& scope, const ProgressSummary& s)
{
    const QLocale locale;
    QString problem;
    QStringList overview;
    if (!dt::reports::checkPeriod(scope, &problem)) {
        overview << problem;
    } else if (s.attempts == 0) {
        overview << tr("No attempts in this period.");
    } else {
        if (scope.isClass)
            overview << tr("Students: %1").arg(locale.toString(qulonglong(s.students.size())));
        overview << (s.freeDrawing > 0 ? tr("Attempts: %1 (free drawing: %2)")
                                             .arg(locale.toString(s.attempts), locale.toString(s.freeDrawing))
                                       : tr("Attempts: %1").arg(locale.toString(s.attempts)));
        if (s.askedAttempts > 0)
            overview << tr("read as asked: %1 of %2 (%3)")
                            .arg(locale.toString(s.successes), locale.toString(s.askedAttempts),
                                 DigitFiguresTable::percentText(s.successRate));
        if (s.first.isValid())
            overview << tr("%1 to %2").arg(scope.dayOf(s.first).toString(Qt::ISODate),
                                           scope.dayOf(s.last).toString(Qt::ISODate));
    }
    m_overview->setText(overview.join(QStringLiteral(" \u00b7 ")));

    // Needs work, in words: the tried digits first, then those not tried (summarise's order).
    std::vector<int> weak;
    std::vector<int> untried;
    for (int d : s.practiseNext)
        (s.digits[std::size_t(d)].tried() ? weak : untried).push_back(d);
    QStringList needs;
    if (!weak.empty())
        needs << tr("Needs work: %1.").arg(digitList(weak));
    if (!untried.empty())
        needs << tr("Not tried yet: %1.").arg(digitList(untried));
    if (needs.isEmpty())
        needs << tr("Every digit is read as asked at least %1 of the time: well done.")
                     .arg(DigitFiguresTable::percentText(dt::reports::kPractiseBelow));
    m_needsWork->setText(needs.join(QLatin1Char(' ')));

    // The formation to practise: the digits with the most hints, the smaller first on a tie.
    std::vector<const DigitFigures*> hinted;
    for (const DigitFigures& f : s.digits)
        if (f.formationHints() > 0)
            hinted.push_back(&f);
    std::stable_sort(hinted.begin(), hinted.end(), [](const DigitFigures* a, const DigitFigures* b) {
        return a->formationHints() > b->formationHints();
    });
    if (hinted.size() > kFormationDigitsShown)
        hinted.resize(kFormationDigitsShown);
    QStringList formation;
    for (const DigitFigures* f : hinted) {
        QStringList kinds;
        if (f->unusualStart > 0)
            kinds << tr("starts elsewhere %1").arg(f->unusualStart);
        if (f->unusualDirection > 0)
            kinds << tr("other way round %1").arg(f->unusualDirection);
        if (f->unusualOrder > 0)
            kinds << tr("stroke order %1").arg(f->unusualOrder);
        formation << tr("%1 (%2)").arg(QString::number(f->digit), kinds.join(QStringLiteral(", ")));
    }
    m_formation->setVisible(!formation.isEmpty());
    m_formation->setText(tr("Formation to practise: %1").arg(formation.join(QStringLiteral("; "))));
}
