import { requireMetric } from '../../schemas/catalog.js';
import { sourceSpan } from './mask.js';
import { NEGATION_RULES, type NegationRule } from './rules/negation.js';
import type { ProseFact, SentenceView } from './sentences.js';

interface CompiledNegation extends NegationRule {
  regex: RegExp;
  when: { metric: string; regex: RegExp | null }[];
  unlessRegex: RegExp | null;
  contextRegex: RegExp | null;
}

export const COMPILED_NEGATIONS: readonly CompiledNegation[] = NEGATION_RULES.map((rule) => {
  for (const { metric } of rule.metrics) requireMetric(metric);
  return {
    ...rule,
    regex: new RegExp(rule.pattern, 'dg'),
    when: rule.metrics.map(({ metric, when }) => ({ metric, regex: when ? new RegExp(when) : null })),
    unlessRegex: rule.unless ? new RegExp(rule.unless) : null,
    contextRegex: rule.context ? new RegExp(rule.context) : null,
  };
});

/**
 * Zero facts from negative statements. The quote is the statement, the figure span its negating
 * words; a metric is stated once per sentence, and never where the same sentence gives it a figure.
 */
export function readNegations(views: readonly SentenceView[], stated: readonly ProseFact[]): ProseFact[] {
  const facts: ProseFact[] = [];
  const seen = new Set<string>();
  const statedIn = new Set(stated.map((f) => `${f.sentence}|${f.metric}`));
  for (const rule of COMPILED_NEGATIONS) {
    for (const view of views) {
      const masked = view.masked;
      if (rule.contextRegex && !rule.contextRegex.test(masked.text) && !(view.part !== null && rule.contextParts?.includes(view.part))) continue;
      rule.regex.lastIndex = 0;
      for (const match of masked.text.matchAll(rule.regex)) {
        // A statement with a figure in it is no negative statement (无法提供 20 件).
        if (match[0].includes('#')) continue;
        const from = match.index;
        const to = from + match[0].length;
        const clauseEnd = masked.text.slice(to).search(/[，。；]/);
        const clause = masked.text.slice(from, clauseEnd < 0 ? masked.text.length : to + clauseEnd);
        if (rule.unlessRegex?.test(clause)) continue;
        const [negFrom, negTo] = match.indices!.groups!.neg;
        const quote = sourceSpan(masked, from, to);
        const negation = sourceSpan(masked, negFrom, negTo);
        for (const { metric, regex } of rule.when) {
          if (regex && !regex.test(match[0])) continue;
          const key = `${view.index}|${metric}`;
          if (seen.has(key) || statedIn.has(key)) continue;
          seen.add(key);
          facts.push({
            kind: 'negation',
            sentence: view.index,
            specificity: rule.specificity,
            slot: 'negation',
            metric,
            value: 0,
            unit: requireMetric(metric).unit,
            approx: 'exact',
            interval: { low: 0, high: 0 },
            start: quote.start,
            end: quote.end,
            valueStart: negation.start,
            valueEnd: negation.end,
            src: 'text',
            ruleId: rule.id,
            evidence: [rule.id, match[0]],
          });
        }
      }
    }
  }
  return facts;
}
