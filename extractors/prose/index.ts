import { defineExtractor } from '../define.js';
import { analyseProse, type ProseAnalysis } from './analysis.js';
import { toDraft } from './sentences.js';

/** One extractor per kind of prose reading: all four share one analysis of the document (analysis.ts). */
function proseExtractor(id: string, kind: keyof ProseAnalysis, description: string) {
  return defineExtractor({ id, version: '1', kind, description }, (context) => analyseProse(context)[kind].map(toDraft));
}

/** Figures in running text read by pattern rules (extractors/prose/rules/*.ts), one table per metric family. */
export const patternExtractor = proseExtractor(
  'prose.pattern',
  'pattern',
  'figures in running text read by pattern rules: active, apply, appeal, response, complaints, platform, org, fees',
);

/** Negative statements as zero facts (全年未收到政府信息公开申请 → apply.new.total = 0). */
export const negationExtractor = proseExtractor(
  'prose.negation',
  'negation',
  'specific negative statements as zero facts: no applications, no review or suit, no fees',
);

/** Figures no rule read, scored against metric lexicons over their jieba tokens (lower confidence). */
export const keywordExtractor = proseExtractor(
  'prose.keyword',
  'keyword',
  'figures no rule read, scored against a lexicon per metric over the jieba tokens of their clause; the rest near disclosure words kept uncatalogued',
);

/** Lists of parts after a total, category shares, and declared counts (等9大类, 七部分组成). */
export const listExtractor = proseExtractor(
  'prose.list',
  'list',
  'category lists with counts and shares, ways of applying, request channels, declared category and part counts',
);
