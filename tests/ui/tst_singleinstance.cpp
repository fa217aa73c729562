// One Kontor per user, and kontor:// links handed to it (R-REG-3): forwarding to a running
// instance, a stale socket left by a crash, and an instance that does not answer.

#include "ui/kontorurl.h"
#include "ui/singleinstance.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

/// A Unix socket bound at @p path by hand, as a crashed or hung process leaves it.
class RawSocket {
public:
    RawSocket(const QString& path, bool listening)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        std::memcpy(addr.sun_path, p.constData(), size_t(p.size()) + 1);
        m_ok = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
               (!listening || ::listen(m_fd, 4) == 0);
    }
    ~RawSocket() { closeWithoutUnlink(); }
    bool ok() const { return m_ok; }
    /// Leaves the socket file behind, as a killed process does.
    void closeWithoutUnlink()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    bool m_ok = false;
};

/// Forwards @p message from another thread, as a second process would, while this thread's
/// event loop lets the running instance answer.
bool forwardFromAnotherThread(const QString& name, const QString& message, int timeoutMs,
                              qint64* elapsedMs = nullptr)
{
    bool result = false;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ui::SingleInstance second(name);
        result = second.forwardToRunning(message, timeoutMs);
    }));
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return result;
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAccountLinks_data();
    void parsesAccountLinks();
    void secondProcessHandsLinkToFirst();
    void nothingRunningMeansStartHere();
    void staleSocketIsReplaced();
    void unansweringInstanceDoesNotHang();
};

void TestSingleInstance::parsesAccountLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    const QString id = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
    QTest::newRow("account") << u"kontor://account/"_s + id << true;
    QTest::newRow("trailing slash") << u"kontor://account/"_s + id + u'/' << true;
    QTest::newRow("upper case scheme") << u"KONTOR://account/"_s + id << true;
    QTest::newRow("braces") << u"kontor://account/{"_s + id + u'}' << true;
    QTest::newRow("other host") << u"kontor://contact/"_s + id << false;
    QTest::newRow("other scheme") << u"https://account/"_s + id << false;
    QTest::newRow("not an id") << u"kontor://account/abc"_s << false;
    QTest::newRow("deeper path") << u"kontor://account/"_s + id + u"/x"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSingleInstance::parsesAccountLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const std::optional<QUuid> id = ui::accountIdFromUrl(QUrl(url));
    QCOMPARE(id.has_value(), valid);
    if (valid) {
        QCOMPARE(*id, QUuid::fromString(u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s));
        QCOMPARE(ui::accountIdFromUrl(ui::accountUrl(*id)), id);
    }
}

void TestSingleInstance::secondProcessHandsLinkToFirst()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"kontor.socket"_s);
    ui::SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &ui::SingleInstance::messageReceived);
    const QString link = u"kontor://account/3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
    QVERIFY(forwardFromAnotherThread(name, link, 2000));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), link);
    // And "come to the front" without a link.
    QVERIFY(forwardFromAnotherThread(name, QString(), 2000));
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toString(), QString());
}

void TestSingleInstance::nothingRunningMeansStartHere()
{
    QTemporaryDir dir;
    ui::SingleInstance only(dir.filePath(u"kontor.socket"_s));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!only.forwardToRunning(u"x"_s, 2000));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(only.listen());
}

// A crash leaves the socket file: nobody answers, so the new process replaces it at once.
void TestSingleInstance::staleSocketIsReplaced()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"kontor.socket"_s);
    {
        RawSocket crashed(name, true);
        QVERIFY(crashed.ok());
        crashed.closeWithoutUnlink();
    }
    QVERIFY(QFileInfo::exists(name));
    ui::SingleInstance next(name);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!next.forwardToRunning(u"x"_s, 2000));
    QVERIFY(next.listen());
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QSignalSpy received(&next, &ui::SingleInstance::messageReceived);
    QVERIFY(forwardFromAnotherThread(name, u"hello"_s, 2000));
    QTRY_COMPARE(received.size(), 1);
}

// A process that holds the socket but never answers costs a bounded wait, not a hang, and its
// socket is not taken from it.
void TestSingleInstance::unansweringInstanceDoesNotHang()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"kontor.socket"_s);
    RawSocket hung(name, true);
    QVERIFY(hung.ok());
    qint64 elapsed = 0;
    QVERIFY(!forwardFromAnotherThread(name, u"x"_s, 300, &elapsed));
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    ui::SingleInstance next(name);
    QVERIFY(!next.listen());
    QVERIFY(QFileInfo::exists(name));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
