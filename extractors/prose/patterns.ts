import { intervalsOverlap } from '../../pipeline/07-reconcile/interval.js';
import { metricDef, requireMetric } from '../../schemas/catalog.js';
import type { NumberMention } from '../../schemas/types.js';
import type { ExtractContext } from '../define.js';
import { lowerBound } from '../../pipeline/ordered.js';
import { sourceSpan } from './mask.js';
import { compileRules, eraOf, matchRule, measureFits, type CompiledRule } from './rule.js';
import { ACTIVE_RULES } from './rules/active.js';
import { APPLY_RULES } from './rules/apply.js';
import { CHANNEL_RULES } from './rules/channels.js';
import { INTERACTION_RULES } from './rules/interaction.js';
import { DECLARED_RULES } from './rules/list.js';
import { ORG_RULES } from './rules/org.js';
import { figureFields, previousInBlock, type ProseFact, type ProseKind, type SentenceView } from './sentences.js';

/** Every rule of prose.pattern, family by family. */
export const PATTERN_RULES = compileRules([...ACTIVE_RULES, ...CHANNEL_RULES, ...APPLY_RULES, ...INTERACTION_RULES, ...ORG_RULES]);
/** The declared counts that prose.list reads (parts of the report, categories of information). */
export const DECLARED_COUNT_RULES = compileRules(DECLARED_RULES);

/** Words that put a figure in another year than the report's: 去年, 上年同期, 同比 (上年结转 is this year's). */
const OTHER_YEAR_WORDS = /(?<!结转)(?:上一?年度?|去年|上年同期|同比)(?!度?结转)/;
const CLAUSE_BREAK = /[，。；！？]/;
const YEAR_ROLES = new Set(['year', 'date', 'period']);

function unitFits(metrics: readonly string[], figure: NumberMention): boolean {
  return metrics.every((metric) => requireMetric(metric).unit === figure.unit);
}

/**
 * The rule's context words occur in its sentence up to the end of the match or in the sentence
 * before, or the sentence is in a part of the report whose heading says them (三、依申请公开…).
 */
function contextHolds(rule: CompiledRule, views: readonly SentenceView[], view: SentenceView, matchTo: number): boolean {
  const words = rule.contextRegex;
  if (!words) return true;
  if (view.part !== null && rule.contextParts?.includes(view.part)) return true;
  return words.test(view.masked.text.slice(0, matchTo)) || words.test(previousInBlock(views, view)?.masked.text ?? '');
}

/** A year printed right before 结转 names where carried-over applications come from (另有2015年结转1件), not the time of the sentence. */
const CARRIED_FROM = /^\s*(?:年度?)?\s*结转/;

