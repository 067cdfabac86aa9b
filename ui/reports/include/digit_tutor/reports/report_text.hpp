#pragma once
// The translation context of every sentence a report shows or an error gives, so that the
// reports can be translated with the app (lupdate reads ReportText::tr). Column names of
// the CSV are not translated: they are a data format that scripts read.

#include <QCoreApplication>

namespace dt::reports {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

} // namespace dt::reports
