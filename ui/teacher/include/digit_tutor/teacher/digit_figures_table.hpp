#pragma once
// The teacher's table of each digit 0-9, one row each: how often it was asked, how often it
// was read as asked, the average stars, the trend (with an arrow), how often it was written
// facing the other way (mirror writing), and the formation hints given ("starts elsewhere
// 3, other way 1, order 0"). The digits to practise next are
// highlighted, and say so to a screen reader too: colour is never the only sign.
//
// It shows figures it is given (dt::reports::summarise), so that it says what the reports
// say; it counts nothing itself. Cells are plain text and read-only.
//
// Example use:
//     auto* table = new DigitFiguresTable(this);
//     table->setSummary(dt::reports::summarise(attempts));
//     table->item(7, DigitFiguresTable::SuccessColumn)->text(); // "60%"

#include <digit_tutor/progress/progress_summary.hpp>

#include <QColor>
#include <QTableWidget>

#include <optional>
#include <vector>

class DigitFiguresTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { DigitColumn, AttemptsColumn, SuccessColumn, StarsColumn, TrendColumn, ReversedColumn, FormationColumn,
                  ColumnCount };

    explicit DigitFiguresTable(QWidget* parent = nullptr);

    /// Fills the ten rows (row d is digit d) from `summary`; a digit not tried shows dashes.
    /// The digits of summary.practiseNext are highlighted.
    void setSummary(const dt::reports::ProgressSummary& summary);

    /// Whether digit 0-9 is highlighted as one to practise next.
    bool isHighlighted(int digit) const;

    /// What the formation cell says for counts of hints (the table's words, for other views).
    static QString formationText(const dt::reports::DigitFigures& figures);
    /// "↑ +25", "↓ −10", "→ 0", or "–" without a trend.
    static QString trendText(const std::optional<double>& trend);
    /// A success rate 0..1 as a whole percentage in the user's locale: "60%".
    static QString percentText(double rate);
    /// The shade behind what needs work: it marks without shouting, and dark text stays
    /// readable on it.
    static QColor needsWorkShade() { return {0xff, 0xf0, 0xc2}; }

    QSize sizeHint() const override;

private:
    std::vector<int> m_highlighted;
};
