// R-CON-1, R-SW-4: email syntax, internationalised domains included.
#include "core/emailaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

class TestEmailAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidAddresses_data()
    {
        QTest::addColumn<QString>("email");
        for (const char16_t* e :
             {u"anna@example.de", u"anna.mueller+steuer@kanzlei-schmidt.de", u"a@b.co",
              u"kanzlei@müller-steuer.de", u"info@bücher.example", u"o'brien@example.ie",
              u"x_y-z@sub.domain.example.com", u"user@xn--mller-kva.de", u"info@例え.jp"}) {
            QTest::newRow(QString::fromUtf16(e).toUtf8().constData()) << QString::fromUtf16(e);
        }
    }
    void acceptsValidAddresses()
    {
        QFETCH(QString, email);
        const Violations v = checkEmail(email, u"email"_s);
        QVERIFY2(v.isEmpty(), qPrintable(v.isEmpty() ? QString() : v.first().message(nullptr)));
    }

    void rejectsInvalidAddresses_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no at") << u"anna.example.de"_s;
        QTest::newRow("two ats") << u"anna@@example.de"_s;
        QTest::newRow("empty local") << u"@example.de"_s;
        QTest::newRow("leading dot") << u".anna@example.de"_s;
        QTest::newRow("double dot") << u"an..na@example.de"_s;
        QTest::newRow("space") << u"an na@example.de"_s;
        QTest::newRow("umlaut local part") << u"jörg@example.de"_s;
        QTest::newRow("no tld") << u"anna@localhost"_s;
        QTest::newRow("numeric tld") << u"anna@1.2.3.4"_s;
        QTest::newRow("hyphen label") << u"anna@-example.de"_s;
        QTest::newRow("underscore domain") << u"anna@ex_ample.de"_s;
        QTest::newRow("empty label") << u"anna@example..de"_s;
        QTest::newRow("local too long") << QString(65, u'a') + u"@example.de"_s;
        QTest::newRow("too long") << u"a@"_s + QString(250, u'b') + u".de"_s;
        QTest::newRow("newline") << u"anna@example.de\nBcc: x@y.de"_s;
        // IDNA would drop it silently: the address would look like another one.
        QTest::newRow("zero-width joiner in the domain") << u"anna@exa\u200Dmple.de"_s;
    }
    void rejectsInvalidAddresses()
    {
        QFETCH(QString, email);
        const Violations v = checkEmail(email, u"contacts[0].email"_s);
        QCOMPARE(v.size(), 1);
        QVERIFY(v.first().code() == u"invalid_email"_s || v.first().code() == u"too_long"_s ||
                v.first().code() == u"forbidden_character"_s);
        QCOMPARE(v.first().path(), u"contacts[0].email"_s);
    }

    void emptyIsNotAnError() { QVERIFY(checkEmail({}, u"email"_s).isEmpty()); }

    void normalizesForComparison()
    {
        QCOMPARE(normalizedEmail(u" Anna@Example.DE "_s), u"anna@example.de"_s);
        QCOMPARE(normalizedEmail(u"a@XN--MLLER-KVA.de"_s), u"a@müller.de"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
