// renderMail() read back by Python's email package (issue 4 "Mail": proper MIME, UTF-8
// headers, both parts, nothing in a name or a message can add a header, stable Message-ID).
#include "mailtesttools.h"

#include "server/mail/mimerenderer.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace kontor::mail;
using namespace kontor::mail::test;

namespace {

MailMessage sample()
{
    MailMessage m;
    m.from = {u"Kanzlei Müller & Partner"_s, u"portal@kanzlei-mueller.test"_s};
    m.to = {{u"Jürgen Weiß"_s, u"juergen@example.test"_s}};
    m.subject = u"Ihre Einladung zum Kundenportal von Kanzlei Müller"_s;
    m.messageId = u"0b6f5a3e-1d2c-4e5f-8a9b-0c1d2e3f4a5b@kontor.kanzlei-mueller.test"_s;
    m.date = QDateTime(QDate(2026, 11, 27), QTime(10, 15, 30), Qt::OffsetFromUTC, 3600);
    m.text =
        u"Guten Tag Jürgen Weiß,\n\nbitte öffnen Sie diesen Link:\nhttps://portal.test/a?token=x\n"_s;
    m.html =
        u"<!DOCTYPE html>\n<html lang=\"de\"><body><p>Guten Tag Jürgen Weiß,</p></body></html>\n"_s;
    return m;
}

QJsonObject renderAndParse(const MailMessage& m)
{
    const auto rendered = renderMail(m);
    if (!rendered.ok())
        return {};
    return parseWithPython(rendered.value.data);
}

QStringList headerNames(const QJsonObject& parsed)
{
    QStringList names;
    for (const QJsonValue& h : parsed[u"headers"_s].toArray())
        names.append(h.toArray().at(0).toString());
    return names;
}

// What every message must satisfy on the wire.
void verifyWellFormed(const QJsonObject& parsed)
{
    QVERIFY(!parsed.isEmpty());
    QCOMPARE(parsed[u"defects"_s].toArray(), QJsonArray());
    QVERIFY(parsed[u"ascii_only"_s].toBool());
    QVERIFY(!parsed[u"bare_line_breaks"_s].toBool());
    QVERIFY2(parsed[u"max_line_length"_s].toInt() <= 78,
             qPrintable(QString::number(parsed[u"max_line_length"_s].toInt())));
}

} // namespace

