import type { ExtractContext } from '../define.js';
import { readKeywords } from './keywords.js';
import { readLists } from './lists.js';
import { eraOf } from './rule.js';
import { readNegations } from './negations.js';
import { DECLARED_COUNT_RULES, PATTERN_RULES, dropShareParts, keepMostSpecific, readRules, settleSentenceAmbiguity } from './patterns.js';
import { relate } from './relations.js';
import { sentenceViews, type ProseFact, type SentenceView } from './sentences.js';

/** Everything the prose extractors find in one document, each extractor taking its own kind. */
export interface ProseAnalysis {
  sentences: SentenceView[];
  pattern: ProseFact[];
  negation: ProseFact[];
  list: ProseFact[];
  keyword: ProseFact[];
  /** Start offsets of the figures some rule has read (the keyword extractor leaves them alone). */
  claimed: Set<number>;
}

const analyses = new WeakMap<object, ProseAnalysis>();

/**
 * Reads a document's running text once for all prose extractors: pattern rules first (the most
 * specific reading of each figure wins), then negations and lists, which defer to the patterns,
 * then the relations between totals and their parts.
 */
export function analyseProse(context: ExtractContext): ProseAnalysis {
  const cached = analyses.get(context.doc);
  if (cached) return cached;
  const sentences = sentenceViews(context);
  const read = readRules(PATTERN_RULES, sentences, context, 'pattern');
  const pattern = settleSentenceAmbiguity(dropShareParts(keepMostSpecific(read), sentences));
  const declared = keepMostSpecific(readRules(DECLARED_COUNT_RULES, sentences, context, 'list'));
  const negation = readNegations(sentences, pattern);
  const lists = readLists(sentences, pattern, eraOf(context.doc.metadata.year, context.doc.metadata.format));
  const related = relate([...pattern, ...lists.facts], lists.groups);
  const claimed = new Set<number>();
  for (const fact of [...pattern, ...declared, ...lists.facts]) if (fact.figure) claimed.add(fact.figure.start);
  const stated = new Set([...pattern, ...negation, ...declared, ...lists.facts].flatMap((f) => (f.metric ? [f.metric] : [])));
  const keyword = readKeywords(context, sentences, claimed, stated);
  const analysis: ProseAnalysis = {
    sentences,
    keyword,
    pattern: related.filter((f) => f.kind === 'pattern'),
    negation,
    list: [...declared, ...related.filter((f) => f.kind === 'list')],
    claimed,
  };
  analyses.set(context.doc, analysis);
  return analysis;
}
