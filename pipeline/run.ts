import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { Store, StoreError, type DocumentState, type StorableDoc } from '../output/store.js';
import { readSource, type SourceFile } from './01-ingest/read.js';
import { expandInputs, type MissingInput } from './01-ingest/walk.js';
import { IndexDeferral } from './09-write/deferred-indexes.js';
import { write } from './09-write/index.js';
import { afterRun } from './engine/after-run.js';
import { startProcessor, type DocumentProcessor } from './engine/pool.js';
import type { Progress } from './engine/progress.js';
import { ByteBudget, forEachBounded } from './engine/queue.js';
import { RunTally } from './engine/tally.js';
import type { StageOptions } from './stage.js';
import { DocumentError } from './stage.js';

export interface RunOptions extends Omit<StageOptions, 'cutWords'> {
  /** Files, folders and globs. */
  inputs: readonly string[];
  /** SQLite database path. */
  db: string;
  /** Reprocess documents even when their bytes and the pipeline version are unchanged. */
  force?: boolean;
  /** Worker threads for the CPU-bound stages; 0 runs every stage in this thread. Default: the number of cores. */
  workers?: number;
  /** Files read ahead of what the workers hold. */
  readAhead?: number;
  onDocument?: (event: DocumentEvent) => void;
  /** Called after each document: counts, rate, ETA. */
  onProgress?: (progress: Progress) => void;
  /** Aborting stops the run after the documents in flight; it is recorded as interrupted and the next run does the rest. */
  signal?: AbortSignal;
  /** Failures listed in the summary (default 1000); the database holds them all. */
  failuresListed?: number;
}

export interface DocumentEvent {
  path: string;
  outcome: 'ok' | 'failed' | 'skipped';
  error?: string;
  done: number;
  total: number;
}

export interface RunSummary {
  runId: number;
  pipelineVersion: string;
  db: string;
  workers: number;
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  /** Stopped (signal) before every document was done. */
  interrupted: boolean;
  /** The first failures (see RunOptions.failuresListed); every failure is in the database. */
  failures: { path: string; errorCode: string; error: string }[];
  /** Failures beyond the list. */
  failuresOmitted: number;
  /** Inputs that named nothing (a glob without matches). */
  unmatched: MissingInput[];
  facts: number;
  conflicts: number;
  /** Bytes of the documents read (processed, failed or unchanged). */
  bytes: number;
  elapsedMs: number;
}

/** Bytes of source documents in flight at once; keeps a folder of huge files from piling up in memory. */
const BYTES_IN_FLIGHT = 32 * 1024 * 1024;
/** Failures that may not happen again: such documents are retried even if unchanged. */
const RETRIED_FAILURES = new Set(['E_READ', 'E_WORKER']);

export function defaultWorkers(): number {
  return availableParallelism();
}

function unchanged(previous: DocumentState | undefined, source: SourceFile, version: string): boolean {
  if (!previous || previous.sha256 !== source.sha256 || previous.pipelineVersion !== version) return false;
  return previous.status === 'ok' || !RETRIED_FAILURES.has(previous.errorCode ?? '');
}

function readFailure(path: string, error: unknown): StorableDoc {
  return {
    path, sha256: '', bytes: 0, status: 'failed', stage: 'ingest', messages: [],
    errorCode: error instanceof DocumentError ? error.code : 'E_READ',
    error: (error as Error).message,
  };
}

