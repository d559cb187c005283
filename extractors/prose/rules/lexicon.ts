import { CASES, ITEMS, PEOPLE, TIMES, VISITS } from './words.js';

/**
 * What the keyword extractor knows of a metric: the words that name it (`subjects`, one needed),
 * the verbs stated with it and the nouns right before the figure (one of each needed where the
 * list is not empty), and the measure words of its figures. A figure whose clause has them all,
 * for one metric only, is read as that metric.
 */
export interface MetricLexicon {
  metric: string;
  subjects: readonly string[];
  verbs: readonly string[];
  objects: readonly string[];
  /** Measure words; `''` admits a figure without one. */
  measures: readonly string[];
  /** Words that make the clause name something else (其他应主动公开 is a category). */
  unless?: readonly string[];
}

const INFO = ['信息', '政府信息', '政务信息', '各类信息'] as const;
const MONEY = ['元', '万元'] as const;

export const LEXICONS: readonly MetricLexicon[] = [
  { metric: 'active.total', subjects: ['主动公开'], verbs: [], objects: INFO, measures: ITEMS, unless: ['应主动公开'] },
  { metric: 'active.channel.website', subjects: ['网站', '门户网站', '政府网站', '门户网'], verbs: ['公开', '发布', '更新', '推送', '上传'], objects: [...INFO, '文章', '稿件'], measures: ITEMS },
  { metric: 'active.channel.weibo', subjects: ['微博', '政务微博'], verbs: ['公开', '发布', '推送'], objects: [...INFO, '博文', '微博'], measures: ITEMS },
  { metric: 'active.channel.wechat', subjects: ['微信', '公众号', '微信公众号'], verbs: ['公开', '发布', '推送', '刊发', '编发'], objects: [...INFO, '文章', '推文', '消息'], measures: ITEMS },
  { metric: 'apply.new.total', subjects: ['政府信息公开申请', '信息公开申请', '公开申请', '依申请公开'], verbs: ['收到', '受理', '接到', '接收', '新收'], objects: [], measures: CASES },
  { metric: 'apply.consultations', subjects: ['咨询'], verbs: ['受理', '接受', '接待'], objects: [], measures: ['人次', '次', '件', '人'] },
  { metric: 'appeal.review.total', subjects: ['行政复议'], verbs: [], objects: [], measures: ['件', '起', '宗', '个'] },
  { metric: 'appeal.suit.total', subjects: ['行政诉讼'], verbs: [], objects: [], measures: ['件', '起', '宗', '个'] },
  { metric: 'response.interpretations', subjects: ['解读', '政策解读'], verbs: ['发布', '开展', '制作', '推出', '公开'], objects: [], measures: TIMES },
  { metric: 'response.hot_topics', subjects: ['舆情', '关切', '热点'], verbs: ['回应', '处置'], objects: [], measures: TIMES },
  { metric: 'response.press_conferences', subjects: ['新闻发布会', '发布会'], verbs: ['召开', '举办', '举行'], objects: [], measures: ['场', '次'] },
  { metric: 'org.trainings', subjects: ['培训', '培训班', '培训会'], verbs: ['开展', '组织', '举办'], objects: [], measures: ['次', '期', '场'] },
  { metric: 'org.trainees', subjects: ['培训'], verbs: [], objects: ['人员', '干部', '工作人员'], measures: PEOPLE },
  { metric: 'platform.visits', subjects: ['访问量', '点击量', '浏览量', '访问人次'], verbs: [], objects: [], measures: [...VISITS, ''] },
  { metric: 'complaints.total', subjects: ['诉求', '来信来电', '来信', '来电'], verbs: ['受理', '收到', '办理', '接听'], objects: [], measures: ['件', '个', '条', '次'] },
  { metric: 'fees.collected', subjects: ['费用', '处理费', '收费'], verbs: ['收取'], objects: [], measures: MONEY },
];

/** Words of the disclosure work: a figure near them is kept, uncatalogued, for review. */
export const DISCLOSURE_WORDS = /公开|信息|申请|复议|诉讼|解读|网站|政务|发布|回应|咨询|舆情|培训/;

/** Clauses that compare or look back (增长12%, 比上年, 较去年) state no figure of the year. */
export const COMPARISON_WORDS = /增长|增加|减少|下降|提高|上升|同比|环比|上年|去年|上一年|比例|占比|率/;

