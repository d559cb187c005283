import type { Conflict, ExtractedDoc, Fact } from '../../schemas/types.js';

/** What a reconcile step sees and returns: a document's facts and the conflicts found so far. */
export interface ReconcileState {
  readonly doc: Readonly<ExtractedDoc>;
  facts: Fact[];
  conflicts: Conflict[];
}

/**
 * A reconcile step is a pure function over a document's facts: it may merge or annotate facts
 * and add conflicts, and it never reads anything but its input.
 */
export interface ReconcileStep {
  readonly id: string;
  readonly description: string;
  run(state: ReconcileState): ReconcileState;
}

export function defineReconcileStep(id: string, description: string, run: (state: ReconcileState) => ReconcileState): ReconcileStep {
  if (!/^[a-z][a-z-]*$/.test(id)) throw new Error(`defineReconcileStep: id "${id}" must be lower-case words joined by "-"`);
  return Object.freeze({ id, description, run });
}

/** Interval overlap with open ends honoured: [1000, 1100) and [1100, 1100] do not overlap. */
export function intervalsOverlap(a: Fact['interval'], b: Fact['interval']): boolean {
  const lowOk = a.high > b.low || (a.high === b.low && !a.highOpen && !b.lowOpen);
  const highOk = b.high > a.low || (b.high === a.low && !b.highOpen && !a.lowOpen);
  return lowOk && highOk;
}

export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}
