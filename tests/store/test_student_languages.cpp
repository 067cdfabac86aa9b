// The language each child practises in, on SQLite and on a real PostgreSQL server: a class
// has one (or the computer's), a student may have their own, and the student's wins. A
// language is a locale name or nothing; anything else is refused and changes nothing.

#include "store_fixture.hpp"
#include "test_main.hpp"

#include <digit_tutor/progress/progress_store.hpp>

#include <QCoreApplication>
#include <QTest>

#include <map>
#include <memory>

using dt::store::ProgressStore;
using dt::store::Student;

class TestStudentLanguages : public QObject, private dt::test::StoreFixture {
    Q_OBJECT

    std::unique_ptr<ProgressStore> m_store;
    Student m_zoe; ///< class 1B
    Student m_ben; ///< class 1B, Polish at home
    Student m_ana; ///< no class

private slots:
    void initTestCase() { start(); }
    void initTestCase_data() { addKinds(); }
    void cleanupTestCase() { stop(); }

    void init()
    {
        if (!canRun())
            DT_SKIP_MISSING(qPrintable(serverProblem()));
        m_store = open(newDatabase());
        QVERIFY(m_store);
        const auto zoe = m_store->addStudent(QStringLiteral("Zoë"), QStringLiteral("1B"));
        const auto ben = m_store->addStudent(QStringLiteral("Ben"), QStringLiteral("1B"), false, QStringLiteral("pl"));
        const auto ana = m_store->addStudent(QStringLiteral("Ana"));
        QVERIFY(zoe && ben && ana);
        m_zoe = *zoe;
        m_ben = *ben;
        m_ana = *ana;
    }

    void cleanup() { m_store.reset(); }

    void aStudentsOwnLanguageWinsOverTheirClasss()
    {
        QCOMPARE(m_ben.language, QStringLiteral("pl"));
        QCOMPARE(*m_store->languageOf(m_zoe), QString()); // the computer's
        QVERIFY(m_store->setClassLanguage(QStringLiteral("1B"), QStringLiteral("fr")));
        QCOMPARE(*m_store->classLanguage(QStringLiteral("1B")), QStringLiteral("fr"));
        QCOMPARE(*m_store->classLanguages(), (std::map<QString, QString>{{QStringLiteral("1B"), QStringLiteral("fr")}}));
        QCOMPARE(*m_store->languageOf(*m_store->student(m_zoe.id)), QStringLiteral("fr"));
        QCOMPARE(*m_store->languageOf(*m_store->student(m_ben.id)), QStringLiteral("pl"));
        QCOMPARE(*m_store->languageOf(m_ana), QString());

        // Ben's own taken back: his class's again.
        Student ben = *m_store->student(m_ben.id);
        ben.language.clear();
        QVERIFY(m_store->updateStudent(ben));
        QCOMPARE(*m_store->languageOf(*m_store->student(m_ben.id)), QStringLiteral("fr"));

        // The class's taken back: the computer's.
        QVERIFY(m_store->setClassLanguage(QStringLiteral("1B"), QString()));
        QCOMPARE(*m_store->classLanguage(QStringLiteral("1B")), QString());
        QCOMPARE(*m_store->languageOf(*m_store->student(m_zoe.id)), QString());
    }

    void aStudentsLanguageIsKeptWithTheRest()
    {
        Student ana = m_ana;
        ana.language = QStringLiteral("pt_BR");
        ana.group = QStringLiteral("2A");
        QVERIFY(m_store->updateStudent(ana));
        const auto stored = m_store->studentNamed(QStringLiteral("Ana"));
        QCOMPARE(stored->language, QStringLiteral("pt_BR"));
        QCOMPARE(stored->group, QStringLiteral("2A"));
    }

    void whatIsNotALanguageIsRefused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("a name") << QStringLiteral("French");
        QTest::newRow("a tag with a hyphen") << QStringLiteral("pt-BR");
        QTest::newRow("capitals") << QStringLiteral("FR");
        QTest::newRow("SQL") << QStringLiteral("fr'; DROP TABLE students; --");
        QTest::newRow("too long") << QStringLiteral("frrr_FR");
    }
    void whatIsNotALanguageIsRefused()
    {
        QFETCH(QString, language);
        QVERIFY(!ProgressStore::isLanguageName(language));
        QVERIFY(!m_store->addStudent(QStringLiteral("Léa"), {}, false, language));
        QVERIFY2(m_store->lastError().contains(language), qPrintable(m_store->lastError()));
        QVERIFY(!m_store->studentNamed(QStringLiteral("Léa")));
        Student zoe = m_zoe;
        zoe.language = language;
        QVERIFY(!m_store->updateStudent(zoe));
        QCOMPARE(m_store->student(m_zoe.id)->language, QString());
        QVERIFY(!m_store->setClassLanguage(QStringLiteral("1B"), language));
        QCOMPARE(*m_store->classLanguage(QStringLiteral("1B")), QString());
    }

    void theLanguagesInUseAreThoseOfChildrenInTheLists()
    {
        QVERIFY(m_store->setClassLanguage(QStringLiteral("1B"), QStringLiteral("fr")));
        QVERIFY(m_store->setClassLanguage(QStringLiteral("3C"), QStringLiteral("de"))); // no child in 3C
        QCOMPARE(*m_store->languagesInUse(), (std::vector<QString>{QStringLiteral("fr"), QStringLiteral("pl")}));
        // Ben, who speaks Polish, leaves; Zoë still speaks her class's French.
        QVERIFY(m_store->archiveStudent(m_ben.id));
        QCOMPARE(*m_store->languagesInUse(), std::vector<QString>{QStringLiteral("fr")});
        // Zoë gets her own: nobody speaks the class's any more.
        Student zoe = *m_store->student(m_zoe.id);
        zoe.language = QStringLiteral("uk");
        QVERIFY(m_store->updateStudent(zoe));
        QCOMPARE(*m_store->languagesInUse(), std::vector<QString>{QStringLiteral("uk")});
    }

    void onlyAClassHasALanguageOfItsOwn()
    {
        QVERIFY(!m_store->setClassLanguage(QStringLiteral("  "), QStringLiteral("fr")));
        QVERIFY(!m_store->lastError().isEmpty());
        QCOMPARE(*m_store->classLanguage(QString()), QString());
    }
};

DT_TEST_MAIN(TestStudentLanguages, QCoreApplication)
#include "test_student_languages.moc"
