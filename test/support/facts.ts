import { findNumbers, isFigure } from '../../extractors/numbers/index.js';
import { requireMetric, type ReportFormat, type SectionLabel } from '../../schemas/catalog.js';
import type { ExtractedDoc, Fact, FactRelation, Section } from '../../schemas/types.js';

export interface FactOptions {
  label?: string;
  /** Which figure of the quote is the fact's (default the last one). */
  figure?: number;
  /** Take the figure of the quote with this value (a gold fact's quote may hold several). */
  value?: number;
  relation?: FactRelation;
  table?: Fact['table'];
  src?: Fact['src'];
  section?: SectionLabel | null;
  extractorKind?: string;
  /** Occurrence of the quote in the text (default the first one not yet used by a fact). */
  occurrence?: number;
}

/**
 * Builds the facts of a hand-made report the way an extractor would state them: each fact is a
 * quote found in the text, and its value, approximation and interval come from the numbers module,
 * so the intervals reconcile steps see are the real printed-precision intervals.
 */
export class ReportBuilder {
  readonly facts: Fact[] = [];
  private readonly used = new Map<string, number>();

  constructor(readonly text: string) {}

  fact(metric: string | null, quote: string, options: FactOptions = {}): Fact {
    const start = this.locate(quote, options.occurrence);
    const figures = findNumbers(this.text, start, start + quote.length).filter((n) => isFigure(n.role));
    const figure = options.value !== undefined ? figures.find((f) => Math.abs(f.value - options.value!) < 1e-6) : figures.at(options.figure ?? -1);
    if (!figure) throw new Error(`no figure in quote "${quote}"`);
    const unit = metric ? requireMetric(metric).unit : figure.unit;
    const fact: Fact = {
      id: `f${this.facts.length + 1}`,
      metric,
      ...(options.label !== undefined ? { label: options.label } : {}),
      value: figure.value,
      unit,
      approx: figure.approx,
      interval: figure.interval,
      start,
      end: start + quote.length,
      quote,
      valueStart: figure.valueStart,
      valueEnd: figure.valueEnd,
      section: options.section === undefined ? null : options.section,
      src: options.src ?? (options.table ? 'table' : 'text'),
      extractor: options.table ? 'test.table' : 'test.prose',
      ruleId: 'test/hand-made',
      evidence: [],
      ...(options.relation ? { relation: options.relation } : {}),
      ...(options.table ? { table: options.table } : {}),
      features: { extractorKind: options.extractorKind ?? (options.table ? 'table' : 'pattern') },
      confidence: 0,
    };
    this.facts.push(fact);
    return fact;
  }

  /** A table-3/4 cell: exact value, `src: 'table'`; its quote is the printed cell, not looked up in the text. */
  cell(metric: string, value: number, table: Fact['table'] = { index: 0, row: 0, col: 0 }): Fact {
    const quote = String(value);
    const fact: Fact = {
      id: `f${this.facts.length + 1}`,
      metric,
      value,
      unit: requireMetric(metric).unit,
      approx: 'exact',
      interval: { low: value, high: value },
      start: 0,
      end: quote.length,
      quote,
      valueStart: 0,
      valueEnd: quote.length,
      section: 'application',
      src: 'table',
      extractor: 'test.table',
      ruleId: 'test/hand-made',
      evidence: [],
      table,
      features: { extractorKind: 'table' },
      confidence: 0,
    };
    this.facts.push(fact);
    return fact;
  }

  /** A total and its parts stated together, sharing one relation group. */
  list(group: string, cues: string[], total: [string | null, string, FactOptions?], parts: [string | null, string, FactOptions?][]): Fact[] {
    const relation = (role: FactRelation['role']): FactRelation => ({ group, role, cues });
    return [
      this.fact(total[0], total[1], { ...total[2], relation: relation('total') }),
      ...parts.map(([metric, quote, options]) => this.fact(metric, quote, { ...options, relation: relation('part') })),
    ];
  }

  private locate(quote: string, occurrence?: number): number {
    const starts: number[] = [];
    for (let i = this.text.indexOf(quote); i >= 0; i = this.text.indexOf(quote, i + 1)) starts.push(i);
    if (starts.length === 0) throw new Error(`quote "${quote}" is not in the text`);
    if (occurrence !== undefined) return starts[occurrence];
    const taken = this.used.get(quote) ?? 0;
    this.used.set(quote, taken + 1);
    return starts[Math.min(taken, starts.length - 1)];
  }
}

/** A level-1 section for hand-made outlines: 二、… is {marker '二', ordinal 2}. */
export function section(index: number, heading: string, label: SectionLabel, start: number, end: number, ordinal?: number): Section {
  const marker = /^([一二三四五六七八九十]+)、/.exec(heading)?.[1];
  return {
    index,
    heading,
    headingStart: start,
    headingEnd: start + heading.length,
    start,
    end,
    label,
    confidence: 1,
    level: 1,
    ...(ordinal !== undefined && marker ? { numbering: { style: 'cn' as const, marker, ordinal } } : {}),
    ruleId: 'test/hand-made',
  };
}

/** The document a reconcile step sees; only what steps read is filled in. */
export function extractedDoc(text: string, facts: Fact[], extra: { sections?: Section[]; format?: ReportFormat; year?: number; agency?: string } = {}): ExtractedDoc {
  return {
    path: 'hand-made.txt',
    sha256: '',
    bytes: text.length,
    messages: [],
    status: 'ok',
    sourceFormat: 'txt',
    encoding: 'utf-8',
    rawText: text,
    rawRuns: { outStarts: new Int32Array(), inStarts: new Int32Array(), lengths: new Int32Array(), outputLength: text.length, inputLength: text.length },
    text,
    tables: [],
    script: 'simplified',
    language: 'zh',
    paragraphs: [],
    numbers: [],
    tokenEnds: new Uint32Array(),
    sections: extra.sections ?? [],
    metadata: {
      title: null,
      year: extra.year ?? null,
      agency: extra.agency ?? null,
      region: null,
      format: extra.format ?? 'prose',
      kind: 'annual_report',
      language: 'zh',
      script: 'simplified',
      evidence: {},
    },
    facts,
  };
}
