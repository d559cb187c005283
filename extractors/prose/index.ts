import { defineExtractor } from '../define.js';
import { analyseProse } from './analysis.js';
import { toDraft } from './sentences.js';

/** Figures in running text read by pattern rules (extractors/prose/rules/*.ts), one table per metric family. */
export const patternExtractor = defineExtractor(
  {
    id: 'prose.pattern',
    version: '1',
    kind: 'pattern',
    description: 'figures in running text read by pattern rules: active, apply, appeal, response, complaints, platform, org, fees',
  },
  (context) => analyseProse(context).pattern.map(toDraft),
);

/** Negative statements as zero facts (全年未收到政府信息公开申请 → apply.new.total = 0). */
export const negationExtractor = defineExtractor(
  {
    id: 'prose.negation',
    version: '1',
    kind: 'negation',
    description: 'specific negative statements as zero facts: no applications, no review or suit, no fees',
  },
  (context) => analyseProse(context).negation.map(toDraft),
);

/** Figures no rule read, scored against metric lexicons over their jieba tokens (lower confidence). */
export const keywordExtractor = defineExtractor(
  {
    id: 'prose.keyword',
    version: '1',
    kind: 'keyword',
    description: 'figures no rule read, scored against a lexicon per metric over the jieba tokens of their clause; the rest near disclosure words kept uncatalogued',
  },
  (context) => analyseProse(context).keyword.map(toDraft),
);

/** Lists of parts after a total, category shares, and declared counts (等9大类, 七部分组成). */
export const listExtractor = defineExtractor(
  {
    id: 'prose.list',
    version: '1',
    kind: 'list',
    description: 'category lists with counts and shares, ways of applying, request channels, declared category and part counts',
  },
  (context) => analyseProse(context).list.map(toDraft),
);
