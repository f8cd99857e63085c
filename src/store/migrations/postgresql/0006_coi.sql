-- Country-of-origin information (issue 6): documents, their passages, and a full-text index.

CREATE TABLE coi_documents (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,  -- SHA-256 of the file: the same content is the same document
  title TEXT NOT NULL,
  publisher TEXT NOT NULL,
  country TEXT NOT NULL,              -- ISO 3166-1 alpha-2, '' when unknown
  language TEXT NOT NULL,
  published TEXT NOT NULL,            -- as the header gives it: a year or a date
  published_date TEXT NOT NULL,       -- YYYY-MM-DD (a bare year as its first day), '' when unknown
  report_period TEXT NOT NULL,
  document_type TEXT NOT NULL,
  source TEXT NOT NULL,
  licence TEXT NOT NULL,
  file_name TEXT NOT NULL,
  body TEXT NOT NULL,                 -- the original text after the header, for the reader
  imported_at BIGINT NOT NULL
);
CREATE INDEX coi_documents_country ON coi_documents(country, published_date);

-- 'simple' keeps words of every script as they are (lower-cased); no stemming, so English
-- recall leans on prefix* queries here, where SQLite stems with Porter.
CREATE TABLE coi_passages (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES coi_documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  heading TEXT NOT NULL,
  text TEXT NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', heading), 'A') || setweight(to_tsvector('simple', text), 'B')
  ) STORED,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX coi_passages_search ON coi_passages USING GIN (search);