/** The text after a mention closes a parenthesis the mention is inside: (2013年为27件), an aside. */
function asideClosed(after: string): boolean {
  let depth = 0;
  for (const char of after) {
    if (char === '（' || char === '(') depth++;
    else if (char === '）' || char === ')') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * The figure belongs to another year: the last year printed before it in its sentence (outside
 * 《》 titles, parenthetical asides closed before the figure and the origin of carried-over
 * applications) is earlier than the report's, or its clause says 去年 / 同比.
 */
export function otherYear(text: string, yearMentions: readonly NumberMention[], view: SentenceView, from: number, figureIndex: number, reportYear: number | null): boolean {
  const figure = view.masked.figures[figureIndex]!;
  const masked = view.masked.text;
  let clauseStart = from;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(masked[clauseStart - 1])) clauseStart--;
  if (OTHER_YEAR_WORDS.test(masked.slice(clauseStart, figureIndex))) return true;
  if (reportYear === null) return false;
  let last: NumberMention | undefined;
  for (let i = lowerBound(yearMentions, (mention) => mention.start, view.start); i < yearMentions.length && yearMentions[i].start < figure.start; i++) {
    const mention = yearMentions[i];
    if (mention.end > figure.start) continue;
    const before = text.slice(view.start, mention.start);
    if ((before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0)) continue;
    const after = text.slice(mention.end, figure.start);
    if (asideClosed(after) || CARRIED_FROM.test(after)) continue;
    last = mention;
  }
  return last !== undefined && last.value >= 1990 && last.value < reportYear;
}

export function yearMentionsOf(numbers: readonly NumberMention[]): NumberMention[] {
  return numbers.filter((n) => YEAR_ROLES.has(n.role));
}

/** Reads one table of rules over every sentence; each match of a figure in the right unit is a fact per metric. */
export function readRules(rules: readonly CompiledRule[], views: readonly SentenceView[], context: ExtractContext, kind: ProseKind): ProseFact[] {
  const { doc } = context;
  const years = yearMentionsOf(doc.numbers);
  const era = eraOf(doc.metadata.year, doc.metadata.format);
  const facts: ProseFact[] = [];
  for (const view of views) {
    // A fact needs a figure the rule's {N} stands on: a sentence without one cannot give any, and
    // most sentences have none, so the rules' regular expressions are not run over them.
    if (!view.masked.figures.some((figure) => figure !== undefined)) continue;
    for (const rule of rules) {
      if (rule.eras && !rule.eras.includes(era)) continue;
      for (const match of matchRule(rule, view.masked)) {
        const figure = match.figure;
        if (!figure || !unitFits(rule.metrics, figure) || !measureFits(rule, figure)) continue;
        if (!contextHolds(rule, views, view, match.to)) continue;
        if (!rule.metrics.includes('apply.carried_in.total') && otherYear(doc.text, years, view, match.from, match.figureIndex, doc.metadata.year)) continue;
        const quote = sourceSpan(view.masked, match.from, match.to);
        for (const metric of rule.metrics) {
          const label = match.label ?? rule.label;
          facts.push({
            kind,
            sentence: view.index,
            specificity: rule.specificity,
            slot: rule.slot ?? 'main',
            ...figureFields(figure),
            ...(rule.parts ? { parts: rule.parts } : {}),
            ...(rule.channel ? { channel: rule.channel } : {}),
            metric,
            ...(label !== undefined && metricDef(metric)?.labeled ? { label } : {}),
            start: quote.start,
            end: quote.end,
            src: 'text',
            ruleId: rule.id,
            evidence: [rule.id, match.words],
          });
        }
      }
    }
  }
  return facts;
}

/** Where several rules read one figure (in one slot), the most specific rule's facts stay. */
export function keepMostSpecific(facts: readonly ProseFact[]): ProseFact[] {
  const best = new Map<string, ProseFact>();
  for (const fact of facts) {
    const key = `${fact.figure?.start}|${fact.slot}`;
    const held = best.get(key);
    if (!held || fact.specificity > held.specificity) best.set(key, fact);
  }
  return facts.filter((fact) => best.get(`${fact.figure?.start}|${fact.slot}`)?.ruleId === fact.ruleId);
}

/**
 * A total read through one named channel (全年在门户网站发布政府信息1623条) is the year's total
 * only where no other statement gives the total with another value (全区共主动公开政府信息1856条):
 * beside such a statement it is the channel's count, and the channels are no longer its parts.
 */
export function channelTotals(facts: readonly ProseFact[]): ProseFact[] {
  const totals = facts.filter((f) => f.metric === 'active.total' && f.channel === undefined);
  return facts.map((fact) => {
    const channel = fact.channel;
    if (channel === undefined || fact.metric !== 'active.total') return fact;
    if (!totals.some((t) => !intervalsOverlap(t.interval, fact.interval))) return fact;
    const parts = fact.parts?.filter((prefix) => !channel.startsWith(prefix));
    const { parts: _parts, ...rest } = fact;
    return { ...rest, ...(parts ? { parts } : {}), metric: channel, evidence: [...(fact.evidence ?? []), 'total-stated-elsewhere'] };
  });
}

const WHOLE_OF_ACTIVE = /^active\.(?:total|cumulative|channel\.)/;

/**
 * A figure followed by its share (…303条，占71.3%) is one part of a breakdown by unit, not the
 * total or a channel; it stays uncatalogued.
 */
export function dropShareParts(facts: readonly ProseFact[], views: readonly SentenceView[]): ProseFact[] {
  return facts.map((fact) => {
    if (!fact.metric || !WHOLE_OF_ACTIVE.test(fact.metric) || !fact.figure) return fact;
    const masked = views[fact.sentence].masked;
    const at = masked.figures.indexOf(fact.figure);
    const after = masked.text.slice(at + 1);
    const share = /^，?占(?:比)?(?:为)?#/.exec(after);
    if (!share || masked.figures[at + share[0].length]?.unit !== 'percent') return fact;
    return uncatalogued(fact, 'share-part');
  });
}

/**
 * One sentence that states one unlabelled metric with different values (召开专场新闻发布会3次，
 * 举行新闻发布会6次) does not say which is the figure: the most specific reading stays if it is
 * alone, the others become uncatalogued.
 */
export function settleSentenceAmbiguity(facts: readonly ProseFact[]): ProseFact[] {
  const groups = new Map<string, ProseFact[]>();
  for (const fact of facts) {
    if (!fact.metric || metricDef(fact.metric)?.labeled) continue;
    const key = `${fact.sentence}|${fact.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const demoted = new Set<ProseFact>();
  for (const group of groups.values()) {
    if (new Set(group.map((f) => f.value)).size < 2) continue;
    const top = Math.max(...group.map((f) => f.specificity));
    const winners = group.filter((f) => f.specificity === top);
    const keep = new Set(winners.map((f) => f.value)).size === 1 ? winners : [];
    for (const fact of group) if (!keep.includes(fact)) demoted.add(fact);
  }
  return facts.map((fact) => (demoted.has(fact) ? uncatalogued(fact, 'ambiguous') : fact));
}

/** The same figure, kept for review without a metric; its label says what it was read as. */
export function uncatalogued(fact: ProseFact, why: string): ProseFact {
  const { parts: _parts, ...rest } = fact;
  return { ...rest, metric: null, label: `${fact.metric}?${why}`, evidence: [...(fact.evidence ?? []), why] };
}
