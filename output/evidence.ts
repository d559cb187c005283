import type { Evidence } from '../pipeline/08-score/index.js';
import type { Fact } from '../schemas/types.js';
import type { Store } from './store.js';

/** An exported fact with the evidence its confidence was computed from. */
export interface FactEvidence {
  doc: string;
  metric: string;
  label: string | null;
  value: number;
  confidence: number;
  evidence: Evidence;
  /** Fact keys of the document that the reconcile stage named in a conflict. */
  inConflict: ReadonlySet<string>;
}

interface Row {
  doc: string;
  documentId: number;
  key: string;
  metric: string;
  label: string | null;
  value: number;
  approx: Fact['approx'];
  section: Fact['section'];
  confidence: number;
  features: string;
  mentions: string | null;
  tableCell: string | null;
}

/**
 * The facts the JSONL export writes (catalogued, not superseded, not derived), in export order,
 * each with its evidence as the score stage saw it: cross-year conflicts, found after scoring,
 * are left out of `inConflict`.
 */
export function* readFactEvidence(store: Store): Generator<FactEvidence> {
  const conflicted = new Map<number, Set<string>>();
  const conflicts = store.db.prepare("SELECT document_id AS documentId, fact_keys AS keys FROM conflicts WHERE source <> 'cross-year'").all() as { documentId: number; keys: string }[];
  for (const row of conflicts) {
    const keys = conflicted.get(row.documentId) ?? new Set<string>();
    for (const key of JSON.parse(row.keys) as string[]) keys.add(key);
    conflicted.set(row.documentId, keys);
  }
  const rows = store.db
    .prepare(
      `SELECT d.path AS doc, d.id AS documentId, f.fact_key AS key, f.metric, f.label, f.value, f.approx, f.section, f.confidence, f.features,
        f.mentions, f.table_cell AS tableCell
       FROM facts f JOIN documents d ON d.id = f.document_id
       WHERE f.metric IS NOT NULL AND f.superseded_by IS NULL AND f.derived = 0
       ORDER BY d.path, f.value_start, f.id`,
    )
    .iterate() as Iterable<Row>;
  const none = new Set<string>();
  for (const row of rows) {
    const evidence: Evidence = {
      id: row.key,
      metric: row.metric,
      approx: row.approx,
      section: row.section,
      features: JSON.parse(row.features) as Fact['features'],
      ...(row.mentions ? { mentions: JSON.parse(row.mentions) as Fact['mentions'] } : {}),
      ...(row.tableCell ? { table: JSON.parse(row.tableCell) as Fact['table'] } : {}),
    };
    yield { doc: row.doc, metric: row.metric, label: row.label, value: row.value, confidence: row.confidence, evidence, inConflict: conflicted.get(row.documentId) ?? none };
  }
}
