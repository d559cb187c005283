import type { ExtractedDoc, ReconciledDoc } from '../../schemas/types.js';
import { defineStage } from '../stage.js';
import type { ReconcileStep } from './step.js';
import { mergeMentions } from './steps/merge-mentions.js';

export { defineReconcileStep, intervalsOverlap, type ReconcileState, type ReconcileStep } from './step.js';

/** Reconcile steps in the order they run; each is a pure function over the document's facts. */
export const RECONCILE_STEPS: readonly ReconcileStep[] = Object.freeze([mergeMentions]);

export const reconcile = defineStage<ExtractedDoc, ReconciledDoc>(
  { name: 'reconcile', version: '1', description: 'merge mentions and check figures against each other; every inconsistency becomes a conflict' },
  (doc) => {
    let state = { doc, facts: doc.facts, conflicts: [] as ReconciledDoc['conflicts'] };
    for (const step of RECONCILE_STEPS) state = step.run(state);
    return { ...doc, facts: state.facts, conflicts: state.conflicts };
  },
);
