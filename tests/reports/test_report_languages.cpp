// A report comes out in the teacher's language: the PDF's and the HTML's words, the HTML's
// lang (and, for Hebrew, its right-to-left direction), and the CSV's column names; the
// CSV's values stay the same in every language. Without a translation (the command line)
// the CSV's columns keep their English names, which scripts read.

#include "test_main.hpp"

#include <digit_tutor/reports/csv_report.hpp>
#include <digit_tutor/reports/report_scope.hpp>
#include <digit_tutor/reports/report_text.hpp>
#include <digit_tutor/reports/report_writer.hpp>
#include <digit_tutor/shell/app_language.hpp>

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using dt::reports::ReportFormat;

std::vector<dt::store::AttemptRecord> twoAttempts()
{
    std::vector<dt::store::AttemptRecord> attempts;
    for (int i = 0; i < 2; ++i) {
        dt::store::AttemptRecord a;
        a.id = i + 1;
        a.studentId = 1;
        a.student = QStringLiteral("Zoë");
        a.when = QDateTime(QDate(2025, 1, 6 + i), QTime(10, 0), QTimeZone::utc());
        a.askedDigit = 3;
        a.recognisedDigit = i == 0 ? 3 : 8;
        a.posterior = 0.9;
        a.stars = i == 0 ? 3 : 1;
        a.strokes.canvasWidth = 100;
        a.strokes.canvasHeight = 100;
        a.strokes.strokes = {{{10, 10, 0, -1}, {60, 20, 10, -1}, {20, 50, 20, -1}, {60, 80, 30, -1}, {10, 90, 40, -1}}};
        attempts.push_back(a);
    }
    return attempts;
}

dt::reports::ReportScope zoe()
{
    dt::reports::ReportScope scope;
    scope.title = QStringLiteral("Zoë");
    scope.generatedAt = QDateTime(QDate(2025, 2, 1), QTime(16, 5), QTimeZone::utc());
    return scope;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString reportWord(const char* source) { return dt::reports::ReportText::tr(source); }

} // namespace

class TestReportLanguages : public QObject {
    Q_OBJECT

    AppLanguage m_language{*QCoreApplication::instance()};
    QTemporaryDir m_dir;

    QString write(ReportFormat format, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!dt::reports::writeReport(format, zoe(), twoAttempts(), {}, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private slots:
    void cleanup() { m_language.use(QLocale(QLocale::English)); }

    void theCsvHeadsItsColumnsInTheTeachersLanguage()
    {
        const QByteArray english = readAll(write(ReportFormat::Csv, QStringLiteral("en.csv")));
        QVERIFY(english.contains("id,student,group,time,asked_digit,recognised_digit,success"));

        QCOMPARE(m_language.use(QLocale(QStringLiteral("fr"))), QLocale(QStringLiteral("fr")));
        const QByteArray french = readAll(write(ReportFormat::Csv, QStringLiteral("fr.csv")));
        const QList<QByteArray> lines = french.split('\n');
        QVERIFY(lines.size() >= 3);
        const QString header = QString::fromUtf8(lines.front()).remove(QChar(0xFEFF)).trimmed();
        QVERIFY(header.contains(reportWord("student")));
        QVERIFY(reportWord("student") != QLatin1String("student"));
        QVERIFY(!header.contains(QLatin1String("asked_digit")));
        // The values are data: the same in every language.
        QCOMPARE(french.mid(french.indexOf('\n')), english.mid(english.indexOf('\n')));
    }

    void theHtmlIsInTheTeachersLanguageAndDirection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("direction");
        QTest::newRow("German") << "de" << "de" << "ltr";
        QTest::newRow("Brazilian Portuguese") << "pt_BR" << "pt-BR" << "ltr";
        QTest::newRow("Hebrew") << "he" << "he" << "rtl";
    }
    void theHtmlIsInTheTeachersLanguageAndDirection()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, direction);
        QCOMPARE(m_language.use(QLocale(language)), QLocale(language));
        const QString html = QString::fromUtf8(readAll(write(ReportFormat::Html, QStringLiteral("report.html"))));
        QVERIFY2(html.contains(QStringLiteral("<html lang=\"%1\" dir=\"%2\">").arg(code, direction)), qPrintable(html.left(200)));
        const QString next = reportWord("Digits to practise next");
        QVERIFY(next != QLatin1String("Digits to practise next"));
        QVERIFY2(html.contains(next.toHtmlEscaped()), qPrintable(next));
    }

    void thePdfIsInTheTeachersLanguage()
    {
        QCOMPARE(m_language.use(QLocale(QStringLiteral("pl"))), QLocale(QStringLiteral("pl")));
        const QString path = write(ReportFormat::Pdf, QStringLiteral("report.pdf"));
        QVERIFY(readAll(path).startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            DT_SKIP_MISSING("pdftotext not found: install poppler-utils to read the PDF's text.");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        const QString next = reportWord("Digits to practise next");
        QVERIFY(next != QLatin1String("Digits to practise next"));
        QVERIFY2(text.contains(next), qPrintable(text.left(300)));
    }
};

DT_TEST_MAIN(TestReportLanguages, QGuiApplication)
#include "test_report_languages.moc"
