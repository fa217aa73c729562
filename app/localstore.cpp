#include "localstore.h"

#include "operations.h"
#include "refusedcreate.h"
#include "searchindexbulkload.h"
#include "storereader.h"
#include "storewriter.h"

#include "core/contactrules.h"
#include "core/phonenumber.h"
#include "core/wireformat.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

inline constexpr QLatin1StringView storageFailed{"storage_failed"};

core::Violation violation(const QString& path, QLatin1StringView code, const char* text)
{
    return core::Violation(path, code, text);
}

// Phone numbers are kept in E.164 (core/phonenumber.h) where they parse.
void normalizePhones(core::Contact& contact)
{
    for (core::PhoneNumber& p : contact.phones) {
        if (const std::optional<QString> e164 = core::toE164(p.number))
            p.number = *e164;
    }
}

} // namespace

LocalStore::LocalStore(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<kontor::app::StoreChanges>();
}

LocalStore::~LocalStore() = default;

bool LocalStore::open(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (m_db.open(path)) {
        m_errorMessage.clear();
        SearchIndexBulkLoad::recover(m_db.db()); // after a crash during an import
        return true;
    }
    m_errorMessage = tr("The data on this computer cannot be opened. Please contact your "
                        "administrator.");
    return false;
}

void LocalStore::close()
{
    m_db.close();
}

QString LocalStore::defaultPath(const QUuid& firmId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/firm-"_s +
           core::toWireId(firmId) + u".sqlite"_s;
}

QList<core::Tag> LocalStore::tags() const
{
    return StoreReader(m_db).tags();
}

QList<core::TeamMember> LocalStore::teamMembers() const
{
    return StoreReader(m_db).teamMembers();
}

QList<core::CustomFieldDefinition> LocalStore::customFields(core::CustomFieldScope scope) const
{
    QList<core::CustomFieldDefinition> out;
    for (const core::CustomFieldDefinition& d : StoreReader(m_db).customFields()) {
        if (d.scope == scope)
            out.append(d);
    }
    return out;
}

QList<core::FolderTemplate> LocalStore::folderTemplates() const
{
    return StoreReader(m_db).folderTemplates();
}

core::FirmSettings LocalStore::firmSettings() const
{
    return StoreReader(m_db).firmSettings();
}

core::AccountRules LocalStore::accountRules() const
{
    StoreReader reader(m_db);
    core::AccountRules rules;
    rules.nameFormat = reader.firmSettings().nameFormat;
    rules.customFields = reader.customFields();
    rules.findContact = [this](const QUuid& id) { return contact(id); };
    return rules;
}

CurrentUser LocalStore::currentUser() const
{
    return StoreReader(m_db).currentUser();
}

bool LocalStore::setCurrentUser(const CurrentUser& user)
{
    StoreTransaction tx(m_db);
    if (!tx.writer().setCurrentUser(user) || !tx.commit())
        return false;
    notifyExternalChanges(tx.changes());
    return true;
}

QList<QUuid> LocalStore::defaultTeamMemberIds() const
{
    QList<QUuid> ids;
    const CurrentUser me = currentUser();
    if (me.isValid())
        ids.append(me.id);
    for (const core::TeamMember& m : teamMembers()) {
        if (core::hasDefaultAccountAccess(m) && !ids.contains(m.id))
            ids.append(m.id);
    }
    return ids;
}

core::Violations LocalStore::createAccount(core::Account& account)
{
    for (core::AccountContact& entry : account.contacts) {
        if (!entry.existingContactId)
            normalizePhones(entry.contact);
    }
    const core::Violations v = core::checkNewAccount(account, accountRules());
    if (!v.isEmpty())
        return v;
    if (account.id.isNull())
        account.id = QUuid::createUuid();
    else if (StoreReader(m_db).accountRid(account.id) && !readRefusedCreate(m_db, account.id))
        return {violation(u"id"_s, core::code::duplicate,
                          QT_TRANSLATE_NOOP("Validation", "This account exists already."))};
    for (core::AccountContact& entry : account.contacts) {
        if (!entry.existingContactId && entry.contact.id.isNull())
            entry.contact.id = QUuid::createUuid();
    }
    const QUuid id = account.id;
    return commit({ops::make(core::opkind::accountCreate, ops::accountCreatePayload(account))},
                  [this, id](StoreWriter& w) {
                      // Created from a draft that needs attention: what the refused create
                      // left (its issues, the changes folded into the draft) makes way.
                      const std::optional<RefusedCreate> refused = readRefusedCreate(m_db, id);
                      return (!refused || w.dropRefusedCreate(*refused)) && w.deleteDraft(id);
                  });
}

core::Violations LocalStore::updateAccountFields(const core::Account& edited)
{
    return updateAccountFields(account(edited.id).value_or(edited), edited, QUuid());
}

