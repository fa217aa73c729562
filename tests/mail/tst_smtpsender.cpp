// SmtpSender against real SMTP server processes (issue 4 "Mail"): delivery, STARTTLS, AUTH,
// and how each kind of server fault is classified.
#include "mailtesttools.h"

#include "server/mail/mimerenderer.h"
#include "server/mail/smtpsender.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace kontor::mail;
using namespace kontor::mail::test;
using namespace std::chrono_literals;

namespace {

MailMessage sampleMessage(const QString& id = u"1@kontor.test"_s)
{
    MailMessage m;
    m.from = {u"Kanzlei Müller & Partner"_s, u"portal@kanzlei-mueller.test"_s};
    m.to = {{u"Jürgen Weiß"_s, u"juergen@example.test"_s}};
    m.subject = u"Ihre Einladung zum Kundenportal – Kanzlei Müller"_s;
    m.messageId = id;
    m.date = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::OffsetFromUTC, 3600);
    m.text = u"Guten Tag Jürgen Weiß,\nbitte aktivieren Sie Ihren Zugang.\n"_s;
    m.html = u"<p>Guten Tag Jürgen Weiß,</p>"_s;
    return m;
}

RenderedMail rendered(const QString& id = u"1@kontor.test"_s)
{
    const auto r = renderMail(sampleMessage(id));
    Q_ASSERT(r.ok());
    return r.value;
}

SmtpSettings settingsFor(quint16 port)
{
    SmtpSettings s;
    s.server = QUrl(u"smtp://127.0.0.1:"_s + QString::number(port));
    s.connectTimeout = 2s;
    s.timeout = 4s;
    return s;
}

} // namespace

