import type { Conflict, Fact } from '../../../schemas/types.js';
import { defineReconcileStep, formatValue, intervalsOverlap } from '../step.js';

/** Labels compare without punctuation, spaces and the generic 类/信息 endings. */
export function labelKey(label: string | undefined): string {
  return (label ?? '').replace(/[\s、，,。.（）()“”"'：:；;·\-—]/g, '').replace(/(政府)?信息$/, '').replace(/类$/, '');
}

/**
 * How well a mention is supported, to pick the one that stands for its metric: a table cell
 * over prose, a specific rule over a keyword guess, an exact figure over an approximate one,
 * then the earlier statement.
 */
function support(fact: Fact): number {
  let score = 0;
  if (fact.src === 'table') score += 4;
  if (fact.features.extractorKind === 'pattern' || fact.features.extractorKind === 'table') score += 2;
  if (fact.approx === 'exact') score += 1;
  return score;
}

const isPoint = (i: Fact['interval']) => i.low === i.high && !i.lowOpen && !i.highOpen;

/**
 * Clusters mentions whose intervals overlap with the cluster's first member; a mention joins the
 * earliest such cluster. Exact figures (closed points) find theirs by value, so a long report
 * stating thousands of different values of one metric is not quadratic.
 */
function clusterByFirstMember(group: readonly Fact[]): Fact[][] {
  const clusters: Fact[][] = [];
  const pointClusters = new Map<number, number>();
  const rangeClusters: number[] = [];
  for (const fact of group) {
    let found: number | undefined;
    if (isPoint(fact.interval)) {
      // A closed point overlaps a closed point only at the same value.
      found = pointClusters.get(fact.interval.low);
      for (const i of rangeClusters) {
        if (found !== undefined && i > found) break;
        if (intervalsOverlap(clusters[i][0].interval, fact.interval)) found = i;
      }
    } else {
      found = clusters.findIndex((c) => intervalsOverlap(c[0].interval, fact.interval));
      if (found < 0) found = undefined;
    }
    if (found !== undefined) clusters[found].push(fact);
    else {
      if (isPoint(fact.interval)) pointClusters.set(fact.interval.low, clusters.length);
      else rangeClusters.push(clusters.length);
      clusters.push([fact]);
    }
  }
  return clusters;
}

/**
 * One fact per (metric, label): mentions whose intervals agree merge into one fact carrying all
 * their positions; mentions that cannot agree keep the best-supported value and raise a
 * multi_value conflict that names every value and where it was stated.
 */
export const mergeMentions = defineReconcileStep('merge-mentions', 'merge agreeing mentions of a metric; flag incompatible ones (multi_value)', (state) => {
  const groups = new Map<string, Fact[]>();
  const keep: Fact[] = [];
  for (const fact of state.facts) {
    if (fact.metric === null || fact.derived) {
      keep.push(fact);
      continue;
    }
    const key = `${fact.metric}|${labelKey(fact.label)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(fact);
  }
  const conflicts: Conflict[] = [...state.conflicts];
  for (const group of groups.values()) {
    const clusters = clusterByFirstMember(group);
    const merged = clusters.map((cluster) => {
      const best = [...cluster].sort((a, b) => support(b) - support(a) || a.start - b.start)[0];
      const mentions = cluster.filter((f) => f !== best).map((f) => ({ start: f.start, end: f.end }));
      return mentions.length > 0 ? { ...best, mentions: [...(best.mentions ?? []), ...mentions], features: { ...best.features, mentions: cluster.length } } : best;
    });
    if (merged.length === 1) {
      keep.push(merged[0]);
      continue;
    }
    const ranked = [...merged].sort(
      (a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0) || support(b) - support(a) || a.start - b.start,
    );
    const [winner, ...losers] = ranked;
    keep.push({ ...winner, features: { ...winner.features, multiValue: true } });
    for (const loser of losers) keep.push({ ...loser, supersededBy: winner.id, features: { ...loser.features, multiValue: true } });
    const name = winner.label ? `${winner.metric}「${winner.label}」` : winner.metric!;
    const stated = ranked.map((f) => `${formatValue(f.value)}（“${f.quote.slice(0, 24)}”）`).join('，又作 ');
    conflicts.push({
      kind: 'multi_value',
      severity: 'warning',
      metrics: [winner.metric!],
      facts: ranked.map((f) => f.id),
      // reduce, not Math.min(...values): a huge report can hold more values than a call takes arguments.
      observed: { low: ranked.reduce((low, f) => Math.min(low, f.value), Infinity), high: ranked.reduce((high, f) => Math.max(high, f.value), -Infinity) },
      expected: winner.interval,
      message: `${name} 前后不一：${stated}；采用 ${formatValue(winner.value)}，因其${winner.src === 'table' ? '出自表格' : (winner.mentions?.length ?? 0) > 0 ? '被多次提及' : '表述更直接'}`,
      source: 'merge-mentions',
      ruleId: 'multi_value/incompatible-mentions',
      start: winner.start,
      end: winner.end,
    });
  }
  keep.sort((a, b) => a.valueStart - b.valueStart || a.start - b.start);
  return { ...state, facts: keep, conflicts };
});
