import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLabeled } from '../../schemas/catalog.js';
import { labelKey } from '../../pipeline/07-reconcile/steps/merge-mentions.js';
import { processFile } from '../../pipeline/stages.js';
import { SHARED, noteSharedSkip, sharedGold, sharedTextNames } from '../support/shared.js';

/** Labels compare as the scorer compares them: normalised, one containing the other. */
function labelsMatch(a: string | undefined, b: string | undefined): boolean {
  const x = labelKey(a);
  const y = labelKey(b);
  if (!x && !y) return true;
  if (!x || !y) return false;
  return x.includes(y) || y.includes(x);
}

/**
 * Table facts scored as ../shared/tools/score.mjs scores them: a gold table fact is found when an
 * exported fact (any source) has its metric, value and label; an exported table fact that matches
 * no gold fact is an error.
 */
async function tableScore(set: string): Promise<{ tp: number; fp: number; fn: number }> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const name of sharedTextNames(set)) {
    const gold = sharedGold(set, name.replace(/\.[^.]+$/, ''));
    const doc = await processFile(join(SHARED, 'corpus', set, 'texts', name));
    if (doc.status !== 'ok') throw new Error(`${name}: ${doc.error}`);
    const exported = doc.facts.filter((f) => f.metric !== null && !f.supersededBy && !f.derived);
    const used = new Set<number>();
    for (const g of gold.facts) {
      const i = exported.findIndex(
        (f, j) => !used.has(j) && (f.metric === g.metric || (g.alt ?? []).includes(f.metric!)) && Math.abs(f.value - g.value) <= 1e-6 * Math.max(1, Math.abs(g.value)) && (!isLabeled(f.metric!) || labelsMatch(f.label, g.label)),
      );
      if (i >= 0) used.add(i);
      if (g.src !== 'table') continue;
      if (i >= 0) tp++;
      else fn++;
    }
    exported.forEach((f, j) => {
      if (!used.has(j) && f.src === 'table') fp++;
    });
  }
  return { tp, fp, fn };
}

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn);

describe.skipIf(noteSharedSkip('table facts against the dev and peers gold'))('table facts against the gold of ../shared/corpus', () => {
  it.each(['dev', 'peers'])('%s: F1 of facts from tables is at least 0.98', async (set) => {
    const score = await tableScore(set);
    expect(score.tp).toBeGreaterThan(400);
    expect(f1(score)).toBeGreaterThanOrEqual(0.98);
  });
});
