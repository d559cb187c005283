/**
 * The records that flow through the pipeline.
 *
 * Offsets, stated once for the whole project: every `start`/`end` is absolute, 0-based and
 * half-open `[start, end)`, and points into `text`, the document's normalized text. Lines and
 * columns (1-based) exist only for display.
 *
 * Every record is plain data (structured-cloneable), so a document can cross a worker_threads
 * boundary and be written to SQLite without conversion.
 */
import type { Approx, ConflictKind, ReportFormat, ReportKind, SectionLabel, Unit } from './catalog.js';

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A diagnostic that knows its place, its rule and its source, as vfile-message does. */
export interface Message {
  /** Stable id of the rule that raised it, e.g. `ingest/binary`, `table/ambiguous-split`. */
  ruleId: string;
  /** Stage or extractor id that raised it. */
  source: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

/**
 * The set of values a printed figure stands for. 15.83% is [15.825, 15.835]; 1000余 is
 * [1000, 1100) with `highOpen`. Reconciliation compares intervals, never bare numbers.
 */
export interface Interval {
  low: number;
  high: number;
  lowOpen?: boolean;
  highOpen?: boolean;
}

export type SourceFormat = 'txt' | 'md' | 'html';
export type Language = 'zh' | 'en';
export type Script = 'simplified' | 'traditional';

/** A cell of a table as the source laid it out, merged cells expanded into every slot they cover. */
export interface TableCell extends Span {
  text: string;
  row: number;
  col: number;
  /** For a slot filled by a rowspan/colspan, the row and column of the cell that spans it. */
  spanOf?: { row: number; col: number };
}

/** A table found in the source: an HTML `<table>` (ingest) or a grid recognised in text. */
export interface TableGrid extends Span {
  index: number;
  origin: 'html' | 'text';
  rows: TableCell[][];
}

export interface Paragraph extends Span {
  index: number;
  sentences: Span[];
  /** Report part the paragraph belongs to (classify stage). */
  label?: SectionLabel;
  labelConfidence?: number;
}

export type NumberRole =
  | 'quantity'
  | 'percent'
  | 'money'
  | 'year'
  | 'date'
  | 'period'
  | 'phone'
  | 'postcode'
  | 'doc_number'
  | 'url'
  | 'email'
  | 'address'
  | 'list_marker'
  | 'ordinal'
  | 'code'
  | 'idiom'
  /** A page number left by PDF conversion (— 1 —). */
  | 'page';

/**
 * A number located in the normalized text before segmentation, so that the segmenter never
 * splits it. Only roles `quantity`, `percent` and `money` can become facts.
 */
export interface NumberMention extends Span {
  /** The whole expression: approximation words, digits, scale and unit (近300条, 61.72万元). */
  text: string;
  /** Span of the digits or numeral words alone. */
  valueStart: number;
  valueEnd: number;
  /** Value in the canonical unit: 61.72万元 is 617200, 15.83% is 15.83. */
  value: number;
  unit: Unit;
  /** Measure word or unit as printed (条, 件, 人次, 万元, %). */
  measure?: string;
  approx: Approx;
  interval: Interval;
  /** Digits after the decimal point as printed, in the printed scale. */
  decimals: number;
  /** 'words' is an English number in words (twelve hundred); 'mixed' has digits with a scale or unit word. */
  numeral: 'arabic' | 'chinese' | 'mixed' | 'words';
  role: NumberRole;
}

export interface Section extends Span {
  index: number;
  /** Heading as printed in the source (original script, debris included); for a preamble, its first line. */
  heading: string;
  headingStart: number;
  headingEnd: number;
  label: SectionLabel;
  confidence: number;
  /** 1 for a top-level part (一、 / 第一部分), 2 for a sub-part (（一）). */
  level: number;
  /** Numbering as printed and its ordinal value: 四、 is {marker: '四', ordinal: 4}. */
  numbering?: { style: 'cn' | 'part' | 'paren' | 'arabic' | 'appendix' | 'roman'; marker: string; ordinal: number };
  /** Rule that decided the label. */
  ruleId: string;
}

export interface ReportMetadata {
  title: string | null;
  year: number | null;
  agency: string | null;
  region: string | null;
  format: ReportFormat;
  kind: ReportKind;
  language: Language;
  script: Script;
  /** How each field was decided (rule ids with the words that decided them). */
  evidence: Record<string, string>;
}

export type FactSource = 'text' | 'table';

/** How a fact relates to others stated with it; reconciliation reads this to judge totals. */
export interface FactRelation {
  /** Facts stated together (a total and its parts) share a group id. */
  group: string;
  role: 'total' | 'part';
  /** Words that say whether the parts are the whole: 其中, 分别为, 其他, 等, 含 … */
  cues: string[];
}

export interface Fact {
  /** Stable within a document (f1, f2 …); conflicts refer to facts by it. */
  id: string;
  /** Catalog metric, or null for an uncatalogued figure kept for review (never exported as scored). */
  metric: string | null;
  label?: string;
  value: number;
  unit: Unit;
  approx: Approx;
  interval: Interval;
  /** The quote: the words that carry the figure and its meaning; `quote === text.slice(start, end)`. */
  start: number;
  end: number;
  quote: string;
  /** The figure itself inside the quote. */
  valueStart: number;
  valueEnd: number;
  section: SectionLabel | null;
  src: FactSource;
  extractor: string;
  ruleId: string;
  /** Words or cells that made the decision: keywords, pattern pieces, header labels. */
  evidence: string[];
  relation?: FactRelation;
  table?: { index: number; row: number; col: number; rowLabel?: string; colLabel?: string };
  /** Other places where the same figure is stated, after mentions were merged. */
  mentions?: Span[];
  /** The pipeline computed this value (a subtotal), the text did not state it. */
  derived?: boolean;
  /** Set when another mention of the same metric, with an incompatible value, was chosen (see its multi_value conflict). */
  supersededBy?: string;
  /** Evidence features that the score stage turns into a calibrated confidence. */
  features: Record<string, number | boolean | string>;
  confidence: number;
}

export interface Conflict {
  kind: ConflictKind;
  severity: Severity;
  /** Metric IDs involved. */
  metrics: string[];
  /** Fact ids involved. */
  facts: string[];
  expected?: Interval;
  observed?: Interval;
  /** One sentence a reviewer understands in one reading. */
  message: string;
  /** Reconcile step that found it. */
  source: string;
  ruleId: string;
  start?: number;
  end?: number;
  /** For cross_year: the other document's path. */
  relatedDoc?: string;
}

export type DocStatus = 'ok' | 'failed';

/** What every document has, whatever became of it. */
export interface DocumentBase {
  /** The input path as given (or as found while walking a folder given). */
  path: string;
  sha256: string;
  bytes: number;
  messages: Message[];
}

export interface FailedDoc extends DocumentBase {
  status: 'failed';
  /** Stable error code (E_EMPTY, E_BINARY, E_UNSUPPORTED …) and a sentence a person understands. */
  errorCode: string;
  error: string;
  /** Stage that failed. */
  stage: string;
}

/** After ingest: decoded text and, for HTML, the tables as grids (offsets into rawText). */
export interface IngestedDoc extends DocumentBase {
  status: 'ok';
  sourceFormat: SourceFormat;
  encoding: string;
  rawText: string;
  rawTables: TableGrid[];
}

/**
 * After normalize: `text` is the normalized text every later offset points into. `rawText` and
 * `rawRuns` (see pipeline/02-normalize/offset-map.ts) lead back to the text as printed, for
 * headings and quotes shown as the source has them.
 */
export interface NormalizedDoc extends Omit<IngestedDoc, 'rawTables'> {
  text: string;
  rawRuns: {
    outStarts: Int32Array;
    inStarts: Int32Array;
    lengths: Int32Array;
    outputLength: number;
    inputLength: number;
  };
  tables: TableGrid[];
  script: Script;
  language: Language;
}

/** After segment: paragraphs, sentences, numbers, and token boundaries. */
export interface SegmentedDoc extends NormalizedDoc {
  paragraphs: Paragraph[];
  numbers: NumberMention[];
  /**
   * Token boundaries of the whole text: token i is [tokenEnds[i-1] ?? 0, tokenEnds[i]).
   * Tokens partition the text (whitespace and punctuation are tokens too); numbers are single tokens.
   */
  tokenEnds: Uint32Array;
}

export interface ClassifiedDoc extends SegmentedDoc {
  sections: Section[];
}

export interface DescribedDoc extends ClassifiedDoc {
  metadata: ReportMetadata;
}

export interface ExtractedDoc extends DescribedDoc {
  facts: Fact[];
}

export interface ReconciledDoc extends ExtractedDoc {
  conflicts: Conflict[];
}

/** A document the pipeline finished: facts carry calibrated confidences. */
export type ProcessedDoc = ReconciledDoc;

export type PipelineResult = ProcessedDoc | FailedDoc;
