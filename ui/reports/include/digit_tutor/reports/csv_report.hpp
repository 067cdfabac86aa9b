#pragma once
// The attempts of a report as a CSV file, one row per attempt, for a spreadsheet or a
// script: every figure the store keeps and the strokes, so nothing is lost on the way out.
//
// Format: RFC 4180. A header row of the columns below, then one row per attempt in time
// order (an attempt without a valid time first, ties by id). Lines end with CRLF; a field
// holding a separator of any common locale (a comma; a semicolon, which German and French
// spreadsheets split on; a tab), a double quote, CR or LF is quoted and its quotes doubled.
// UTF-8 with a byte order mark, because Excel reads a CSV without one in the machine's
// 8-bit code page and would garble "Zoë" (LibreOffice, Python's "utf-8-sig" and most tools
// skip the mark).
//
// Columns: id, student, group, time, asked_digit, recognised_digit, success, posterior,
// log_likelihood, outlier, typicality, stars, formation, reversed, model, strokes.
//
// Numbers and text are told apart by column, never by content:
// - Number columns (id, asked_digit, recognised_digit, posterior, log_likelihood,
//   typicality, stars) are written from the record's numbers in the C locale, shortest
//   form that reads back to the same double, so -1 and -3.25e+02 stay negative numbers.
//   A non-finite number (never stored by the app) is an empty cell. asked_digit is -1 for
//   free drawing and recognised_digit -1 for an empty drawing, as in the store.
// - Text columns (student, group, time, success, outlier, formation, reversed, model,
//   strokes) are neutralised against formula injection (OWASP's CSV injection advice):
//   wherever a spreadsheet could start a cell, a = + - @ TAB CR " or ' there gets a leading
//   ', so a spreadsheet shows `=HYPERLINK("x")` as text instead of running it. A cell can
//   start at the field's start and, in a spreadsheet that splits on ';' or tabs (where the
//   quotes of a comma-separated row are not where it looks for them), just after a ';', a
//   tab, CR or LF inside the field: `x;=1+1;y` is written "x;'=1+1;y". Guarding ' too makes
//   the rule exact to undo: a reader drops one ' at the start of a text cell and one after
//   each ; TAB CR LF in it. Names (student, group) are written without bidirectional
//   control characters, as everywhere they are shown (dt::store::withoutBidiControls).
//   time is ISO 8601 in UTC with milliseconds ("2025-01-14T09:30:12.345Z"), empty when
//   unknown; success, outlier and reversed (the digit written facing the other way) are
//   "true" or "false"; strokes is the stroke file JSON of dt::drawingToJson.
// The column names are in the app's language (the teacher's), these English ones without a
// translator (the command line's report, for scripts); the cells' values are the same in
// every language.

#include <digit_tutor/progress/attempt_record.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace dt::reports {

/// The header row's names, in column order, in the app's language.
QStringList csvColumns();

/// One text cell as written: neutralised (see above), then quoted if it needs to be.
QString csvTextField(const QString& text);

/// The start of the file: the byte order mark and the header row.
QByteArray csvHeader();

/// One attempt's row, CRLF included, UTF-8. Never throws.
QByteArray csvRow(const store::AttemptRecord& attempt);

/// The whole CSV file: csvHeader(), then csvRow() of each attempt in time order. Never
/// throws. (A report of the store's attempts is written a row at a time: writeReport.)
QByteArray csvReport(const std::vector<store::AttemptRecord>& attempts);

} // namespace dt::reports
