// The app's languages. Each translation in translations/ is complete and keeps what the
// app fills in: no message unfinished or left from a text the code no longer has, every
// placeholder (%1, %n, %L1) and HTML tag of the source kept, every plural form the
// language has written and chosen by Qt as the language's grammar asks. Each is built into
// the app, the app switches to it (and back) as a user would, Hebrew turns the screens right
// to left, and a language without a translation shows the source English.

#include "test_main.hpp"
#include "test_paths.hpp"
#include "translation_file.hpp"

#include <digit_tutor/common/languages.hpp>
#include <digit_tutor/shell/app_language.hpp>

#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>
#include <map>

namespace {

using dt::test::TsContents;
using dt::test::TsMessage;

// The languages the app must speak (issue 23), and English, which only writes its plurals.
const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                             QStringLiteral("he"), QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("pl"),
                             QStringLiteral("pt_BR"), QStringLiteral("tr"), QStringLiteral("uk")};

// Which plural form each count takes, in each language's grammar as Qt orders the forms
// (the CLDR rules, with Qt's number of forms): written out here, independently of Qt, so
// that a wrong number of forms or a form in the wrong place fails.
using PluralRule = std::function<int(int)>;
const std::map<QString, std::pair<int, PluralRule>>& pluralRules()
{
    static const auto oneOther = [](int n) { return n == 1 ? 0 : 1; };
    static const auto zeroOneOther = [](int n) { return n <= 1 ? 0 : 1; }; // French, Brazilian Portuguese
    static const auto slavic = [](int n) { // Polish: 1 / 2-4 but not 12-14 / the rest
        if (n == 1)
            return 0;
        return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;
    };
    static const auto eastSlavic = [](int n) { // Ukrainian: 1, 21, 31 / 2-4, 22-24 / the rest
        if (n % 10 == 1 && n % 100 != 11)
            return 0;
        return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;
    };
    static const std::map<QString, std::pair<int, PluralRule>> rules{
        {QStringLiteral("de"), {2, oneOther}},     {QStringLiteral("en"), {2, oneOther}},
        {QStringLiteral("es"), {2, oneOther}},     {QStringLiteral("fr"), {2, zeroOneOther}},
        {QStringLiteral("he"), {2, oneOther}},     {QStringLiteral("it"), {2, oneOther}},
        {QStringLiteral("nl"), {2, oneOther}},     {QStringLiteral("pl"), {3, slavic}},
        {QStringLiteral("pt_BR"), {2, zeroOneOther}}, {QStringLiteral("tr"), {1, [](int) { return 0; }}},
        {QStringLiteral("uk"), {3, eastSlavic}},
    };
    return rules;
}

QString tsPath(const QString& language)
{
    return dt::test::sourceDir() + QStringLiteral("/translations/digit_tutor_%1.ts").arg(language);
}

// %1..%99, %L1, %n, %Ln: what QString::arg and tr's count fill in.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

int tagCount(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    return int(text.count(tag));
}

