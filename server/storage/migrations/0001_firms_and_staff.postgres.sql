-- Firms, staff, sessions and sign-in counters.
CREATE TABLE firms (
  firm_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  signup_enabled INTEGER NOT NULL DEFAULT 1,
  name_format TEXT NOT NULL DEFAULT 'first_last',
  default_folder_template_id TEXT,
  language TEXT NOT NULL DEFAULT 'de',
  change_seq BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX firms_name_key ON firms (name_key);
CREATE TABLE users (
  firm_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  perm_manage_accounts INTEGER NOT NULL DEFAULT 0,
  perm_default_access INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (firm_id, user_id)
);
CREATE UNIQUE INDEX users_email ON users (firm_id, email_key);
-- Sign-in names no firm, so the address must lead to one: a directory across firms.
CREATE TABLE staff_logins (
  email_key TEXT NOT NULL PRIMARY KEY,
  firm_id TEXT NOT NULL,
  user_id TEXT NOT NULL
);
CREATE TABLE sessions (
  firm_id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  user_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (firm_id, token_hash)
);
CREATE INDEX sessions_user ON sessions (firm_id, user_id);
-- Failed sign-ins per account and per client address in fixed windows. Counted before any
-- firm is known, so it is the one table without firm_id.
CREATE TABLE signin_failures (
  bucket TEXT NOT NULL,
  window_start BIGINT NOT NULL,
  failures INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
