-- Questionnaires loaded by a team (issue 5): XLSForm forms from .xlsx, JSON or CSV, kept as the
-- file was uploaded so that a later reader reads exactly what the team wrote. Forms compiled into
-- the binary (unhcr-annex1) are not stored; a stored form may not take a shipped form's id.
-- Screenings name their form by id (screenings.form_id), so replacing a form keeps them readable.
-- Times are microseconds since the Unix epoch.
CREATE TABLE screening_forms (
  id TEXT PRIMARY KEY,                -- settings form_id, or the id given at import
  title TEXT NOT NULL,                -- settings form_title
  format TEXT NOT NULL CHECK (format IN ('xlsx', 'json', 'csv')),
  file_name TEXT NOT NULL,            -- the uploaded file's name, for the list
  content TEXT NOT NULL,              -- the file's bytes, hex-encoded (store/value.h); a CSV form
                                      -- is the JSON bundle of its sheets (screening/form_file.h)
  uploaded_at BIGINT NOT NULL,
  uploaded_by TEXT NOT NULL           -- username
);
