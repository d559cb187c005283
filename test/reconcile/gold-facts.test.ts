import { describe, expect, it } from 'vitest';
import { RECONCILE_STEPS } from '../../pipeline/07-reconcile/index.js';
import type { ReconcileState } from '../../pipeline/07-reconcile/step.js';
import { processText } from '../../pipeline/stages.js';
import type { ConflictKind } from '../../schemas/catalog.js';
import type { ProcessedDoc } from '../../schemas/types.js';
import { ReportBuilder } from '../support/facts.js';
import { HAS_SHARED, noteSharedSkip, sharedGold, sharedText, sharedTextNames, type GoldFile } from '../support/shared.js';

/** Kinds a single document's facts decide without relation groups from an extractor or other years. */
const DECIDED_BY_FACTS: readonly ConflictKind[] = ['table_balance', 'count_mismatch', 'structure', 'percent_mismatch'];

/** The gold facts as a perfect extractor would state them: quotes located in the normalized text, cells in one table. */
function goldFacts(doc: ProcessedDoc, gold: GoldFile): ReportBuilder {
  const report = new ReportBuilder(doc.text);
  let cell = 0;
  for (const g of gold.facts) {
    if (g.src === 'table') {
      report.cell(g.metric, g.value, { index: 0, row: Math.floor(cell / 7), col: cell++ % 7 });
      continue;
    }
    const quote = doc.text.includes(g.quote) ? g.quote : g.quote.replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；');
    if (!doc.text.includes(quote)) continue;
    try {
      report.fact(g.metric, quote, { value: g.value, ...(g.label ? { label: g.label } : {}) });
    } catch {
      // A quote whose figure the numbers module reads differently is left out; fewer facts can only hide conflicts.
    }
  }
  return report;
}

/**
 * The reconcile steps over gold facts must raise exactly the gold conflicts of the kinds that
 * facts alone decide, and nothing gold does not list: a step that alarms on perfect facts is wrong.
 */
describe.skipIf(noteSharedSkip('gold facts through the reconcile steps'))('reconcile steps over gold facts', () => {
  for (const set of HAS_SHARED ? ['dev', 'peers'] : []) {
    for (const name of sharedTextNames(set)) {
      it(`${set}/${name}`, () => {
        const doc = processText(sharedText(set, name), name);
        if (doc.status !== 'ok') throw new Error(doc.error);
        const gold = sharedGold(set, name.replace(/\.[^.]+$/, ''));
        const facts = goldFacts(doc, gold).facts;
        let state: ReconcileState = { doc: { ...doc, facts }, facts, conflicts: [] };
        for (const step of RECONCILE_STEPS) state = step.run(state);
        const shares = (a: string[], b: string[]) => a.length === 0 || b.some((m) => a.includes(m));
        for (const conflict of state.conflicts) {
          expect(gold.conflicts.some((g) => g.kind === conflict.kind && shares(g.metrics, conflict.metrics)), `extra ${conflict.kind}: ${conflict.message}`).toBe(true);
        }
        for (const g of gold.conflicts.filter((c) => DECIDED_BY_FACTS.includes(c.kind as ConflictKind))) {
          expect(state.conflicts.some((c) => c.kind === g.kind && shares(g.metrics, c.metrics)), `missed ${g.kind}: ${g.note}`).toBe(true);
        }
        expect(state.conflicts.filter((c) => c.kind === 'table_balance')).toHaveLength(gold.conflicts.filter((c) => c.kind === 'table_balance').length);
      });
    }
  }
});
