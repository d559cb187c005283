import { requireMetric, type ReportFormat, type SectionLabel } from '../../schemas/catalog.js';
import type { NumberMention } from '../../schemas/types.js';
import { FIGURE_MASK, type MaskedText } from './mask.js';

/**
 * A pattern rule, one row of data. `pattern` is a regular expression over masked running text
 * (see mask.ts: one `#` per figure, no whitespace) with these shorthands:
 *   {N}   the figure the rule reads (a `#`)        {P}   a second figure, a share in percent
 *   {G}   up to 12 characters inside one clause     {Gk}  up to k characters inside one clause
 *   {B}   a clause boundary before this point
 * A named group `label` gives the label of a labelled metric. `example` is a real sentence from
 * the corpus that the rule must read (test/prose-rules.test.ts runs every example).
 */
export interface PatternRule {
  id: string;
  /** One metric, or several stated at once by the same words. */
  metric: string | readonly string[];
  pattern: string;
  example: string;
  /** Measure words the figure may carry (条, 件 …); any when omitted. */
  measures?: readonly string[];
  /** The figure may carry no measure word at all (其他类信息120余). */
  bare?: boolean;
  /** Fixed label for a labelled metric when the pattern has no `label` group. */
  label?: string;
  /** How specific the words are, 0..1: where two rules read one figure, the more specific wins. */
  specificity: number;
  /** Rules of different slots may both read one figure (a total and its channel, 均通过政务网). */
  slot?: string;
  /** This figure is a total; facts of these metric prefixes stated after it (其中 …) are its parts. */
  parts?: readonly string[];
  /** A regular expression that must match in the sentence up to the figure or in the sentence before (申请 for outcome rows). */
  context?: string;
  /** Parts of the report whose sentences need no context words: their heading says it (依申请公开 for outcome rows). */
  contextParts?: readonly SectionLabel[];
  /**
   * A total read through one named channel (门户网站主动公开政府信息N条): where the document states
   * the year's total with another value, this figure is that channel's count, read as this metric.
   */
  channel?: string;
  /** Report eras the rule reads (a template era's prose states that template's cells); all when omitted. */
  eras?: readonly Era[];
}

/** Which official template a report's year belongs to: prose before 2019, 2019 for 2019–2020, 2021 after. */
export type Era = 'prose' | 'template2019' | 'template2021';

export function eraOf(year: number | null, format: ReportFormat): Era {
  if (format === 'template2019' || format === 'template2021') return format;
  if (year === null) return 'prose';
  return year >= 2021 ? 'template2021' : year >= 2019 ? 'template2019' : 'prose';
}

export interface CompiledRule extends PatternRule {
  regex: RegExp;
  metrics: readonly string[];
  contextRegex?: RegExp;
}

const CLAUSE_CHARS = '[^，。；！？#]';

export function expandPattern(pattern: string): string {
  return pattern
    .replaceAll('{N}', `(?<n>${FIGURE_MASK})`)
    .replaceAll('{P}', `(?<p>${FIGURE_MASK})`)
    .replace(/\{G(\d*)\}/g, (_, k: string) => `${CLAUSE_CHARS}{0,${k || 12}}?`)
    .replaceAll('{B}', '(?<=^|[，。；：！？（“”、])');
}

export function compileRules<T extends PatternRule>(rules: readonly T[]): (T & CompiledRule)[] {
  const seen = new Set<string>();
  return rules.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`prose rule id "${rule.id}" is used twice`);
    seen.add(rule.id);
    const metrics = typeof rule.metric === 'string' ? [rule.metric] : [...rule.metric];
    for (const metric of [...metrics, ...(rule.channel ? [rule.channel] : [])]) requireMetric(metric);
    return { ...rule, metrics, regex: new RegExp(expandPattern(rule.pattern), 'dg'), ...(rule.context ? { contextRegex: new RegExp(rule.context) } : {}) };
  });
}

/** One place where a rule's pattern matched, in masked indices. */
export interface RuleMatch {
  from: number;
  to: number;
  figure?: NumberMention;
  figureIndex: number;
  share?: NumberMention;
  label?: string;
  words: string;
}

/** The figure's measure word is one the rule accepts. */
export function measureFits(rule: Pick<PatternRule, 'measures' | 'bare'>, figure: NumberMention): boolean {
  if (figure.measure === undefined) return rule.bare === true || figure.unit !== 'count';
  return rule.measures === undefined || rule.measures.includes(figure.measure);
}

export function matchRule(rule: CompiledRule, masked: MaskedText): RuleMatch[] {
  const matches: RuleMatch[] = [];
  rule.regex.lastIndex = 0;
  for (const match of masked.text.matchAll(rule.regex)) {
    const groups = match.indices?.groups ?? {};
    const figureIndex = groups.n ? groups.n[0] : -1;
    const figure = figureIndex >= 0 ? masked.figures[figureIndex] : undefined;
    const shareIndex = groups.p ? groups.p[0] : -1;
    const found: RuleMatch = { from: match.index, to: match.index + match[0].length, figureIndex, words: match[0] };
    if (figure) found.figure = figure;
    if (shareIndex >= 0 && masked.figures[shareIndex]) found.share = masked.figures[shareIndex];
    if (match.groups?.label) found.label = match.groups.label;
    matches.push(found);
  }
  return matches;
}
