import type { ConflictKind } from '../../schemas/catalog.js';
import type { Conflict, Fact, Interval, Severity } from '../../schemas/types.js';
import { formatInterval } from './interval.js';

/**
 * How urgently a reviewer should look, by kind. Arithmetic that cannot be true whatever the
 * rounding (parts above their total, a template identity that fails) is an error; a figure that
 * disagrees with another statement, where either may be the wrong one, is a warning; an outline
 * defect that touches no figure is info.
 */
export const CONFLICT_SEVERITY: Readonly<Record<ConflictKind, Severity>> = Object.freeze({
  parts_exceed_total: 'error',
  table_balance: 'error',
  sum_mismatch: 'warning',
  percent_mismatch: 'warning',
  multi_value: 'warning',
  count_mismatch: 'warning',
  cross_year: 'warning',
  structure: 'info',
});

export interface ConflictDraft {
  kind: ConflictKind;
  /** Reconcile step id. */
  source: string;
  ruleId: string;
  /** Facts involved, the one the reviewer should open first at the head. */
  facts: readonly Fact[];
  message: string;
  expected?: Interval;
  observed?: Interval;
  /** Metric ids when they are not those of the facts (an outline defect has none). */
  metrics?: string[];
  span?: { start: number; end: number };
  relatedDoc?: string;
}

/** A conflict row: severity from its kind, metrics from its facts, position of its first fact. */
export function makeConflict(draft: ConflictDraft): Conflict {
  const metrics = draft.metrics ?? [...new Set(draft.facts.map((f) => f.metric).filter((m): m is string => m !== null))];
  const span = draft.span ?? (draft.facts[0] ? { start: draft.facts[0].start, end: draft.facts[0].end } : undefined);
  return {
    kind: draft.kind,
    severity: CONFLICT_SEVERITY[draft.kind],
    metrics,
    facts: draft.facts.map((f) => f.id),
    ...(draft.expected ? { expected: draft.expected } : {}),
    ...(draft.observed ? { observed: draft.observed } : {}),
    message: draft.message,
    source: draft.source,
    ruleId: draft.ruleId,
    ...(span ? { start: span.start, end: span.end } : {}),
    ...(draft.relatedDoc ? { relatedDoc: draft.relatedDoc } : {}),
  };
}

/** Conflicts that say the same thing about the same figures (a list repeated in two parts) count once. */
export function conflictSignature(conflict: Conflict): string {
  const bound = (i: Interval | undefined) => (i ? formatInterval(i) : '');
  return [conflict.kind, conflict.ruleId, [...conflict.metrics].sort().join(','), bound(conflict.expected), bound(conflict.observed), conflict.message].join('|');
}

export function appendUnique(existing: readonly Conflict[], added: readonly Conflict[]): Conflict[] {
  const seen = new Set(existing.map(conflictSignature));
  const out = [...existing];
  for (const conflict of added) {
    const signature = conflictSignature(conflict);
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push(conflict);
  }
  return out;
}

/** Marks facts that took part in a check that passed; the score stage reads `checkPassed`. */
export function markPassed(facts: readonly Fact[], passed: ReadonlySet<string>): Fact[] {
  if (passed.size === 0) return [...facts];
  return facts.map((fact) => (passed.has(fact.id) && !fact.features.checkPassed ? { ...fact, features: { ...fact.features, checkPassed: true } } : fact));
}
