-- The personal interview (issue 3): interviews, their append-only records, and tasks.

CREATE TABLE interviews (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  officer TEXT NOT NULL,
  interpreter_code TEXT NOT NULL,   -- never the interpreter's name (CH-3.1)
  language TEXT NOT NULL,
  location TEXT NOT NULL,
  planned_start TEXT NOT NULL,
  profile TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  state TEXT NOT NULL,              -- the charter's fold over the entries (JSON), see charter_policy.h
  last_seq BIGINT NOT NULL DEFAULT 0,
  last_hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interviews_case ON interviews(case_id);

-- Append-only: the code has no UPDATE or DELETE on this table (CH-7.1). `body` is the entry's
-- canonical JSON, which its hash covers.
CREATE TABLE interview_entries (
  interview_id TEXT NOT NULL REFERENCES interviews(id),
  seq BIGINT NOT NULL,
  at BIGINT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  body TEXT NOT NULL,
  client_id TEXT,
  author TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (interview_id, seq)
);
CREATE UNIQUE INDEX interview_entries_client ON interview_entries(interview_id, client_id);

-- Work for people: notifications of incidents (CH-5), a new date to fix (CH-11.3).
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  recipient TEXT NOT NULL,          -- a role or unit: supervisor, lawyers_helpdesk, dispatching_unit
  rule TEXT NOT NULL,
  title TEXT NOT NULL,
  case_id TEXT REFERENCES cases(id),
  interview_id TEXT REFERENCES interviews(id),
  created_at BIGINT NOT NULL,
  done_at BIGINT
);
CREATE INDEX tasks_recipient ON tasks(recipient, done_at);
