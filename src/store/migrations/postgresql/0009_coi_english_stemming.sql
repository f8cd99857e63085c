-- COI search (issue 6): English words are stemmed as SQLite's FTS5 stems them (Porter), so that
-- "detained" finds "detain" on both backends. Words of other scripts stay as 'simple' keeps them
-- (lower-cased). No stop words: FTS5 has none, and "afraid to go back" must stay a phrase.
-- Diacritics are still kept here (folding them needs the unaccent extension, which a managed
-- PostgreSQL may not allow).
CREATE TEXT SEARCH DICTIONARY verbatim_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION verbatim_coi (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION verbatim_coi
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH verbatim_english_stem;

-- The generated column and its index are made again with the new configuration: every stored
-- passage is indexed anew in this one transaction.
ALTER TABLE coi_passages DROP COLUMN search;
ALTER TABLE coi_passages ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('verbatim_coi', heading), 'A') || setweight(to_tsvector('verbatim_coi', text), 'B')
) STORED;
CREATE INDEX coi_passages_search ON coi_passages USING GIN (search);
