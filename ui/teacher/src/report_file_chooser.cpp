#include <digit_tutor/teacher/report_file_chooser.hpp>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStringList>

namespace {

class ChooserText {
    Q_DECLARE_TR_FUNCTIONS(ReportFileChooser)
};

// The save dialog: a name typed without a suffix takes the chosen type's. The dialog's own
// question about an existing file is off: a desktop's dialog may not ask, and the suffix
// is added after it; mayReplaceReport asks instead, once.
QString askWithDialog(QWidget* parent, const QString& suggestedPath)
{
    const QString pdf = ChooserText::tr("PDF, to print (*.pdf)");
    const QString csv = ChooserText::tr("CSV, for a spreadsheet (*.csv)");
    const QString html = ChooserText::tr("HTML, for a browser or an e-mail (*.html *.htm)");
    QFileDialog dialog(parent, ChooserText::tr("Export Progress Report"), QFileInfo(suggestedPath).absolutePath(),
                       QStringList{pdf, csv, html}.join(QStringLiteral(";;")));
    dialog.setObjectName(QStringLiteral("reportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    const QString suffix = QFileInfo(suggestedPath).suffix().toLower();
    dialog.selectNameFilter(suffix == QLatin1String("csv") ? csv : suffix.startsWith(QLatin1String("htm")) ? html : pdf);
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        const QString filter = dialog.selectedNameFilter();
        path += filter == csv ? QStringLiteral(".csv") : filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    }
    return path;
}

} // namespace

QString defaultReportFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A dialog offered a folder that is not there shows another (the working folder).
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return QDir::cleanPath(documents);
    return QDir::cleanPath(QDir::homePath());
}

bool mayReplaceReport(QWidget* parent, const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    QMessageBox box(QMessageBox::Question, ChooserText::tr("Export Progress Report"),
                    ChooserText::tr("There is already a file named %1 in %2. Replace it with the new report?")
                        .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("replaceReportQuestion"));
    box.setTextFormat(Qt::PlainText); // a file name is never markup
    box.setInformativeText(ChooserText::tr("The file there now would be lost."));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(ChooserText::tr("&Replace"));
    box.button(QMessageBox::No)->setText(ChooserText::tr("&Keep It"));
    return box.exec() == QMessageBox::Yes;
}

QString chooseReportFile(QWidget* parent, const QString& suggestedPath,
                         const std::function<QString(const QString&)>& asker)
{
    if (asker) {
        const QString path = asker(suggestedPath);
        return path.isEmpty() || mayReplaceReport(parent, path) ? path : QString();
    }
    // Keeping the file there asks for another, as a desktop's own dialog does.
    for (QString offered = suggestedPath;;) {
        const QString path = askWithDialog(parent, offered);
        if (path.isEmpty() || mayReplaceReport(parent, path))
            return path;
        offered = path;
    }
}