/**
 * Runs the pipeline over files, folders and globs into a SQLite database. Documents go through
 * the stages on a pool of worker threads (`workers`) and are committed one transaction each by
 * this thread, the only writer; reading pauses while the workers are busy, so memory stays flat
 * whatever the archive's size. Unchanged documents (same bytes, same pipeline version) are
 * skipped unless `force`; a document that cannot be read or processed is stored as `failed`
 * with its reason, and the run goes on. A killed run leaves only whole documents behind: the
 * same call again does the rest. Throws StoreError when the database cannot be used.
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0) throw new RangeError(`runPipeline: workers must be a whole number >= 0 (got ${workers})`);
  const store = Store.open(options.db);
  // Writing appends; a 4 MB page cache serves it as well as better-sqlite3's default 16 MB.
  store.db.pragma('cache_size = -4000');
  let processor: DocumentProcessor | undefined;
  try {
    // Threads first: jieba's loading peak comes and goes before a huge archive's paths are listed.
    processor = await startProcessor(workers, { extractors: options.extractors, disableExtractors: options.disableExtractors });
    const { files: found, missing } = expandInputs(options.inputs);
    // The database may sit in the folder it is filled from: its files are not documents. (Only
    // paths that end like them are resolved: a string per file of a huge archive adds up.)
    const ownFiles = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => resolve(options.db + suffix)));
    const dbName = basename(options.db);
    const files = found.filter((path) => !path.includes(dbName) || !ownFiles.has(resolve(path)));
    // A path the user named that does not exist is a failed document; a glob that matched nothing is not a document.
    const unmatched = missing.filter((m) => /[*?[{]/.test(m.input));
    const namedButMissing = missing.filter((m) => !/[*?[{]/.test(m.input)).map((m) => m.input);
    const all = [...files, ...namedButMissing];
    const version = processor.pipelineVersion;
    const runId = store.beginRun({ inputs: options.inputs, force: options.force ?? false, extractors: options.extractors, disable: options.disableExtractors, workers }, version);
    const summary: RunSummary = {
      runId, pipelineVersion: version, db: options.db, workers, total: all.length, ok: 0, failed: 0, skipped: 0, interrupted: false,
      failures: [], failuresOmitted: 0, unmatched, facts: 0, conflicts: 0, bytes: 0, elapsedMs: 0,
    };
    const tally = new RunTally(summary, { failuresListed: options.failuresListed ?? 1000, onDocument: options.onDocument, onProgress: options.onProgress });
    let storeFailure: StoreError | undefined;
    const indexes = IndexDeferral.forRun(store);
    const commit = (result: StorableDoc) => {
      // Once the database failed, documents still in flight are left for the next run.
      if (storeFailure) return;
      write.run({ store, runId, pipelineVersion: version, result }, options);
      indexes.documentWritten();
      tally.record(result.path, result.status, result.bytes, result);
    };

    const budget = new ByteBudget(BYTES_IN_FLIGHT);
    const pool = processor;
    const handle = async (path: string) => {
      let release = () => {};
      try {
        let source: SourceFile;
        try {
          source = await readSource(path, async (size) => {
            release = await budget.acquire(size);
          });
        } catch (error) {
          commit(readFailure(path, error));
          return;
        }
        if (!options.force && unchanged(store.documentState(path), source, version)) {
          tally.record(path, 'skipped', source.bytes.length);
          return;
        }
        commit(await pool.process(source));
      } catch (error) {
        // The database, not the document: stop taking documents; the next run redoes the uncommitted ones.
        if (!(error instanceof StoreError)) throw error;
        storeFailure ??= error;
      } finally {
        release();
      }
    };
    await forEachBounded(all, processor.capacity + (options.readAhead ?? 4), handle, () => options.signal?.aborted === true || storeFailure !== undefined);
    if (storeFailure) throw storeFailure;

    const counts = { seen: all.length, ok: summary.ok, failed: summary.failed, skipped: summary.skipped };
    summary.interrupted = tally.done < all.length;
    // The workers' heaps and jieba are released before the pass over the whole database.
    await processor.close();
    processor = undefined;
    indexes.restore();
    if (!summary.interrupted) afterRun({ store, runId, pipelineVersion: version });
    store.finishRun(runId, counts, summary.interrupted ? 'interrupted' : 'finished');
    summary.elapsedMs = Date.now() - started;
    return summary;
  } finally {
    await processor?.close();
    store.close();
  }
}
