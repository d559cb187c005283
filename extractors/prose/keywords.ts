import { requireMetric } from '../../schemas/catalog.js';
import type { NumberMention } from '../../schemas/types.js';
import type { ExtractContext } from '../define.js';
import { sourceSpan } from './mask.js';
import { otherYear, yearMentionsOf } from './patterns.js';
import { COMPARISON_WORDS, DISCLOSURE_WORDS, LEXICONS, type MetricLexicon } from './rules/lexicon.js';
import { figureFields, type ProseFact, type SentenceView } from './sentences.js';

/** The words of a clause as jieba cut them, and where each token starts and ends in their concatenation. */
interface ClauseWords {
  text: string;
  boundaries: Set<number>;
}

function clauseWords(context: ExtractContext, from: number, to: number): ClauseWords {
  const boundaries = new Set<number>([0]);
  let text = '';
  for (const token of context.tokensIn(from, to)) {
    const word = context.doc.text.slice(Math.max(from, token.start), Math.min(to, token.end)).replace(/\s/g, '');
    if (!word) continue;
    text += word;
    boundaries.add(text.length);
  }
  return { text, boundaries };
}

/** A lexicon word is in the clause where it starts or ends on a token boundary (申请 in 政府信息公开申请). */
function hasWord(words: ClauseWords, word: string): boolean {
  for (let at = words.text.indexOf(word); at >= 0; at = words.text.indexOf(word, at + 1)) {
    if (words.boundaries.has(at) || words.boundaries.has(at + word.length)) return true;
  }
  return false;
}

/** The last words before a figure, whole tokens, at most 12 characters: what it counts. */
function labelOf(words: ClauseWords): string {
  const text = words.text.replace(/(?:共计|共|合计|累计|为|达到?|有)$/, '');
  for (let at = Math.max(0, text.length - 12); at < text.length; at++) if (words.boundaries.has(at)) return text.slice(at);
  return text.slice(-12);
}

function fits(lexicon: MetricLexicon, words: ClauseWords, figure: NumberMention): string[] | null {
  if (requireMetric(lexicon.metric).unit !== figure.unit) return null;
  if (!lexicon.measures.includes(figure.measure ?? '')) return null;
  if (lexicon.unless?.some((w) => words.text.includes(w))) return null;
  const subject = lexicon.subjects.find((w) => hasWord(words, w));
  if (!subject) return null;
  const verb = lexicon.verbs.find((w) => hasWord(words, w));
  if (lexicon.verbs.length > 0 && !verb) return null;
  const tail = words.text.replace(/(?:共计|共|合计|累计|为|达到?|有)$/, '');
  const object = lexicon.objects.find((w) => tail.endsWith(w));
  if (lexicon.objects.length > 0 && !object) return null;
  return [subject, verb, object].filter((w): w is string => w !== undefined);
}

/**
 * Figures no rule read, scored against the metric lexicons over the jieba tokens of their clause.
 * A figure that fits exactly one metric the document states nowhere else is read as that metric,
 * with low specificity (unless keywords read that metric with another value elsewhere too); any
 * other figure near disclosure words is kept uncatalogued, labelled with the words before it.
 */
export function readKeywords(context: ExtractContext, views: readonly SentenceView[], claimed: ReadonlySet<number>, statedMetrics: ReadonlySet<string>): ProseFact[] {
  const { doc } = context;
  const years = yearMentionsOf(doc.numbers);
  const facts: ProseFact[] = [];
  for (const view of views) {
    const masked = view.masked;
    masked.figures.forEach((figure, index) => {
      if (!figure || claimed.has(figure.start)) return;
      let from = index;
      while (from > 0 && !/[，。；：#、（]/.test(masked.text[from - 1])) from--;
      const before = masked.text.slice(from, index);
      if (!before || COMPARISON_WORDS.test(before) || otherYear(doc.text, years, view, from, index, doc.metadata.year)) return;
      const span = sourceSpan(masked, from, index + 1);
      const words = clauseWords(context, span.start, figure.start);
      const readings = LEXICONS.map((lexicon) => ({ lexicon, evidence: fits(lexicon, words, figure) })).filter((r) => r.evidence);
      const reading = readings.length === 1 && !statedMetrics.has(readings[0].lexicon.metric) ? readings[0] : null;
      if (!reading && !DISCLOSURE_WORDS.test(before)) return;
      const label = labelOf(words);
      facts.push({
        kind: 'keyword',
        sentence: view.index,
        specificity: 0.3,
        slot: 'keyword',
        ...figureFields(figure),
        metric: reading ? reading.lexicon.metric : null,
        ...(reading ? {} : { label }),
        start: span.start,
        end: span.end,
        src: 'text',
        ruleId: reading ? `keyword/${reading.lexicon.metric}` : 'keyword/uncatalogued',
        evidence: reading ? reading.evidence! : [label],
      });
    });
  }
  return withoutRivals(facts);
}

/** Keyword readings of one metric with different values name none of them: they stay uncatalogued. */
function withoutRivals(facts: ProseFact[]): ProseFact[] {
  const values = new Map<string, Set<number>>();
  for (const fact of facts) if (fact.metric) values.set(fact.metric, (values.get(fact.metric) ?? new Set()).add(fact.value));
  return facts.map((fact) => {
    if (!fact.metric || values.get(fact.metric)!.size < 2) return fact;
    const { metric, ...rest } = fact;
    return { ...rest, metric: null, label: `${metric}?ambiguous`, ruleId: 'keyword/uncatalogued' };
  });
}
