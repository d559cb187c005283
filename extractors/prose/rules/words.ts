/** Measure words shared by the rule tables. */

/** Items of information: 条, 件, 篇 … */
export const ITEMS = ['条', '件', '篇', '项', '个', '份', '条次', '则', '期'] as const;
/** Applications, cases and requests. */
export const CASES = ['件', '起', '宗', '个', '例', '次', '条', '份', '人次'] as const;
/** Events and products: meetings, interpretations, replies. */
export const TIMES = ['次', '场', '期', '个', '篇', '条', '件', '份', '批', '项'] as const;
export const PEOPLE = ['人', '名', '人次', '位'] as const;
export const VISITS = ['人次', '次', '人', '个'] as const;
export const PARTS = ['部分', '个部分', '个方面', '方面'] as const;
export const KINDS = ['类', '大类'] as const;

/** 政府信息 / 政务信息: the legal object of disclosure, as opposed to any 信息 a channel carries. */
export const GOV_INFO = '(?:政府|政务)信息';

/** Verbs of making information public. */
export const PUBLISH = '(?:主动公开|发布公开|公开发布|更新发布|推送发布|公开|发布|推送)';
