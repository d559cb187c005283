import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EXTRACTORS } from '../extractors/index.js';
import type { FailedDoc, PipelineResult, ProcessedDoc } from '../schemas/types.js';
import { ingest, readSource, sha256Of, type SourceFile } from './01-ingest/index.js';
import { normalize } from './02-normalize/index.js';
import { segment } from './03-segment/index.js';
import { classify } from './04-classify/index.js';
import { describe } from './05-metadata/index.js';
import { extract } from './06-extract/index.js';
import { RECONCILE_STEPS, reconcile } from './07-reconcile/index.js';
import { calibrationModel, score } from './08-score/index.js';
import { packagePath } from './paths.js';
import { DocumentError, type Stage, type StageOptions } from './stage.js';

/**
 * The stages every document goes through, in order. Writing to SQLite (09-write) follows them
 * on the single writer that owns the database connection.
 */
export const STAGES = Object.freeze([ingest, normalize, segment, classify, describe, extract, reconcile, score] as const);

// Compile-time check that each stage's output is the next stage's input.
type StageIn<S> = S extends Stage<infer I, unknown> ? I : never;
type StageOut<S> = S extends Stage<never, infer O> ? O : never;
type Chained<T extends readonly unknown[]> = T extends readonly [infer A, infer B, ...infer Rest]
  ? StageOut<A> extends StageIn<B>
    ? Chained<readonly [B, ...Rest]>
    : { error: 'a stage output does not feed the next stage'; from: A; to: B }
  : true;
const stagesChain: Chained<typeof STAGES> = true;
void stagesChain;

let version: string | undefined;

/**
 * Identifies what the pipeline would produce: the package version plus a hash of every stage,
 * extractor and reconcile step version and the calibration model. A document processed under
 * another version is processed again on the next run.
 */
export function pipelineVersion(): string {
  if (version) return version;
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  const parts = [
    ...STAGES.map((s) => `${s.name}@${s.version}`),
    ...EXTRACTORS.map((e) => `${e.id}@${e.version}`),
    ...RECONCILE_STEPS.map((r) => r.id),
    `calibration@${calibrationModel().version}`,
  ];
  version = `${pkg.version}+${createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 10)}`;
  return version;
}

function failed(source: { path: string; sha256: string; bytes: number }, stage: string, error: unknown): FailedDoc {
  const known = error instanceof DocumentError;
  return {
    path: source.path,
    sha256: source.sha256,
    bytes: source.bytes,
    status: 'failed',
    stage,
    errorCode: known ? error.code : 'E_INTERNAL',
    error: known ? error.message : `internal error in stage ${stage}: ${(error as Error)?.message ?? String(error)}`,
    messages: [],
  };
}

/** Runs every stage on a file's bytes. Never throws: a failure becomes a FailedDoc naming the stage. */
export function processSource(source: SourceFile, options: StageOptions = {}): PipelineResult {
  let value: unknown = source;
  for (const stage of STAGES) {
    try {
      value = (stage as Stage<unknown, unknown>).run(value, options);
    } catch (error) {
      return failed({ path: source.path, sha256: source.sha256, bytes: source.bytes.length }, stage.name, error);
    }
  }
  return value as ProcessedDoc;
}

/** Reads and processes one file. Never throws. */
export async function processFile(path: string, options: StageOptions = {}): Promise<PipelineResult> {
  let source: SourceFile;
  try {
    source = await readSource(path);
  } catch (error) {
    return failed({ path, sha256: '', bytes: 0 }, 'ingest', error);
  }
  return processSource(source, options);
}

/** Processes text held in memory, as if read from `path` (its extension picks txt, md or html). */
export function processText(text: string, path = 'inline.txt', options: StageOptions = {}): PipelineResult {
  const bytes = new TextEncoder().encode(text);
  return processSource({ path, bytes, sha256: sha256Of(bytes) }, options);
}
