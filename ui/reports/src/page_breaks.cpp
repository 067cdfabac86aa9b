#include <digit_tutor/reports/page_breaks.hpp>

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace dt::reports {

namespace {

// A table up to this share of a page is kept on one page.
constexpr double kSmallTable = 0.25;
// The most space, in CSS pixels, between the end of one element and the start of the next
// (margins, a table's border and padding): a table whose content starts on a new page
// further than this from where the previous element ended was pushed there by Qt, which
// leaves the table's empty top border on the page before.
constexpr double kMaxGapPx = 30.0;
constexpr double kCssDpi = 96.0;

// One child of the root frame: a paragraph or a table.
struct Item {
    QTextBlock block;
    QTextTable* table = nullptr;
};

// Where an item's text and pictures are, from its blocks' positions. (Qt's frame rectangle
// of a table is not used: once Qt pushes a table's first row to the next page, the
// rectangle no longer says where the table starts.)
struct Extent {
    double top = std::numeric_limits<double>::infinity();
    double bottom = -std::numeric_limits<double>::infinity();
    void add(const QRectF& r)
    {
        top = std::min(top, r.top());
        bottom = std::max(bottom, r.bottom());
    }
};

std::vector<Item> topLevelItems(QTextDocument& document)
{
    std::vector<Item> items;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()))
            items.push_back({QTextBlock(), table});
        else if (!it.currentFrame() && it.currentBlock().isValid() && it.currentBlock().length() > 1)
            items.push_back({it.currentBlock(), nullptr}); // not the empty blocks Qt keeps around tables
    }
    return items;
}

Extent rowsExtent(const QTextDocument& document, const QTextTable& table, int firstRow, int lastRow)
{
    Extent e;
    for (int row = firstRow; row <= lastRow; ++row)
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (!cell.isValid())
                continue;
            for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= cell.lastPosition();
                 b = b.next())
                e.add(document.documentLayout()->blockBoundingRect(b));
        }
    return e;
}

Extent extentOf(const QTextDocument& document, const Item& item)
{
    if (item.table)
        return rowsExtent(document, *item.table, 0, item.table->rows() - 1);
    Extent e;
    e.add(document.documentLayout()->blockBoundingRect(item.block));
    return e;
}

int firstDataRow(const QTextTable& table) { return std::min(table.rows() - 1, table.format().headerRowCount()); }

// Where the first thing worth reading in an item ends: a paragraph's first line, a
// table's heading rows and first data row.
double firstContentBottom(const QTextDocument& document, const Item& item)
{
    if (item.table)
        return rowsExtent(document, *item.table, 0, firstDataRow(*item.table)).bottom;
    const QRectF rect = document.documentLayout()->blockBoundingRect(item.block);
    const QTextLayout* lines = item.block.layout();
    return lines && lines->lineCount() > 0 ? rect.top() + lines->lineAt(0).rect().bottom() : rect.bottom();
}

bool isHeading(const Item& item) { return !item.table && item.block.blockFormat().headingLevel() > 0; }

void breakBefore(QTextDocument& document, const Item& item)
{
    if (item.table) {
        QTextTableFormat format = item.table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        item.table->setFormat(format);
    } else {
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(item.block).mergeBlockFormat(format);
    }
    // A change relays out only what it touches and shifts the rest; a table shifted onto a
    // page boundary would keep rows split for its old place. Lay out everything again.
    document.markContentsDirty(0, document.characterCount());
    document.pageCount();
}

} // namespace

void keepHeadingsWithTheirContent(QTextDocument& document)
{
    const double pageHeight = document.pageSize().height();
    if (!(pageHeight > 0.0))
        return;
    const QPaintDevice* device = document.documentLayout()->paintDevice();
    const double maxGap = kMaxGapPx * (device ? device->logicalDpiY() / kCssDpi : 1.0);
    const auto pageOf = [pageHeight](double y) { return int(std::floor(std::max(0.0, y - 0.01) / pageHeight)); };

    const std::vector<Item> items = topLevelItems(document);
    document.pageCount();
    // In document order: a break moves only what follows it, which is measured afresh.
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        const Extent extent = extentOf(document, item);
        if (!(extent.top <= extent.bottom))
            continue;
        bool split = false;
        double keep = 0.0; // how much must go on one page
        if (isHeading(item) && i + 1 < items.size()) {
            const double needed = firstContentBottom(document, items[i + 1]);
            split = pageOf(extent.top) != pageOf(needed);
            keep = needed - extent.top;
        } else if (item.table && (i == 0 || !isHeading(items[i - 1]))) {
            const bool small = extent.bottom - extent.top <= pageHeight * kSmallTable;
            const double needed = small ? extent.bottom : firstContentBottom(document, item);
            const int page = pageOf(extent.top);
            const double previousEnd = i > 0 ? extentOf(document, items[i - 1]).bottom : 0.0;
            const bool pushed = i > 0 && page > pageOf(previousEnd) && page * pageHeight - previousEnd > maxGap;
            split = pushed || page != pageOf(needed);
            keep = needed - extent.top;
        }
        if (split && keep <= pageHeight)
            breakBefore(document, item);
    }
}

} // namespace dt::reports
