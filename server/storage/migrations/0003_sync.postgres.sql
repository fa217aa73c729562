-- Sync: operations seen (idempotency by op_id) and the change feed (one row per record, with
-- the firm's sequence number of its latest change).
CREATE TABLE op_log (
  firm_id TEXT NOT NULL,
  op_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload_hash TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (firm_id, op_id)
);
CREATE TABLE change_log (
  firm_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (firm_id, seq)
);
CREATE UNIQUE INDEX change_log_entity ON change_log (firm_id, entity, entity_id);
