// The mails of issue 4 (R-INV-2, R-INV-6, R-REG-1, R-REG-2, R-REG-3): German by default,
// English on request, plain text and HTML saying the same, every value escaped in HTML.
#include "mailtesttools.h"

#include "server/mail/mailtemplates.h"
#include "server/mail/mimerenderer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::mail;
using namespace kontor::mail::test;

namespace {

const QUuid accountId = QUuid::fromString(u"4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b"_s);

InvitationMail invitation()
{
    InvitationMail d;
    d.firmName = u"Kanzlei Müller & Partner"_s;
    d.contactName = u"Jürgen Weiß"_s;
    d.personalMessage = u"Hallo Herr Weiß,\nanbei der Zugang.\n\nViele Grüße\nAnna Schmidt"_s;
    d.activationLink =
        QUrl(u"https://portal.kanzlei-mueller.test/portal/activate?token=AbC-123_xyz"_s);
    d.validUntil = QDate(2026, 12, 12);
    return d;
}

PortalAccessNotice notice(PortalAccessNotice::Event event)
{
    PortalAccessNotice d;
    d.event = event;
    d.teamMemberName = u"Anna Schmidt"_s;
    d.contactName = u"Jürgen Weiß"_s;
    d.accountName = u"Weiß, Jürgen"_s;
    d.accountId = accountId;
    d.webLink = QUrl(
        u"https://kontor.kanzlei-mueller.test/accounts/4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b"_s);
    return d;
}

} // namespace

