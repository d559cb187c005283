/**
 * Words that surround a number in report text, as data. Simplified and Traditional forms are both
 * listed because the module also runs on text that was not converted to Simplified.
 */

/** Counting words after a number (主动公开信息486条, 培训3期, 等9大类, 公開發布信息69條). */
export const COUNT_MEASURES: readonly string[] = [
  // items, cases, documents
  '条', '條', '件', '项', '項', '份', '篇', '类', '類', '大类', '大類', '小类', '种', '種', '部分', '个部分', '個部分',
  '方面', '个方面', '個方面', '批', '本', '册', '冊', '张', '張', '页', '頁', '部', '则', '則', '帖', '卷', '盒', '幅', '首', '集',
  '宗', '例', '起', '单', '笔', '筆', '封', '通', '期', '轮', '輪', '栏', '欄',
  // events and people
  '次', '场', '場', '人次', '件次', '条次', '條次', '户次', '戶次', '个次', '批次', '场次', '場次', '篇次', '期次', '人', '名', '位',
  // organisations, places and things
  '个', '個', '家', '户', '戶', '处', '處', '所', '台', '臺', '套', '座', '间', '間', '栋', '幢', '块', '塊', '辆', '輛', '架', '艘',
  '门', '門', '组', '組', '支', '株', '只', '头', '段',
  // time (durations; dates are recognised before measures are read)
  '年', '个月', '個月', '月', '天', '日', '周年', '周', '小时', '小時', '分钟', '分鐘', '秒', '个工作日', '個工作日', '工作日',
  // physical
  '平方公里', '平方米', '立方米', '公里', '千米', '米', '公顷', '亩', '畝', '吨', '噸', '千克', '公斤',
  '倍', '岁', '歲',
];

/**
 * Measures a Chinese numeral never counts with in this genre, because the pair is a word of its
 * own: 一起 (together), 一通 (a burst), 一门式, 一段时间, 一块 (together), 一头.
 */
export const NOT_AFTER_CHINESE_NUMERAL: ReadonlySet<string> = new Set(['起', '通', '门', '門', '段', '块', '塊', '头', '只', '首', '集', '单', '本']);

/** Measures of time: after them 近 means "the last" (近3年), not "nearly". */
export const TIME_MEASURES: ReadonlySet<string> = new Set([
  '年', '个月', '個月', '月', '天', '日', '周年', '周', '小时', '小時', '分钟', '分鐘', '秒', '个工作日', '個工作日', '工作日',
]);

export const CURRENCY = '元';

/** Percent signs and percentage points, with the power of ten that turns them into percent. */
export const PERCENT_UNITS: Readonly<Record<string, number>> = { '%': 0, '％': 0, '‰': -1, 个百分点: 0, 個百分點: 0 };

/** Scales after a number, as powers of ten (26.8万条, 1.3亿次, 3千多). */
export const SCALES: Readonly<Record<string, number>> = {
  万亿: 12, 萬億: 12, 千万: 7, 千萬: 7, 百万: 6, 百萬: 6, 亿: 8, 億: 8, 万: 4, 萬: 4, 千: 3, 百: 2,
};

/** How an approximation word bounds the value (see approx.ts). */
export type Bound = 'remainder' | 'from' | 'above' | 'below' | 'upTo' | 'around';

export interface ApproxWord {
  word: string;
  bound: Bound;
  /** Characters that, just before the word, make it part of another word (签约, 附近). */
  notAfter?: string;
}

