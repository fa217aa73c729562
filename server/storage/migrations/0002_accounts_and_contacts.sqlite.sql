-- Accounts, contacts, their links, reference data and the inbox.
CREATE TABLE tags (
  firm_id TEXT NOT NULL,
  tag_id TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  color TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  PRIMARY KEY (firm_id, tag_id)
);
CREATE UNIQUE INDEX tags_name ON tags (firm_id, name_key);
CREATE TABLE custom_fields (
  firm_id TEXT NOT NULL,
  field_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  scope TEXT NOT NULL,
  options TEXT NOT NULL DEFAULT '[]',
  required INTEGER NOT NULL DEFAULT 0,
  position BIGINT NOT NULL,
  PRIMARY KEY (firm_id, field_id)
);
CREATE TABLE folder_templates (
  firm_id TEXT NOT NULL,
  template_id TEXT NOT NULL,
  name TEXT NOT NULL,
  folders TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (firm_id, template_id)
);
CREATE TABLE accounts (
  firm_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  company_name TEXT NOT NULL DEFAULT '',
  sort_key TEXT NOT NULL,
  folder_template_id TEXT,
  custom_fields TEXT NOT NULL DEFAULT '{}',
  folders TEXT NOT NULL DEFAULT '[]',
  tags TEXT NOT NULL DEFAULT '[]',
  created_by TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  search_text TEXT NOT NULL DEFAULT '',
  search_rowid BIGINT,
  PRIMARY KEY (firm_id, account_id)
);
CREATE INDEX accounts_sort ON accounts (firm_id, sort_key, account_id);
CREATE TABLE account_tags (
  firm_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  tag_id TEXT NOT NULL,
  PRIMARY KEY (firm_id, account_id, tag_id)
);
CREATE INDEX account_tags_tag ON account_tags (firm_id, tag_id, account_id);
CREATE TABLE account_members (
  firm_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  PRIMARY KEY (firm_id, account_id, user_id)
);
CREATE INDEX account_members_user ON account_members (firm_id, user_id, account_id);
CREATE TABLE contacts (
  firm_id TEXT NOT NULL,
  contact_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  middle_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  email_key TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',
  phones TEXT NOT NULL DEFAULT '[]',
  address TEXT NOT NULL DEFAULT '{}',
  custom_fields TEXT NOT NULL DEFAULT '{}',
  sort_key TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  search_text TEXT NOT NULL DEFAULT '',
  search_rowid BIGINT,
  PRIMARY KEY (firm_id, contact_id)
);
CREATE INDEX contacts_sort ON contacts (firm_id, sort_key, contact_id);
CREATE INDEX contacts_email ON contacts (firm_id, email_key);
CREATE TABLE account_contacts (
  firm_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  contact_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  login INTEGER NOT NULL DEFAULT 0,
  notify INTEGER NOT NULL DEFAULT 0,
  email_sync INTEGER NOT NULL DEFAULT 0,
  portal_status TEXT NOT NULL DEFAULT 'not_activated',
  PRIMARY KEY (firm_id, account_id, contact_id)
);
CREATE INDEX account_contacts_contact ON account_contacts (firm_id, contact_id);
CREATE TABLE notifications (
  firm_id TEXT NOT NULL,
  notification_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  account_id TEXT,
  title TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  read_at BIGINT,
  PRIMARY KEY (firm_id, notification_id)
);
CREATE INDEX notifications_user ON notifications (firm_id, user_id, created_at);
