// Where a teacher's report goes: the save dialog opens in the Documents folder (the home
// folder when there is none), and a report is never written over an existing file without
// asking: "Keep It" (the default) leaves the old file as it was and asks for another name,
// "Replace" writes the new report. The dialog is Qt's own (the offscreen platform has no
// other), driven as a teacher would: a name typed, Enter, the question answered.

#include "sqlite_store.hpp"
#include "test_main.hpp"

#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/teacher/report_file_chooser.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using dt::store::AttemptRecord;

namespace {

// Calls `act` with the modal window of type T once it shows (polled from the event loop
// that shows it), or fails the test after five seconds.
template <typename T>
void whenShown(const std::function<void(T*)>& act, int waitedMs = 0)
{
    QTimer::singleShot(20, [act, waitedMs] {
        if (auto* window = qobject_cast<T*>(QApplication::activeModalWidget())) {
            act(window);
            return;
        }
        if (waitedMs > 5000) {
            qWarning("no %s was shown", T::staticMetaObject.className());
            if (QWidget* other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        whenShown<T>(act, waitedMs + 20);
    });
}

// Puts a file name in the save dialog and presses Enter, as a teacher does. Set, not typed:
// typed, the dialog's completer may offer "zoe.pdf" for "zoe" (once it has read the folder),
// and Enter would take the offer instead of the name.
void typeName(QFileDialog* dialog, const QString& name)
{
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setText(name);
    if (edit->completer() && edit->completer()->popup())
        edit->completer()->popup()->hide();
    QTest::keyClick(edit, Qt::Key_Return);
}

// A file as an earlier report left it.
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportSaving : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<dt::store::ProgressStore> m_store;

    std::unique_ptr<ProgressView> zoesProgress()
    {
        auto view = std::make_unique<ProgressView>(m_store.get());
        view->subjectChooser()->setCurrentIndex(view->subjectChooser()->findText(QStringLiteral("Zo\u00eb")));
        view->show();
        return view;
    }

private slots:
    void initTestCase()
    {
        // A home of the test's own, without a desktop's user-dirs.dirs: Documents is $HOME/Documents.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        m_store = dt::test::openSqliteStore(m_home.filePath(QStringLiteral("school.sqlite")));
        QVERIFY(m_store);
        const auto zoe = m_store->addStudent(QStringLiteral("Zo\u00eb"), QStringLiteral("1B"));
        QVERIFY(zoe);
        AttemptRecord a;
        a.studentId = zoe->id;
        a.when = QDateTime::currentDateTimeUtc();
        a.askedDigit = 3;
        a.recognisedDigit = 3;
        a.stars = 3;
        QVERIFY(m_store->addAttempt(a));
    }

    void theDialogOpensInDocuments()
    {
        const QString documents = m_home.filePath(QStringLiteral("Documents"));
        QVERIFY(QDir().mkpath(documents));
        QCOMPARE(defaultReportFolder(), documents);
        auto view = zoesProgress();
        QString folder, name;
        whenShown<QFileDialog>([&](QFileDialog* dialog) {
            folder = dialog->directory().absolutePath();
            name = dialog->selectedFiles().value(0);
            dialog->reject();
        });
        view->exportButton()->click();
        QTRY_VERIFY(!folder.isEmpty());
        QCOMPARE(folder, documents);
        QVERIFY2(name.startsWith(documents + QLatin1Char('/')) && name.endsWith(QStringLiteral(".pdf")), qPrintable(name));
        QVERIFY2(name.contains(QStringLiteral("Zo\u00eb")), qPrintable(name));
    }

    void withoutDocumentsTheHomeFolder()
    {
        QVERIFY(QDir(m_home.filePath(QStringLiteral("Documents"))).removeRecursively());
        // Not the working folder, where a dialog shows a folder that is not there.
        QCOMPARE(defaultReportFolder(), m_home.path());
    }

    void anExistingFileIsKeptUnlessTheTeacherSaysReplace()
    {
        QTemporaryDir out;
        const QString old = out.filePath(QStringLiteral("zoe.pdf"));
        QVERIFY(writeFile(old, "the report of last term"));
        auto view = zoesProgress();
        QSignalSpy finished(view.get(), &ProgressView::exportFinished);

        // The name typed without its suffix: the PDF type gives it, then the question.
        QString question;
        bool keptByDefault = false;
        bool askedAgain = false;
        whenShown<QFileDialog>([&](QFileDialog* dialog) {
            dialog->setDirectory(out.path());
            typeName(dialog, QStringLiteral("zoe"));
            whenShown<QMessageBox>([&](QMessageBox* box) {
                question = box->text();
                keptByDefault = box->defaultButton() == box->button(QMessageBox::No);
                QTest::keyClick(box, Qt::Key_Return); // the default
                whenShown<QFileDialog>([&](QFileDialog* again) {
                    askedAgain = true;
                    again->reject();
                });
            });
        });
        view->exportButton()->click();
        QTRY_VERIFY(askedAgain);
        QVERIFY2(question.contains(QStringLiteral("zoe.pdf")) && question.contains(QStringLiteral("Replace")),
                 qPrintable(question));
        QVERIFY(keptByDefault);
        QTest::qWait(50);
        QVERIFY2(finished.isEmpty(), "nothing written");
        QCOMPARE(readAll(old), QByteArray("the report of last term"));

        // Replace: the new report is written there.
        whenShown<QFileDialog>([&](QFileDialog* dialog) {
            dialog->setDirectory(out.path());
            typeName(dialog, QStringLiteral("zoe.pdf"));
            whenShown<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        });
        view->exportButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(finished.first().at(1).toString(), old);
        QCOMPARE(readAll(old).left(5), QByteArray("%PDF-"));
    }

    void anAskerIsAskedWhetherToReplaceToo()
    {
        QTemporaryDir out;
        const QString old = out.filePath(QStringLiteral("zoe.csv"));
        QVERIFY(writeFile(old, "kept"));
        auto view = zoesProgress();
        view->setFileAsker([old](const QString&) { return old; });
        QSignalSpy finished(view.get(), &ProgressView::exportFinished);
        bool asked = false;
        whenShown<QMessageBox>([&asked](QMessageBox* box) {
            asked = true;
            box->button(QMessageBox::No)->click();
        });
        view->exportButton()->click();
        QTRY_VERIFY(asked);
        QTest::qWait(50);
        QVERIFY(finished.isEmpty());
        QCOMPARE(readAll(old), QByteArray("kept"));
    }
};

DT_TEST_MAIN(TestReportSaving, QApplication)
#include "test_report_saving.moc"
