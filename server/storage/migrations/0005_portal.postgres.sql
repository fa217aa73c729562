-- Portal access: invitations (and sign-up confirmations), the mail outbox, portal identities
-- and their cookie sessions. Rate limits of the portal share signin_failures (buckets
-- "portal-…").
CREATE TABLE invitations (
  firm_id TEXT NOT NULL,
  invitation_id TEXT COLLATE "C" NOT NULL,
  account_id TEXT NOT NULL,
  contact_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  email TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  token_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  sent_by TEXT,
  mail_id TEXT,
  send_count INTEGER NOT NULL DEFAULT 1,
  sent_at BIGINT,
  expires_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  closed_at BIGINT,
  PRIMARY KEY (firm_id, invitation_id)
);
CREATE UNIQUE INDEX invitations_token ON invitations (firm_id, token_hash);
CREATE INDEX invitations_contact ON invitations (firm_id, contact_id, account_id, status);
CREATE INDEX invitations_status ON invitations (firm_id, status, created_at);
-- One row per message; data holds the rendered bytes, sent as they are on every attempt.
CREATE TABLE mail_outbox (
  firm_id TEXT NOT NULL,
  mail_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  invitation_id TEXT,
  envelope_from TEXT NOT NULL,
  envelope_to TEXT NOT NULL,
  data TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  lease_until BIGINT,
  claimed_by TEXT,
  last_error TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  sent_at BIGINT,
  PRIMARY KEY (firm_id, mail_id)
);
-- The sender looks across firms for due messages.
CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at);
CREATE TABLE portal_identities (
  firm_id TEXT NOT NULL,
  contact_id TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (firm_id, contact_id)
);
CREATE TABLE portal_sessions (
  firm_id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  contact_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (firm_id, token_hash)
);
CREATE INDEX portal_sessions_contact ON portal_sessions (firm_id, contact_id);
