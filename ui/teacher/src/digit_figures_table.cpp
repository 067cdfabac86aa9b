#include <digit_tutor/teacher/digit_figures_table.hpp>

#include <QBrush>
#include <QHeaderView>
#include <QLocale>
#include <QStringList>

#include <algorithm>

using dt::reports::DigitFigures;
using dt::reports::ProgressSummary;

namespace {

QString dash() { return QStringLiteral("\u2013"); }

} // namespace

DigitFiguresTable::DigitFiguresTable(QWidget* parent)
    : QTableWidget(dt::reports::kDigitCount, ColumnCount, parent)
{
    setHorizontalHeaderLabels(
        {tr("Digit"), tr("Attempts"), tr("Success"), tr("Stars"), tr("Trend"), tr("Reversed"), tr("Formation hints")});
    horizontalHeaderItem(SuccessColumn)->setToolTip(tr("How often the digit was read as the one asked for"));
    horizontalHeaderItem(StarsColumn)->setToolTip(tr("The average stars, of 3"));
    horizontalHeaderItem(TrendColumn)
        ->setToolTip(tr("The success rate of the later half of a digit's attempts minus that of the earlier half, "
                        "in percentage points, from %1 attempts on.")
                         .arg(dt::reports::kMinTrendAttempts));
    horizontalHeaderItem(ReversedColumn)
        ->setToolTip(tr("How often the digit was written facing the other way (mirror writing)"));
    horizontalHeaderItem(FormationColumn)
        ->setToolTip(tr("How often the child was shown a better place to start, way round or stroke order."));
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(FormationColumn, QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6); // ten rows at a glance
    setAccessibleName(tr("Figures for each digit"));
    setSummary({});
}

QString DigitFiguresTable::percentText(double rate)
{
    const QLocale locale;
    return locale.toString(qRound(rate * 100.0)) + locale.percent();
}

QString DigitFiguresTable::trendText(const std::optional<double>& trend)
{
    if (!trend)
        return dash();
    const int points = qRound(*trend);
    const QLocale locale;
    if (points > 0)
        return QStringLiteral("\u2191 +") + locale.toString(points);
    if (points < 0)
        return QStringLiteral("\u2193 \u2212") + locale.toString(-points);
    return QStringLiteral("\u2192 0");
}

QString DigitFiguresTable::formationText(const DigitFigures& figures)
{
    if (!figures.tried())
        return dash();
    if (figures.formationHints() == 0)
        return tr("none");
    return tr("starts elsewhere %1, other way %2, order %3")
        .arg(figures.unusualStart)
        .arg(figures.unusualDirection)
        .arg(figures.unusualOrder);
}

void DigitFiguresTable::setSummary(const ProgressSummary& summary)
{
    m_highlighted = summary.practiseNext;
    const QLocale locale;
    // By index: a default ProgressSummary (nothing to show yet) leaves every .digit at 0.
    for (int digit = 0; digit < dt::reports::kDigitCount; ++digit) {
        const DigitFigures& f = summary.digits[std::size_t(digit)];
        const bool highlighted = isHighlighted(digit);
        QStringList cells(ColumnCount);
        cells[DigitColumn] = QString::number(digit);
        cells[AttemptsColumn] = locale.toString(f.attempts);
        cells[SuccessColumn] = f.tried() ? percentText(f.successRate) : dash();
        cells[StarsColumn] = f.tried() ? locale.toString(f.averageStars, 'f', 1) + QStringLiteral(" \u2605") : dash();
        cells[TrendColumn] = f.tried() ? trendText(f.trend) : dash();
        cells[ReversedColumn] = f.tried() ? locale.toString(f.reversals) : dash();
        cells[FormationColumn] = formationText(f);
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column != FormationColumn)
                cell->setTextAlignment(column == DigitColumn ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter);
            if (highlighted) {
                cell->setBackground(needsWorkShade());
                cell->setForeground(QBrush(Qt::black));
            }
            if (column == DigitColumn) {
                QFont font = cell->font();
                font.setBold(highlighted);
                cell->setFont(font);
                const QString said = highlighted ? tr("%1, needs work").arg(digit) : cells[column];
                cell->setData(Qt::AccessibleTextRole, said);
                cell->setToolTip(highlighted ? tr("Needs work: practise this digit next.") : QString());
            }
            if (column == FormationColumn && f.formationHints() > 0)
                cell->setToolTip(cells[column]); // the whole text where the column is too narrow
            if (column == SuccessColumn && f.tried())
                cell->setToolTip(tr("%1 of %2 read as asked").arg(locale.toString(f.successes),
                                                                  locale.toString(f.attempts)));
            setItem(digit, column, cell);
        }
    }
}

bool DigitFiguresTable::isHighlighted(int digit) const
{
    return std::find(m_highlighted.begin(), m_highlighted.end(), digit) != m_highlighted.end();
}

QSize DigitFiguresTable::sizeHint() const
{
    // Every row without scrolling, as wide as the columns want.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    int width = 2 * frameWidth();
    for (int column = 0; column < columnCount(); ++column)
        width += std::max(horizontalHeader()->sectionSizeHint(column), sizeHintForColumn(column));
    return {width, height};
}
