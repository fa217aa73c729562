#pragma once

// Helpers for driving real widgets in tests: find by object name, move focus with Tab as a
// keyboard user would, and answer modal dialogs that a click opens.

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace kontor::test {

/// The visible-or-not child of @p root called @p name; fails the test when there is none.
template <typename T> T* child(const QObject* root, const QString& name)
{
    T* found = root->findChild<T*>(name);
    if (!found)
        qWarning("no child %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

/// Whether @p widget shows on its wizard page (or window), even while another page is current.
inline bool shows(const QWidget* widget)
{
    const QWidget* page = widget;
    while (page->parentWidget() && !page->inherits("QWizardPage") && !page->isWindow())
        page = page->parentWidget();
    return widget->isVisibleTo(page);
}

/// Types @p text into @p widget key by key. Unlike QTest::keyClicks it also types letters
/// outside ASCII ("Müller"), as a German keyboard does.
inline void type(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

/// Presses a key (with modifiers) where a user's key press would go: to an open popup (a
/// completer's list), else to the widget with the keyboard focus.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* home = QApplication::focusWidget() ? QApplication::focusWidget()->window()
                                                : QApplication::activeWindow();
    QWidget* focus = QApplication::activePopupWidget();
    if (!focus)
        focus = QApplication::focusWidget();
    if (!focus)
        focus = home;
    QTest::keyClick(focus, key, modifiers);
    // The offscreen platform leaves a closed popup (a completer's list) as the active window;
    // a window manager would give the activation back to the window the popup belonged to.
    QWidget* active = QApplication::activeWindow();
    if (!QApplication::activePopupWidget() && active && !active->isVisible() && home &&
        home->isVisible() && home != active) {
        QApplication::setActiveWindow(home);
    }
}

/// Presses Alt+@p key, the mnemonic of a label or button ("&Weiter"). A button clicks itself
/// with a short animation, so this waits for the click to happen.
inline void mnemonic(Qt::Key key)
{
    press(key, Qt::AltModifier);
    QTest::qWait(150);
}

/// Presses Tab (at most @p limit times) until @p target has the keyboard focus. Returns false
/// when Tab never reaches it, which means there is no keyboard path to the widget.
inline bool tabTo(QWidget* target, int limit = 150)
{
    QStringList visited;
    for (int i = 0; i < limit; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus == target && !QApplication::activePopupWidget())
            return true;
        if (!focus)
            break;
        if (visited.size() < 40)
            visited.append(QString::fromLatin1(focus->metaObject()->className()) + u':' +
                           focus->objectName());
        press(Qt::Key_Tab);
    }
    qWarning("Tab does not reach %s; it visits %s", qPrintable(target->objectName()),
             qPrintable(visited.join(QLatin1String(", "))));
    return false;
}

/// Tabs to @p target and types @p text into it.
inline bool typeInto(QWidget* target, const QString& text)
{
    if (!tabTo(target))
        return false;
    type(target, text);
    return true;
}

/// Runs @p answer on the modal dialog (or the popup menu) called @p name (any modal dialog when
/// empty) once it is shown; it runs inside the dialog's own event loop. Keeps looking for @p
/// timeoutMs, long after a test's own wait gave up, so a dialog that opens late under load is still
/// answered instead of blocking the test run. Returns a flag that tells whether it ran.
inline std::shared_ptr<bool> answerModal(const QString& name, std::function<void(QWidget*)> answer,
                                         int timeoutMs = 60000)
{
    auto ran = std::make_shared<bool>(false);
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QObject::connect(timer, &QTimer::timeout, [timer, ran, elapsed, timeoutMs, answer, name] {
        QWidget* modal = QApplication::activeModalWidget();
        // A menu shown with exec() is the active popup, found by its name only.
        if (QWidget* popup = QApplication::activePopupWidget();
            popup && !name.isEmpty() && popup->objectName() == name)
            modal = popup;
        if (modal && modal->isVisible() && (name.isEmpty() || modal->objectName() == name)) {
            timer->stop();
            timer->deleteLater();
            // Keys and mnemonics go to the active window: make sure it is this one (the
            // offscreen platform activates asynchronously, and may still count a closed popup
            // as the active window).
            if (QApplication::activeWindow() != modal)
                QApplication::setActiveWindow(modal);
            *ran = true;
            answer(modal);
            // A failed check inside the answer must not leave the dialog waiting forever.
            auto* dialog = qobject_cast<QDialog*>(modal);
            if (QTest::currentTestFailed() && dialog && dialog->isVisible())
                dialog->reject();
        } else if (elapsed->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    return ran;
}

} // namespace kontor::test
