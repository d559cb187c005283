import type { FactDraft } from '../define.js';
import { defineExtractor } from '../define.js';
import { figureAt, maskFigures } from './mask.js';

/**
 * The four headline figures of a report, as rows of data: each pattern is matched against a
 * sentence whose figures are masked as `#` (see mask.ts), and `{N}` marks the figure the rule
 * reads. Each row's example is a real sentence from the corpus; test/extractors.test.ts runs them.
 */
export interface HeadlineRule {
  id: string;
  metric: string;
  pattern: string;
  /** Measure words the figure may carry (条, 件 …). */
  measures: readonly string[];
  example: string;
}

const COUNT_OF_ITEMS = ['条', '件', '篇', '项', '个', '条次', '份'];
const COUNT_OF_CASES = ['件', '起', '宗', '次', '个', '例'];

export const HEADLINE_RULES: readonly HeadlineRule[] = [
  {
    id: 'active.total/主动公开…信息N条',
    metric: 'active.total',
    pattern: '(?:全年|本年度?|共|累计)?主动公开(?:了)?(?:各类|政府|政务)?(?:信息|政府信息|政务信息)(?:共计|共|总计|总数)?(?:为|达)?{N}',
    measures: COUNT_OF_ITEMS,
    example: '截至2017年12月30日，教育局主动公开各类信息486条',
  },
  {
    id: 'active.total/主动公开的政府信息N条',
    metric: 'active.total',
    pattern: '主动公开的政府信息(?:共计|共)?{N}',
    measures: COUNT_OF_ITEMS,
    example: '2014年主动公开的政府信息120条',
  },
  {
    id: 'apply.new.total/收到…申请N件',
    metric: 'apply.new.total',
    pattern: '(?:共|全年|本年度?)?(?:收到|受理|接到|新收)(?:了)?(?:政府信息公开|信息公开|依申请公开)?(?:申请|申请件)(?:共计|共)?{N}',
    measures: COUNT_OF_CASES,
    example: '全年受理政府信息公开申请62件',
  },
  {
    id: 'appeal.review.total/行政复议N件',
    metric: 'appeal.review.total',
    pattern: '(?:涉及政府信息公开的|政府信息公开)?行政复议(?:案件|申请)?(?:共计|共)?{N}',
    measures: COUNT_OF_CASES,
    example: '全年涉及政府信息公开的行政复议13件',
  },
  {
    id: 'appeal.suit.total/行政诉讼N件',
    metric: 'appeal.suit.total',
    pattern: '行政诉讼(?:案件)?(?:共计|共)?{N}',
    measures: COUNT_OF_CASES,
    example: '行政诉讼1件',
  },
];

interface CompiledRule extends HeadlineRule {
  regex: RegExp;
}

const COMPILED: CompiledRule[] = HEADLINE_RULES.map((rule) => ({ ...rule, regex: new RegExp(rule.pattern.replace('{N}', '(#+)'), 'g') }));

export const headlineExtractor = defineExtractor(
  {
    id: 'prose.headline',
    version: '1',
    kind: 'pattern',
    description: 'headline figures in running text: active.total, apply.new.total, appeal.review.total, appeal.suit.total',
  },
  (context) => {
    const { doc } = context;
    const drafts: FactDraft[] = [];
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const figures = context.figuresIn(sentence.start, sentence.end);
        if (figures.length === 0) continue;
        const masked = maskFigures(doc.text, figures, sentence);
        for (const rule of COMPILED) {
          rule.regex.lastIndex = 0;
          for (const match of masked.matchAll(rule.regex)) {
            const figureStart = sentence.start + match.index! + match[0].length - match[1].length;
            const figure = figureAt(figures, figureStart);
            if (!figure || figure.unit !== 'count' || (figure.measure && !rule.measures.includes(figure.measure))) continue;
            drafts.push({
              metric: rule.metric,
              value: figure.value,
              unit: figure.unit,
              approx: figure.approx,
              interval: figure.interval,
              start: sentence.start + match.index!,
              end: figure.end,
              valueStart: figure.valueStart,
              valueEnd: figure.valueEnd,
              src: 'text',
              ruleId: rule.id,
              evidence: [rule.pattern],
            });
          }
        }
      }
    }
    return drafts;
  },
);
