import type { SectionLabel } from '../../../schemas/catalog.js';

/**
 * Negative statements that are zero facts (ANNOTATION.md: only when specific). Each pattern has a
 * `neg` group, the negating words, which becomes the figure span of the zero fact. A metric with
 * `when` is stated only if its words occur in the match (复议 → review, 诉讼 → suit …).
 */
/** 无 as a negation, not the 无 of 无法 (unable), 无偿 (free of charge), 无正当理由, 无需/无须, 无论. */
const NONE = '无(?!法|偿|正当|需|须|论)';

export interface NegationRule {
  id: string;
  pattern: string;
  metrics: readonly { metric: string; when?: string }[];
  /** Words in the match or the rest of its clause that make it no zero fact (纠错, 败诉 …). */
  unless?: string;
  /** Words that must occur somewhere in the sentence. */
  context?: string;
  /** Parts of the report whose sentences need no context words: their heading says it (五、行政复议和行政诉讼情况). */
  contextParts?: readonly SectionLabel[];
  example: string;
  specificity: number;
}

const APPEAL_UNLESS = '纠错|败诉|纠正|撤销|未被|被复议';

export const NEGATION_RULES: readonly NegationRule[] = [
  {
    id: 'apply.new.total=0/未收到申请',
    // 件 alone is an application (依申请公开件), not an incident (泄密事件) or a case (案件); 法人 is
    // one kind of applicant unless the sentence names them all (公民、法人或其他组织).
    pattern: `(?<neg>未|没有|${NONE})(?:收到|接到|受理|发生)(?:过)?[^，。；]{0,24}?(?:申请|请求|事项|(?<![事案])件)`,
    metrics: [{ metric: 'apply.new.total' }],
    unless: '复议|诉讼|(?<!公民[、，和及])法人|自然人|投诉|举报|收费|费用',
    example: '2014年，区教育局未收到此类申请。',
    specificity: 0.85,
  },
  {
    id: 'apply.new.total=0/无依申请公开情况',
    pattern: `(?<neg>${NONE}|没有)(?:政府信息)?依?申请公开(?:政府信息)?(?:的|办理)?情况`,
    metrics: [{ metric: 'apply.new.total' }],
    unless: '复议|诉讼',
    example: '全年无申请公开情况。',
    specificity: 0.85,
  },
  {
    id: 'apply.new.total=0/没有依申请公开的政府信息',
    pattern: '(?<neg>没有)依申请公开的(?:政府)?信息',
    metrics: [{ metric: 'apply.new.total' }],
    example: '2016年度我乡没有依申请公开的政府信息。',
    specificity: 0.8,
  },
  {
    id: 'appeal=0/未发生行政复议、行政诉讼',
    // 未经 is "without" (未经复议直接起诉, a column of table 4), not a negation of what happened.
    pattern: `(?<neg>未(?!经)|没有|${NONE})(?:发生|收到|出现|接到|提起)?(?:过)?(?:一例|任何)?[^，。；]{0,40}?(?:复议|诉讼|投诉|举报|申诉)[^，。；]{0,30}`,
    metrics: [
      { metric: 'appeal.review.total', when: '复议' },
      { metric: 'appeal.suit.total', when: '诉讼' },
      { metric: 'appeal.complaints.total', when: '(?<!等|等各类)(?:投诉|举报|申诉)' },
    ],
    unless: APPEAL_UNLESS,
    context: '信息公开|政府信息|相关|此类',
    contextParts: ['appeal'],
    example: '2014年，没有发生针对区教育局有关信息公开工作的行政复议、诉讼和申诉情况。',
    specificity: 0.85,
  },
  {
    id: 'fees.collected=0/未收取费用',
    pattern: `(?<neg>未|没有|${NONE}|暂不|不)(?:向[^，。；]{0,20}?|对[^，。；]{0,20}?)?(?:收取|收)(?:任何)?[^，。；]{0,12}?(?:费用|费)`,
    metrics: [{ metric: 'fees.collected' }],
    example: '本年度无针对政府信息公开事务的行政诉讼，未向政府信息公开申请人收取任何费用。',
    specificity: 0.85,
  },
  {
    id: 'fees.collected=0/未发生收费事项',
    pattern: '(?<neg>未发生|没有发生)[^，。；]{0,16}?收费(?:事项|情况)',
    metrics: [{ metric: 'fees.collected' }],
    example: '2024 年，市科委未发生政府信息公开收费事项。',
    specificity: 0.85,
  },
  {
    id: 'fees=0/没有收费和减免情况',
    pattern: `(?<neg>没有|未发生|${NONE})[^，。；]{0,16}?收费(?:和|及|与|、)减免`,
    metrics: [{ metric: 'fees.collected' }, { metric: 'fees.waived' }],
    example: '2013年度我局没有政府信息公开的收费和减免情况。',
    specificity: 0.85,
  },
  {
    id: 'apply.carried_out.total=0/无下年度结转',
    pattern: `(?<neg>${NONE}|没有)(?:下一?年度?)?结转`,
    metrics: [{ metric: 'apply.carried_out.total' }],
    unless: '上年',
    example: '其他1件（申请人自主撤销）。无下年度结转。',
    specificity: 0.8,
  },
  {
    id: 'apply.withheld.total=0/无不予公开情况',
    pattern: `(?<neg>${NONE}|没有)不予公开[^，。；]{0,8}?情况`,
    metrics: [{ metric: 'apply.withheld.total' }],
    example: '（四）不予公开政府信息情况。我局无不予公开政府信息情况。',
    specificity: 0.8,
  },
  {
    id: 'apply.handled.total=0/不存在答复处理情况',
    pattern: '(?<neg>不存在)[^，。；]{0,12}?(?:答复|处理)[^，。；]{0,4}?情况',
    metrics: [{ metric: 'apply.handled.total' }],
    example: '因未发生政府信息公开申请，故不存在政府信息答复处理情况。',
    specificity: 0.8,
  },
  {
    id: 'apply.disclosed.total=0/均未予以公开',
    pattern: '均(?<neg>未)予以公开',
    metrics: [{ metric: 'apply.disclosed.total' }],
    example: '2020年我局新收到政府信息公开申请4件，均未予以公开。',
    specificity: 0.8,
  },
  {
    id: 'response=0/无政策解读、舆情回应情况',
    pattern: `(?<neg>${NONE}|没有)[^，。；]{0,4}?(?:政策解读|解读|舆情|热点)[^，。；]{0,12}?情况`,
    metrics: [
      { metric: 'response.interpretations', when: '解读' },
      { metric: 'response.hot_topics', when: '舆情|热点' },
    ],
    example: '本年度我局政务信息全部为主动公开，无政府信息依申请公开办理情况，无政策解读、舆情热点回应情况',
    specificity: 0.8,
  },
  {
    id: 'org.staff=0/没有全职人员',
    pattern: `(?<neg>没有|${NONE})[^，。；]{0,16}?(?:全职|专职|兼职)(?:工作)?人员`,
    metrics: [
      { metric: 'org.staff.full_time', when: '全职|专职' },
      { metric: 'org.staff.part_time', when: '兼职' },
    ],
    example: '我局没有从事政府信息公开工作的全职人员，兼职人员1人。',
    specificity: 0.8,
  },
];
