#pragma once
// The translation context of every sentence a report shows or an error gives, so that the
// reports can be translated with the app (lupdate reads ReportText::tr), the CSV's column
// names too (the values in its cells are not: they are data).

#include <QCoreApplication>

namespace dt::reports {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

} // namespace dt::reports
