import { requireMetric } from '../../schemas/catalog.js';
import type { NumberMention, TableGrid } from '../../schemas/types.js';
import { defineExtractor, type FactDraft } from '../define.js';
import { figureAt, maskFigures } from './mask.js';
import { ENGLISH_RULES, PLACEHOLDERS, PLAN_CUES, type EnglishRule } from './rules.js';

export { findEnglishNumbers } from './numbers.js';
export { ENGLISH_RULES, type EnglishRule } from './rules.js';

interface CompiledRule extends EnglishRule {
  regex: RegExp;
  /** The rule states zero (no requests were received) rather than reading a figure. */
  zero: boolean;
}

/** A rule's pattern with its placeholders expanded, as a RegExp with match indices. */
export function compileRule(rule: EnglishRule): CompiledRule {
  const source = rule.pattern.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => {
    const fragment = PLACEHOLDERS[name];
    if (fragment === undefined) throw new Error(`english rule ${rule.id}: unknown placeholder ${whole}`);
    return fragment;
  });
  return { ...rule, regex: new RegExp(source, 'dgi'), zero: !rule.pattern.includes('{N}') };
}

const COMPILED: readonly CompiledRule[] = ENGLISH_RULES.map(compileRule);
const ZERO_RULES: readonly CompiledRule[] = COMPILED.filter((rule) => rule.zero);

function cellAt(tables: readonly TableGrid[], offset: number): { table: TableGrid; row: number; col: number } | null {
  for (const table of tables) {
    if (offset < table.start || offset >= table.end) continue;
    for (const row of table.rows) for (const cell of row) if (!cell.spanOf && cell.start <= offset && offset < cell.end) return { table, row: cell.row, col: cell.col };
  }
  return null;
}

/**
 * Sentences of English reports read into the metric catalog: each rule of rules.ts is matched
 * against a sentence whose figures (from the English numbers module, with their approximation
 * and unit) are masked. A figure is read by the first rule that claims it; a rule that states
 * zero yields value 0 on the word that says so. Sentences that state plans are skipped.
 */
export const englishExtractor = defineExtractor(
  {
    id: 'english.prose',
    version: '1',
    kind: 'english',
    languages: ['en'],
    description: 'English-language reports: requests, outcomes, proactive disclosure, appeals, responses, visits, fees, staff and training, in sentences and label/value rows',
  },
  (context) => {
    const { doc } = context;
    const drafts: FactDraft[] = [];
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (PLAN_CUES.test(doc.text.slice(sentence.start, sentence.end))) continue;
        const figures = context.figuresIn(sentence.start, sentence.end);
        const masked = maskFigures(doc.text, figures, sentence);
        const claimed = new Set<NumberMention>();
        const zeroes = new Set<string>();
        // A figure rule reads only a masked figure; most sentences have none.
        for (const rule of figures.length > 0 ? COMPILED : ZERO_RULES) {
          const unit = requireMetric(rule.metric).unit;
          for (const match of masked.matchAll(rule.regex)) {
            const matchStart = sentence.start + match.index!;
            const matchEnd = matchStart + match[0].length;
            const group = match.indices!.findIndex((span, i) => i > 0 && span !== undefined);
            if (group < 0) continue;
            const [groupStart, groupEnd] = match.indices![group].map((at) => sentence.start + at);
            let draft: FactDraft;
            if (rule.zero) {
              if (zeroes.has(rule.metric)) continue;
              zeroes.add(rule.metric);
              draft = { metric: rule.metric, value: 0, unit, approx: 'exact', interval: { low: 0, high: 0 }, start: matchStart, end: matchEnd, valueStart: groupStart, valueEnd: groupEnd, src: 'text', ruleId: rule.id };
            } else {
              const figure = figureAt(figures, groupStart);
              if (!figure || figure.unit !== unit || claimed.has(figure)) continue;
              claimed.add(figure);
              draft = {
                metric: rule.metric,
                value: figure.value,
                unit: figure.unit,
                approx: figure.approx,
                interval: figure.interval,
                start: Math.min(matchStart, figure.start),
                end: Math.max(matchEnd, figure.end),
                valueStart: figure.valueStart,
                valueEnd: figure.valueEnd,
                src: 'text',
                ruleId: rule.id,
              };
            }
            const cell = cellAt(doc.tables, draft.valueStart);
            if (cell) {
              draft.src = 'table';
              draft.table = { index: cell.table.index, row: cell.row, col: cell.col, rowLabel: cell.table.rows[cell.row][0]?.text };
            }
            drafts.push({ ...draft, evidence: [rule.pattern] });
          }
        }
      }
    }
    return drafts;
  },
);
