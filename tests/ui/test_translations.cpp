// The built-in translations: the English one is found for an English locale and gives the
// plural forms the source text leaves open; a language without a translation loads none
// and the source English shows.

#include "test_main.hpp"

#include <digit_tutor/shell/translations.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cleanup()
    {
        // Installed translators would leak into the next test.
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void englishIsBuiltIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/digit_tutor_en.qm")));
    }

    void englishGivesPluralForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("British English") << QStringLiteral("en_GB");
        QTest::newRow("American English") << QStringLiteral("en_US");
    }
    void englishGivesPluralForms()
    {
        QFETCH(QString, locale);
        QVERIFY(dt::ui::installTranslations(*QCoreApplication::instance(), QLocale(locale)));
        QCOMPARE(QCoreApplication::translate("StarsView", "%n star(s)", nullptr, 1), QStringLiteral("1 star"));
        QCOMPARE(QCoreApplication::translate("StarsView", "%n star(s)", nullptr, 3), QStringLiteral("3 stars"));
        // Texts the English file leaves unfinished show as written.
        QCOMPARE(QCoreApplication::translate("ChildWords", "Well done!"), QStringLiteral("Well done!"));
    }

    void otherLanguageFallsBackToTheSource()
    {
        QVERIFY(!dt::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swahili)));
        QCOMPARE(QCoreApplication::translate("ChildWords", "Well done!"), QStringLiteral("Well done!"));
    }
};

DT_TEST_MAIN(TestTranslations, QCoreApplication)
#include "test_translations.moc"