class TestSmtpSender : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversToRealSmtpServer()
    {
        auto server = SmtpTestServer::startAiosmtpd();
        QVERIFY(server);
        const RenderedMail mail = rendered();
        const SmtpResult result = SmtpSender(settingsFor(server->port())).send(mail);
        QVERIFY2(result.sent(), qPrintable(result.error));
        QCOMPARE(result.replyCode, 250);
        QVERIFY2(result.replyText.contains(u"Stored"_s), qPrintable(result.replyText));
        QVERIFY(!result.mayHaveBeenDelivered);

        const QList<ReceivedMail> received = server->received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].envelope[u"mail_from"_s].toString(), u"portal@kanzlei-mueller.test"_s);
        QCOMPARE(received[0].envelope[u"rcpt_tos"_s].toArray(),
                 QJsonArray{u"juergen@example.test"_s});
        QCOMPARE(received[0].envelope[u"tls"_s].toBool(), false);
        // The server got exactly the rendered bytes.
        QCOMPARE(received[0].data, mail.data);
        const QJsonObject parsed = parseWithPython(received[0].data);
        QCOMPARE(parsed[u"subject"_s].toString(), sampleMessage().subject);
        QCOMPARE(parsed[u"message_id"_s].toString(), u"<1@kontor.test>"_s);
    }

    void usesStartTlsWhenOffered()
    {
        auto server = SmtpTestServer::startAiosmtpd(true);
        QVERIFY(server);
        SmtpSettings settings = settingsFor(server->port());
        settings.caFile = SmtpTestServer::certificatePath();
        const SmtpResult result = SmtpSender(settings).send(rendered());
        QVERIFY2(result.sent(), qPrintable(result.error));
        const QList<ReceivedMail> received = server->received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].envelope[u"tls"_s].toBool(), true);
    }

    void neverFallsBackToPlainTextWhenTheCertificateIsUntrusted()
    {
        auto server = SmtpTestServer::startAiosmtpd(true);
        QVERIFY(server);
        const SmtpResult result = SmtpSender(settingsFor(server->port())).send(rendered());
        QCOMPARE(result.outcome, SmtpOutcome::TemporaryFailure);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(server->received().size(), 0);
    }

    void authenticatesWithPasswordFromFile()
    {
        auto server =
            SmtpTestServer::startFaultServer(u"accept"_s, {u"--auth"_s, u"kontor:geheim ä"_s});
        QVERIFY(server);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"smtp-password"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("geheim \xc3\xa4\n");
        file.close();
        auto settings = parseSmtpSettings(
            u"smtp://kontor@127.0.0.1:"_s + QString::number(server->port()), file.fileName());
        QVERIFY(settings.ok());
        QVERIFY(!settings.value.requireTls); // loopback
        settings.value.timeout = 4s;
        const SmtpResult result = SmtpSender(settings.value).send(rendered());
        QVERIFY2(result.sent(), qPrintable(result.error + u' ' + result.replyText));
        const QList<ReceivedMail> received = server->received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].envelope[u"authenticated"_s].toBool(), true);
        QCOMPARE(received[0].envelope[u"login"_s].toString(), u"kontor"_s);
    }

    void wrongPasswordIsPermanent()
    {
        auto server =
            SmtpTestServer::startFaultServer(u"accept"_s, {u"--auth"_s, u"kontor:right"_s});
        QVERIFY(server);
        SmtpSettings settings = settingsFor(server->port());
        settings.user = u"kontor"_s;
        settings.password = u"wrong"_s;
        const SmtpResult result = SmtpSender(settings).send(rendered());
        QCOMPARE(result.outcome, SmtpOutcome::PermanentFailure);
        QCOMPARE(result.replyCode, 535);
        QCOMPARE(server->received().size(), 0);
    }

    void authenticatesOnlyAfterStartTlsWhenRequired()
    {
        auto server = SmtpTestServer::startFaultServer(
            u"accept"_s, {u"--auth"_s, u"kontor:secret"_s, u"--tls"_s,
                          SmtpTestServer::certificatePath(), SmtpTestServer::keyPath()});
        QVERIFY(server);
        SmtpSettings settings = settingsFor(server->port());
        settings.user = u"kontor"_s;
        settings.password = u"secret"_s;
        settings.requireTls = true;
        settings.caFile = SmtpTestServer::certificatePath();
        const SmtpResult result = SmtpSender(settings).send(rendered());
        QVERIFY2(result.sent(), qPrintable(result.error + u' ' + result.replyText));
        const QList<ReceivedMail> received = server->received();
        QCOMPARE(received.size(), 1);
        QVERIFY(received[0].envelope[u"tls"_s].toBool());
        QVERIFY(received[0].envelope[u"authenticated"_s].toBool());
    }

    void classifiesServerFaults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<SmtpOutcome>("outcome");
        QTest::addColumn<int>("replyCode");
        QTest::addColumn<QString>("replyText");
        QTest::addColumn<bool>("mayHaveBeenDelivered");
        QTest::addColumn<int>("storedByServer");
        const auto temporary = SmtpOutcome::TemporaryFailure;
        const auto permanent = SmtpOutcome::PermanentFailure;
        QTest::newRow("421 greeting")
            << u"greeting-4xx"_s << temporary << 421
            << u"421 4.3.2 Service not available (fault injected)"_s << false << 0;
        QTest::newRow("no greeting") << u"hang"_s << temporary << 0 << QString() << false << 0;
        QTest::newRow("450 on RCPT") << u"rcpt-4xx"_s << temporary << 450
                                     << u"450 4.2.1 Mailbox busy (fault injected)"_s << false << 0;
        QTest::newRow("550 on RCPT")
            << u"rcpt-5xx"_s << permanent << 550 << u"550 5.1.1 No such mailbox (fault injected)"_s
            << false << 0;
        QTest::newRow("451 after data")
            << u"data-4xx"_s << temporary << 451
            << u"451 4.3.0 Temporary local problem (fault injected)"_s << false << 0;
        QTest::newRow("554 after data")
            << u"data-5xx"_s << permanent << 554 << u"554 5.6.0 Message refused (fault injected)"_s
            << false << 0;
        QTest::newRow("drop after data")
            << u"drop-after-data"_s << temporary << 354 << QString() << true << 1;
        QTest::newRow("no answer after data")
            << u"hang-after-data"_s << temporary << 354 << QString() << true << 1;
    }

    void classifiesServerFaults()
    {
        QFETCH(QString, mode);
        QFETCH(SmtpOutcome, outcome);
        QFETCH(int, replyCode);
        QFETCH(QString, replyText);
        QFETCH(bool, mayHaveBeenDelivered);
        QFETCH(int, storedByServer);
        auto server = SmtpTestServer::startFaultServer(mode);
        QVERIFY(server);
        SmtpSettings settings = settingsFor(server->port());
        settings.timeout = 1500ms;
        QElapsedTimer clock;
        clock.start();
        const SmtpResult result = SmtpSender(settings).send(rendered());
        QVERIFY2(clock.elapsed() < 5000, "the timeout must bound a send");
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.replyCode, replyCode);
        if (!replyText.isEmpty())
            QCOMPARE(result.replyText, replyText);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.mayHaveBeenDelivered, mayHaveBeenDelivered);
        QCOMPARE(server->received().size(), storedByServer);
    }

    void connectionRefusedIsTemporary()
    {
        quint16 port = 0;
        {
            auto server = SmtpTestServer::startFaultServer(u"accept"_s);
            QVERIFY(server);
            port = server->port();
        } // stopped: nothing listens there now
        QElapsedTimer clock;
        clock.start();
        const SmtpResult result = SmtpSender(settingsFor(port)).send(rendered());
        QCOMPARE(result.outcome, SmtpOutcome::TemporaryFailure);
        QCOMPARE(result.replyCode, 0);
        QVERIFY(!result.mayHaveBeenDelivered);
        QVERIFY(clock.elapsed() < 3000);
    }

    void retryAfterLostConnectionSendsTheSameMessage()
    {
        // The first server took the message and dropped the connection; the retry goes to a
        // working server. Both copies carry the same bytes, so the same Message-ID.
        auto dropping = SmtpTestServer::startFaultServer(u"drop-after-data"_s);
        auto working = SmtpTestServer::startAiosmtpd();
        QVERIFY(dropping && working);
        const RenderedMail mail = rendered(u"retry-1@kontor.test"_s);
        const SmtpResult first = SmtpSender(settingsFor(dropping->port())).send(mail);
        QCOMPARE(first.outcome, SmtpOutcome::TemporaryFailure);
        QVERIFY(first.mayHaveBeenDelivered);
        QVERIFY(SmtpSender(settingsFor(working->port())).send(mail).sent());
        QCOMPARE(dropping->received().size(), 1);
        QCOMPARE(working->received().size(), 1);
        QCOMPARE(dropping->received()[0].data, working->received()[0].data);
    }

    void sendsFromSeveralThreadsAtOnce()
    {
        auto server = SmtpTestServer::startAiosmtpd();
        QVERIFY(server);
        const SmtpSender sender(settingsFor(server->port()));
        constexpr int threads = 6;
        constexpr int perThread = 3;
        std::atomic<int> sent = 0;
        QList<QThread*> workers;
        for (int t = 0; t < threads; ++t) {
            workers.append(QThread::create([&sender, &sent, t] {
                for (int i = 0; i < perThread; ++i) {
                    const QString id = u"t%1-%2@kontor.test"_s.arg(t).arg(i);
                    if (sender.send(rendered(id)).sent())
                        ++sent;
                }
            }));
            workers.last()->start();
        }
        for (QThread* w : workers) {
            QVERIFY(w->wait(30000));
            delete w;
        }
        QCOMPARE(sent.load(), threads * perThread);
        QSet<QString> ids;
        for (const ReceivedMail& m : server->received())
            ids.insert(parseWithPython(m.data)[u"message_id"_s].toString());
        QCOMPARE(ids.size(), threads * perThread);
        QVERIFY(ids.contains(u"<t5-2@kontor.test>"_s));
    }

    void refusesEnvelopeAddressesThatWouldInjectCommands()
    {
        RenderedMail mail = rendered();
        mail.envelopeTo = {"victim@example.test>\r\nRCPT TO:<other@example.test"};
        // No server: the sender must refuse before connecting anywhere.
        const SmtpResult result = SmtpSender(settingsFor(1)).send(mail);
        QCOMPARE(result.outcome, SmtpOutcome::PermanentFailure);
        QCOMPARE(result.replyCode, 0);
    }

    void classifiesReplyCodes_data()
    {
        QTest::addColumn<int>("replyCode");
        QTest::addColumn<SmtpOutcome>("outcome");
        QTest::newRow("no reply") << 0 << SmtpOutcome::TemporaryFailure;
        QTest::newRow("lost after 354") << 354 << SmtpOutcome::TemporaryFailure;
        QTest::newRow("421") << 421 << SmtpOutcome::TemporaryFailure;
        QTest::newRow("452") << 452 << SmtpOutcome::TemporaryFailure;
        QTest::newRow("500") << 500 << SmtpOutcome::PermanentFailure;
        QTest::newRow("535") << 535 << SmtpOutcome::PermanentFailure;
        QTest::newRow("554") << 554 << SmtpOutcome::PermanentFailure;
    }

    void classifiesReplyCodes()
    {
        QFETCH(int, replyCode);
        QFETCH(SmtpOutcome, outcome);
        QCOMPARE(classifySmtpFailure(replyCode), outcome);
    }
};

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