core::Violations LocalStore::updateAccountFields(const core::Account& original,
                                                 const core::Account& edited)
{
    return updateAccountFields(original, edited, QUuid());
}

core::Violations LocalStore::updateContact(const core::Contact& edited)
{
    return updateContact(contact(edited.id).value_or(edited), edited, QUuid());
}

core::Violations LocalStore::updateContact(const core::Contact& original,
                                           const core::Contact& edited)
{
    return updateContact(original, edited, QUuid());
}

core::Violations LocalStore::updateAccountFields(const core::Account& original,
                                                 const core::Account& edited,
                                                 const QUuid& resolvesIssue)
{
    const std::optional<core::Account> stored = account(edited.id);
    if (!stored) {
        return {violation(u"id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This account does not exist (any "
                                                          "more)."))};
    }
    // Only what the user changed, based on what the user saw: a field changed by a colleague
    // since (pulled meanwhile) is then a conflict on the server, not overwritten.
    const QJsonObject payload = ops::updatePayload(edited.id, ops::accountFieldValues(original),
                                                   ops::accountFieldValues(edited));
    core::Account checked = *stored;
    ops::applyAccountFields(checked, payload.value(u"fields"_s).toObject());
    const core::Violations v = core::checkAccountFields(checked, accountRules());
    if (!v.isEmpty())
        return v;
    return commitUpdate(core::opkind::accountUpdate, payload, resolvesIssue);
}

core::Violations LocalStore::updateContact(const core::Contact& original,
                                           const core::Contact& edited, const QUuid& resolvesIssue)
{
    const std::optional<core::Contact> stored = contact(edited.id);
    if (!stored) {
        return {violation(u"id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This contact does not exist (any "
                                                          "more)."))};
    }
    core::Contact before = original;
    core::Contact after = edited;
    normalizePhones(before);
    normalizePhones(after);
    const QJsonObject payload = ops::updatePayload(edited.id, ops::contactFieldValues(before),
                                                   ops::contactFieldValues(after));
    core::Contact checked = *stored;
    ops::applyContactFields(checked, payload.value(u"fields"_s).toObject());
    const core::Violations v =
        core::checkContact(checked, customFields(core::CustomFieldScope::Contact), QString());
    if (!v.isEmpty())
        return v;
    return commitUpdate(core::opkind::contactUpdate, payload, resolvesIssue);
}

core::Violations LocalStore::commitUpdate(QLatin1StringView kind, const QJsonObject& payload,
                                          const QUuid& resolvesIssue)
{
    QList<core::Operation> operations;
    if (!payload.value(u"fields"_s).toObject().isEmpty())
        operations.append(ops::make(kind, payload));
    if (resolvesIssue.isNull())
        return commit(operations);
    return commit(operations, [&](StoreWriter& w) { return w.removeSyncIssue(resolvesIssue); });
}

core::Violations LocalStore::setLink(const QUuid& accountId, const QUuid& contactId,
                                     const core::ContactSwitches& switches)
{
    const std::optional<core::Contact> c = contact(contactId);
    if (!c) {
        return {violation(u"contact_id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This contact does not exist (any "
                                                          "more)."))};
    }
    if (!account(accountId)) {
        return {violation(u"account_id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This account does not exist (any "
                                                          "more)."))};
    }
    const core::Violations v = core::checkSwitches(switches, c->email, QString());
    if (!v.isEmpty())
        return v;
    return commit({ops::make(core::opkind::linkSet,
                             ops::linkSetPayload(accountId, contactId, true, switches))});
}

core::Violations LocalStore::linkNewContact(const QUuid& accountId, core::Contact& newContact,
                                            const core::ContactSwitches& switches)
{
    if (!account(accountId)) {
        return {violation(u"account_id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This account does not exist (any "
                                                          "more)."))};
    }
    normalizePhones(newContact);
    core::Violations v =
        core::checkContact(newContact, customFields(core::CustomFieldScope::Contact), QString());
    v += core::checkSwitches(switches, newContact.email, QString());
    if (!v.isEmpty())
        return v;
    if (newContact.id.isNull())
        newContact.id = QUuid::createUuid();
    return commit(
        {ops::make(core::opkind::linkSet,
                   ops::linkSetPayload(accountId, newContact.id, true, switches, newContact))});
}

core::Violations LocalStore::unlinkContact(const QUuid& accountId, const QUuid& contactId)
{
    const std::optional<core::Account> a = account(accountId);
    if (!a) {
        return {violation(u"account_id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This account does not exist (any "
                                                          "more)."))};
    }
    const bool linked = std::any_of(a->contacts.cbegin(), a->contacts.cend(),
                                    [&](const auto& e) { return e.contact.id == contactId; });
    if (!linked)
        return {};
    if (a->contacts.size() == 1) {
        return {violation(u"contacts"_s, core::code::required,
                          QT_TRANSLATE_NOOP("Validation", "An account needs at least one "
                                                          "contact."))};
    }
    return commit(
        {ops::make(core::opkind::linkSet, ops::linkSetPayload(accountId, contactId, false, {}))});
}

