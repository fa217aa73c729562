// The local store's schema, one list of statements per version (PRAGMA user_version counts
// them). Never edit a released version: append a new one.

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kontor::app {

QList<QStringList> schemaMigrations()
{
    return {
        // Version 1
        {
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,

            // Accounts keep their own fields as columns for the list, and JSON for the rest.
            // rid is the local row id: the list model keeps rids, never UUID strings.
            u"CREATE TABLE accounts("
            " rid INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " type INTEGER NOT NULL," // core::AccountType
            " name TEXT NOT NULL,"    // the effective (typed or generated) name
            " company_name TEXT NOT NULL DEFAULT '',"
            " sort_key TEXT NOT NULL,"                   // folded name: list order, byte-wise
            " portal_status INTEGER NOT NULL DEFAULT 0," // core::PortalStatus
            " tags TEXT NOT NULL DEFAULT '[]',"
            " team_member_ids TEXT NOT NULL DEFAULT '[]',"
            " folder_template_id TEXT,"
            " custom_fields TEXT NOT NULL DEFAULT '{}',"
            " folders TEXT NOT NULL DEFAULT '[]',"
            " search_text TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX accounts_order ON accounts(sort_key)"_s,
            u"CREATE INDEX accounts_type ON accounts(type)"_s,
            u"CREATE INDEX accounts_portal ON accounts(portal_status)"_s,

            u"CREATE TABLE contacts("
            " rid INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " first_name TEXT NOT NULL DEFAULT '',"
            " middle_name TEXT NOT NULL DEFAULT '',"
            " last_name TEXT NOT NULL DEFAULT '',"
            " email TEXT NOT NULL DEFAULT '',"
            " email_key TEXT NOT NULL DEFAULT ''," // core::normalizedEmail
            " name_key TEXT NOT NULL DEFAULT '',"  // folded "first last"
            " data TEXT NOT NULL DEFAULT '{}',"    // tags, phones, address, custom fields
            " search_text TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX contacts_email ON contacts(email_key)"_s,
            u"CREATE INDEX contacts_name ON contacts(name_key)"_s,

            u"CREATE TABLE account_contacts("
            " account_rid INTEGER NOT NULL REFERENCES accounts(rid) ON DELETE CASCADE,"
            " contact_rid INTEGER NOT NULL REFERENCES contacts(rid) ON DELETE CASCADE,"
            " position INTEGER NOT NULL DEFAULT 0,"
            " login INTEGER NOT NULL DEFAULT 0,"
            " notify INTEGER NOT NULL DEFAULT 0,"
            " email_sync INTEGER NOT NULL DEFAULT 0,"
            " portal_status INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY(account_rid, contact_rid)) WITHOUT ROWID"_s,
            u"CREATE INDEX account_contacts_contact ON account_contacts(contact_rid)"_s,

            // Filter tables of the account list (tag names case-folded).
            u"CREATE TABLE account_tags("
            " tag_key TEXT NOT NULL,"
            " account_rid INTEGER NOT NULL REFERENCES accounts(rid) ON DELETE CASCADE,"
            " PRIMARY KEY(tag_key, account_rid)) WITHOUT ROWID"_s,
            u"CREATE INDEX account_tags_account ON account_tags(account_rid)"_s,
            u"CREATE TABLE account_members("
            " member_id TEXT NOT NULL,"
            " account_rid INTEGER NOT NULL REFERENCES accounts(rid) ON DELETE CASCADE,"
            " PRIMARY KEY(member_id, account_rid)) WITHOUT ROWID"_s,
            u"CREATE INDEX account_members_account ON account_members(account_rid)"_s,

            // Full-text search, umlaut-insensitive ("muller" and "mül" find "Müller"); rowid is
            // the account's (contact's) rid. Prefix indexes keep search-as-you-type fast;
            // searches are words as prefixes only, so no positions are kept (detail=none: a
            // quarter of the size, and faster).
            u"CREATE VIRTUAL TABLE accounts_fts USING fts5(account, contacts,"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none)"_s,
            u"CREATE VIRTUAL TABLE contacts_fts USING fts5(contact,"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none)"_s,

            // Reference data, kept in its wire form (core/wireformat.h).
            u"CREATE TABLE tags(id TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL)"_s,
            u"CREATE TABLE team_members(id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " data TEXT NOT NULL)"_s,
            u"CREATE TABLE custom_fields(id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " data TEXT NOT NULL)"_s,
            u"CREATE TABLE folder_templates(id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " data TEXT NOT NULL)"_s,

            u"CREATE TABLE invitations("
            " id TEXT PRIMARY KEY,"
            " account_id TEXT NOT NULL,"
            " contact_id TEXT NOT NULL,"
            " email TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL," // queued (local) | sent | failed | expired
            " sent_at TEXT,"
            " expires_at TEXT,"
            " send_count INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX invitations_account ON invitations(account_id)"_s,

            u"CREATE TABLE notifications("
            " id TEXT PRIMARY KEY,"
            " kind TEXT NOT NULL DEFAULT '',"
            " account_id TEXT,"
            " title TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL DEFAULT '',"
            " read_at TEXT,"
            " data TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE INDEX notifications_created ON notifications(created_at)"_s,

            // The outbox: every local change as an operation, in the order it was made. A row
            // leaves only when the server answered for its op_id (DESIGN.md, Sync protocol).
            u"CREATE TABLE outbox("
            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " op_id TEXT NOT NULL UNIQUE,"
            " kind TEXT NOT NULL,"
            " payload TEXT NOT NULL,"
            " account_id TEXT," // the account the operation touches
            " contact_id TEXT," // the contact a contact.update touches
            " created_at TEXT NOT NULL)"_s,
            u"CREATE INDEX outbox_account ON outbox(account_id)"_s,
            u"CREATE INDEX outbox_contact ON outbox(contact_id)"_s,

            // Operations the server rejected (with its field errors) or applied only in part
            // (conflicts with both values). The payload is kept so the user can fix and resend.
            u"CREATE TABLE sync_issues("
            " op_id TEXT PRIMARY KEY,"
            " status TEXT NOT NULL," // rejected | conflict
            " kind TEXT NOT NULL,"
            " payload TEXT NOT NULL,"
            " account_id TEXT,"
            " contact_id TEXT,"
            " errors TEXT NOT NULL DEFAULT '[]',"
            " conflicts TEXT NOT NULL DEFAULT '[]',"
            " created_at TEXT NOT NULL)"_s,
            u"CREATE INDEX sync_issues_account ON sync_issues(account_id)"_s,
        },
        // Version 2 (issue 6): drafts, and the outbox order of sync issues.
        {
            // Unfinished new-account input, saved as the user types: the wizard's account as
            // core::Account JSON (its id is the draft's) and where the user was. A draft whose
            // account.create the server rejected is found through sync_issues (same id).
            u"CREATE TABLE drafts("
            " id TEXT PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " page INTEGER NOT NULL DEFAULT 0,"
            " focus TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"_s,
            // The outbox position an issue had: a rejected create is rebuilt with the changes
            // made after it, in the order they were made.
            u"ALTER TABLE sync_issues ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE INDEX sync_issues_contact ON sync_issues(contact_id)"_s,
        },
        // Version 3 (issue 7): the accounts an import batch waiting in the outbox creates or
        // changes (a batch has no single outbox.account_id), so that their list rows show
        // "nicht synchronisiert" until the server answered for the batch.
        {
            u"CREATE TABLE outbox_accounts("
            " account_id TEXT NOT NULL,"
            " op_id TEXT NOT NULL,"
            " PRIMARY KEY(account_id, op_id)) WITHOUT ROWID"_s,
            u"CREATE INDEX outbox_accounts_op ON outbox_accounts(op_id)"_s,
        },
    };
}

} // namespace kontor::app
