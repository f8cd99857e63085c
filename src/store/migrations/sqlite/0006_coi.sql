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
  imported_at INTEGER NOT NULL
);
CREATE INDEX coi_documents_country ON coi_documents(country, published_date);

CREATE TABLE coi_passages (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES coi_documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  heading TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
);

-- A plain (self-contained) FTS5 table keyed by passage id: external content would tie it to
-- coi_passages' implicit rowid, which VACUUM may renumber.
CREATE VIRTUAL TABLE coi_passages_fts USING fts5(
  heading, text, passage_id UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER coi_passages_fts_insert AFTER INSERT ON coi_passages BEGIN
  INSERT INTO coi_passages_fts (heading, text, passage_id) VALUES (new.heading, new.text, new.id);
END;
CREATE TRIGGER coi_passages_fts_delete AFTER DELETE ON coi_passages BEGIN
  DELETE FROM coi_passages_fts WHERE passage_id = old.id;
END;
CREATE TRIGGER coi_passages_fts_update AFTER UPDATE ON coi_passages BEGIN
  DELETE FROM coi_passages_fts WHERE passage_id = old.id;
  INSERT INTO coi_passages_fts (heading, text, passage_id) VALUES (new.heading, new.text, new.id);
END;
