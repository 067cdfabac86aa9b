#pragma once
// Page breaks a printed report needs and QTextDocument does not make by itself: it breaks
// a page wherever a line ends, so a section heading can end up alone at the foot of a
// page, and a table's heading row apart from its first row. On paper that reads as a
// missing section. This moves such a heading or table to the next page.

class QTextDocument;

namespace dt::reports {

/// For `document` already paginated (a page size set), among the root frame's own
/// children: a heading (h1-h6) that is not on the same page as the first line of what
/// follows it (the first data row when that is a table) gets a page break before it; so
/// does a table, not directly after a heading, that is split although it is small (a
/// quarter of a page or less), whose heading row is on another page than its first data
/// row, or that Qt pushed to the next page leaving its empty top border behind. One pass
/// in document order, laying out again after each break (a break moves only what follows
/// it). Content taller than a page is left where it is. Cost: one layout per break, a few
/// milliseconds.
void keepHeadingsWithTheirContent(QTextDocument& document);

} // namespace dt::reports
