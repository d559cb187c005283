import type { StorableDoc } from '../../output/store.js';
import type { DocumentEvent, RunSummary } from '../run.js';
import { ProgressMeter, type Progress } from './progress.js';

export interface TallyOptions {
  /** Failures listed in the summary; the rest are only counted. */
  failuresListed: number;
  onDocument?: (event: DocumentEvent) => void;
  onProgress?: (progress: Progress) => void;
}

/**
 * Counts each document's outcome into the run's summary and reports progress. Nothing per
 * document is kept beyond the counts and the first failures, however large the archive.
 */
export class RunTally {
  private readonly meter: ProgressMeter;

  constructor(
    readonly summary: RunSummary,
    private readonly options: TallyOptions,
  ) {
    this.meter = new ProgressMeter(summary.total);
  }

  get done(): number {
    return this.summary.ok + this.summary.failed + this.summary.skipped;
  }

  record(path: string, outcome: DocumentEvent['outcome'], bytes: number, result?: StorableDoc): void {
    const { summary } = this;
    summary[outcome]++;
    summary.bytes += bytes;
    if (result?.status === 'failed') {
      if (summary.failures.length < this.options.failuresListed) summary.failures.push({ path, errorCode: result.errorCode, error: result.error });
      else summary.failuresOmitted++;
    } else if (result) {
      summary.facts += result.facts.filter((f) => f.metric !== null && !f.supersededBy).length;
      summary.conflicts += result.conflicts.length;
    }
    this.meter.record(outcome, bytes);
    this.options.onDocument?.({ path, outcome, error: result?.status === 'failed' ? result.error : undefined, done: this.done, total: summary.total });
    this.options.onProgress?.(this.meter.snapshot());
  }
}
