#include "invitationmails.h"

#include "accounts.h"
#include "contacts.h"
#include "firms.h"
#include "mailoutbox.h"
#include "notifications.h"

#include "mail/mailtemplates.h"
#include "storage/query.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kontor::server::domain::invitations {

using storage::Query;

namespace {

QString firmName(storage::Database& db, const QUuid& firmId)
{
    Query q(db, u"SELECT name FROM firms WHERE firm_id = :f"_s);
    q.bind(u":f"_s, firmId).exec();
    return q.next() ? q.text(0) : QString();
}

QString hostOf(const Options& options)
{
    return QUrl(options.publicUrl).host();
}

QString personName(const core::Contact& c)
{
    return QStringList{c.firstName, c.middleName, c.lastName}
        .filter(QRegularExpression(u"\\S"_s))
        .join(u' ');
}

} // namespace

QUuid queueMail(storage::Transaction& tx, const QUuid& firmId, const Invitation& inv,
                const core::Contact& contact, const QString& message, const QString& token,
                const Options& options)
{
    const core::FirmSettings settings = firms::loadSettings(tx.db(), firmId);
    const mail::MailLanguage language = mail::mailLanguage(settings.language);
    const QString firm = firmName(tx.db(), firmId);
    QUrl link(options.publicUrl + u"/portal/activate"_s);
    link.setQuery(u"token="_s + token);
    const QDate validUntil = QDateTime::fromMSecsSinceEpoch(inv.expiresAt).date();
    mail::MailContent content;
    if (inv.kind == outbox::signupMail) {
        content =
            mail::renderSignupConfirmation({firm, personName(contact), link, validUntil}, language);
    } else {
        content = mail::renderInvitation({firm, personName(contact), message, link, validUntil},
                                         language);
    }
    mail::MailMessage m;
    m.from = {firm, options.mailFrom};
    m.to = {{personName(contact), contact.email}};
    m.subject = content.subject;
    m.text = content.text;
    m.html = content.html;
    return outbox::enqueue(tx, firmId, inv.kind, inv.id, m, hostOf(options));
}

void notifyTeam(storage::Transaction& tx, const Invitation& inv, const Options& options)
{
    storage::Database& db = tx.db();
    const QUuid& firmId = inv.firmId;
    QList<QUuid> ids;
    {
        Query q(db, u"SELECT user_id FROM account_members WHERE firm_id = :f AND account_id = :a "
                    "UNION SELECT created_by FROM accounts WHERE firm_id = :f AND account_id = "
                    ":a AND created_by IS NOT NULL"_s);
        q.bind(u":f"_s, firmId).bind(u":a"_s, inv.accountId).exec();
        while (q.next())
            ids.append(q.id(0));
    }
    const QList<core::TeamMember> team =
        ids.isEmpty() ? QList<core::TeamMember>() : firms::teamMembers(db, firmId, ids);
    if (team.isEmpty())
        return;
    const QList<accounts::Stored> found = accounts::loadMany(db, firmId, {inv.accountId});
    const std::optional<core::Contact> contact = contacts::load(db, firmId, inv.contactId);
    if (found.isEmpty() || !contact)
        return;
    const QString accountName = found.constFirst().account.name;
    const bool registered = inv.kind == outbox::signupMail;
    QList<QUuid> userIds;
    for (const core::TeamMember& m : team)
        userIds.append(m.id);
    notifications::create(tx, firmId, userIds,
                          registered ? u"portal_signup"_s : u"portal_activated"_s, inv.accountId,
                          registered ? QT_TRANSLATE_NOOP("Server", "%1 registered on the client "
                                                                   "portal (account “%2”).")
                                     : QT_TRANSLATE_NOOP("Server", "%1 activated access to the "
                                                                   "client portal for “%2”."),
                          {personName(*contact), accountName});
    const core::FirmSettings settings = firms::loadSettings(db, firmId);
    const mail::MailLanguage language = mail::mailLanguage(settings.language);
    const QString firm = firmName(db, firmId);
    for (const core::TeamMember& m : team) {
        mail::PortalAccessNotice notice;
        notice.event = registered ? mail::PortalAccessNotice::Event::Registered
                                  : mail::PortalAccessNotice::Event::Activated;
        notice.teamMemberName = m.name;
        notice.contactName = personName(*contact);
        notice.accountName = accountName;
        notice.accountId = inv.accountId;
        notice.webLink = QUrl(notifications::webLink(options.publicUrl, inv.accountId));
        const mail::MailContent content = mail::renderPortalAccessNotice(notice, language);
        mail::MailMessage message;
        message.from = {firm, options.mailFrom};
        message.to = {{m.name, m.email}};
        message.subject = content.subject;
        message.text = content.text;
        message.html = content.html;
        outbox::enqueue(tx, firmId, outbox::noticeMail, std::nullopt, message, hostOf(options));
    }
}

} // namespace kontor::server::domain::invitations