class TestMailTemplates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void picksLanguageByCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<MailLanguage>("language");
        QTest::newRow("empty") << QString() << MailLanguage::German;
        QTest::newRow("de") << u"de"_s << MailLanguage::German;
        QTest::newRow("en") << u"en"_s << MailLanguage::English;
        QTest::newRow("EN") << u" EN "_s << MailLanguage::English;
        QTest::newRow("en-GB") << u"en-GB"_s << MailLanguage::English;
        QTest::newRow("en_US") << u"en_US"_s << MailLanguage::English;
        QTest::newRow("fr") << u"fr"_s << MailLanguage::German;
        QTest::newRow("english") << u"english"_s << MailLanguage::German;
    }

    void picksLanguageByCode()
    {
        QFETCH(QString, code);
        QFETCH(MailLanguage, language);
        QCOMPARE(mailLanguage(code), language);
    }

    void invitationInGerman()
    {
        const MailContent mail = renderInvitation(invitation(), mailLanguage(QString()));
        QCOMPARE(mail.subject, u"Ihre Einladung zum Kundenportal von Kanzlei Müller & Partner"_s);
        QVERIFY(mail.text.startsWith(u"Guten Tag Jürgen Weiß,\n\n"_s));
        QVERIFY(mail.text.contains(u"Kanzlei Müller & Partner lädt Sie zum Kundenportal ein."_s));
        QVERIFY(mail.text.contains(u"Persönliche Nachricht:\n\n> Hallo Herr Weiß,\n> anbei der "
                                   "Zugang.\n>\n> Viele Grüße\n> Anna Schmidt\n"_s));
        QVERIFY(mail.text.contains(
            u"Passwort:\n\nhttps://portal.kanzlei-mueller.test/portal/activate?token=AbC-123_xyz\n"_s));
        QVERIFY(mail.text.contains(u"Der Link ist gültig bis 12.12.2026."_s));
        QVERIFY(mail.text.contains(u"Mit freundlichen Grüßen\nKanzlei Müller & Partner"_s));

        QVERIFY(mail.html.contains(u"<html lang=\"de\">"_s));
        QVERIFY(mail.html.contains(u"<title>Ihre Einladung zum Kundenportal von Kanzlei Müller "
                                   "&amp; Partner</title>"_s));
        QVERIFY(mail.html.contains(u"Guten Tag Jürgen Weiß,"_s));
        QVERIFY(mail.html.contains(u"gültig bis 12.12.2026"_s));
        QVERIFY(mail.html.contains(u"href=\"https://portal.kanzlei-mueller.test/portal/"
                                   "activate?token=AbC-123_xyz\""_s));
        QVERIFY(mail.html.contains(u">Zugang aktivieren</a>"_s));
        QVERIFY(mail.html.contains(u"<blockquote"_s));
        QVERIFY(mail.html.contains(u"Hallo Herr Weiß,<br>\nanbei der Zugang."_s));
    }

    void invitationInEnglish()
    {
        const MailContent mail = renderInvitation(invitation(), mailLanguage(u"en"_s));
        QCOMPARE(mail.subject,
                 u"Your invitation to the client portal of Kanzlei Müller & Partner"_s);
        QVERIFY(mail.text.startsWith(u"Hello Jürgen Weiß,\n\n"_s));
        QVERIFY(mail.text.contains(u"The link is valid until 12 December 2026."_s));
        QVERIFY(mail.text.contains(u"Personal message:\n\n> Hallo Herr Weiß,"_s));
        QVERIFY(mail.html.contains(u"<html lang=\"en\">"_s));
        QVERIFY(mail.html.contains(u">Activate access</a>"_s));
        QVERIFY(!mail.text.contains(u"gültig"_s));
    }

    void invitationWithoutPersonalMessageOrName()
    {
        InvitationMail d = invitation();
        d.personalMessage = u"  \n "_s;
        d.contactName.clear();
        const MailContent mail = renderInvitation(d, MailLanguage::German);
        QVERIFY(!mail.text.contains(u"Persönliche Nachricht"_s));
        QVERIFY(!mail.html.contains(u"<blockquote"_s));
        QVERIFY(mail.text.startsWith(u"Guten Tag,\n"_s));
    }

    void valuesCannotInjectMarkup_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("script") << u"<script>alert(1)</script>"_s
                                << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("attribute breakout") << u"\"><img src=x onerror=alert(1)>"_s
                                            << u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s;
        QTest::newRow("single quote")
            << u"x' onmouseover='alert(1)"_s << u"x&#39; onmouseover=&#39;alert(1)"_s;
        QTest::newRow("entity") << u"&lt;b&gt; & co"_s << u"&amp;lt;b&amp;gt; &amp; co"_s;
    }

    void valuesCannotInjectMarkup()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        InvitationMail d = invitation();
        d.firmName = value;
        d.contactName = value;
        d.personalMessage = value;
        const MailContent mail = renderInvitation(d, MailLanguage::German);
        QVERIFY(!mail.html.contains(value));
        QCOMPARE(mail.html.count(escaped), 5); // title, greeting, intro, message, sign-off
        QVERIFY(!mail.html.contains(u"<script"_s));
        QVERIFY(!mail.html.contains(u"<img"_s));
        // The plain-text part shows what was typed.
        QVERIFY(mail.text.contains(u"> "_s + value));

        PortalAccessNotice n = notice(PortalAccessNotice::Event::Activated);
        n.contactName = value;
        n.accountName = value;
        n.teamMemberName = value;
        const MailContent staff = renderPortalAccessNotice(n, MailLanguage::German);
        QVERIFY(!staff.html.contains(value));
        QVERIFY(staff.html.contains(escaped));
    }

    void linksAreEscapedInAttributes()
    {
        InvitationMail d = invitation();
        d.activationLink = QUrl(u"https://portal.test/portal/activate?token=a\"b<c>&x=1"_s);
        const MailContent mail = renderInvitation(d, MailLanguage::German);
        QVERIFY(!mail.html.contains(u"a\"b"_s));
        QVERIFY(!mail.html.contains(u"<c>"_s));
        QVERIFY(mail.html.contains(
            u"href=\"https://portal.test/portal/activate?token=a%22b%3Cc%3E&amp;x=1\""_s));
    }

    void signupConfirmation_data()
    {
        QTest::addColumn<MailLanguage>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("validity");
        QTest::addColumn<QString>("button");
        QTest::newRow("de") << MailLanguage::German
                            << u"Bestätigen Sie Ihre Registrierung bei Kanzlei Müller"_s
                            << u"Der Link ist gültig bis 03.01.2027."_s
                            << u">Registrierung bestätigen</a>"_s;
        QTest::newRow("en") << MailLanguage::English
                            << u"Confirm your registration with Kanzlei Müller"_s
                            << u"The link is valid until 3 January 2027."_s
                            << u">Confirm registration</a>"_s;
    }

    void signupConfirmation()
    {
        QFETCH(MailLanguage, language);
        QFETCH(QString, subject);
        QFETCH(QString, validity);
        QFETCH(QString, button);
        SignupConfirmationMail d;
        d.firmName = u"Kanzlei Müller"_s;
        d.contactName = u"Eva Roth"_s;
        d.confirmationLink = QUrl(u"https://portal.test/portal/activate?token=T0k3n"_s);
        d.validUntil = QDate(2027, 1, 3);
        const MailContent mail = renderSignupConfirmation(d, language);
        QCOMPARE(mail.subject, subject);
        QVERIFY(mail.text.contains(validity));
        QVERIFY(mail.text.contains(u"\nhttps://portal.test/portal/activate?token=T0k3n\n"_s));
        QVERIFY(mail.html.contains(button));
        QVERIFY(mail.html.contains(u"href=\"https://portal.test/portal/activate?token=T0k3n\""_s));
    }

    void staffNoticeHasGoToLinks_data()
    {
        QTest::addColumn<PortalAccessNotice::Event>("event");
        QTest::addColumn<MailLanguage>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("desktopLabel");
        QTest::addColumn<QString>("webLabel");
        using E = PortalAccessNotice::Event;
        QTest::newRow("activated de")
            << E::Activated << MailLanguage::German
            << u"Jürgen Weiß hat den Portalzugang aktiviert"_s
            << u"Jürgen Weiß hat den Zugang zum Kundenportal für das Konto „Weiß, Jürgen“ aktiviert."_s
            << u"Gehe zu „Weiß, Jürgen“ in Kontor"_s << u"Gehe zu „Weiß, Jürgen“ im Browser"_s;
        QTest::newRow("registered de")
            << E::Registered << MailLanguage::German
            << u"Jürgen Weiß hat sich im Kundenportal registriert"_s
            << u"Jürgen Weiß hat sich im Kundenportal registriert. Das Konto „Weiß, Jürgen“ wurde angelegt."_s
            << u"Gehe zu „Weiß, Jürgen“ in Kontor"_s << u"Gehe zu „Weiß, Jürgen“ im Browser"_s;
        QTest::newRow("activated en")
            << E::Activated << MailLanguage::English << u"Jürgen Weiß activated portal access"_s
            << u"Jürgen Weiß activated access to the client portal for the account “Weiß, Jürgen”."_s
            << u"Go to “Weiß, Jürgen” in Kontor"_s << u"Go to “Weiß, Jürgen” in the browser"_s;
        QTest::newRow("registered en")
            << E::Registered << MailLanguage::English
            << u"Jürgen Weiß registered on the client portal"_s
            << u"Jürgen Weiß registered on the client portal. The account “Weiß, Jürgen” was created."_s
            << u"Go to “Weiß, Jürgen” in Kontor"_s << u"Go to “Weiß, Jürgen” in the browser"_s;
    }

    void staffNoticeHasGoToLinks()
    {
        QFETCH(PortalAccessNotice::Event, event);
        QFETCH(MailLanguage, language);
        QFETCH(QString, subject);
        QFETCH(QString, sentence);
        QFETCH(QString, desktopLabel);
        QFETCH(QString, webLabel);
        const PortalAccessNotice d = notice(event);
        const MailContent mail = renderPortalAccessNotice(d, language);
        QCOMPARE(mail.subject, subject);
        QVERIFY(mail.text.contains(sentence));
        const QString desktop = u"kontor://account/4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b"_s;
        const QString web = d.webLink.toString();
        QVERIFY(mail.text.contains(desktopLabel + u":\n"_s + desktop + u'\n'));
        QVERIFY(mail.text.contains(webLabel + u":\n"_s + web + u'\n'));
        QVERIFY(mail.html.contains(u"<a href=\""_s + desktop + u'"'));
        QVERIFY(mail.html.contains(u"<a href=\""_s + web + u'"'));
        QVERIFY(mail.html.contains(u'>' + desktopLabel + u"</a>"_s));
        QVERIFY(mail.html.contains(u'>' + webLabel + u"</a>"_s));
    }

    void placeholdersInValuesAreNotSubstitutedAgain()
    {
        PortalAccessNotice d = notice(PortalAccessNotice::Event::Activated);
        d.contactName = u"%2"_s;
        d.accountName = u"Konto %1"_s;
        const MailContent mail = renderPortalAccessNotice(d, MailLanguage::German);
        QVERIFY(mail.text.contains(
            u"%2 hat den Zugang zum Kundenportal für das Konto „Konto %1“ aktiviert."_s));
    }

    void desktopLinkHasTheAccountId()
    {
        QCOMPARE(desktopAccountLink(accountId).toString(),
                 u"kontor://account/4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b"_s);
    }

    void wholeInvitationIsProperMime()
    {
        const MailContent content = renderInvitation(invitation(), MailLanguage::German);
        MailMessage m;
        m.from = {u"Kanzlei Müller & Partner"_s, u"portal@kanzlei-mueller.test"_s};
        m.to = {{u"Jürgen Weiß"_s, u"juergen@example.test"_s}};
        m.subject = content.subject;
        m.text = content.text;
        m.html = content.html;
        m.messageId = makeMessageId(QUuid::createUuid(), u"kanzlei-mueller.test"_s);
        m.date = QDateTime::currentDateTimeUtc();
        const auto rendered = renderMail(m);
        QVERIFY(rendered.ok());
        const QJsonObject parsed = parseWithPython(rendered.value.data);
        QCOMPARE(parsed[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(parsed[u"subject"_s].toString(), content.subject);
        const QJsonArray parts = parsed[u"parts"_s].toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"body"_s].toString(), content.text);
        QCOMPARE(parts[1][u"body"_s].toString(), content.html);
        QVERIFY(parsed[u"max_line_length"_s].toInt() <= 78);
    }
};

QTEST_GUILESS_MAIN(TestMailTemplates)
#include "tst_mailtemplates.moc"
