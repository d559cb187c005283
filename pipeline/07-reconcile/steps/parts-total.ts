import type { Conflict, Fact } from '../../../schemas/types.js';
import { appendUnique, makeConflict, markPassed } from '../conflict.js';
import { cuesIn, decideCoverage, type ListShape } from '../coverage.js';
import { entirelyBelow, formatValue, sumIntervals } from '../interval.js';
import { defineReconcileStep, isLive, type ReconcileState } from '../step.js';
import { factName, figureValue, sumText, unitWord } from '../wording.js';

export const PARTS_TOTAL_STEP = 'parts-total';

/** A total and the parts stated with it (facts sharing a `relation.group`). */
export interface PartsList {
  total: Fact;
  parts: Fact[];
}

/** Groups by relation; a group needs a total and at least one part in the total's unit. */
export function partsLists(facts: readonly Fact[]): PartsList[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.relation || !isLive(fact)) continue;
    const group = groups.get(fact.relation.group);
    if (group) group.push(fact);
    else groups.set(fact.relation.group, [fact]);
  }
  const lists: PartsList[] = [];
  for (const members of groups.values()) {
    const total = members.filter((f) => f.relation!.role === 'total').sort((a, b) => a.valueStart - b.valueStart)[0];
    if (!total) continue;
    const parts = members.filter((f) => f.relation!.role === 'part' && f.unit === total.unit).sort((a, b) => a.valueStart - b.valueStart);
    if (parts.length > 0) lists.push({ total, parts });
  }
  return lists;
}

const REMAINDER_LABEL = /^(其他|其余)/;

function isRemainder(fact: Fact): boolean {
  return Boolean(fact.metric?.endsWith('.other')) || REMAINDER_LABEL.test(fact.label ?? '') || REMAINDER_LABEL.test(fact.quote);
}

/** The list as the coverage rules read it: cues from the extractor, else from the text around it. */
export function listShape(list: PartsList, text: string): ListShape {
  const members = [list.total, ...list.parts];
  const given = [...new Set(members.flatMap((f) => f.relation?.cues ?? []))];
  const from = Math.min(...members.map((f) => f.start));
  const to = Math.max(...members.map((f) => f.end));
  return {
    cues: given.length > 0 ? given : cuesIn(text.slice(from, to)),
    hasRemainderPart: list.parts.some(isRemainder),
    totalAfterParts: list.parts.every((p) => p.valueStart < list.total.valueStart),
  };
}

interface Verdict {
  conflict?: Conflict;
  passed: boolean;
}

/** 少 258 条 when both sides are exact, 至少少 258 条 when a bound decides. */
function gap(word: string, amount: number, exact: boolean, unit: string): string {
  if (!(amount > 0)) return '超出约数的范围';
  return `${exact ? '' : '至少'}${word} ${formatValue(amount)}${unit ? ' ' + unit : ''}`;
}

/**
 * Parts above their total are always a conflict (parts_exceed_total); parts below it are one
 * only when the text presents them as the whole (sum_mismatch). Intervals decide, so 600余
 * against 21 + 1 + 450 + 120余 is consistent.
 */
export function checkPartsList(list: PartsList, text: string): Verdict {
  const { total, parts } = list;
  const sum = sumIntervals(parts.map((p) => p.interval));
  const unit = unitWord(total) || unitWord(parts[0]);
  const facts = [total, ...parts];
  const exact = facts.every((f) => f.interval.low === f.interval.high);
  const head = `${factName(total)} ${figureValue(total)}${unit ? ' ' + unit : ''}，但分项 ${sumText(parts, sum)}${unit ? ' ' + unit : ''}`;
  if (entirelyBelow(total.interval, sum)) {
    return {
      passed: false,
      conflict: makeConflict({
        kind: 'parts_exceed_total',
        source: PARTS_TOTAL_STEP,
        ruleId: 'parts_exceed_total/parts-above-total',
        facts,
        expected: total.interval,
        observed: sum,
        message: `${head}，${gap('多出', sum.low - total.interval.high, exact, unit)}，分项之和不能大于总数`,
      }),
    };
  }
  const coverage = decideCoverage(listShape(list, text));
  if (coverage.coverage !== 'exhaustive' || parts.length < 2) return { passed: false };
  if (entirelyBelow(sum, total.interval)) {
    return {
      passed: false,
      conflict: makeConflict({
        kind: 'sum_mismatch',
        source: PARTS_TOTAL_STEP,
        ruleId: `sum_mismatch/${coverage.id}`,
        facts,
        expected: total.interval,
        observed: sum,
        message: `${head}，${gap('少', total.interval.low - sum.high, exact, unit)}（${coverage.reason}）`,
      }),
    };
  }
  return { passed: true };
}

export const partsTotal = defineReconcileStep(PARTS_TOTAL_STEP, 'check each total against the parts stated with it (sum_mismatch, parts_exceed_total)', (state: ReconcileState) => {
  const added: Conflict[] = [];
  const passed = new Set<string>();
  for (const list of partsLists(state.facts)) {
    const verdict = checkPartsList(list, state.doc.text);
    if (verdict.conflict) added.push(verdict.conflict);
    if (verdict.passed) for (const fact of [list.total, ...list.parts]) passed.add(fact.id);
  }
  return { ...state, facts: markPassed(state.facts, passed), conflicts: appendUnique(state.conflicts, added) };
});
