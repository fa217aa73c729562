#include "core/translations.h"
#include "core/violation.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace kontor::core;

class TestViolation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void argumentsAreNotSubstitutedTwice()
    {
        const Violation v(u"p"_s, code::tooLong, QT_TRANSLATE_NOOP("Validation", "%1 and %2"),
                          {u"%2"_s, u"x"_s});
        QCOMPARE(v.message(nullptr), u"%2 and x"_s);
    }

    void rendersInstalledLanguage()
    {
        const Violation v(u"p"_s, code::required,
                          QT_TRANSLATE_NOOP("Validation", "This field is required."));
        QCOMPARE(v.message(), u"This field is required."_s);
        QTranslator german;
        QVERIFY(loadKontorTranslation(german, u"de"_s));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(v.message(), u"Dieses Feld ist erforderlich."_s);
        QCoreApplication::removeTranslator(&german);
    }

    void receivedMessagesStayAsTheyCame()
    {
        const Violation v = Violation::received(u"a"_s, u"server_rule"_s, u"Vom Server"_s);
        QCOMPARE(v.message(nullptr), u"Vom Server"_s);
        QCOMPARE(v.code(), u"server_rule"_s);
    }

    void pathsCompose()
    {
        QCOMPARE(joinPath(indexPath(u"contacts"_s, 1), u"last_name"_s), u"contacts[1].last_name"_s);
        QCOMPARE(joinPath(QString(), u"name"_s), u"name"_s);
        const Violation v(u"email"_s, code::invalidEmail, "x");
        QCOMPARE(v.prefixed(u"contacts[0]"_s).path(), u"contacts[0].email"_s);
    }
};

QTEST_GUILESS_MAIN(TestViolation)
#include "tst_violation.moc"
