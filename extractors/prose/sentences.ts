import type { SectionLabel } from '../../schemas/catalog.js';
import type { NumberMention } from '../../schemas/types.js';
import type { ExtractContext, FactDraft } from '../define.js';
import { maskSpan, type MaskedText } from './mask.js';
import { runningSentences, type RunningSentence } from './running-text.js';

/** A sentence of running text with its masked view. */
export interface SentenceView extends RunningSentence {
  index: number;
  masked: MaskedText;
  /** The part of the report the sentence is in (application, appeal …), null before the first part. */
  part: SectionLabel | null;
}

export type ProseKind = 'pattern' | 'negation' | 'list' | 'keyword';

/** A fact found in running text, before it becomes a draft of one of the prose extractors. */
export interface ProseFact extends FactDraft {
  kind: ProseKind;
  sentence: number;
  specificity: number;
  /** Rules of different slots may read one figure. */
  slot: string;
  figure?: NumberMention;
  /** Metric prefixes of the parts this total introduces. */
  parts?: readonly string[];
  /** The channel metric of a total read through one channel (PatternRule.channel). */
  channel?: string;
}

export function sentenceViews(context: ExtractContext): SentenceView[] {
  const { doc } = context;
  const pages = doc.numbers.filter((n) => n.role === 'page');
  return runningSentences(doc.text, doc.paragraphs, context.figuresIn).map((sentence, index) => ({
    ...sentence,
    index,
    part: context.sectionAt(sentence.start)?.label ?? null,
    masked: maskSpan(doc.text, context.figuresIn(sentence.start, sentence.end), sentence, pages.filter((p) => p.start >= sentence.start && p.end <= sentence.end)),
  }));
}

/** The sentence before `view` when both belong to one block (a paragraph of running text). */
export function previousInBlock(views: readonly SentenceView[], view: SentenceView): SentenceView | undefined {
  const previous = views[view.index - 1];
  return previous && previous.block === view.block ? previous : undefined;
}

/** A prose fact as the draft its extractor returns: the bookkeeping fields are dropped. */
/** What a fact takes from the figure it reads: the figure itself, its value and where the value is. */
export function figureFields(figure: NumberMention): Pick<ProseFact, 'figure' | 'value' | 'unit' | 'approx' | 'interval' | 'valueStart' | 'valueEnd'> {
  return { figure, value: figure.value, unit: figure.unit, approx: figure.approx, interval: figure.interval, valueStart: figure.valueStart, valueEnd: figure.valueEnd };
}

export function toDraft(fact: ProseFact): FactDraft {
  const { kind: _kind, sentence: _sentence, specificity, slot: _slot, figure: _figure, parts: _parts, channel: _channel, ...draft } = fact;
  return { ...draft, features: { ...draft.features, specificity } };
}
