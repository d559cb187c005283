import type { Conflict, Fact, Section } from '../../../schemas/types.js';
import { sectionAt } from '../../04-classify/index.js';
import { appendUnique, makeConflict, markPassed } from '../conflict.js';
import { allowTruncation, formatValue, intervalsOverlap, shareInterval } from '../interval.js';
import { defineReconcileStep, isLive } from '../step.js';
import { factName, figureText } from '../wording.js';
import { labelKey } from './merge-mentions.js';

export const PERCENT_SHARE_STEP = 'percent-share';

/** A stated share with the count it is a share of and the total it divides. */
export interface ShareTriple {
  share: Fact;
  count: Fact;
  total: Fact;
}

/**
 * The total a share divides: the total of the count's relation group when it has one, else the
 * nearest active.total stated before the count in the same part, else the report's only value.
 */
function totalFor(count: Fact, totals: readonly Fact[], facts: readonly Fact[], sections: readonly Section[]): Fact | undefined {
  if (count.relation) {
    const grouped = facts.find((f) => f.relation?.group === count.relation!.group && f.relation.role === 'total' && f.unit === 'count');
    if (grouped) return grouped;
  }
  const part = sectionAt(sections, count.valueStart);
  const before = totals.filter((t) => t.valueStart < count.valueStart && sectionAt(sections, t.valueStart) === part);
  if (before.length > 0) return before[before.length - 1];
  const values = new Set(totals.map((t) => t.value));
  return values.size === 1 ? totals[0] : undefined;
}

/** Each active.category_share with the same-label count nearest to it and that count's total. */
export function shareTriples(facts: readonly Fact[], sections: readonly Section[]): ShareTriple[] {
  const counts = facts.filter((f) => isLive(f) && f.metric === 'active.category');
  const totals = facts.filter((f) => isLive(f) && f.metric === 'active.total');
  const triples: ShareTriple[] = [];
  for (const share of facts.filter((f) => isLive(f) && f.metric === 'active.category_share')) {
    const key = labelKey(share.label);
    const sameLabel = counts.filter((c) => labelKey(c.label) === key);
    if (sameLabel.length === 0) continue;
    const count = sameLabel.reduce((a, b) => (Math.abs(b.valueStart - share.valueStart) < Math.abs(a.valueStart - share.valueStart) ? b : a));
    const total = totalFor(count, totals, facts, sections);
    if (total) triples.push({ share, count, total });
  }
  return triples;
}

/**
 * A share agrees when some value it may stand for (rounded or truncated at its printed
 * precision) equals some value of count / total: 18 of 120 printed 15% and 19 of 120 printed
 * 15.83% both agree.
 */
export function checkShare({ share, count, total }: ShareTriple): Conflict | 'passed' | undefined {
  const computed = shareInterval(count.interval, total.interval);
  if (!computed) return undefined;
  const stated = share.approx === 'exact' ? allowTruncation(share.interval) : share.interval;
  if (intervalsOverlap(stated, computed)) return 'passed';
  const digits = Math.max(1, (formatValue(share.value).split('.')[1] ?? '').length + 1);
  const quotient = ((count.value / total.value) * 100).toFixed(digits);
  return makeConflict({
    kind: 'percent_mismatch',
    source: PERCENT_SHARE_STEP,
    ruleId: 'percent_mismatch/share-vs-count',
    facts: [share, count, total],
    expected: computed,
    observed: share.interval,
    message: `${factName(share)}占比写作 ${figureText(share)}，但 ${figureText(count)} / ${figureText(total)} = ${quotient}%`,
  });
}

export const percentShare = defineReconcileStep(PERCENT_SHARE_STEP, 'check each stated share against its count and total (percent_mismatch)', (state) => {
  const added: Conflict[] = [];
  const passed = new Set<string>();
  for (const triple of shareTriples(state.facts, state.doc.sections)) {
    const verdict = checkShare(triple);
    if (verdict === 'passed') for (const fact of [triple.share, triple.count]) passed.add(fact.id);
    else if (verdict) added.push(verdict);
  }
  return { ...state, facts: markPassed(state.facts, passed), conflicts: appendUnique(state.conflicts, added) };
});
