#include "smtpsender.h"

#include "maillog.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace kontor::mail {

namespace {

void initCurlOnce()
{
    // curl_global_init is not thread-safe itself and must run before any other libcurl call.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// An envelope address goes into an SMTP command line as it is: it must be printable ASCII
// without spaces or brackets (renderMail() makes them so; this guards against other callers).
bool isSafeEnvelopeAddress(const QByteArray& address)
{
    if (address.isEmpty() || address.size() > 254 || address.count('@') != 1)
        return false;
    for (char c : address) {
        if (c <= ' ' || c > '~' || c == '<' || c == '>')
            return false;
    }
    return true;
}

// State shared with libcurl's callbacks during one transfer.
struct Transfer {
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
    bool allRead = false;
    QByteArray pendingReply; // lines of a multi-line reply not yet complete
    QList<QByteArray> replies;

    // The reply that carried @p code: after a refusal libcurl still says QUIT, and "221 Bye"
    // is not what anybody needs to read.
    QByteArray replyWithCode(long code) const
    {
        const QByteArray prefix = QByteArray::number(code);
        for (auto it = replies.crbegin(); it != replies.crend(); ++it) {
            if (it->startsWith(prefix))
                return *it;
        }
        return code == 0 || replies.isEmpty() ? QByteArray() : replies.last();
    }
};

size_t readData(char* buffer, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const qsizetype n =
        std::min<qsizetype>(static_cast<qsizetype>(size * count), t->data->size() - t->offset);
    std::memcpy(buffer, t->data->constData() + t->offset, static_cast<size_t>(n));
    t->offset += n;
    t->allRead = t->offset == t->data->size();
    return static_cast<size_t>(n);
}

// libcurl hands every SMTP reply line to the header callback. A reply ends with the line whose
// fourth character is a space ("250 OK"); "250-…" lines continue it.
size_t readReplyLine(char* buffer, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const QByteArray line = QByteArray(buffer, static_cast<qsizetype>(size * count)).trimmed();
    // Bounded, so a server that talks without end cannot fill the memory before the timeout.
    if (t->pendingReply.size() < 4096)
        t->pendingReply += line.left(1024) + '\n';
    if (line.size() < 4 || line.at(3) != '-') {
        if (t->replies.size() == 16)
            t->replies.removeFirst();
        t->replies.append(t->pendingReply.trimmed());
        t->pendingReply.clear();
    }
    return size * count;
}

struct CurlDeleter {
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpOutcome classifySmtpFailure(int replyCode)
{
    return replyCode >= 500 && replyCode < 600 ? SmtpOutcome::PermanentFailure
                                               : SmtpOutcome::TemporaryFailure;
}

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    initCurlOnce();
}

SmtpResult SmtpSender::send(const RenderedMail& mail) const
{
    SmtpResult result;
    bool safe = isSafeEnvelopeAddress(mail.envelopeFrom) && !mail.envelopeTo.isEmpty();
    for (const QByteArray& rcpt : mail.envelopeTo)
        safe = safe && isSafeEnvelopeAddress(rcpt);
    if (!safe) {
        result.outcome = SmtpOutcome::PermanentFailure;
        result.error = u"invalid envelope address"_s;
        return result;
    }

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        result.error = u"curl_easy_init failed"_s;
        return result;
    }
    CURL* h = curl.get();
    Transfer transfer;
    transfer.data = &mail.data;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_slist* list = nullptr;
    for (const QByteArray& rcpt : mail.envelopeTo) {
        curl_slist* longer = curl_slist_append(list, QByteArray('<' + rcpt + '>').constData());
        if (!longer) {
            curl_slist_free_all(list);
            result.error = u"out of memory"_s;
            return result;
        }
        list = longer;
    }
    const std::unique_ptr<curl_slist, SlistDeleter> recipients(list);
    const QByteArray url = m_settings.server.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray from = '<' + mail.envelopeFrom + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();

    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // signals and threads do not mix
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_USE_SSL,
                     m_settings.requireTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_TRY));
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!password.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_settings.timeout.count()));
    // libcurl waits for the reply to the data with its own response timeout (120 s), which
    // the total timeout does not cut short; it only takes whole seconds.
    curl_easy_setopt(h, CURLOPT_SERVER_RESPONSE_TIMEOUT,
                     long(std::chrono::ceil<std::chrono::seconds>(m_settings.timeout).count()));
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(mail.data.size()));
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readData);
    curl_easy_setopt(h, CURLOPT_READDATA, &transfer);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, readReplyLine);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &transfer);

    const CURLcode code = curl_easy_perform(h);
    long replyCode = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &replyCode);
    result.replyCode = static_cast<int>(replyCode);
    result.replyText = QString::fromUtf8(transfer.replyWithCode(replyCode));
    if (code == CURLE_OK) {
        result.outcome = SmtpOutcome::Sent;
        qCInfo(lcMail) << "sent" << mail.messageId << result.replyText;
        return result;
    }
    result.outcome = classifySmtpFailure(result.replyCode);
    result.error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    // 354 is the go-ahead for the data: no verdict on the message came after it.
    result.mayHaveBeenDelivered = transfer.allRead && result.replyCode == 354;
    qCWarning(lcMail) << "not sent" << mail.messageId
                      << (result.outcome == SmtpOutcome::PermanentFailure ? "permanent"
                                                                          : "temporary")
                      << result.error << result.replyText;
    return result;
}

} // namespace kontor::mail