QString entryName(const TsMessage& m) { return m.context + QStringLiteral(": ") + m.source; }

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cleanup()
    {
        QCOMPARE(m_language.use(QLocale(QLocale::English)).language(), QLocale::English);
    }

    void everyLanguageIsBuiltIn()
    {
        QCOMPARE(dt::ui::builtInLanguages(), kLanguages);
        QStringList files = QDir(dt::test::sourceDir() + QStringLiteral("/translations"))
                                .entryList({QStringLiteral("digit_tutor_*.ts")}, QDir::Files, QDir::Name);
        files.replaceInStrings(QRegularExpression(QStringLiteral("^digit_tutor_(.*)\\.ts$")), QStringLiteral("\\1"));
        QCOMPARE(files, kLanguages);
    }

    void translationIsCompleteAndKeepsWhatTheAppFillsIn_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages)
            if (language != QLatin1String("en"))
                QTest::newRow(qPrintable(language)) << language;
    }
    void translationIsCompleteAndKeepsWhatTheAppFillsIn()
    {
        QFETCH(QString, language);
        const TsContents english = dt::test::readTsFile(tsPath(QStringLiteral("en")));
        const TsContents ts = dt::test::readTsFile(tsPath(language));
        QVERIFY2(ts.problem.isEmpty(), qPrintable(ts.problem));
        QVERIFY(!ts.messages.isEmpty());

        // The same texts as the English file, which the code's lookups are checked against
        // (test_translation_contexts): nothing missing, nothing the code no longer says.
        QSet<QString> expected;
        for (const TsMessage& m : english.messages)
            expected.insert(entryName(m));
        QSet<QString> present;
        QStringList problems;
        const int forms = pluralRules().at(language).first;
        for (const TsMessage& m : ts.messages) {
            present.insert(entryName(m));
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 (%2)").arg(entryName(m), m.type);
                continue;
            }
            if (m.forms.size() != (m.numerus ? forms : 1)) {
                problems << QStringLiteral("%1: %2 forms").arg(entryName(m)).arg(m.forms.size());
                continue;
            }
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("%1: an empty translation").arg(entryName(m));
                else if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders lost or added in \"%2\"").arg(entryName(m), form);
                else if (tagCount(form) != tagCount(m.source))
                    problems << QStringLiteral("%1: HTML tags lost or added in \"%2\"").arg(entryName(m), form);
            }
        }
        for (const QString& missing : expected - present)
            problems << QStringLiteral("missing: %1").arg(missing);
        for (const QString& vanished : present - expected)
            problems << QStringLiteral("no longer in the code: %1").arg(vanished);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void pluralFormsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void pluralFormsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QCOMPARE(m_language.use(QLocale(language)), QLocale(language));
        const TsContents ts = dt::test::readTsFile(tsPath(language));
        const auto& [forms, rule] = pluralRules().at(language);
        int checked = 0;
        for (const TsMessage& m : ts.messages) {
            if (!m.numerus)
                continue;
            QCOMPARE(m.forms.size(), forms);
            for (int n : {0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 102}) {
                const QString shown = QCoreApplication::translate(m.context.toUtf8().constData(),
                                                                  m.source.toUtf8().constData(), nullptr, n);
                QString wanted = m.forms.at(rule(n));
                wanted.replace(QLatin1String("%Ln"), QLocale().toString(n)).replace(QLatin1String("%n"), QString::number(n));
                QVERIFY2(shown == wanted, qPrintable(QStringLiteral("%1, n = %2: \"%3\", the grammar asks for \"%4\"")
                                                         .arg(entryName(m)).arg(n).arg(shown, wanted)));
            }
            ++checked;
        }
        QVERIFY(checked >= 10); // every plural message of the app
    }

    void theAppSwitchesLanguageAndDirection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("wellDone");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        for (const QString& language : kLanguages) {
            const TsContents ts = dt::test::readTsFile(tsPath(language));
            QString wellDone = QStringLiteral("Well done!");
            for (const TsMessage& m : ts.messages)
                if (m.context == QLatin1String("ChildWords") && m.source == wellDone && !m.forms.value(0).isEmpty())
                    wellDone = m.forms.value(0);
            QTest::newRow(qPrintable(language))
                << language << wellDone << (language == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
        }
    }
    void theAppSwitchesLanguageAndDirection()
    {
        QFETCH(QString, language);
        QFETCH(QString, wellDone);
        QFETCH(Qt::LayoutDirection, direction);
        QCOMPARE(m_language.use(QLocale(language)), QLocale(language));
        QCOMPARE(QCoreApplication::translate("ChildWords", "Well done!"), wellDone);
        QCOMPARE(QGuiApplication::layoutDirection(), direction);
        QCOMPARE(QLocale(), QLocale(language)); // dates and numbers in the language too
        if (language != QLatin1String("en"))
            QVERIFY(wellDone != QLatin1String("Well done!"));
    }

    void aLocaleOfTheLanguageFindsIt()
    {
        // A Swiss French teacher's computer: the French translation, Swiss dates and numbers.
        QCOMPARE(m_language.use(QLocale(QStringLiteral("fr_CH"))), QLocale(QStringLiteral("fr_CH")));
        QString french;
        for (const TsMessage& m : dt::test::readTsFile(tsPath(QStringLiteral("fr"))).messages)
            if (m.context == QLatin1String("ChildWords") && m.source == QLatin1String("Well done!"))
                french = m.forms.value(0);
        QVERIFY(!french.isEmpty());
        QCOMPARE(QCoreApplication::translate("ChildWords", "Well done!"), french);
        QVERIFY(AppLanguage::hasLanguage(QLocale(QStringLiteral("pt_BR"))));
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
        QCOMPARE(m_language.use(QLocale(locale)), QLocale(locale));
        QCOMPARE(QCoreApplication::translate("StarsView", "%n star(s)", nullptr, 1), QStringLiteral("1 star"));
        QCOMPARE(QCoreApplication::translate("StarsView", "%n star(s)", nullptr, 3), QStringLiteral("3 stars"));
        // Texts the English file leaves unfinished show as written.
        QCOMPARE(QCoreApplication::translate("ChildWords", "Well done!"), QStringLiteral("Well done!"));
    }

    void otherLanguageFallsBackToTheSource()
    {
        QCOMPARE(m_language.use(QLocale(QStringLiteral("he"))).language(), QLocale::Hebrew);
        const QLocale shown = m_language.use(QLocale(QLocale::Swahili));
        QCOMPARE(shown.language(), QLocale::English);
        QVERIFY(!AppLanguage::hasLanguage(QLocale(QLocale::Swahili)));
        QCOMPARE(QCoreApplication::translate("ChildWords", "Well done!"), QStringLiteral("Well done!"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

private:
    AppLanguage m_language{*QCoreApplication::instance()};
};

DT_TEST_MAIN(TestTranslations, QApplication)
#include "test_translations.moc"
