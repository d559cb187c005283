import PQueue from 'p-queue';
import { Store } from '../output/store.js';
import type { PipelineResult } from '../schemas/types.js';
import { expandInputs, readSource, type MissingInput, type SourceFile } from './01-ingest/index.js';
import { reconcileAcrossYears } from './07-reconcile/cross-year.js';
import { write } from './09-write/index.js';
import type { StageOptions } from './stage.js';
import { DocumentError } from './stage.js';
import { pipelineVersion, processSource } from './stages.js';

export interface RunOptions extends StageOptions {
  /** Files, folders and globs. */
  inputs: readonly string[];
  /** SQLite database path. */
  db: string;
  /** Reprocess documents even when their bytes and the pipeline version are unchanged. */
  force?: boolean;
  /** Files read ahead of processing. */
  readAhead?: number;
  onDocument?: (event: DocumentEvent) => void;
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
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  failures: { path: string; errorCode: string; error: string }[];
  /** Inputs that named nothing (a glob without matches). */
  unmatched: MissingInput[];
  facts: number;
  conflicts: number;
  elapsedMs: number;
}

/**
 * Runs the pipeline over files, folders and globs into a SQLite database. Unchanged documents
 * (same bytes, same pipeline version) are skipped unless `force`; a document that cannot be
 * read or processed is stored as `failed` with its reason, and the run goes on.
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const version = pipelineVersion();
  const store = Store.open(options.db);
  const { files, missing } = expandInputs(options.inputs);
  // A path the user named that does not exist is a failed document; a glob that matched nothing is not a document.
  const unmatched = missing.filter((m) => /[*?[{]/.test(m.input));
  const namedButMissing = missing.filter((m) => !/[*?[{]/.test(m.input)).map((m) => m.input);
  const all = [...files, ...namedButMissing];
  const runId = store.beginRun({ inputs: options.inputs, force: options.force ?? false, extractors: options.extractors, disable: options.disableExtractors }, version);
  const summary: RunSummary = { runId, pipelineVersion: version, db: options.db, total: all.length, ok: 0, failed: 0, skipped: 0, failures: [], unmatched, facts: 0, conflicts: 0, elapsedMs: 0 };
  const queue = new PQueue({ concurrency: Math.max(1, options.readAhead ?? 4) });
  let done = 0;
  const record = (path: string, outcome: DocumentEvent['outcome'], result?: PipelineResult) => {
    done++;
    if (outcome === 'ok') summary.ok++;
    else if (outcome === 'skipped') summary.skipped++;
    if (result?.status === 'failed') {
      summary.failed++;
      summary.failures.push({ path, errorCode: result.errorCode, error: result.error });
    } else if (result) {
      summary.facts += result.facts.filter((f) => f.metric !== null && !f.supersededBy).length;
      summary.conflicts += result.conflicts.length;
    }
    options.onDocument?.({ path, outcome, error: result?.status === 'failed' ? result.error : undefined, done, total: all.length });
  };
  try {
    await Promise.all(
      all.map((path) =>
        queue.add(async () => {
          let source: SourceFile;
          try {
            source = await readSource(path);
          } catch (error) {
            const result: PipelineResult = {
              path, sha256: '', bytes: 0, status: 'failed', stage: 'ingest', messages: [],
              errorCode: error instanceof DocumentError ? error.code : 'E_READ',
              error: (error as Error).message,
            };
            write.run({ store, runId, pipelineVersion: version, result }, options);
            record(path, 'failed', result);
            return;
          }
          const previous = store.documentState(path);
          if (!options.force && previous && previous.sha256 === source.sha256 && previous.pipelineVersion === version) {
            record(path, 'skipped');
            return;
          }
          const result = processSource(source, options);
          write.run({ store, runId, pipelineVersion: version, result }, options);
          record(path, result.status === 'ok' ? 'ok' : 'failed', result);
        }),
      ),
    );
    reconcileAcrossYears(store);
    store.finishRun(runId, { seen: all.length, ok: summary.ok, failed: summary.failed, skipped: summary.skipped }, 'finished');
  } finally {
    store.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
