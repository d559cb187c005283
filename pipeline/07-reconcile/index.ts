import type { ExtractedDoc, ReconciledDoc } from '../../schemas/types.js';
import { defineStage } from '../stage.js';
import type { ReconcileStep } from './step.js';
import { countDeclared } from './steps/count-declared.js';
import { mergeMentions } from './steps/merge-mentions.js';
import { partsTotal } from './steps/parts-total.js';
import { percentShare } from './steps/percent-share.js';
import { structure } from './steps/structure.js';
import { tableBalance } from './steps/table-balance.js';

export { defineReconcileStep, intervalsOverlap, type ReconcileState, type ReconcileStep } from './step.js';

/**
 * Reconcile steps in the order they run; each is a pure function over the document's facts.
 * The checks read every mention as stated (a list repeated in two parts is checked where it
 * stands) and mark the facts of passed checks; merge-mentions runs last, so the mention it keeps
 * carries what the checks found and the conflicts point at the facts that remain.
 */
export const RECONCILE_STEPS: readonly ReconcileStep[] = Object.freeze([partsTotal, percentShare, countDeclared, tableBalance, structure, mergeMentions]);

export const reconcile = defineStage<ExtractedDoc, ReconciledDoc>(
  { name: 'reconcile', version: '2', description: 'merge mentions and check figures against each other; every inconsistency becomes a conflict' },
  (doc) => {
    let state = { doc, facts: doc.facts, conflicts: [] as ReconciledDoc['conflicts'] };
    for (const step of RECONCILE_STEPS) state = step.run(state);
    return { ...doc, facts: state.facts, conflicts: state.conflicts };
  },
);
