import type { Conflict, Interval } from '../schemas/types.js';
import { conflictRow, type Store } from './store.js';

/** One figure of one report, with what the cross-year pass needs to compare it with other years. */
export interface YearFigure {
  documentId: number;
  path: string;
  agency: string;
  year: number;
  metric: string;
  factKey: string;
  value: number;
  interval: Interval;
  quote: string;
  start: number;
  end: number;
}

/** A YearFigure as SQLite returns it: the interval in four columns, open ends as 0/1. */
type FigureRow = Omit<YearFigure, 'interval'> & { low: number; high: number; lowOpen: number; highOpen: number };

const unbounded = (v: number) => (v >= 1e308 ? Infinity : v <= -1e308 ? -Infinity : v);

// (+d.status: the status index is no use here; without the +, SQLite picks it over the agency index.)
const DATED_REPORT = "+d.status = 'ok' AND d.agency IS NOT NULL AND d.year IS NOT NULL";

/** The agency names of the processed reports that name their agency and year. */
export function readAgencyNames(store: Store): string[] {
  return store.db.prepare(`SELECT DISTINCT d.agency FROM documents d WHERE ${DATED_REPORT}`).pluck().all() as string[];
}

/**
 * The reconciled, unlabelled figures of `metrics` in every processed report that names its agency
 * and year (only those of `agencies` when given), first statement per (report, metric).
 */
export function readYearFigures(store: Store, metrics: readonly string[], agencies?: readonly string[]): YearFigure[] {
  const ofAgencies = agencies ? `AND d.agency IN (${agencies.map(() => '?').join(', ')})` : '';
  // For a few agencies, from their reports (index on agency) to their facts: SQLite would
  // otherwise walk every fact of the metrics once per agency.
  const rows = store.db
    .prepare(
      `SELECT d.id AS documentId, d.path, d.agency, d.year, f.metric, f.fact_key AS factKey, f.value, f.low, f.high, f.low_open AS lowOpen,
        f.high_open AS highOpen, f.quote, f.start, f."end"
       FROM documents d ${agencies ? 'CROSS JOIN' : 'JOIN'} facts f ON f.document_id = d.id
       WHERE ${DATED_REPORT} ${ofAgencies} AND f.label IS NULL AND f.derived = 0 AND f.superseded_by IS NULL
         AND f.metric IN (${metrics.map(() => '?').join(', ')})
       ORDER BY d.id, f.metric, f.value_start`,
    )
    .iterate(...(agencies ?? []), ...metrics) as IterableIterator<FigureRow>;
  // Rows are streamed and compared with the previous one (they come ordered by report and
  // metric) rather than all read first: at the end of a 50,000-document bench run, in this step,
  // peak RSS rose from 485 to 668 MB.
  const out: YearFigure[] = [];
  let previous: FigureRow | undefined;
  for (const row of rows) {
    const repeated = previous !== undefined && previous.documentId === row.documentId && previous.metric === row.metric;
    previous = row;
    if (repeated) continue;
    const interval: Interval = { low: unbounded(row.low), high: unbounded(row.high) };
    if (row.lowOpen) interval.lowOpen = true;
    if (row.highOpen) interval.highOpen = true;
    const { documentId, path, agency, year, metric, factKey, value, quote, start, end } = row;
    out.push({ documentId, path, agency, year, metric, factKey, value, interval, quote, start, end });
  }
  return out;
}

export interface DocumentConflict {
  documentId: number;
  conflict: Conflict;
}

/** Identity of a stored conflict for replacement: the same finding on the same pair is the same row. */
function conflictKey(documentId: number, c: { ruleId: string; relatedPath: string | null; metrics: string; message: string }): string {
  return [documentId, c.ruleId, c.relatedPath ?? '', c.metrics, c.message].join('|');
}

/**
 * Makes the stored conflicts of `source` exactly `conflicts`, in one transaction: rows that
 * still hold are kept (with the review status a user gave them), rows that no longer hold are
 * deleted, new ones inserted. Running it twice changes nothing.
 */
export function replaceSourceConflicts(store: Store, source: string, conflicts: readonly DocumentConflict[]): { added: number; removed: number; kept: number } {
  const existing = store.db
    .prepare('SELECT id, document_id AS documentId, rule_id AS ruleId, related_path AS relatedPath, metrics, message FROM conflicts WHERE source = ?')
    .all(source) as { id: number; documentId: number; ruleId: string; relatedPath: string | null; metrics: string; message: string }[];
  const wanted = new Map<string, DocumentConflict>();
  for (const item of conflicts) {
    const row = conflictRow(item.documentId, { ...item.conflict, source });
    wanted.set(conflictKey(item.documentId, { ruleId: row.rule_id, relatedPath: row.related_path, metrics: row.metrics, message: row.message }), item);
  }
  const present = new Set<string>();
  const stale: number[] = [];
  for (const row of existing) {
    const key = conflictKey(row.documentId, row);
    if (wanted.has(key) && !present.has(key)) present.add(key);
    else stale.push(row.id);
  }
  const fresh = [...wanted].filter(([key]) => !present.has(key)).map(([, item]) => conflictRow(item.documentId, { ...item.conflict, source }));
  store.db.transaction(() => {
    const remove = store.db.prepare('DELETE FROM conflicts WHERE id = ?');
    for (const id of stale) remove.run(id);
    if (fresh.length === 0) return;
    const columns = Object.keys(fresh[0]);
    const insert = store.db.prepare(`INSERT INTO conflicts (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`);
    for (const row of fresh) insert.run(row);
  })();
  return { added: fresh.length, removed: stale.length, kept: present.size };
}
