import Database from 'better-sqlite3';

/**
 * Everything a run stored about each document (its row, facts, sections, conflicts; not the run
 * id or time), keyed by path, so two databases compare with toEqual. `ownConflictsOnly` leaves out
 * the cross-year conflicts, which the pass after a complete run adds across documents.
 */
export function storedContents(db: string, options: { ownConflictsOnly?: boolean } = {}): Map<string, string> {
  const sqlite = new Database(db, { readonly: true });
  try {
    const out = new Map<string, string>();
    const docs = sqlite.prepare('SELECT id, path, status, error_code, encoding, year, agency, format, kind, text FROM documents ORDER BY path').all() as { id: number; path: string }[];
    const facts = sqlite.prepare('SELECT fact_key, metric, label, value, unit, approx, confidence, start, end, quote, section, rule_id, superseded_by FROM facts WHERE document_id = ? ORDER BY fact_key');
    const sections = sqlite.prepare('SELECT idx, label, heading, start, end FROM sections WHERE document_id = ? ORDER BY idx');
    const conflicts = sqlite.prepare(`SELECT kind, metrics, fact_keys, message FROM conflicts WHERE document_id = ? ${options.ownConflictsOnly ? "AND source <> 'cross-year'" : ''} ORDER BY id`);
    for (const { id, path, ...doc } of docs) {
      if (out.has(path)) throw new Error(`${db}: ${path} is stored twice`);
      out.set(path, JSON.stringify([doc, facts.all(id), sections.all(id), conflicts.all(id)]));
    }
    return out;
  } finally {
    sqlite.close();
  }
}

/** Documents committed so far, read while another process writes; 0 before the database exists. */
export function committedDocuments(db: string): number {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  } catch {
    return 0;
  }
}
