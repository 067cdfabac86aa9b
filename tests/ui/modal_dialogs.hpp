#pragma once
// Answering a modal dialog as a person does, from inside the exec() that waits for it: the
// test says beforehand what to do once a dialog of that type is open, then clicks the button
// that opens it.
//
// Example use:
//     dt::test::whenOpen<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
//     page->removeButton()->click();

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace dt::test {

/// Calls `act` with the modal dialog of type T once it is the active modal widget (looked
/// for every 10 ms, for at most 5 s, then the test fails). A dialog that `act` left open
/// after a failed check is closed, so that a failing test ends rather than waits.
template <class T>
void whenOpen(std::function<void(T*)> act)
{
    auto* timer = new QTimer; // deleted once done, after the call it runs from
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act = std::move(act), tries = 0]() mutable {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog && ++tries <= 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog) {
            QTest::qFail("no dialog of the expected type opened", __FILE__, __LINE__);
            return;
        }
        act(dialog);
        if (QTest::currentTestFailed() && dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

/// Types `text` into `widget` a character at a time, as a keyboard does; unlike
/// QTest::keyClicks, any Unicode ("Léa", "Zoë").
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

/// The push button of `dialog` whose text is `text` (mnemonic marks ignored); null when none.
inline QPushButton* buttonNamed(const QWidget* dialog, const QString& text)
{
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->text().remove(QLatin1Char('&')) == QString(text).remove(QLatin1Char('&')))
            return b;
    return nullptr;
}

} // namespace dt::test