core::Violations LocalStore::queueInvitation(const QUuid& accountId, const QUuid& contactId,
                                             const QString& personalMessage, QUuid* invitationId)
{
    const std::optional<core::Account> a = account(accountId);
    if (!a) {
        return {violation(u"account_id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This account does not exist (any "
                                                          "more)."))};
    }
    const auto entry = std::find_if(a->contacts.cbegin(), a->contacts.cend(),
                                    [&](const auto& e) { return e.contact.id == contactId; });
    if (entry == a->contacts.cend()) {
        return {violation(u"contact_id"_s, core::code::notFound,
                          QT_TRANSLATE_NOOP("Validation", "This contact is not linked to the "
                                                          "account."))};
    }
    // R-SW-4: portal access needs an email address.
    const core::Violations v =
        core::checkSwitches({true, false, false}, entry->contact.email, QString());
    if (!v.isEmpty())
        return v;
    const QUuid id = QUuid::createUuid();
    if (invitationId)
        *invitationId = id;
    return commit({ops::make(core::opkind::invitationSend,
                             ops::invitationPayload(id, accountId, contactId, personalMessage))});
}

core::Violations LocalStore::resendInvitations(const QList<QUuid>& invitationIds)
{
    QList<core::Operation> operations;
    for (const QUuid& id : invitationIds) {
        operations.append(ops::make(localkind::invitationResend, {{u"id"_s, core::toWireId(id)}}));
    }
    return commit(operations);
}

bool LocalStore::markNotificationRead(const QUuid& id)
{
    return commit({ops::make(localkind::notificationRead, {{u"id"_s, core::toWireId(id)}})})
        .isEmpty();
}

bool LocalStore::dismissSyncIssue(const QUuid& opId)
{
    StoreTransaction tx(m_db);
    if (!tx.writer().removeSyncIssue(opId) || !tx.commit())
        return false;
    notifyExternalChanges(tx.changes());
    return true;
}

core::Violations LocalStore::commit(const QList<core::Operation>& operations,
                                    const std::function<bool(StoreWriter&)>& also)
{
    if (operations.isEmpty() && !also)
        return {};
    StoreChanges changes;
    {
        StoreTransaction tx(m_db);
        if (!tx.isActive())
            return storageFailure();
        if (also && !also(tx.writer()))
            return storageFailure();
        for (const core::Operation& op : operations) {
            if (!tx.writer().applyOperation(op) || !tx.writer().enqueue(op))
                return storageFailure();
        }
        if (!tx.commit())
            return storageFailure();
        changes = tx.changes();
    }
    m_errorMessage.clear();
    notifyExternalChanges(changes);
    if (!operations.isEmpty())
        Q_EMIT operationsQueued();
    return {};
}

core::Violations LocalStore::storageFailure()
{
    m_errorMessage = tr("The change could not be saved on this computer. Is the disk full?");
    return {violation(QString(), storageFailed,
                      QT_TRANSLATE_NOOP("Validation", "The change could not be saved on this "
                                                      "computer."))};
}

void LocalStore::notifyExternalChanges(const StoreChanges& changes)
{
    if (changes.isEmpty())
        return;
    Q_EMIT changed(changes);
    if (changes.outbox)
        Q_EMIT outboxChanged();
    if (changes.syncIssues)
        Q_EMIT syncIssuesChanged();
    if (changes.drafts || changes.syncIssues)
        Q_EMIT draftsChanged(); // a refused create is a draft too
}

std::optional<core::Account> LocalStore::account(const QUuid& id) const
{
    return StoreReader(m_db).account(id);
}

std::optional<core::Contact> LocalStore::contact(const QUuid& id) const
{
    return StoreReader(m_db).contact(id);
}

QList<core::Contact> LocalStore::findContacts(const QString& text, int limit) const
{
    return StoreReader(m_db).findContacts(text, limit);
}

QList<core::Contact> LocalStore::findDuplicateContacts(const core::Contact& c) const
{
    return StoreReader(m_db).findDuplicateContacts(c);
}

QList<PendingActivation> LocalStore::pendingActivations() const
{
    return StoreReader(m_db).pendingActivations();
}

QList<Notification> LocalStore::notifications() const
{
    return StoreReader(m_db).notifications();
}

QList<SyncIssue> LocalStore::syncIssues() const
{
    return StoreReader(m_db).syncIssues();
}

int LocalStore::outboxCount() const
{
    return StoreReader(m_db).outboxCount();
}

int LocalStore::syncIssueCount() const
{
    return int(StoreReader(m_db).syncIssues().size());
}

} // namespace kontor::app
