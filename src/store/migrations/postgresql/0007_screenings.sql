-- Identification at the border (issue 5): screenings with the Annex 1 questionnaire and the
-- decisions recorded on them (UN-1 … UN-10).

CREATE TABLE screenings (
  id TEXT PRIMARY KEY,                -- random hex
  form_id TEXT NOT NULL,              -- "unhcr-annex1"
  country TEXT NOT NULL,              -- ISO 3166-1 alpha-2 of the screening country, '' if unknown
  location TEXT NOT NULL,             -- border crossing point
  person_name TEXT NOT NULL,
  person_sex TEXT NOT NULL,
  person_age INTEGER,                 -- approximate age in years, NULL when unknown
  person_nationality TEXT NOT NULL,
  person_language TEXT NOT NULL,
  answers_json TEXT NOT NULL,         -- the answers as given, validated against the form
  result_json TEXT NOT NULL,          -- the screening result when it was recorded
  -- 1 once the person is a potential asylum seeker (a '*' answer or an expression of fear, UN-4):
  -- it never goes back to 0, so no return may be recorded for the person.
  non_refoulement INTEGER NOT NULL CHECK (non_refoulement IN (0, 1)),
  fear_confirmed INTEGER CHECK (fear_confirmed IN (0, 1)),  -- NULL until the officer decides
  fear_decided_at BIGINT,
  fear_decided_by TEXT,
  search_key TEXT NOT NULL,           -- case-folded name, nationality and location
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX screenings_created ON screenings(created_at);

-- Decisions on a screened person: return, refusal_of_entry, admission, asylum_procedure,
-- referral_only. Append-only; a return or refusal of entry is refused when non_refoulement holds.
CREATE TABLE screening_decisions (
  id TEXT PRIMARY KEY,
  screening_id TEXT NOT NULL REFERENCES screenings(id),
  kind TEXT NOT NULL,
  note TEXT NOT NULL,
  decided_at BIGINT NOT NULL,
  decided_by TEXT NOT NULL
);
CREATE INDEX screening_decisions_screening ON screening_decisions(screening_id, decided_at);
