import type { ExtractContext } from '../define.js';
import { readKeywords } from './keywords.js';
import { readLists } from './lists.js';
import { eraOf } from './rule.js';
import { readNegations } from './negations.js';
import { DECLARED_COUNT_RULES, PATTERN_RULES, dropShareParts, keepMostSpecific, readRules, settleSentenceAmbiguity } from './patterns.js';
import { relate } from './relations.js';
import { sentenceViews, type ProseFact } from './sentences.js';

/** Everything the prose extractors find in one document, each extractor taking its own kind. */
export interface ProseAnalysis {
  pattern: ProseFact[];
  negation: ProseFact[];
  list: ProseFact[];
  keyword: ProseFact[];
}

const analyses = new WeakMap<object, ProseAnalysis>();

/**
 * Reads a document's running text once for all prose extractors: pattern rules first (the most
 * specific reading of each figure wins), then negations and lists, which defer to the patterns,
 * then the relations between totals and their parts, and last the keyword readings of the figures
 * no rule read.
 */
export function analyseProse(context: ExtractContext): ProseAnalysis {
  const cached = analyses.get(context.doc);
  if (cached) return cached;
  const sentences = sentenceViews(context);
  const pattern = settleSentenceAmbiguity(dropShareParts(keepMostSpecific(readRules(PATTERN_RULES, sentences, context, 'pattern')), sentences));
  const declared = keepMostSpecific(readRules(DECLARED_COUNT_RULES, sentences, context, 'list'));
  const negation = readNegations(sentences, pattern);
  const lists = readLists(sentences, pattern, eraOf(context.doc.metadata.year, context.doc.metadata.format));
  const related = relate([...pattern, ...lists.facts], lists.groups);
  const ruled = [...pattern, ...declared, ...lists.facts];
  const claimed = new Set(ruled.flatMap((f) => (f.figure ? [f.figure.start] : [])));
  const stated = new Set([...ruled, ...negation].flatMap((f) => (f.metric ? [f.metric] : [])));
  const analysis: ProseAnalysis = {
    pattern: related.filter((f) => f.kind === 'pattern'),
    negation,
    list: [...declared, ...related.filter((f) => f.kind === 'list')],
    keyword: readKeywords(context, sentences, claimed, stated),
  };
  analyses.set(context.doc, analysis);
  return analysis;
}
