-- The National Reference Guide (UN-7), referrals with their lifecycle (UN-6) and group
-- registration in a mass influx (UN-8): issue 5. Times are microseconds since the Unix epoch.

-- One guide per country (Annex 2), replaced as a whole when an admin saves it.
CREATE TABLE guides (
  country TEXT PRIMARY KEY,           -- ISO 3166-1 alpha-2
  example INTEGER NOT NULL CHECK (example IN (0, 1)),  -- 1: invented contact details
  maintained_by TEXT NOT NULL,        -- the agency that keeps the guide current
  last_updated TEXT NOT NULL,         -- YYYY-MM-DD
  saved_at BIGINT NOT NULL,
  saved_by TEXT NOT NULL
);

-- The agencies of a guide, in the order the guide lists them. Ids are unique across all guides:
-- referrals and agency memberships name an agency by id alone.
CREATE TABLE guide_agencies (
  id TEXT PRIMARY KEY,
  country TEXT NOT NULL REFERENCES guides(country),
  position INTEGER NOT NULL,
  category TEXT NOT NULL,             -- an Annex 2 category: asylum_authority, child_protection, …
  name TEXT NOT NULL,
  services TEXT NOT NULL,
  unit TEXT NOT NULL,
  telephone TEXT NOT NULL,
  address TEXT NOT NULL,
  working_hours TEXT NOT NULL,
  hotline TEXT NOT NULL,
  contact_person TEXT NOT NULL
);
CREATE INDEX guide_agencies_country ON guide_agencies(country, position);

-- Users of a receiving agency (role referral_agency): each acts for one agency.
CREATE TABLE agency_members (
  username TEXT PRIMARY KEY REFERENCES users(username),
  agency_id TEXT NOT NULL,
  assigned_at BIGINT NOT NULL,
  assigned_by TEXT NOT NULL
);
CREATE INDEX agency_members_agency ON agency_members(agency_id);

-- A referral of a screened person to an agency. The agency's name is kept as it was when the
-- referral was sent, so a later edit of the guide does not rewrite what was sent.
CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  screening_id TEXT NOT NULL REFERENCES screenings(id),
  category TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  agency_name TEXT NOT NULL,
  country TEXT NOT NULL,              -- the guide the agency was taken from
  priority TEXT NOT NULL,             -- emergency | high | normal
  reason TEXT NOT NULL,
  consent_given INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
  consent_override_reason TEXT NOT NULL,  -- why it was sent without consent; '' when given
  status TEXT NOT NULL,               -- sent | acknowledged | accepted | declined | closed
  acknowledge_due TEXT NOT NULL,      -- YYYY-MM-DD: one working day after sending
  task_id TEXT,                       -- the sender's follow-up task, done on acknowledgement
  sent_at BIGINT NOT NULL,
  sent_by TEXT NOT NULL
);
CREATE INDEX referrals_agency ON referrals(agency_id, status);
CREATE INDEX referrals_sender ON referrals(sent_by, status);
CREATE INDEX referrals_screening ON referrals(screening_id);

-- Who did what when, one row per step (append-only).
CREATE TABLE referral_events (
  referral_id TEXT NOT NULL REFERENCES referrals(id),
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,               -- send | acknowledge | accept | decline | close
  at BIGINT NOT NULL,
  by_user TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (referral_id, seq)
);

-- Mass influx (UN-8): a family or other group registered with minimal data per person.
CREATE TABLE influx_groups (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('family', 'group')),
  location TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX influx_groups_created ON influx_groups(created_at);

CREATE TABLE influx_members (
  group_id TEXT NOT NULL REFERENCES influx_groups(id),
  seq INTEGER NOT NULL,               -- 1, 2, … in the order registered
  name TEXT NOT NULL,
  sex TEXT NOT NULL,                  -- female | male | other | unknown
  approximate_age INTEGER,            -- years; NULL when unknown
  nationality TEXT NOT NULL,          -- ISO 3166-1 alpha-2, '' when unknown
  specific_needs TEXT NOT NULL,       -- JSON array of UN-5 need names
  added_at BIGINT NOT NULL,
  added_by TEXT NOT NULL,
  PRIMARY KEY (group_id, seq)
);

-- Determinations (group_status, temporary_protection) and other decisions for a whole group.
-- Append-only; a return or refusal of entry is never written (non-refoulement, UN-8).
CREATE TABLE influx_decisions (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES influx_groups(id),
  kind TEXT NOT NULL,
  note TEXT NOT NULL,
  decided_at BIGINT NOT NULL,
  decided_by TEXT NOT NULL
);
CREATE INDEX influx_decisions_group ON influx_decisions(group_id, decided_at);
