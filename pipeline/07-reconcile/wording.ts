import { APPLICANT_COLUMN_ZH, APPLY_ROWS, metricDef, type ApplicantColumn } from '../../schemas/catalog.js';
import type { Fact, Interval } from '../../schemas/types.js';
import { formatInterval, formatValue } from './interval.js';

/** Names a reviewer knows from the report, where the catalog's definition is too long for a message. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'active.total': '主动公开',
  'active.cumulative': '历年累计主动公开',
  'active.channel.website': '政府网站公开',
  'active.channel.platform': '信息公开平台公开',
  'active.channel.gazette': '政府公报公开',
  'active.channel.weibo': '政务微博发布',
  'active.channel.wechat': '政务微信发布',
  'active.channel.media': '报刊广播电视公开',
  'active.channel.other': '其他形式公开',
  'active.category_count': '声明的类别数',
  'report.parts_declared': '声明的组成部分数',
  'apply.consultations': '咨询',
};

/** Table-3 rows as the template prints them, so a message points at the row a reviewer sees. */
const APPLY_ROW_NAMES: Readonly<Record<string, string>> = {
  new: '一、本年新收申请',
  carried_in: '二、上年结转申请',
  disclosed: '（一）予以公开',
  partial: '（二）部分公开',
  withheld: '（三）不予公开',
  unable: '（四）无法提供',
  rejected: '（五）不予处理',
  other_handling: '（六）其他处理',
  handled: '（七）总计',
  carried_out: '四、结转下年度继续办理',
};

const SUB_ROW_NAMES: ReadonlyMap<string, string> = new Map(
  APPLY_ROWS.filter(({ row }) => row.includes('.')).map(({ row, zh }) => [row, zh.replace(/^三/, '').replace(/（20\d\d）$/, '')]),
);

export function applyRowName(row: string): string {
  return APPLY_ROW_NAMES[row] ?? SUB_ROW_NAMES.get(row) ?? row;
}

export function applyColumnName(column: string): string {
  return column === 'total' ? '总计' : (APPLICANT_COLUMN_ZH[column as ApplicantColumn] ?? column);
}

export function metricName(id: string): string {
  const apply = /^apply\.(.+)\.([a-z_]+)$/.exec(id);
  if (apply && apply[1] !== 'by' && APPLICANT_COLUMN_ZH[apply[2] as ApplicantColumn]) {
    const row = applyRowName(apply[1]);
    return apply[2] === 'total' ? row : `${row}（${applyColumnName(apply[2])}）`;
  }
  // The catalog's notes in brackets (政策解读（篇/次/场）) are for annotators, not for a message.
  return SHORT_NAMES[id] ?? metricDef(id)?.zh.replace(/（[^（）]*）$/, '') ?? id;
}

/** What a fact is about, in the report's words: 主动公开, 机构职能类, 一、本年新收申请（自然人）. */
export function factName(fact: Fact): string {
  if (fact.metric === null) return `“${fact.label ?? fact.quote.slice(0, 20)}”`;
  if (fact.label && (fact.metric === 'active.category' || fact.metric === 'active.category_share')) return /[类]$/.test(fact.label) ? fact.label : `${fact.label}类`;
  if (fact.label) return `${metricName(fact.metric)}（${fact.label}）`;
  return metricName(fact.metric);
}

const MEASURE = /^\s*[余多]?\s*(条次|人次|件次|件|条|项|个|篇|次|人|份|场|起|宗|例|家|期|类|部分|万元|元)/;

/** The measure word printed after the figure (条, 件 …), or the unit's sign. */
export function unitWord(fact: Fact): string {
  if (fact.unit === 'percent') return '%';
  if (fact.unit === 'yuan') return '元';
  const tail = fact.quote.slice(fact.valueEnd - fact.start);
  const word = MEASURE.exec(tail)?.[1];
  return word && word !== '万元' && word !== '元' ? word : '';
}

/** The figure as a reader would say it: 486, 200余, 500以上, 约300, 不足50. */
export function figureValue(fact: Fact): string {
  const value = formatValue(fact.value);
  switch (fact.approx) {
    case 'at_least':
      if (Number.isFinite(fact.interval.high)) return `${value}余`;
      return fact.interval.lowOpen ? `超过${value}` : `${value}以上`;
    case 'about':
      return `约${value}`;
    case 'at_most':
      return `不足${value}`;
    default:
      return value;
  }
}

/** The figure with its measure word; a table cell, printed bare, may borrow the word of the text's mention. */
export function figureText(fact: Fact, unit = unitWord(fact)): string {
  return unit === '%' ? `${figureValue(fact)}%` : `${figureValue(fact)}${unit ? ' ' + unit : ''}`;
}

/**
 * A sum of figures as a reader would write it: 228 when every part is exact, 938余 when the
 * approximate parts are all 余/多 (200余 + 473 + 265), 至少 938 when a part has no upper bound
 * (500以上), else the range the parts allow.
 */
export function sumValue(parts: readonly Fact[], sum: Interval): string {
  if (parts.every((p) => p.approx === 'exact')) return formatInterval(sum);
  if (!Number.isFinite(sum.high)) return `${sum.lowOpen ? '超过' : '至少'} ${formatValue(sum.low)}`;
  if (parts.every((p) => p.approx === 'exact' || p.approx === 'at_least') && !sum.lowOpen) return `${formatValue(sum.low)}余`;
  return `${formatValue(sum.low)}～${formatValue(sum.high)}`;
}

/** 政府网站公开 12 + 其他形式公开 216 = 228: each part named, so a reviewer sees what was added. */
export function sumText(parts: readonly Fact[], sum: Interval): string {
  return `${parts.map((p) => `${factName(p)} ${figureValue(p)}`).join(' + ')} = ${sumValue(parts, sum)}`;
}
