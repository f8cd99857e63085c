-- The interview plan (CH-2.3, issue 4): themes, crucial questions, profile flags, as JSON.

CREATE TABLE interview_plans (
  interview_id TEXT PRIMARY KEY REFERENCES interviews(id),
  body TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL
);
