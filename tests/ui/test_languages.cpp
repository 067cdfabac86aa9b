// Each child practises in their own language, as a teacher set it: the class's, or the
// student's own (a child may speak another language at home), else the computer's. The
// practice page shows and speaks it, with a voice of that language's locale only; a
// language without a voice is quiet, and the teacher area says so once. The teacher area is
// in the teacher's language. Hebrew mirrors the screen, but not the writing: the canvas, the
// guide and the side of the drawing hand stay where they are.

#include "modal_dialogs.hpp"
#include "practice_parts.hpp"
#include "practice_window.hpp"
#include "recording_speech.hpp"
#include "replay.hpp"
#include "sqlite_store.hpp"
#include "teacher_area_session.hpp"
#include "test_main.hpp"

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/guide_view.hpp>
#include <digit_tutor/practice/child_words.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/prompt_speaker.hpp>
#include <digit_tutor/practice/student_picker.hpp>
#include <digit_tutor/shell/app_language.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString practiceWord(const char* source) { return QCoreApplication::translate("PracticePage", source); }

QString lastOf(const QStringList& list) { return list.isEmpty() ? QString() : list.back(); }

} // namespace

class TestLanguages : public QObject {
    Q_OBJECT

    std::shared_ptr<const dt::DigitModel> m_model;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
    dt::test::RecordingSpeech* m_speech = nullptr; // owned by the page's speaker
    const QLocale m_teacher{QLocale::English, QLocale::UnitedKingdom};

    PracticePage* page() const { return m_window->practicePage(); }

    /// A class 1B that speaks French, with Zoë; Ben of 1B speaks Polish at home; Ana has no
    /// class; Noa speaks Hebrew. The window speaks through a recording engine that has
    /// voices of `voices` (all languages when empty).
    void openWindow(const QStringList& voices = {})
    {
        auto store = dt::test::openSqliteStore(m_dir->filePath(QStringLiteral("progress.sqlite")));
        QVERIFY(store);
        QVERIFY(store->addStudent(QStringLiteral("Zoë"), QStringLiteral("1B")));
        QVERIFY(store->addStudent(QStringLiteral("Ben"), QStringLiteral("1B"), false, QStringLiteral("pl")));
        QVERIFY(store->addStudent(QStringLiteral("Ana")));
        QVERIFY(store->addStudent(QStringLiteral("Noa"), {}, false, QStringLiteral("he")));
        QVERIFY(store->setClassLanguage(QStringLiteral("1B"), QStringLiteral("fr")));
        m_window = dt::test::openPracticeWindow(m_model, *m_dir);
        QVERIFY(m_window);
        m_window->setProgressStore(std::move(store));
        auto engine = std::make_unique<dt::test::RecordingSpeech>();
        if (!voices.isEmpty())
            engine->setVoices(voices);
        m_speech = engine.get();
        page()->speaker()->setEngine(std::move(engine));
        m_window->setSpeechEnabled(true);
        m_window->setLanguage(m_language.get(), m_teacher);
    }

