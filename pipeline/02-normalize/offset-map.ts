import { lowerBound } from '../ordered.js';

/**
 * Offsets across a length-changing rewrite, as plain data (it crosses worker boundaries): the
 * rewrite is recorded as runs of copied input, and the gaps between runs are deleted input.
 * Memory grows with the number of edits, not with the text.
 */
export interface OffsetRuns {
  outStarts: Int32Array;
  inStarts: Int32Array;
  lengths: Int32Array;
  outputLength: number;
  inputLength: number;
}

/** The last run whose start (in `starts`) is at or before `offset`, or -1. */
function runAt(starts: Int32Array, offset: number): number {
  return lowerBound(starts, (start) => start, offset + 1) - 1;
}

/**
 * The output offset of an input offset: inside a copied run it moves with the run; inside a
 * deleted stretch it snaps to where the next copied text starts, so half-open spans stay valid.
 */
export function toOutput(runs: OffsetRuns, inputOffset: number): number {
  const run = runAt(runs.inStarts, inputOffset);
  if (run < 0) return 0;
  const into = inputOffset - runs.inStarts[run];
  if (into <= runs.lengths[run]) return runs.outStarts[run] + into;
  return run + 1 < runs.inStarts.length ? runs.outStarts[run + 1] : runs.outputLength;
}

/** The input offset of an output offset (every output character was copied from somewhere). */
export function toInput(runs: OffsetRuns, outputOffset: number): number {
  const run = runAt(runs.outStarts, outputOffset);
  if (run < 0) return 0;
  const into = outputOffset - runs.outStarts[run];
  if (into < runs.lengths[run] || run + 1 === runs.outStarts.length) return runs.inStarts[run] + Math.min(into, runs.lengths[run]);
  return runs.inStarts[run] + runs.lengths[run];
}

export class MappedTextBuilder {
  private readonly chunks: string[] = [];
  private readonly outStarts: number[] = [];
  private readonly inStarts: number[] = [];
  private readonly lengths: number[] = [];
  private length = 0;

  /** Writes `s` as the output of input starting at `inputStart` (a copy, or a same-start replacement such as \r\n → \n). */
  copy(s: string, inputStart: number): void {
    if (!s) return;
    this.chunks.push(s);
    const last = this.outStarts.length - 1;
    if (last >= 0 && this.inStarts[last] + this.lengths[last] === inputStart && this.outStarts[last] + this.lengths[last] === this.length) {
      this.lengths[last] += s.length;
    } else {
      this.outStarts.push(this.length);
      this.inStarts.push(inputStart);
      this.lengths.push(s.length);
    }
    this.length += s.length;
  }

  finish(inputLength: number): { text: string; runs: OffsetRuns } {
    return {
      text: this.chunks.join(''),
      runs: {
        outStarts: Int32Array.from(this.outStarts),
        inStarts: Int32Array.from(this.inStarts),
        lengths: Int32Array.from(this.lengths),
        outputLength: this.length,
        inputLength,
      },
    };
  }
}
