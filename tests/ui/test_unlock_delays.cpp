// The waits after wrong PINs: 1 s after the first, doubling with each one more, at most
// 5 minutes however many there were, and none again after the right PIN; the dialog greys
// its field and OK and counts down while a wait lasts, and the wait outlives the dialog.

#include "test_main.hpp"

#include <digit_tutor/teacher/unlock_delays.hpp>
#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <chrono>

using namespace std::chrono_literals;

class TestUnlockDelays : public QObject {
    Q_OBJECT
private slots:
    void theWaitDoublesWithEachWrongPinUpToFiveMinutes()
    {
        const UnlockDelays delays;
        QCOMPARE(delays.delayAfter(0), 0ms);
        QCOMPARE(delays.delayAfter(1), 1000ms);
        QCOMPARE(delays.delayAfter(2), 2000ms);
        QCOMPARE(delays.delayAfter(3), 4000ms);
        QCOMPARE(delays.delayAfter(4), 8000ms);
        QCOMPARE(delays.delayAfter(9), 256000ms);
        QCOMPARE(delays.delayAfter(10), std::chrono::milliseconds(5min));
        QCOMPARE(delays.delayAfter(1'000'000), std::chrono::milliseconds(5min));
    }

    void theRightPinEndsTheWaits()
    {
        UnlockDelays delays;
        QCOMPARE(delays.remaining(), 0ms);
        delays.failed();
        delays.failed();
        QCOMPARE(delays.failures(), 2);
        QVERIFY(delays.remaining() > 1000ms && delays.remaining() <= 2000ms);
        delays.succeeded();
        QCOMPARE(delays.remaining(), 0ms);
        QCOMPARE(delays.failures(), 0);
    }

    void theDialogCountsDownAndLetsTheNextTryInAfterIt()
    {
        UnlockDelays delays(150ms);
        const auto right = [](const QString& typed) { return typed == QStringLiteral("2468"); };
        {
            UnlockDialog unlock(right, delays);
            unlock.show();
            QTest::keyClicks(unlock.secretField(), QStringLiteral("1111"));
            QTest::keyClick(unlock.secretField(), Qt::Key_Return);
            QVERIFY(!unlock.secretField()->isEnabled());
            QVERIFY(!unlock.okButton()->isEnabled());
            QVERIFY2(unlock.problemText().contains(QStringLiteral("Try again in 1 s")), qPrintable(unlock.problemText()));
            // The event loop runs on during the wait, and the field comes back.
            QTRY_VERIFY_WITH_TIMEOUT(unlock.secretField()->isEnabled(), 2000);
            QVERIFY(unlock.okButton()->isEnabled());
            QVERIFY2(unlock.problemText().endsWith(QStringLiteral("Try again.")), qPrintable(unlock.problemText()));
            QTest::keyClicks(unlock.secretField(), QStringLiteral("1112"));
            QTest::keyClick(unlock.secretField(), Qt::Key_Return);
            QVERIFY(delays.remaining() > 150ms); // the second wait is twice the first
        }
        // A new dialog during the wait starts greyed.
        UnlockDialog again(right, delays);
        again.show();
        QVERIFY(!again.secretField()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(again.secretField()->isEnabled(), 2000);
        QTest::keyClicks(again.secretField(), QStringLiteral("2468"));
        QTest::keyClick(again.secretField(), Qt::Key_Return);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(delays.failures(), 0);
    }
};

DT_TEST_MAIN(TestUnlockDelays, QApplication)
#include "test_unlock_delays.moc"
