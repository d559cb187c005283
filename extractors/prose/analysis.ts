import type { ExtractContext } from '../define.js';
import { readColumnReferences } from './column-references.js';
import { readKeywords } from './keywords.js';
import { readLists } from './lists.js';
import { eraOf } from './rule.js';
import { readNegations } from './negations.js';
import { DECLARED_COUNT_RULES, PATTERN_RULES, channelTotals, dropShareParts, keepMostSpecific, readRules, settleSentenceAmbiguity } from './patterns.js';
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
 * specific reading of each figure wins) with the figures that refer back to a channel they read
 * (通过审计信息专栏公开…, column-references.ts), then negations and lists, which defer to the
 * patterns, then the relations between totals and their parts, and last the keyword readings of
 * the figures no rule read.
 */
export function analyseProse(context: ExtractContext): ProseAnalysis {
  const cached = analyses.get(context.doc);
  if (cached) return cached;
  const sentences = sentenceViews(context);
  const ruled = settleSentenceAmbiguity(channelTotals(dropShareParts(keepMostSpecific(readRules(PATTERN_RULES, sentences, context, 'pattern')), sentences)));
  const pattern = [...ruled, ...readColumnReferences(sentences, ruled, context)];
  const declared = keepMostSpecific(readRules(DECLARED_COUNT_RULES, sentences, context, 'list'));
  const negation = readNegations(sentences, pattern);
  const lists = readLists(sentences, pattern, eraOf(context.doc.metadata.year, context.doc.metadata.format));
  const related = relate([...pattern, ...lists.facts], lists.groups);
  const read = [...pattern, ...declared, ...lists.facts];
  const claimed = new Set(read.flatMap((f) => (f.figure ? [f.figure.start] : [])));
  const stated = new Set([...read, ...negation].flatMap((f) => (f.metric ? [f.metric] : [])));
  const analysis: ProseAnalysis = {
    pattern: related.filter((f) => f.kind === 'pattern'),
    negation,
    list: [...declared, ...related.filter((f) => f.kind === 'list')],
    keyword: readKeywords(context, sentences, claimed, stated),
  };
  analyses.set(context.doc, analysis);
  return analysis;
}
