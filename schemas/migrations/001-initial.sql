-- nianbao database, version 1. Offsets are 0-based, half-open, into documents.text (the normalized text).

CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  pipeline_version TEXT NOT NULL,
  command TEXT NOT NULL,            -- the options the run was given, as JSON
  status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'interrupted')),
  documents_seen INTEGER NOT NULL DEFAULT 0,
  documents_ok INTEGER NOT NULL DEFAULT 0,
  documents_failed INTEGER NOT NULL DEFAULT 0,
  documents_skipped INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,        -- the input path as given
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error_code TEXT,
  error TEXT,
  failed_stage TEXT,
  source_format TEXT,
  encoding TEXT,
  language TEXT,
  script TEXT,
  title TEXT,
  year INTEGER,
  agency TEXT,
  region TEXT,
  format TEXT,
  kind TEXT,
  metadata_evidence TEXT,           -- JSON: how each metadata field was decided
  text TEXT,                        -- normalized text; every offset points into it
  pipeline_version TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  processed_at TEXT NOT NULL
);
CREATE INDEX documents_status ON documents(status);
CREATE INDEX documents_agency_year ON documents(agency, year);

CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  label TEXT NOT NULL,
  heading TEXT NOT NULL,            -- as printed in the source
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  heading_start INTEGER NOT NULL,
  heading_end INTEGER NOT NULL,
  level INTEGER NOT NULL,
  numbering TEXT,                   -- JSON {style, marker, ordinal}
  confidence REAL NOT NULL,
  rule_id TEXT NOT NULL
);
CREATE INDEX sections_document ON sections(document_id);

CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  fact_key TEXT NOT NULL,           -- f1, f2 … within the document; conflicts refer to it
  metric TEXT,                      -- NULL for an uncatalogued figure kept for review
  label TEXT,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  approx TEXT NOT NULL,
  low REAL NOT NULL,
  high REAL NOT NULL,
  low_open INTEGER NOT NULL DEFAULT 0,
  high_open INTEGER NOT NULL DEFAULT 0,
  confidence REAL NOT NULL,
  start INTEGER NOT NULL,           -- quote span
  end INTEGER NOT NULL,
  value_start INTEGER NOT NULL,     -- the figure inside the quote
  value_end INTEGER NOT NULL,
  quote TEXT NOT NULL,
  section TEXT,
  src TEXT NOT NULL CHECK (src IN ('text', 'table')),
  extractor TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  evidence TEXT NOT NULL,           -- JSON array of the words or cells that decided
  relation TEXT,                    -- JSON {group, role, cues}
  table_cell TEXT,                  -- JSON {index, row, col, rowLabel, colLabel}
  mentions TEXT,                    -- JSON array of other spans stating the same figure
  derived INTEGER NOT NULL DEFAULT 0,
  superseded_by TEXT,
  features TEXT NOT NULL            -- JSON evidence features behind the confidence
);
CREATE INDEX facts_document ON facts(document_id);
CREATE INDEX facts_metric ON facts(metric);

CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL,
  metrics TEXT NOT NULL,            -- JSON array of metric IDs
  fact_keys TEXT NOT NULL,          -- JSON array of facts.fact_key
  expected_low REAL,
  expected_high REAL,
  observed_low REAL,
  observed_high REAL,
  message TEXT NOT NULL,
  source TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  start INTEGER,
  end INTEGER,
  related_path TEXT,                -- cross_year: the other document
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed'))
);
CREATE INDEX conflicts_document ON conflicts(document_id);
CREATE INDEX conflicts_kind ON conflicts(kind);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  start INTEGER,
  end INTEGER
);
CREATE INDEX messages_document ON messages(document_id);
