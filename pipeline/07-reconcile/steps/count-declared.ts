import type { Conflict, ExtractedDoc, Fact } from '../../../schemas/types.js';
import { sectionAt } from '../../04-classify/index.js';
import { appendUnique, makeConflict, markPassed } from '../conflict.js';
import { lowerBound } from '../../ordered.js';
import { intervalsOverlap, point } from '../interval.js';
import { outlines, printedNumber } from '../outline.js';
import { defineReconcileStep, isLive } from '../step.js';
import { figureValue } from '../wording.js';
import { labelKey } from './merge-mentions.js';

export const COUNT_DECLARED_STEP = 'count-declared';

type Verdict = { conflict: Conflict } | { passed: true } | undefined;

/** Characters at the end of a text that do not count as content (a closing blank line, a page mark). */
const TAIL_SLACK = 20;

/**
 * 9大类 against the categories listed with figures from the declaration to the end of its part.
 * Fewer listed than declared is a conflict only when the part ends before the text does: an
 * excerpt cut off inside the list has not listed them all yet.
 */
export function checkCategoriesListed(doc: ExtractedDoc, declared: Fact, categories: readonly Fact[]): Verdict {
  const paragraph = doc.paragraphs[lowerBound(doc.paragraphs, (p) => p.end, declared.start + 1)];
  const from = paragraph && paragraph.start <= declared.start ? paragraph.start : declared.start;
  const to = sectionAt(doc.sections, declared.valueStart)?.end ?? doc.text.length;
  const labels = new Map<string, string>();
  for (let i = lowerBound(categories, (fact) => fact.valueStart, from); i < categories.length && categories[i].valueStart < to; i++) {
    const fact = categories[i];
    if (!fact.label) continue;
    const key = labelKey(fact.label);
    if (!labels.has(key)) labels.set(key, fact.label);
  }
  const listed = labels.size;
  if (listed === 0) return undefined;
  if (intervalsOverlap(point(listed), declared.interval)) return { passed: true };
  const cutOff = to >= doc.text.trimEnd().length - TAIL_SLACK;
  if (listed < declared.interval.low && cutOff) return undefined;
  return {
    conflict: makeConflict({
      kind: 'count_mismatch',
      source: COUNT_DECLARED_STEP,
      ruleId: 'count_mismatch/categories-listed',
      facts: [declared],
      expected: declared.interval,
      observed: point(listed),
      message: `文中称共 ${figureValue(declared)} 类（“${declared.quote}”），但列出数字的类别有 ${listed} 个：“${[...labels.values()].join('”“')}”`,
    }),
  };
}

/** A count of parts that describes the statistics table (统计表共七个部分组成), not the report. */
const ABOUT_A_TABLE = /统计表|附表|表格/;

/**
 * 由七部分组成 against the outline: some numbered outline that starts at 一 must end at the
 * declared number. More parts than declared is a conflict; fewer only when the outline ends with
 * the closing part (其他需要报告的事项), since an excerpt may stop anywhere before it.
 */
export function checkPartsFound(doc: ExtractedDoc, declared: Fact): Verdict {
  const context = doc.text.slice(Math.max(0, declared.start - 30), declared.end);
  if (ABOUT_A_TABLE.test(context)) return undefined;
  const runs = outlines(doc.sections).filter((run) => run[0].numbering.ordinal === 1);
  if (runs.length === 0) return undefined;
  if (runs.some((run) => intervalsOverlap(point(run.at(-1)!.numbering.ordinal), declared.interval))) return { passed: true };
  const main = runs[0];
  const last = main.at(-1)!;
  const found = last.numbering.ordinal;
  const closes = last.label === 'other' && /其他/.test(last.heading);
  if (found < declared.interval.low && !closes) return undefined;
  return {
    conflict: makeConflict({
      kind: 'count_mismatch',
      source: COUNT_DECLARED_STEP,
      ruleId: found > declared.value ? 'count_mismatch/parts-more-than-declared' : 'count_mismatch/parts-fewer-than-declared',
      facts: [declared],
      expected: declared.interval,
      observed: point(found),
      message: `文中称报告由 ${figureValue(declared)} 部分组成（“${declared.quote}”），但正文各部分编号到“${printedNumber(found, last.numbering.style)}”为止，共 ${found} 部分`,
    }),
  };
}

export const countDeclared = defineReconcileStep(COUNT_DECLARED_STEP, 'check declared counts (9大类, 由七部分组成) against what is listed (count_mismatch)', (state) => {
  const added: Conflict[] = [];
  const passed = new Set<string>();
  // The listed categories, in text order, found once: a long document may declare many counts.
  const categories = state.facts
    .filter((fact) => isLive(fact) && (fact.metric === 'active.category' || fact.metric === 'active.category_share'))
    .sort((a, b) => a.valueStart - b.valueStart);
  for (const fact of state.facts) {
    if (!isLive(fact)) continue;
    let verdict: Verdict;
    if (fact.metric === 'active.category_count') verdict = checkCategoriesListed(state.doc, fact, categories);
    else if (fact.metric === 'report.parts_declared') verdict = checkPartsFound(state.doc, fact);
    if (verdict && 'conflict' in verdict) added.push(verdict.conflict);
    else if (verdict) passed.add(fact.id);
  }
  return { ...state, facts: markPassed(state.facts, passed), conflicts: appendUnique(state.conflicts, added) };
});