class TestMimeRenderer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersTextAndHtmlAlternatives()
    {
        const MailMessage m = sample();
        const QJsonObject parsed = renderAndParse(m);
        verifyWellFormed(parsed);
        QCOMPARE(parsed[u"content_type"_s].toString(), u"multipart/alternative"_s);
        const QJsonArray parts = parsed[u"parts"_s].toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"content_type"_s].toString(), u"text/plain"_s);
        QCOMPARE(parts[1][u"content_type"_s].toString(), u"text/html"_s);
        for (const QJsonValue& p : parts) {
            QCOMPARE(p[u"charset"_s].toString(), u"utf-8"_s);
            QCOMPARE(p[u"transfer_encoding"_s].toString(), u"quoted-printable"_s);
        }
        QCOMPARE(parts[0][u"body"_s].toString(), m.text);
        QCOMPARE(parts[1][u"body"_s].toString(), m.html);
    }

    void writesTheStandardHeaders()
    {
        const QJsonObject parsed = renderAndParse(sample());
        QCOMPARE(headerNames(parsed),
                 (QStringList{u"Date"_s, u"From"_s, u"To"_s, u"Subject"_s, u"Message-ID"_s,
                              u"MIME-Version"_s, u"Content-Type"_s}));
        QCOMPARE(parsed[u"message_id"_s].toString(), u'<' + sample().messageId + u'>');
        QCOMPARE(parsed[u"date"_s].toString(), u"2026-11-27T10:15:30+01:00"_s);
        QCOMPARE(parsed[u"subject"_s].toString(), sample().subject);
        const QJsonObject from = parsed[u"from"_s].toArray().at(0).toObject();
        QCOMPARE(from[u"name"_s].toString(), u"Kanzlei Müller & Partner"_s);
        QCOMPARE(from[u"address"_s].toString(), u"portal@kanzlei-mueller.test"_s);
        QCOMPARE(parsed[u"to"_s].toArray().at(0)[u"name"_s].toString(), u"Jürgen Weiß"_s);
    }

    void encodesNamesAndSubjectsSoTheyDecodeUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::newRow("ascii") << u"Hans Mueller"_s << u"Welcome"_s;
        QTest::newRow("umlauts") << u"Jürgen Weiß-Öztürk"_s << u"Grüße aus der Kanzlei"_s;
        QTest::newRow("comma and quotes") << u"Müller, \"Hans\""_s << u"Re: \"quoted\", yes"_s;
        QTest::newRow("ascii specials") << u"Mueller, Hans (Kanzlei) <x>"_s << u"a; b: c"_s;
        QTest::newRow("emoji") << u"Anna 👩🏽"_s << u"Ihr Zugang 🔑 ist bereit"_s;
        QTest::newRow("cjk") << u"山田 太郎"_s << u"ポータルへの招待"_s;
        QTest::newRow("literal encoded-word") << u"=?UTF-8?B?QmFuaw==?="_s << u"=?utf-8?q?x?="_s;
        QTest::newRow("long")
            << QString(u"Müller-"_s).repeated(12) + u"Ende"_s
            << QString(u"Sehr lange Betreffzeile mit Umlauten äöü "_s).repeated(8).trimmed();
        QTest::newRow("long ascii subject")
            << u"Ann"_s << QString(u"This subject is long but plain "_s).repeated(10).trimmed();
    }

    void encodesNamesAndSubjectsSoTheyDecodeUnchanged()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        MailMessage m = sample();
        m.to = {{name, u"juergen@example.test"_s}};
        m.from.name = name;
        m.replyTo = MailAddress{name, u"team@kanzlei-mueller.test"_s};
        m.subject = subject;
        const QJsonObject parsed = renderAndParse(m);
        verifyWellFormed(parsed);
        QCOMPARE(parsed[u"subject"_s].toString(), subject);
        for (const char* header : {"from", "to", "reply_to"}) {
            const QJsonArray list = parsed[QLatin1StringView(header)].toArray();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list[0][u"name"_s].toString(), name);
        }
        QCOMPARE(parsed[u"to"_s].toArray()[0][u"address"_s].toString(), u"juergen@example.test"_s);
    }

    void nothingAddsAHeader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<QString>("expectedSubject");
        QTest::newRow("CRLF in subject") << u"Eve"_s << u"Hallo\r\nBcc: evil@attacker.test"_s
                                         << u"Eve"_s << u"Hallo Bcc: evil@attacker.test"_s;
        QTest::newRow("LF in name") << u"Eve\nBcc: evil@attacker.test"_s << u"Hi"_s
                                    << u"Eve Bcc: evil@attacker.test"_s << u"Hi"_s;
        QTest::newRow("CR in name")
            << u"Eve\rX-Evil: 1"_s << u"Hi"_s << u"Eve X-Evil: 1"_s << u"Hi"_s;
        QTest::newRow("blank line starts a body")
            << u"Eve\r\n\r\n<script>alert(1)</script>"_s << u"x\r\n\r\nbody"_s
            << u"Eve <script>alert(1)</script>"_s << u"x body"_s;
        QTest::newRow("unicode line separator")
            << u"Eve\u2028Bcc: a@b.test"_s << u"x\u0085Bcc: a@b.test"_s << u"Eve Bcc: a@b.test"_s
            << u"x Bcc: a@b.test"_s;
        QTest::newRow("umlaut and newline")
            << u"Jürgen\r\nBcc: a@b.test"_s << u"Grüße\nBcc: a@b.test"_s
            << u"Jürgen Bcc: a@b.test"_s << u"Grüße Bcc: a@b.test"_s;
        QTest::newRow("NUL and ESC")
            << u"E\u0000v\u001be"_s << u"S\u0000\u0007ubject"_s << u"Eve"_s << u"Subject"_s;
    }

    void nothingAddsAHeader()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        QFETCH(QString, expectedName);
        QFETCH(QString, expectedSubject);
        MailMessage m = sample();
        m.from.name = name;
        m.to = {{name, u"juergen@example.test"_s}};
        m.replyTo = MailAddress{name, u"team@kanzlei-mueller.test"_s};
        m.subject = subject;
        const QJsonObject parsed = renderAndParse(m);
        verifyWellFormed(parsed);
        QCOMPARE(headerNames(parsed),
                 (QStringList{u"Date"_s, u"From"_s, u"To"_s, u"Reply-To"_s, u"Subject"_s,
                              u"Message-ID"_s, u"MIME-Version"_s, u"Content-Type"_s}));
        QCOMPARE(parsed[u"subject"_s].toString(), expectedSubject);
        QCOMPARE(parsed[u"from"_s].toArray()[0][u"name"_s].toString(), expectedName);
        QCOMPARE(parsed[u"to"_s].toArray().size(), 1);
        QCOMPARE(parsed[u"parts"_s].toArray().size(), 2);
        QCOMPARE(parsed[u"parts"_s].toArray()[0][u"body"_s].toString(), m.text);
    }

    void sameMessageRendersToTheSameBytes()
    {
        const auto first = renderMail(sample());
        const auto second = renderMail(sample());
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value.data, second.value.data);
        QCOMPARE(first.value.messageId, sample().messageId);

        MailMessage other = sample();
        other.messageId = u"another@kontor.test"_s;
        const auto third = renderMail(other);
        QVERIFY(third.ok());
        QVERIFY(third.value.data != first.value.data);
        QVERIFY(third.value.data.contains("Message-ID: <another@kontor.test>\r\n"));
    }

    void makeMessageIdIsStablePerId()
    {
        const QUuid id = QUuid::fromString(u"0b6f5a3e-1d2c-4e5f-8a9b-0c1d2e3f4a5b"_s);
        QCOMPARE(makeMessageId(id, u"kontor.Kanzlei-Müller.de"_s),
                 u"0b6f5a3e-1d2c-4e5f-8a9b-0c1d2e3f4a5b@kontor.xn--kanzlei-mller-4ob.de"_s);
        QCOMPARE(makeMessageId(id, u"x.test"_s), makeMessageId(id, u"x.test"_s));
        QVERIFY(makeMessageId(QUuid::createUuid(), u"x.test"_s) != makeMessageId(id, u"x.test"_s));
        MailMessage m = sample();
        m.messageId = makeMessageId(id, u"kontor.Kanzlei-Müller.de"_s);
        QVERIFY(renderMail(m).ok());
    }

    void bodiesCannotBreakTheStructure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("boundary lookalike") << u"--=_kontor_\r\n--=_kontor_abc--\n"_s;
        QTest::newRow("lone dot line") << u"Zeile\n.\nnoch eine\n"_s;
        QTest::newRow("header lookalike") << u"\r\nBcc: a@b.test\r\n\r\n"_s;
        QTest::newRow("very long line") << QString(u"ä"_s).repeated(3000) + QString(5000, u'x');
        QTest::newRow("mixed line breaks") << u"a\r\nb\rc\nd"_s;
    }

    void bodiesCannotBreakTheStructure()
    {
        QFETCH(QString, text);
        MailMessage m = sample();
        m.text = text;
        m.html = u"<p>"_s + text + u"</p>"_s;
        const QJsonObject parsed = renderAndParse(m);
        verifyWellFormed(parsed);
        const QJsonArray parts = parsed[u"parts"_s].toArray();
        QCOMPARE(parts.size(), 2);
        QString expected = text;
        expected.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        QCOMPARE(parts[0][u"body"_s].toString(), expected);
        QCOMPARE(headerNames(parsed).size(), 7);
    }

    void textOnlyWithoutHtml()
    {
        MailMessage m = sample();
        m.html.clear();
        const QJsonObject parsed = renderAndParse(m);
        verifyWellFormed(parsed);
        QCOMPARE(parsed[u"content_type"_s].toString(), u"text/plain"_s);
        QCOMPARE(parsed[u"parts"_s].toArray().size(), 1);
        QCOMPARE(parsed[u"parts"_s].toArray()[0][u"body"_s].toString(), m.text);
        QVERIFY(renderMail(m).value.data.endsWith("\r\n"));
        m.text = u"no line break at the end"_s;
        QVERIFY(renderMail(m).value.data.endsWith("end\r\n"));
    }

    void internationalDomainsGoOutInAsciiForm()
    {
        MailMessage m = sample();
        m.to = {{u"Kanzlei"_s, u"info@müller-steuer.de"_s}, {QString(), u"b@example.test"_s}};
        const auto rendered = renderMail(m);
        QVERIFY(rendered.ok());
        const QByteArray ace = "info@" + QUrl::toAce(u"müller-steuer.de"_s);
        QCOMPARE(rendered.value.envelopeTo, (QList<QByteArray>{ace, "b@example.test"}));
        QCOMPARE(rendered.value.envelopeFrom, QByteArray("portal@kanzlei-mueller.test"));
        const QJsonObject parsed = parseWithPython(rendered.value.data);
        verifyWellFormed(parsed);
        const QJsonArray to = parsed[u"to"_s].toArray();
        QCOMPARE(to.size(), 2);
        QCOMPARE(to[0][u"address"_s].toString(), QString::fromLatin1(ace));
        QCOMPARE(to[1][u"address"_s].toString(), u"b@example.test"_s);
        QCOMPARE(to[1][u"name"_s].toString(), QString());
    }

    void rejectsWhatCannotBeSent_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("from without @") << u"from"_s << u"portal"_s << u"from.email"_s;
        QTest::newRow("recipient with CRLF")
            << u"to"_s << u"a@b.test\r\nBcc: c@d.test"_s << u"to[0].email"_s;
        QTest::newRow("recipient with bracket") << u"to"_s << u"a>@b.test"_s << u"to[0].email"_s;
        QTest::newRow("empty recipient") << u"to"_s << QString() << u"to[0].email"_s;
        QTest::newRow("reply-to") << u"reply_to"_s << u"x@"_s << u"reply_to.email"_s;
        QTest::newRow("message id without @") << u"message_id"_s << u"abc"_s << u"message_id"_s;
        QTest::newRow("message id with space")
            << u"message_id"_s << u"a b@c.test"_s << u"message_id"_s;
        QTest::newRow("message id with brackets")
            << u"message_id"_s << u"<a@c.test>"_s << u"message_id"_s;
        QTest::newRow("message id with CRLF")
            << u"message_id"_s << u"a@c.test\r\nBcc: x@y.test"_s << u"message_id"_s;
    }

    void rejectsWhatCannotBeSent()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, path);
        MailMessage m = sample();
        if (field == u"from"_s)
            m.from.email = value;
        else if (field == u"to"_s)
            m.to = {{u"X"_s, value}};
        else if (field == u"reply_to"_s)
            m.replyTo = MailAddress{u"X"_s, value};
        else
            m.messageId = value;
        const auto rendered = renderMail(m);
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.errors.first().path(), path);
        QVERIFY(rendered.value.data.isEmpty());
    }

    void rejectsMissingRecipientsAndDate()
    {
        MailMessage m = sample();
        m.to.clear();
        m.date = QDateTime();
        const auto rendered = renderMail(m);
        QSet<QString> paths;
        for (const auto& e : rendered.errors)
            paths.insert(e.path());
        QCOMPARE(paths, (QSet<QString>{u"to"_s, u"date"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMimeRenderer)
#include "tst_mimerenderer.moc"
