import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { packagePath } from '../pipeline/paths.js';
import type { Conflict, Fact, FailedDoc, ProcessedDoc, Section } from '../schemas/types.js';

/** The store could not be opened or written: a database problem, not a document problem. */
export class StoreError extends Error {
  constructor(
    readonly code: 'E_DB_OPEN' | 'E_DB_READONLY' | 'E_DB_LOCKED' | 'E_DB_SCHEMA' | 'E_DB_WRITE',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * Secondary indexes that a run writing many documents drops while it writes, by name (migration
 * 001 creates them). facts_metric puts each document's facts at some 60 places of a large
 * B-tree, and every page it touches goes to the WAL at each commit.
 */
const DEFERRED_INDEXES: Readonly<Record<string, string>> = { facts_metric: 'CREATE INDEX IF NOT EXISTS facts_metric ON facts(metric)' };

export interface DocumentState {
  sha256: string;
  pipelineVersion: string;
  status: 'ok' | 'failed';
  errorCode: string | null;
}

/**
 * What the store keeps of a processed document: a PipelineResult without the working records
 * (paragraphs, numbers, tokens, raw text) that only the stages need.
 */
export type StorableDoc =
  | FailedDoc
  | Pick<ProcessedDoc, 'path' | 'sha256' | 'bytes' | 'status' | 'messages' | 'sourceFormat' | 'encoding' | 'metadata' | 'text' | 'sections' | 'facts' | 'conflicts'>;

export interface RunCounts {
  seen: number;
  ok: number;
  failed: number;
  skipped: number;
}

interface Migration {
  version: number;
  name: string;
  sql: string;
}

function migrations(): Migration[] {
  const dir = packagePath('schemas', 'migrations');
  return readdirSync(dir)
    .filter((name) => /^\d+-.+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number.parseInt(name, 10), name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

function describeSqliteError(error: unknown, path: string): StoreError {
  const code = (error as { code?: string }).code ?? '';
  const text = (error as Error).message;
  if (code === 'SQLITE_READONLY' || /readonly/i.test(text)) return new StoreError('E_DB_READONLY', `the database ${path} is read-only: choose a writable --db path`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /locked|busy/i.test(text)) {
    return new StoreError('E_DB_LOCKED', `the database ${path} is locked by another process: wait for it to finish or use another --db`);
  }
  if (code === 'SQLITE_CANTOPEN' || /directory does not exist/.test(text)) return new StoreError('E_DB_OPEN', `the database ${path} cannot be opened (does its folder exist and is it writable?)`);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new StoreError('E_DB_OPEN', `${path} is not a nianbao database (or it is damaged)`);
  return new StoreError('E_DB_WRITE', `database ${path}: ${text}`);
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * The SQLite store: WAL journal, schema by versioned migrations in schemas/migrations, one
 * transaction per document so a document is either fully written or not at all.
 */
export class Store {
  readonly db: Database.Database;

  private constructor(
    db: Database.Database,
    readonly path: string,
  ) {
    this.db = db;
  }

  static open(path: string, options: { readonly?: boolean } = {}): Store {
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, timeout: 5000 });
    } catch (error) {
      throw describeSqliteError(error, path);
    }
    const store = new Store(db, path);
    try {
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      if (options.readonly) store.checkSchema();
      else {
        store.migrate();
        // SQLite opens a read-only file read-only without a word, and a lock shows only when writing:
        // write the header's user_version unchanged, and roll back, to find out now.
        const userVersion = Number(db.pragma('user_version', { simple: true }));
        db.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${userVersion}; ROLLBACK`);
      }
    } catch (error) {
      db.close();
      throw error instanceof StoreError ? error : describeSqliteError(error, path);
    }
    return store;
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const migration of migrations()) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
      })();
    }
  }

  private checkSchema(): void {
    const table = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!table) throw new StoreError('E_DB_SCHEMA', `${this.path} is not a nianbao database (no schema_migrations table)`);
  }

  close(): void {
    this.db.close();
  }

  /** Runs a database operation; any SQLite error becomes a StoreError (locked, read-only …). */
  private guard<T>(operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      throw error instanceof StoreError ? error : describeSqliteError(error, this.path);
    }
  }

  beginRun(command: unknown, pipelineVersion: string): number {
    return this.guard(() =>
      Number(
        this.db
          .prepare('INSERT INTO runs (started_at, pipeline_version, command) VALUES (?, ?, ?)')
          .run(new Date().toISOString(), pipelineVersion, JSON.stringify(command)).lastInsertRowid,
      ),
    );
  }

  finishRun(runId: number, counts: RunCounts, status: 'finished' | 'interrupted'): void {
    this.guard(() =>
      this.db
        .prepare(
          'UPDATE runs SET finished_at = ?, status = ?, documents_seen = ?, documents_ok = ?, documents_failed = ?, documents_skipped = ? WHERE id = ?',
        )
        .run(new Date().toISOString(), status, counts.seen, counts.ok, counts.failed, counts.skipped, runId),
    );
  }

  /** Documents in the database, processed or failed. */
  documentCount(): number {
    return this.guard(() => (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n);
  }

  /** Drops the indexes a large run builds again at its end (see pipeline/09-write/deferred-indexes.ts). */
  dropDeferredIndexes(): void {
    this.guard(() => {
      for (const name of Object.keys(DEFERRED_INDEXES)) this.db.exec(`DROP INDEX IF EXISTS ${name}`);
    });
  }

  /** Builds the deferred indexes that are missing: after a large run, or a run killed before it could. */
  createDeferredIndexes(): void {
    this.guard(() => {
      for (const sql of Object.values(DEFERRED_INDEXES)) this.db.exec(sql);
    });
  }

  private stateQuery?: Database.Statement<[string], { sha256: string; pipeline_version: string; status: 'ok' | 'failed'; error_code: string | null }>;

  documentState(path: string): DocumentState | undefined {
    const row = this.guard(() => (this.stateQuery ??= this.db.prepare('SELECT sha256, pipeline_version, status, error_code FROM documents WHERE path = ?')).get(path));
    return row && { sha256: row.sha256, pipelineVersion: row.pipeline_version, status: row.status, errorCode: row.error_code };
  }

  /** Replaces everything known about the document's path, in one transaction. */
  writeDocument(result: StorableDoc, runId: number, pipelineVersion: string): void {
    this.guard(() => this.writeTransaction(result, runId, pipelineVersion));
  }

  private statements?: ReturnType<Store['prepareWrites']>;

  private writeTransaction(result: StorableDoc, runId: number, pipelineVersion: string): void {
    const s = (this.statements ??= this.prepareWrites());
    this.db.transaction(() => {
        s.deleteDocument.run(result.path);
        const now = new Date().toISOString();
        let documentId: number;
        if (result.status === 'failed') {
          documentId = Number(
            s.insertFailed.run({
              path: result.path,
              sha256: result.sha256,
              bytes: result.bytes,
              error_code: result.errorCode,
              error: result.error,
              failed_stage: result.stage,
              pipeline_version: pipelineVersion,
              run_id: runId,
              processed_at: now,
            }).lastInsertRowid,
          );
        } else {
          const m = result.metadata;
          documentId = Number(
            s.insertDocument.run({
              path: result.path,
              sha256: result.sha256,
              bytes: result.bytes,
              source_format: result.sourceFormat,
              encoding: result.encoding,
              language: m.language,
              script: m.script,
              title: m.title,
              year: m.year,
              agency: m.agency,
              region: m.region,
              format: m.format,
              kind: m.kind,
              metadata_evidence: JSON.stringify(m.evidence),
              text: result.text,
              pipeline_version: pipelineVersion,
              run_id: runId,
              processed_at: now,
            }).lastInsertRowid,
          );
          for (const section of result.sections) s.insertSection.run(sectionRow(documentId, section));
          for (const fact of result.facts) s.insertFact.run(factRow(documentId, fact));
          for (const conflict of result.conflicts) s.insertConflict.run(conflictRow(documentId, conflict));
        }
        for (const m of result.messages) {
          s.insertMessage.run({ document_id: documentId, source: m.source, rule_id: m.ruleId, severity: m.severity, message: m.message, start: m.start ?? null, end: m.end ?? null });
        }
    })();
  }

  private prepareWrites() {
    const insert = (table: string, columns: string[]) =>
      this.db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`);
    return {
      deleteDocument: this.db.prepare('DELETE FROM documents WHERE path = ?'),
      insertFailed: this.db.prepare(
        `INSERT INTO documents (path, sha256, bytes, status, error_code, error, failed_stage, pipeline_version, run_id, processed_at)
         VALUES (@path, @sha256, @bytes, 'failed', @error_code, @error, @failed_stage, @pipeline_version, @run_id, @processed_at)`,
      ),
      insertDocument: this.db.prepare(
        `INSERT INTO documents (path, sha256, bytes, status, source_format, encoding, language, script, title, year, agency, region, format, kind, metadata_evidence, text, pipeline_version, run_id, processed_at)
         VALUES (@path, @sha256, @bytes, 'ok', @source_format, @encoding, @language, @script, @title, @year, @agency, @region, @format, @kind, @metadata_evidence, @text, @pipeline_version, @run_id, @processed_at)`,
      ),
      insertSection: insert('sections', ['document_id', 'idx', 'label', 'heading', 'start', 'end', 'heading_start', 'heading_end', 'level', 'numbering', 'confidence', 'rule_id']),
      insertFact: insert('facts', [
        'document_id', 'fact_key', 'metric', 'label', 'value', 'unit', 'approx', 'low', 'high', 'low_open', 'high_open', 'confidence', 'start', 'end',
        'value_start', 'value_end', 'quote', 'section', 'src', 'extractor', 'rule_id', 'evidence', 'relation', 'table_cell', 'mentions', 'derived',
        'superseded_by', 'features',
      ]),
      insertConflict: insert('conflicts', [
        'document_id', 'kind', 'severity', 'metrics', 'fact_keys', 'expected_low', 'expected_high', 'observed_low', 'observed_high', 'message', 'source',
        'rule_id', 'start', 'end', 'related_path',
      ]),
      insertMessage: insert('messages', ['document_id', 'source', 'rule_id', 'severity', 'message', 'start', 'end']),
    };
  }
}

function sectionRow(documentId: number, section: Section) {
  return {
    document_id: documentId,
    idx: section.index,
    label: section.label,
    heading: section.heading,
    start: section.start,
    end: section.end,
    heading_start: section.headingStart,
    heading_end: section.headingEnd,
    level: section.level,
    numbering: json(section.numbering),
    confidence: section.confidence,
    rule_id: section.ruleId,
  };
}

function factRow(documentId: number, fact: Fact) {
  return {
    document_id: documentId,
    fact_key: fact.id,
    metric: fact.metric,
    label: fact.label ?? null,
    value: fact.value,
    unit: fact.unit,
    approx: fact.approx,
    // SQLite has no infinity literal in JSON exports; an open-ended interval is stored as ±1e308.
    low: Number.isFinite(fact.interval.low) ? fact.interval.low : -1e308,
    high: Number.isFinite(fact.interval.high) ? fact.interval.high : 1e308,
    low_open: fact.interval.lowOpen ? 1 : 0,
    high_open: fact.interval.highOpen ? 1 : 0,
    confidence: fact.confidence,
    start: fact.start,
    end: fact.end,
    value_start: fact.valueStart,
    value_end: fact.valueEnd,
    quote: fact.quote,
    section: fact.section,
    src: fact.src,
    extractor: fact.extractor,
    rule_id: fact.ruleId,
    evidence: JSON.stringify(fact.evidence),
    relation: json(fact.relation),
    table_cell: json(fact.table),
    mentions: json(fact.mentions),
    derived: fact.derived ? 1 : 0,
    superseded_by: fact.supersededBy ?? null,
    features: JSON.stringify(fact.features),
  };
}

/** A conflict as a row of the conflicts table (open interval ends stored as ±1e308). */
export function conflictRow(documentId: number, conflict: Conflict) {
  const bound = (v: number | undefined) => (v === undefined ? null : Number.isFinite(v) ? v : v > 0 ? 1e308 : -1e308);
  return {
    document_id: documentId,
    kind: conflict.kind,
    severity: conflict.severity,
    metrics: JSON.stringify(conflict.metrics),
    fact_keys: JSON.stringify(conflict.facts),
    expected_low: bound(conflict.expected?.low),
    expected_high: bound(conflict.expected?.high),
    observed_low: bound(conflict.observed?.low),
    observed_high: bound(conflict.observed?.high),
    message: conflict.message,
    source: conflict.source,
    rule_id: conflict.ruleId,
    start: conflict.start ?? null,
    end: conflict.end ?? null,
    related_path: conflict.relatedDoc ?? null,
  };
}
