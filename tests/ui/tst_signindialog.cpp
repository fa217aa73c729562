// Sign-in: server address, email, password; every failure explained in plain language, never a
// raw error; the dialog waits, busy, for the answer.

#include "guitest.h"

#include "ui/signindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

class TestSignInDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsServerAddresses_data();
    void readsServerAddresses();
    void signsInWithKeyboard();
    void showsFailureAndStaysOpen();
    void invalidAddressIsExplainedWithoutTrying();
};

void TestSignInDialog::readsServerAddresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << u"kanzlei.example.de"_s << u"https://kanzlei.example.de"_s;
    QTest::newRow("https") << u"https://kanzlei.example.de/"_s << u"https://kanzlei.example.de"_s;
    QTest::newRow("local http with port")
        << u" http://127.0.0.1:8080 "_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("ftp") << u"ftp://kanzlei.example.de"_s << QString();
    QTest::newRow("spaces") << u"kanzlei example"_s << QString();
    QTest::newRow("empty") << u""_s << QString();
}

void TestSignInDialog::readsServerAddresses()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const QUrl url = ui::serverUrlFromInput(typed);
    QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
}

void TestSignInDialog::signsInWithKeyboard()
{
    ui::SignInDialog dialog;
    QUrl server;
    QString email, password;
    dialog.signIn = [&](const QUrl& s, const QString& e, const QString& p,
                        ui::SignInDialog::Done done) {
        server = s;
        email = e;
        password = p;
        done(QString());
    };
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(test::typeInto(child<QLineEdit>(&dialog, u"serverEdit"_s), u"kanzlei.example.de"_s));
    QVERIFY(test::typeInto(child<QLineEdit>(&dialog, u"signInEmailEdit"_s), u"olga@k.de"_s));
    QVERIFY(test::typeInto(child<QLineEdit>(&dialog, u"passwordEdit"_s), u"geheim 123"_s));
    test::press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(server, QUrl(u"https://kanzlei.example.de"_s));
    QCOMPARE(email, u"olga@k.de"_s);
    QCOMPARE(password, u"geheim 123"_s);
    QVERIFY(child<QLineEdit>(&dialog, u"passwordEdit"_s)->text().isEmpty());
}

void TestSignInDialog::showsFailureAndStaysOpen()
{
    ui::SignInDialog dialog;
    ui::SignInDialog::Done pending;
    dialog.signIn = [&](const QUrl&, const QString&, const QString&, ui::SignInDialog::Done done) {
        pending = std::move(done);
    };
    dialog.setServer(QUrl(u"https://kanzlei.example.de"_s));
    dialog.setEmail(u"olga@k.de"_s);
    dialog.show();
    test::type(child<QLineEdit>(&dialog, u"passwordEdit"_s), u"falsch"_s);
    auto* button = child<QPushButton>(&dialog, u"signInButton"_s);
    button->click();
    QVERIFY(pending);
    QVERIFY(!button->isEnabled()); // busy until the answer
    QVERIFY(child<QLineEdit>(&dialog, u"passwordEdit"_s)->isReadOnly());
    pending(u"Die E-Mail-Adresse oder das Passwort stimmt nicht."_s);
    QVERIFY(dialog.isVisible());
    auto* error = child<QLabel>(&dialog, u"signInError"_s);
    QVERIFY(test::shows(error));
    QCOMPARE(error->text(), u"Die E-Mail-Adresse oder das Passwort stimmt nicht."_s);
    QVERIFY(button->isEnabled());
    pending = {};
    button->click();
    QVERIFY(!test::shows(error)); // cleared while trying again
    pending(u"Das Zertifikat ist nicht vertrauenswürdig."_s);
    QCOMPARE(error->text(), u"Das Zertifikat ist nicht vertrauenswürdig."_s);
    QVERIFY(dialog.isVisible());
}

void TestSignInDialog::invalidAddressIsExplainedWithoutTrying()
{
    ui::SignInDialog dialog;
    int attempts = 0;
    dialog.signIn = [&](const QUrl&, const QString&, const QString&, ui::SignInDialog::Done) {
        ++attempts;
    };
    dialog.show();
    child<QLineEdit>(&dialog, u"serverEdit"_s)->setText(u"ftp://x"_s);
    child<QLineEdit>(&dialog, u"signInEmailEdit"_s)->setText(u"a@b.de"_s);
    child<QLineEdit>(&dialog, u"passwordEdit"_s)->setText(u"x"_s);
    child<QPushButton>(&dialog, u"signInButton"_s)->click();
    QCOMPARE(attempts, 0);
    QVERIFY(child<QLabel>(&dialog, u"signInError"_s)->text().contains(u"kanzlei.example.de"_s));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
