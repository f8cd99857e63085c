-- Users, sessions, the audit log and cases: the foundation (issue 2).
-- Times are microseconds since the Unix epoch (UTC) in BIGINT columns.

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until BIGINT,              -- automatic lockout after failed logins
  disabled INTEGER NOT NULL DEFAULT 0, -- locked by an administrator until unlocked
  created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,      -- SHA-256 of the cookie value; the value is never stored
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Append-only: the code has no UPDATE or DELETE on this table. Each row's hash covers its own
-- fields and the previous row's hash; audit_head holds the newest, so a deleted tail shows too.
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  object TEXT NOT NULL,
  remote TEXT NOT NULL,
  outcome TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');

CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('case_number', 0);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  family_name TEXT NOT NULL,
  given_names TEXT NOT NULL,
  names_original_script TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  nationality TEXT NOT NULL,
  languages TEXT NOT NULL,          -- JSON array of ISO 639 codes
  search_key TEXT NOT NULL          -- case-folded names and number, for ?q=
);
CREATE INDEX cases_created ON cases(created_at);

CREATE TABLE case_links (
  case_id TEXT NOT NULL REFERENCES cases(id),
  related_case_id TEXT NOT NULL REFERENCES cases(id),
  relation TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (case_id, related_case_id)
);
