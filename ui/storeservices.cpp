#include "storeservices.h"

#include "app/localstore.h"
#include "core/syncprotocol.h"

#include <QSet>

namespace kontor::ui {

namespace {
// How many contacts "Vorhandenen Kontakt verknüpfen" lists while the user types.
constexpr int searchLimit = 20;
} // namespace

ReferenceData referenceDataFrom(const app::LocalStore& store)
{
    ReferenceData r;
    const core::FirmSettings settings = store.firmSettings();
    r.nameFormat = settings.nameFormat;
    r.defaultFolderTemplateId = settings.defaultFolderTemplateId;
    r.currentUserId = store.currentUser().id;
    r.teamMembers = store.teamMembers();
    r.tags = store.tags();
    r.folderTemplates = store.folderTemplates();
    r.customFields = store.customFields(core::CustomFieldScope::Account) +
                     store.customFields(core::CustomFieldScope::Contact);
    return r;
}

ClientServices storeServices(app::LocalStore& store, app::AccountListModel* accounts,
                             app::PendingActivationsModel* pendingActivations,
                             app::NotificationModel* notifications, std::function<void()> syncNow)
{
    app::LocalStore* s = &store;
    ClientServices services;
    services.referenceData = [s] { return referenceDataFrom(*s); };
    services.contacts.search = [s](const QString& text) {
        return s->findContacts(text, searchLimit);
    };
    services.contacts.findDuplicates = [s](const core::Contact& draft) {
        return s->findDuplicateContacts(draft);
    };
    services.contacts.find = [s](const QUuid& id) { return s->contact(id); };
    services.loadAccount = [s](const QUuid& id) { return s->account(id); };

    services.createAccount = [s](const core::Account& account) {
        core::Account stored = account;
        const core::Violations errors = s->createAccount(stored);
        return SubmitResult{errors.isEmpty(), errors, s->errorMessage()};
    };
    services.setLink = [s](const QUuid& accountId, const core::AccountContact& entry, bool linked) {
        if (!linked)
            return s->unlinkContact(accountId, entry.existingContactId.value_or(entry.contact.id))
                .isEmpty();
        if (entry.existingContactId)
            return s->setLink(accountId, *entry.existingContactId, entry.switches).isEmpty();
        core::Contact contact = entry.contact;
        return s->linkNewContact(accountId, contact, entry.switches).isEmpty();
    };
    services.sendInvitation = [s](const QUuid& accountId, const QUuid& contactId,
                                  const QString& message) {
        return s->queueInvitation(accountId, contactId, message).isEmpty();
    };
    services.resendInvitations = [s](const QList<QUuid>& ids) {
        return s->resendInvitations(ids).isEmpty();
    };
    services.markNotificationRead = [s](const QUuid& id) { s->markNotificationRead(id); };
    services.syncNow = std::move(syncNow);

    services.drafts = [s] { return s->drafts(); };
    services.draft = [s](const QUuid& id) { return s->draft(id); };
    services.saveDraft = [s](const core::Account& account, const app::DraftPosition& position) {
        core::Account saved = account;
        return s->saveDraft(saved, position);
    };
    services.discardDraft = [s](const QUuid& id) { return s->discardDraft(id); };
    services.conflicts = [s] { return s->conflicts(); };
    services.resolveConflict = [s](const QUuid& opId, const QString& field,
                                   app::ConflictChoice choice) {
        return s->resolveConflict(opId, field, choice);
    };
    services.refusedChanges = [s](const QUuid& accountId) {
        QSet<QUuid> contacts;
        if (const std::optional<core::Account> account = s->account(accountId)) {
            for (const core::AccountContact& entry : account->contacts)
                contacts.insert(entry.existingContactId.value_or(entry.contact.id));
        }
        QList<app::SyncIssue> refused;
        const QList<app::SyncIssue> issues = s->syncIssues();
        for (const app::SyncIssue& issue : issues) {
            // A refused create is a draft that needs attention: the wizard shows it.
            if (issue.kind == app::SyncIssue::Kind::Rejected &&
                issue.operation.kind != core::opkind::accountCreate &&
                (issue.accountId == accountId ||
                 (!issue.contactId.isNull() && contacts.contains(issue.contactId))))
                refused.append(issue);
        }
        return refused;
    };
    services.rejectedEdit = [s](const QUuid& opId) { return s->rejectedEdit(opId); };
    services.resubmitEdit = [s](const app::RejectedEdit& edited) {
        return edited.kind == core::opkind::contactUpdate
                   ? s->resubmitEdit(edited.opId, edited.contact)
                   : s->resubmitEdit(edited.opId, edited.account);
    };
    services.dismissSyncIssue = [s](const QUuid& opId) { return s->dismissSyncIssue(opId); };
    services.attention = [s] { return app::attentionItems(*s); };
    services.accounts = accounts;
    services.pendingActivations = pendingActivations;
    services.notifications = notifications;
    return services;
}

} // namespace kontor::ui