    void choose(const QString& name)
    {
        // As the child does: "Who is writing?", then their own name.
        dt::test::whenOpen<StudentPicker>([name](StudentPicker* picker) {
            for (QPushButton* button : picker->findChildren<QPushButton*>())
                if (button->text() == StudentPicker::buttonText(name)) {
                    button->click();
                    return;
                }
            QFAIL(qPrintable(QStringLiteral("no button for %1").arg(name)));
        });
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("student")), Qt::LeftButton);
        QCOMPARE(m_window->student().name, name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_model = dt::test::loadDefaultModelAndDigits().model;
        m_language = std::make_unique<AppLanguage>(*QCoreApplication::instance());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_window.reset();
        m_language->use(m_teacher);
    }

    void eachChildPractisesInTheirLanguage()
    {
        openWindow();
        // Guest, before anyone chooses: the computer's (the teacher's) language.
        QCOMPARE(page()->findChild<QPushButton*>(QStringLiteral("done"))->text(), QStringLiteral("Done"));

        choose(QStringLiteral("Zoë")); // her class's: French
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(practiceWord("Done") != QLatin1String("Done"));
        // The widgets retranslate on the change of language Qt posts them.
        QTRY_COMPARE(page()->findChild<QPushButton*>(QStringLiteral("done"))->text(), practiceWord("Done"));
        const QString prompt = page()->findChild<QLabel*>(QStringLiteral("prompt"))->text();
        QCOMPARE(prompt, ChildWords::write(page()->askedDigit()));
        QVERIFY(!prompt.startsWith(QLatin1String("Write")));
        QTRY_COMPARE(lastOf(m_speech->spoken()), prompt); // said as shown
        QCOMPARE(m_speech->speaking(), QStringLiteral("fr_FR"));

        choose(QStringLiteral("Ben")); // his own, though his class speaks French
        QCOMPARE(QLocale().language(), QLocale::Polish);
        QTRY_COMPARE(lastOf(m_speech->spoken()), ChildWords::write(page()->askedDigit()));
        QCOMPARE(m_speech->speaking(), QStringLiteral("pl_PL"));

        choose(QStringLiteral("Ana")); // no class, no language: the computer's
        QCOMPARE(QLocale(), m_teacher);
        QTRY_COMPARE(page()->findChild<QPushButton*>(QStringLiteral("done"))->text(), QStringLiteral("Done"));
        QTRY_COMPARE(m_speech->speaking(), QStringLiteral("en_GB"));
    }

    void eachLanguageAsksForAVoiceOfItsOwnLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("voice");
        QTest::newRow("German") << "de" << "de_DE";
        QTest::newRow("Spanish") << "es" << "es_ES";
        QTest::newRow("French") << "fr" << "fr_FR";
        QTest::newRow("Hebrew") << "he" << "he_IL";
        QTest::newRow("Italian") << "it" << "it_IT";
        QTest::newRow("Dutch") << "nl" << "nl_NL";
        QTest::newRow("Polish") << "pl" << "pl_PL";
        QTest::newRow("Brazilian Portuguese") << "pt_BR" << "pt_BR";
        QTest::newRow("Turkish") << "tr" << "tr_TR";
        QTest::newRow("Ukrainian") << "uk" << "uk_UA";
    }
    void eachLanguageAsksForAVoiceOfItsOwnLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, voice);
        openWindow();
        auto* store = m_window->progressStore();
        auto ana = store->studentNamed(QStringLiteral("Ana"));
        QVERIFY(ana);
        ana->language = language;
        QVERIFY(store->updateStudent(*ana));
        choose(QStringLiteral("Ana"));
        QTRY_COMPARE(lastOf(m_speech->languagesAsked()), voice);
        QTRY_VERIFY(!m_speech->spoken().isEmpty());
        QCOMPARE(lastOf(m_speech->spoken()), page()->findChild<QLabel*>(QStringLiteral("prompt"))->text());
    }

    void theTeacherAreaIsInTheTeachersLanguage()
    {
        openWindow();
        choose(QStringLiteral("Zoë"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QString tab;
        QVERIFY(dt::test::inTeacherArea(*m_window, [&](TeacherArea& area) {
            tab = area.tabs()->tabText(0);
            QCOMPARE(QLocale(), m_teacher);
        }));
        QCOMPARE(tab, QStringLiteral("Students"));
        // Back to the child, in her language.
        QCOMPARE(QLocale().language(), QLocale::French);
        QTRY_COMPARE(page()->findChild<QPushButton*>(QStringLiteral("done"))->text(), practiceWord("Done"));
    }

    void aLanguageWithoutAVoiceIsQuietAndTheTeacherIsToldOnce()
    {
        openWindow({QStringLiteral("en"), QStringLiteral("fr")});
        choose(QStringLiteral("Ben")); // Polish, which no voice speaks
        QTest::qWait(50);
        QVERIFY(m_speech->spoken().isEmpty()); // never Polish words in another language's voice
        QCOMPARE(lastOf(m_speech->languagesAsked()), QStringLiteral("pl_PL"));
        QVERIFY(!dt::test::sayAgainButton(page())->isVisible());

        QString banner;
        QVERIFY(dt::test::inTeacherArea(*m_window, [&](TeacherArea& area) { banner = area.bannerText(); }));
        QVERIFY2(banner.contains(QStringLiteral("Polski")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("עברית")), qPrintable(banner)); // Noa's
        QVERIFY(!banner.contains(QStringLiteral("Français")));
        QVERIFY(dt::test::inTeacherArea(*m_window, [&](TeacherArea& area) { banner = area.bannerText(); }));
        QVERIFY2(!banner.contains(QStringLiteral("Polski")), qPrintable(banner)); // said once

        choose(QStringLiteral("Zoë")); // French has a voice: she hears it, and can hear it again
        QTRY_COMPARE(m_speech->spoken().size(), 1);
        QVERIFY(dt::test::sayAgainButton(page())->isVisible());
    }

    void voicesLearntWhileTheTeacherAreaIsOpenAreToldThere()
    {
        openWindow();
        m_speech->setVoicesUnknown(); // the speech service has not answered yet
        QString before, after;
        QVERIFY(dt::test::inTeacherArea(*m_window, [&](TeacherArea& area) {
            before = area.bannerText();
            m_speech->learnVoices({QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("he")});
            after = area.bannerText();
        }));
        QVERIFY2(!before.contains(QStringLiteral("Polski")), qPrintable(before));
        QVERIFY2(after.contains(QStringLiteral("Polski")), qPrintable(after));
        QVERIFY2(!after.contains(QStringLiteral("עברית")), qPrintable(after));
    }

    void hebrewMirrorsTheScreenButNotTheWriting()
    {
        openWindow();
        choose(QStringLiteral("Ana"));
        page()->setAskedDigit(3);
        QApplication::processEvents();
        const auto where = [this](QWidget* w) { return w->mapTo(m_window.get(), QPoint(0, 0)); };
        const QPoint undoLtr = where(dt::test::undoButton(page())), clearLtr = where(dt::test::clearButton(page()));
        const QPoint panelLtr = where(dt::test::sidePanel(page())), canvasLtr = where(dt::test::canvas(page()));
        const QImage guideLtr = dt::test::guideView(page())->grab().toImage();
        QVERIFY(undoLtr.x() < clearLtr.x());
        QVERIFY(panelLtr.x() < canvasLtr.x()); // a right-handed child's panel, left of the canvas

        choose(QStringLiteral("Noa"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        page()->setAskedDigit(3);
        QApplication::processEvents();
        // The screen reads right to left: the buttons' order is mirrored ...
        QVERIFY(where(dt::test::undoButton(page())).x() > where(dt::test::clearButton(page())).x());
        QVERIFY(where(dt::test::practiceModeButton(page())).x() > where(dt::test::freeModeButton(page())).x());
        // ... the writing is not: the panel stays on the side the hand leaves free, the canvas
        // where it was, the guide as it was drawn.
        QCOMPARE(where(dt::test::sidePanel(page())), panelLtr);
        QCOMPARE(where(dt::test::canvas(page())), canvasLtr);
        QCOMPARE(dt::test::guideView(page())->grab().toImage(), guideLtr);
        // A stroke drawn left to right is kept left to right, where it was drawn.
        DrawingCanvas* canvas = dt::test::canvas(page());
        dt::test::replayStroke(canvas, {QPoint(40, 100), QPoint(120, 100), QPoint(200, 100)});
        const dt::Drawing drawing = canvas->drawing();
        QCOMPARE(drawing.strokes.size(), std::size_t(1));
        QVERIFY(drawing.strokes.front().front().x < drawing.strokes.front().back().x);

        // A left-handed Hebrew speaker's panel goes right of the canvas, as anyone's does.
        m_window->setLeftHanded(true);
        QApplication::processEvents();
        QVERIFY(where(dt::test::sidePanel(page())).x() > where(dt::test::canvas(page())).x());
        m_window->setLeftHanded(false);
    }
};

DT_TEST_MAIN(TestLanguages, QApplication)
#include "test_languages.moc"
