import { requireMetric } from '../schemas/catalog.js';
import type { Unit } from '../schemas/catalog.js';
import type { DescribedDoc, Fact, Language, Message, NumberMention, Paragraph, Section } from '../schemas/types.js';

/** What an extractor sees: the document read-only, plus lookups it would otherwise rebuild. */
export interface ExtractContext {
  readonly doc: Readonly<DescribedDoc>;
  /** Top-level part holding an offset. */
  sectionAt(offset: number): Section | undefined;
  /** Paragraph holding an offset (its `label` is the finer part). */
  paragraphAt(offset: number): Paragraph | undefined;
  /** Number mentions that can be facts (quantity, percent, money) inside [from, to). */
  figuresIn(from: number, to: number): NumberMention[];
  /** jieba tokens overlapping [from, to). */
  tokensIn(from: number, to: number): { text: string; start: number; end: number }[];
  /** Records a diagnostic on the document, stamped with this extractor's id. */
  report(ruleId: string, severity: Message['severity'], message: string, span?: { start: number; end: number }): void;
}

/**
 * A fact as an extractor states it: the fact's own fields, without what `defineExtractor`
 * stamps (id, extractor, quote, section, confidence), which it checks and fills in.
 */
export type FactDraft = Pick<Fact, 'metric' | 'value' | 'unit' | 'approx' | 'interval' | 'start' | 'end' | 'valueStart' | 'valueEnd' | 'src' | 'ruleId'> &
  Partial<Pick<Fact, 'label' | 'evidence' | 'relation' | 'table' | 'derived' | 'features'>>;

export type ExtractorKind = 'pattern' | 'keyword' | 'table' | 'negation' | 'list' | 'english';

export interface ExtractorInfo {
  /** Stable id, e.g. `prose.pattern`; it is stored with every fact. */
  id: string;
  version: string;
  kind: ExtractorKind;
  description: string;
  /** Extractors off by default run only when named with --extractors. */
  enabledByDefault?: boolean;
  /** Languages of report text the extractor reads (`doc.language`); it never runs on others. Default ['zh']. */
  languages?: readonly Language[];
}

export interface Extractor extends Readonly<Required<ExtractorInfo>> {
  /** Runs the extractor; drafts that fail the provenance checks become error messages, never facts. */
  run(context: ExtractContext): Omit<Fact, 'id'>[];
}

/**
 * Declares an extractor plugin. Whatever the function returns is checked here, in one place:
 * the metric exists in the catalog and its unit matches, the value is finite, and the spans are
 * in bounds with the figure inside the quote. A draft that fails is dropped with an error
 * message naming the extractor and rule, so a broken rule is visible and never stores a bad span.
 */
export function defineExtractor(info: ExtractorInfo, extract: (context: ExtractContext) => FactDraft[]): Extractor {
  if (!/^[a-z][a-z0-9]*(\.[a-z0-9-]+)*$/.test(info.id)) throw new Error(`defineExtractor: id "${info.id}" must be dotted lower-case words`);
  const id = info.id;
  return Object.freeze({
    enabledByDefault: true,
    languages: ['zh'] as readonly Language[],
    ...info,
    run(context: ExtractContext) {
      const facts: Omit<Fact, 'id'>[] = [];
      const textLength = context.doc.text.length;
      for (const draft of extract(context)) {
        const problem = checkDraft(draft, textLength);
        if (problem) {
          context.report(`extract/invalid-fact`, 'error', `${id} rule ${draft.ruleId}: ${problem}; fact dropped`, inBounds(draft, textLength));
          continue;
        }
        facts.push({
          metric: draft.metric,
          ...(draft.label !== undefined ? { label: draft.label } : {}),
          value: draft.value,
          unit: draft.unit,
          approx: draft.approx,
          interval: draft.interval,
          start: draft.start,
          end: draft.end,
          quote: context.doc.text.slice(draft.start, draft.end),
          valueStart: draft.valueStart,
          valueEnd: draft.valueEnd,
          section: context.sectionAt(draft.valueStart)?.label ?? null,
          src: draft.src,
          extractor: id,
          ruleId: draft.ruleId,
          evidence: draft.evidence ?? [],
          ...(draft.relation ? { relation: draft.relation } : {}),
          ...(draft.table ? { table: draft.table } : {}),
          ...(draft.derived ? { derived: true } : {}),
          features: { extractorKind: info.kind, ...draft.features },
          confidence: 0,
        });
      }
      return facts;
    },
  });
}

function checkDraft(draft: FactDraft, textLength: number): string | null {
  if (!draft.ruleId) return 'no rule id';
  if (draft.metric !== null) {
    let unit: Unit;
    try {
      unit = requireMetric(draft.metric).unit;
    } catch (error) {
      return (error as Error).message;
    }
    if (unit !== draft.unit) return `unit ${draft.unit} but ${draft.metric} is measured in ${unit}`;
  }
  if (!Number.isFinite(draft.value)) return `value ${draft.value} is not a finite number`;
  const { start, end, valueStart, valueEnd } = draft;
  if (![start, end, valueStart, valueEnd].every(Number.isInteger)) return 'span offsets must be integers';
  if (start < 0 || end > textLength || start >= end) return `quote span [${start}, ${end}) is out of bounds (text length ${textLength})`;
  if (valueStart < start || valueEnd > end || valueStart > valueEnd) return `figure span [${valueStart}, ${valueEnd}) is not inside the quote [${start}, ${end})`;
  if (!(draft.interval.low <= draft.interval.high)) return `interval [${draft.interval.low}, ${draft.interval.high}] is empty`;
  return null;
}

function inBounds(draft: FactDraft, textLength: number): { start: number; end: number } | undefined {
  const start = Math.max(0, Math.min(draft.start, textLength));
  const end = Math.max(start, Math.min(draft.end, textLength));
  return Number.isInteger(start) && Number.isInteger(end) ? { start, end } : undefined;
}
