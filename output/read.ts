import type { Store } from './store.js';

export interface DocumentRecord {
  id: number;
  path: string;
  sha256: string;
  status: 'ok' | 'failed';
  errorCode: string | null;
  error: string | null;
  sourceFormat: string | null;
  encoding: string | null;
  title: string | null;
  year: number | null;
  agency: string | null;
  region: string | null;
  format: string | null;
  kind: string | null;
  language: string | null;
  pipelineVersion: string;
}

export interface FactRecord {
  doc: string;
  key: string;
  metric: string | null;
  label: string | null;
  value: number;
  unit: string;
  approx: string;
  low: number;
  high: number;
  confidence: number;
  start: number;
  end: number;
  quote: string;
  section: string | null;
  src: 'text' | 'table';
  extractor: string;
  ruleId: string;
  derived: boolean;
  supersededBy: string | null;
}

export interface ConflictRecord {
  doc: string;
  kind: string;
  severity: string;
  metrics: string[];
  facts: string[];
  expectedLow: number | null;
  expectedHigh: number | null;
  observedLow: number | null;
  observedHigh: number | null;
  message: string;
  ruleId: string;
  relatedPath: string | null;
  status: string;
}

export interface SectionRecord {
  doc: string;
  index: number;
  label: string;
  heading: string;
  start: number;
  end: number;
  confidence: number;
}

const DOCUMENT_COLUMNS = `d.id, d.path, d.sha256, d.status, d.error_code AS errorCode, d.error, d.source_format AS sourceFormat, d.encoding, d.title,
  d.year, d.agency, d.region, d.format, d.kind, d.language, d.pipeline_version AS pipelineVersion`;

/** Documents in path order. */
export function* readDocuments(store: Store): Generator<DocumentRecord> {
  yield* store.db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.path`).iterate() as Iterable<DocumentRecord>;
}

/** Facts of every document (or one), in document then text order. Uncatalogued and superseded facts are included, marked. */
export function* readFacts(store: Store, options: { doc?: string } = {}): Generator<FactRecord> {
  const where = options.doc ? 'WHERE d.path = @doc' : '';
  const rows = store.db
    .prepare(
      `SELECT d.path AS doc, f.fact_key AS key, f.metric, f.label, f.value, f.unit, f.approx, f.low, f.high, f.confidence, f.start, f."end",
        f.quote, f.section, f.src, f.extractor, f.rule_id AS ruleId, f.derived, f.superseded_by AS supersededBy
       FROM facts f JOIN documents d ON d.id = f.document_id ${where} ORDER BY d.path, f.value_start, f.id`,
    )
    .iterate(options.doc ? { doc: options.doc } : {}) as Iterable<Omit<FactRecord, 'derived'> & { derived: number }>;
  for (const row of rows) yield { ...row, derived: Boolean(row.derived) };
}

export function* readConflicts(store: Store, options: { doc?: string } = {}): Generator<ConflictRecord> {
  const where = options.doc ? 'WHERE d.path = @doc' : '';
  const rows = store.db
    .prepare(
      `SELECT d.path AS doc, c.kind, c.severity, c.metrics, c.fact_keys AS facts, c.expected_low AS expectedLow, c.expected_high AS expectedHigh,
        c.observed_low AS observedLow, c.observed_high AS observedHigh, c.message, c.rule_id AS ruleId, c.related_path AS relatedPath, c.status
       FROM conflicts c JOIN documents d ON d.id = c.document_id ${where} ORDER BY d.path, c.id`,
    )
    .iterate(options.doc ? { doc: options.doc } : {}) as Iterable<Omit<ConflictRecord, 'metrics' | 'facts'> & { metrics: string; facts: string }>;
  for (const row of rows) yield { ...row, metrics: JSON.parse(row.metrics), facts: JSON.parse(row.facts) };
}

export function* readSections(store: Store, options: { doc?: string } = {}): Generator<SectionRecord> {
  const where = options.doc ? 'WHERE d.path = @doc' : '';
  yield* store.db
    .prepare(
      `SELECT d.path AS doc, s.idx AS "index", s.label, s.heading, s.start, s."end", s.confidence
       FROM sections s JOIN documents d ON d.id = s.document_id ${where} ORDER BY d.path, s.idx`,
    )
    .iterate(options.doc ? { doc: options.doc } : {}) as Iterable<SectionRecord>;
}

export interface StoreStats {
  documents: { total: number; byStatus: Record<string, number>; byFormat: Record<string, number>; byYear: Record<string, number> };
  facts: { total: number; catalogued: number; fromTables: number; fromText: number };
  conflicts: { open: number; byKind: Record<string, number> };
  failures: { path: string; errorCode: string; error: string }[];
  lastRun: { id: number; startedAt: string; finishedAt: string | null; status: string; pipelineVersion: string } | null;
}

function countBy(store: Store, sql: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of store.db.prepare(sql).all() as { k: string | number | null; n: number }[]) out[String(row.k ?? 'unknown')] = row.n;
  return out;
}

export function readStats(store: Store): StoreStats {
  const one = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
  return {
    documents: {
      total: one('SELECT count(*) AS n FROM documents'),
      byStatus: countBy(store, 'SELECT status AS k, count(*) AS n FROM documents GROUP BY status ORDER BY status'),
      byFormat: countBy(store, "SELECT format AS k, count(*) AS n FROM documents WHERE status = 'ok' GROUP BY format ORDER BY format"),
      byYear: countBy(store, "SELECT year AS k, count(*) AS n FROM documents WHERE status = 'ok' GROUP BY year ORDER BY year"),
    },
    facts: {
      total: one('SELECT count(*) AS n FROM facts'),
      catalogued: one('SELECT count(*) AS n FROM facts WHERE metric IS NOT NULL AND superseded_by IS NULL'),
      fromTables: one("SELECT count(*) AS n FROM facts WHERE metric IS NOT NULL AND superseded_by IS NULL AND src = 'table'"),
      fromText: one("SELECT count(*) AS n FROM facts WHERE metric IS NOT NULL AND superseded_by IS NULL AND src = 'text'"),
    },
    conflicts: {
      open: one("SELECT count(*) AS n FROM conflicts WHERE status = 'open'"),
      byKind: countBy(store, "SELECT kind AS k, count(*) AS n FROM conflicts WHERE status = 'open' GROUP BY kind ORDER BY kind"),
    },
    failures: store.db
      .prepare("SELECT path, error_code AS errorCode, error FROM documents WHERE status = 'failed' ORDER BY path")
      .all() as StoreStats['failures'],
    lastRun:
      (store.db
        .prepare('SELECT id, started_at AS startedAt, finished_at AS finishedAt, status, pipeline_version AS pipelineVersion FROM runs ORDER BY id DESC LIMIT 1')
        .get() as StoreStats['lastRun']) ?? null,
  };
}
