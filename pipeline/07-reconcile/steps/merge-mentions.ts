import { reportingPart } from '../../../schemas/catalog.js';
import type { Conflict, Fact, Paragraph } from '../../../schemas/types.js';
import { appendUnique, makeConflict } from '../conflict.js';
import { lowerBound } from '../../ordered.js';
import { intervalsOverlap } from '../interval.js';
import { defineReconcileStep } from '../step.js';
import { factName, figureText, unitWord } from '../wording.js';

export const MERGE_MENTIONS_STEP = 'merge-mentions';

/** Labels compare without punctuation, spaces and the generic 类/信息 endings. */
export function labelKey(label: string | undefined): string {
  return (label ?? '').replace(/[\s、，,。.（）()“”"'：:；;·\-—]/g, '').replace(/(政府)?信息$/, '').replace(/类$/, '');
}

/** Reasons a statement is believed over another, strongest first, each with its weight. */
const SUPPORT: readonly { reason: string; weight: number; holds: (fact: Fact) => boolean }[] = [
  { reason: '出自统计表格', weight: 4, holds: (f) => f.src === 'table' },
  { reason: '通过了勾稽校验', weight: 3, holds: (f) => f.features.checkPassed === true },
  { reason: '由专门规则读出', weight: 2, holds: (f) => f.features.extractorKind === 'pattern' || f.features.extractorKind === 'table' },
  { reason: '是确数而非约数', weight: 1, holds: (f) => f.approx === 'exact' },
  // ANNOTATION.md: of two statements in running text, the one in the part that reports the metric
  // (二、主动公开政府信息情况) over the one in the 概述.
  { reason: '出自专门陈述它的部分', weight: 1, holds: (f) => f.src === 'text' && f.metric !== null && f.section !== null && f.section === reportingPart(f.metric) },
];

/** Agreeing mentions add support: each further statement of the same value, up to two. */
const MENTION_WEIGHT = 1;

function support(fact: Fact): number {
  const mentions = Math.min(2, fact.mentions?.length ?? 0) * MENTION_WEIGHT;
  return SUPPORT.reduce((score, s) => score + (s.holds(fact) ? s.weight : 0), mentions);
}

/** Why the winner was chosen over the runner-up, in one phrase. */
function why(winner: Fact, runnerUp: Fact): string {
  const reasons = SUPPORT.filter((s) => s.holds(winner) && !s.holds(runnerUp)).map((s) => s.reason);
  const moreMentions = (winner.mentions?.length ?? 0) - (runnerUp.mentions?.length ?? 0);
  if (moreMentions > 0) reasons.push(`被提及 ${1 + (winner.mentions?.length ?? 0)} 次`);
  return reasons.length > 0 ? reasons.join('，') : '在报告中先出现';
}

/** Where a reviewer finds a statement: the words of the text, or the row and column of a table cell. */
function whereStated(fact: Fact): string {
  const cell = fact.table;
  if (fact.src === 'table' && cell?.rowLabel && cell.colLabel) return `表格“${cell.rowLabel}”行“${cell.colLabel}”列`;
  return `${fact.src === 'table' ? '表格' : ''}“${fact.quote.slice(0, 24)}”`;
}

/** Merges a cluster of agreeing mentions into its best-supported fact, carrying every position. */
function mergeCluster(cluster: Fact[]): Fact {
  const best = [...cluster].sort((a, b) => support(b) - support(a) || a.start - b.start)[0];
  if (cluster.length === 1) return best;
  const others = cluster.filter((f) => f !== best);
  const passed = cluster.some((f) => f.features.checkPassed === true);
  return {
    ...best,
    mentions: [...(best.mentions ?? []), ...others.flatMap((f) => [{ start: f.start, end: f.end }, ...(f.mentions ?? [])])],
    features: { ...best.features, mentions: cluster.length, ...(passed ? { checkPassed: true } : {}) },
  };
}

const isPoint = (i: Fact['interval']) => i.low === i.high && !i.lowOpen && !i.highOpen;

/**
 * Clusters mentions that all agree with one another (every pair of intervals overlaps); a
 * mention joins the earliest cluster it agrees with. Clusters of one exact value are found by
 * that value, so a long report stating thousands of different values of one metric is not
 * quadratic; only clusters holding a range are scanned.
 */
function clusterAgreeing(group: readonly Fact[]): Fact[][] {
  const clusters: Fact[][] = [];
  const byPoint = new Map<number, number>();
  const withRanges: number[] = [];
  const agrees = (i: number, fact: Fact) => clusters[i].every((member) => intervalsOverlap(member.interval, fact.interval));
  for (const fact of group) {
    const point = isPoint(fact.interval);
    let found = point ? byPoint.get(fact.interval.low) : undefined;
    for (const i of point ? withRanges : clusters.keys()) {
      if (found !== undefined && i > found) break;
      if (agrees(i, fact)) {
        found = i;
        break;
      }
    }
    if (found === undefined) {
      if (point) byPoint.set(fact.interval.low, clusters.length);
      else withRanges.push(clusters.length);
      clusters.push([fact]);
      continue;
    }
    clusters[found].push(fact);
    if (!point && !withRanges.includes(found)) {
      // The cluster now holds a range: it is no longer found by its value alone.
      for (const [value, i] of byPoint) if (i === found) byPoint.delete(value);
      withRanges.push(found);
      withRanges.sort((x, y) => x - y);
    }
  }
  return clusters;
}

/** The paragraph holding an offset, by binary search over the document's ordered paragraphs. */
function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number | undefined {
  const found = paragraphs[lowerBound(paragraphs, (paragraph) => paragraph.end, offset + 1)];
  return found && found.start <= offset ? found.index : undefined;
}

/**
 * One fact per (metric, label): mentions whose intervals agree merge into one fact carrying all
 * their positions; mentions that cannot agree keep the best-supported value and raise a
 * multi_value conflict that names every value, where it was stated, and why the kept one won.
 * Runs after the checks, so conflicts that named a merged mention are pointed at the kept fact.
 */
export const mergeMentions = defineReconcileStep(MERGE_MENTIONS_STEP, 'merge agreeing mentions of a metric; flag incompatible ones (multi_value)', (state) => {
  const groups = new Map<string, Fact[]>();
  const keep: Fact[] = [];
  for (const fact of state.facts) {
    if (fact.metric === null || fact.derived) {
      keep.push(fact);
      continue;
    }
    const key = `${fact.metric}|${labelKey(fact.label)}`;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  const paragraphs = state.doc.paragraphs;
  const paragraphOf = (fact: Fact) => paragraphIndexAt(paragraphs, fact.valueStart);
  const renamed = new Map<string, string>();
  const added: Conflict[] = [];
  for (const group of groups.values()) {
    const clusters = clusterAgreeing(group);
    const merged = clusters.map((cluster) => {
      const fact = mergeCluster(cluster);
      for (const member of cluster) if (member.id !== fact.id) renamed.set(member.id, fact.id);
      return fact;
    });
    if (merged.length === 1) {
      keep.push(merged[0]);
      continue;
    }
    const ranked = [...merged].sort((a, b) => support(b) - support(a) || a.start - b.start);
    const [winner] = ranked;
    // Two values for one metric in one paragraph are not two statements of one figure: one is a
    // sub-unit's count, a cumulative or last year's figure read under the metric. The paragraph's
    // best-supported value stands and the rest are set aside without a conflict.
    const contested: Fact[] = [];
    const setAside: Fact[] = [];
    const contestedParagraphs = new Set<number>();
    for (const fact of ranked) {
      const paragraph = paragraphOf(fact);
      if (paragraph !== undefined && contestedParagraphs.has(paragraph)) {
        setAside.push(fact);
        continue;
      }
      contested.push(fact);
      if (paragraph !== undefined) contestedParagraphs.add(paragraph);
    }
    keep.push(contested.length > 1 ? { ...winner, features: { ...winner.features, multiValue: true } } : winner);
    for (const fact of setAside) keep.push({ ...fact, supersededBy: winner.id, features: { ...fact.features, setAsideInParagraph: true } });
    for (const loser of contested.slice(1)) keep.push({ ...loser, supersededBy: winner.id, features: { ...loser.features, multiValue: true } });
    if (contested.length < 2) continue;
    const unit = contested.map(unitWord).find((word) => word !== '') ?? '';
    const stated = contested.map((f) => `${figureText(f, unit)}（${whereStated(f)}）`).join('，又作 ');
    added.push(
      makeConflict({
        kind: 'multi_value',
        source: MERGE_MENTIONS_STEP,
        ruleId: 'multi_value/incompatible-mentions',
        facts: contested,
        expected: winner.interval,
        // reduce, not Math.min(...values): a huge report can hold more values than a call takes arguments.
        observed: { low: contested.reduce((low, f) => Math.min(low, f.interval.low), Infinity), high: contested.reduce((high, f) => Math.max(high, f.interval.high), -Infinity) },
        message: `${factName(winner)} 前后不一：${stated}；采用 ${figureText(winner, unit)}，因其${why(winner, contested[1])}`,
      }),
    );
  }
  const repoint = (conflict: Conflict): Conflict => {
    if (!conflict.facts.some((id) => renamed.has(id))) return conflict;
    return { ...conflict, facts: [...new Set(conflict.facts.map((id) => renamed.get(id) ?? id))] };
  };
  keep.sort((a, b) => a.valueStart - b.valueStart || a.start - b.start);
  return { ...state, facts: keep, conflicts: appendUnique(state.conflicts.map(repoint), added) };
});
