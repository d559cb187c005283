import type { Conflict, ExtractedDoc, Fact } from '../../schemas/types.js';

export { formatValue, intervalsOverlap } from './interval.js';

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

/** A fact the text states and no other mention of its metric has replaced. */
export function isLive(fact: Fact): boolean {
  return !fact.derived && !fact.supersededBy;
}
