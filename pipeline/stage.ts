import type { Message, Severity } from '../schemas/types.js';

/**
 * A pipeline stage: a named, versioned function from one typed record to the next. Stages keep
 * no module state between documents; the version takes part in the pipeline version, so a
 * changed stage makes the next run reprocess documents it would otherwise skip.
 */
export interface Stage<In, Out> {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  run(input: In, options: StageOptions): Out;
}

/** Options every stage may read; each stage uses the part that concerns it. */
export interface StageOptions {
  /** Extractor ids to run; undefined runs every extractor enabled by default. */
  extractors?: readonly string[];
  /** Extractor ids to skip. */
  disableExtractors?: readonly string[];
  /** Where jieba runs (03-segment); default: in this thread. The batch engine's workers share the main thread's. */
  cutWords?: WordCutter;
}

/**
 * Cuts pieces of text with jieba: for each piece, the ends of its tokens relative to the piece.
 * Each jieba instance holds about 240 MB of dictionary, hence one per process where possible.
 */
export type WordCutter = (pieces: readonly string[]) => Uint32Array[];

export function defineStage<In, Out>(
  info: { name: string; version: string; description: string },
  run: (input: In, options: StageOptions) => Out,
): Stage<In, Out> {
  if (!/^[a-z][a-z-]*$/.test(info.name)) throw new Error(`defineStage: name "${info.name}" must be lower-case words joined by "-"`);
  if (!info.version) throw new Error(`defineStage(${info.name}): a version is required, it takes part in the pipeline version`);
  return Object.freeze({ ...info, run });
}

/**
 * A document-level failure with a stable code and a sentence a person understands. Thrown
 * inside a stage, it turns the document into a `failed` row; it never stops the batch.
 */
export class DocumentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export function message(source: string, ruleId: string, severity: Severity, text: string, span?: { start: number; end: number }): Message {
  return span ? { source, ruleId, severity, message: text, start: span.start, end: span.end } : { source, ruleId, severity, message: text };
}