/** Approximation words before a number: 近300条, 约11万个, 超过500, 不足10. */
export const APPROX_BEFORE: readonly ApproxWord[] = ([
  { word: '不少于', bound: 'from' }, { word: '不少於', bound: 'from' }, { word: '不低于', bound: 'from' }, { word: '不低於', bound: 'from' },
  { word: '至少', bound: 'from' }, { word: '最少', bound: 'from' },
  { word: '不超过', bound: 'upTo' }, { word: '不超過', bound: 'upTo' }, { word: '不高于', bound: 'upTo' }, { word: '不高於', bound: 'upTo' },
  { word: '不多于', bound: 'upTo' }, { word: '不多於', bound: 'upTo' }, { word: '至多', bound: 'upTo' }, { word: '最多', bound: 'upTo' },
  { word: '超过', bound: 'above' }, { word: '超過', bound: 'above' }, { word: '多于', bound: 'above' }, { word: '多於', bound: 'above' },
  { word: '高于', bound: 'above' }, { word: '高於', bound: 'above' }, { word: '逾', bound: 'above' }, { word: '突破', bound: 'above' },
  { word: '超', bound: 'above', notAfter: '赶趕' },
  { word: '不足', bound: 'below' }, { word: '不到', bound: 'below' }, { word: '少于', bound: 'below' }, { word: '少於', bound: 'below' },
  { word: '低于', bound: 'below' }, { word: '低於', bound: 'below' }, { word: '未满', bound: 'below' }, { word: '未滿', bound: 'below' },
  { word: '大约', bound: 'around' }, { word: '大約', bound: 'around' }, { word: '将近', bound: 'around' }, { word: '將近', bound: 'around' },
  { word: '接近', bound: 'around' },
  { word: '约', bound: 'around', notAfter: '签簽预預制节節条條合违違履特邀契公集简簡相' },
  { word: '約', bound: 'around', notAfter: '签簽预預制节節条條合违違履特邀契公集简簡相' },
  { word: '近', bound: 'around', notAfter: '附邻鄰靠最亲親' },
] satisfies ApproxWord[]).sort((a, b) => b.word.length - a.word.length);

/** Remainder words right after the digits or the scale: 1000余条, 30余万, 3千多, 70多件. */
export const REMAINDER_WORDS = ['余', '餘', '多'] as const;

/** Approximation words after the measure: 500以上, 10以下, 300左右. */
export const APPROX_AFTER: readonly ApproxWord[] = [
  { word: '以上', bound: 'from' },
  { word: '以下', bound: 'upTo' },
  { word: '以内', bound: 'upTo' },
  { word: '以內', bound: 'upTo' },
  { word: '左右', bound: 'around' },
  { word: '上下', bound: 'around' },
];

/** What may follow 以上/以下 when they are not about the number (以下简称, 以上级). */
export const NOT_APPROX_AFTER = /^(?:以下简称|以下簡稱|以下称|以下稱|以下[几幾两兩三四五六七八九]|以上级|以上級|以上述)/;

/**
 * Characters that, just before 一, make it part of a word: 上一年, 下一年度, 统一, 唯一, 每一项,
 * 逐一, 某一, 周一, 初一, 单一, 其一, and 无一例 (not a single case: a zero, not a one).
 */
export const WORD_BEFORE_ONE: ReadonlySet<string> = new Set([...'上下每统統唯同进進逐划劃整其某周週初单單无無']);

/**
 * Fixed phrases whose numerals count nothing, each a real example from reports:
 * 一把手, 两微一端, 三安全一稳定 (template 2021 row), 四类过程性信息 (template row 6),
 * 十四五 (plan period), 一年来.
 */
export const FIXED_PHRASES: readonly string[] = [
  '一把手', '一事一议', '一事一審查', '一事一审查', '一案一策', '一企一策', '一户一档', '一人一档', '一对一', '一對一',
  // Template rows 5 and 6 of table 3, also misprinted (四类过程性性信息) or cut by a line break.
  '两微一端', '兩微一端', '两微一抖', '三安全一稳定', '三安全一穩定', '四类过程性', '四類過程性', '三类内部事务', '三類內部事務', '两统一', '兩統一', '一年来', '一年來', '近一年来', '一次性', '一站式', '一体化', '一體化', '一网通办',
  '一網通辦', '一网统管', '一件事', '一條龍', '一条龙', '一张网', '一張網', '一张图', '一张表', '一盘棋', '一窗受理', '一窗通办',
  '一门式', '一門式', '一号响应', '一码通', '最多跑一次', '一次办好', '一次都不跑', '三重一大', '两学一做', '三会一课',
  '四个意识', '四个自信', '两个维护', '两个确立', '四个全面', '五位一体', '三个代表', '两个一百年', '一带一路', '一岗双责',
  '三严三实', '中央八项规定', '八项规定', '七五普法', '八五普法', '双随机、一公开', '双随机一公开', '第一时间', '一部分',
  '六稳', '六保', '三农', '两会', '三大攻坚战', '一线', '一手', '五年规划', '五年規劃', '一方面', '最后一公里', '最後一公里', '三位一体',
];
