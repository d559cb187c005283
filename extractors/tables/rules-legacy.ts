import type { LabelRule } from './labels.js';

/**
 * Rows of the statistical table that reports before 2019 append (政府信息公开情况统计表, columns
 * 本年度 and 历年累计). `metric` is what the current-year cell states; `cumulative` what the
 * 历年累计 cell states, where the catalog has it. A row whose label captures a group is labelled
 * by it (apply.by_channel 当面 …). `parent` names the row this one is a part of (其中：1. …).
 */
export interface LegacyRowRule extends LabelRule {
  metric: string;
  cumulative?: string;
  unit?: 'yuan';
  parent?: string;
}

export const LEGACY_ROW_RULES: readonly LegacyRowRule[] = [
  { id: 'legacy.active/主动公开信息数', metric: 'active.total', cumulative: 'active.cumulative', pattern: '主动公开(?:政府)?(?:信息|文件)数', example: '主动公开信息数条4251516' },
  { id: 'legacy.website/网站公开', metric: 'active.channel.website', parent: 'legacy.active/主动公开信息数', pattern: '(?:[1-9][.、．])?(?:政府)?网站公开(?:数)?', example: '1、政府网站公开数条294981916' },
  { id: 'legacy.gazette/政府公报公开', metric: 'active.channel.gazette', parent: 'legacy.active/主动公开信息数', pattern: '(?:[1-9][.、．])?政府公报公开(?:数)?', example: '2.政府公报公开条77' },
  { id: 'legacy.received/受理依申请公开信息总数', metric: 'apply.new.total', pattern: '受理依申请公开信息总数', example: '受理依申请公开信息总数条01' },
  {
    id: 'legacy.channel/某方式申请数',
    metric: 'apply.by_channel',
    parent: 'legacy.received/受理依申请公开信息总数',
    pattern: '(?:[1-9][.、．])?(当面|传真|电子邮件|网上|信函、传真|信函|其它形式|其他形式)申请数',
    example: '3、信函、传真申请数条01',
  },
  { id: 'legacy.replied/对申请的答复数', metric: 'apply.handled.total', pattern: '对申请的答复(?:总)?数', example: '对申请的答复总数条01' },
  { id: 'legacy.disclosed/同意公开答复数', metric: 'apply.disclosed.total', parent: 'legacy.replied/对申请的答复数', pattern: '(?:[1-9][.、．])?同意公开答复数', example: '1、同意公开答复数条01' },
  { id: 'legacy.partial/同意部分公开答复数', metric: 'apply.partial.total', parent: 'legacy.replied/对申请的答复数', pattern: '(?:[1-9][.、．])?同意部分公开答复数', example: '2.同意部分公开答复数条00' },
  { id: 'legacy.withheld/否决或不予公开答复数', metric: 'apply.withheld.total', parent: 'legacy.replied/对申请的答复数', pattern: '(?:[1-9][.、．])?(?:否决公开|不予公开)答复数', example: '3.否决公开答复数条00' },
  { id: 'legacy.other_reply/其他类型答复数', metric: 'apply.other_handling.total', parent: 'legacy.replied/对申请的答复数', pattern: '(?:[1-9][.、．])?其他类型答复数', example: '4.其他类型答复数条00' },
  { id: 'legacy.fees_waived/收费减免金额', metric: 'fees.waived', unit: 'yuan', pattern: '政府信息公开收费减免金额', example: '政府信息公开收费减免金额元00' },
  { id: 'legacy.complaints/申诉或诉讼举报数', metric: 'appeal.complaints.total', pattern: '接受行政诉讼、举报数|行政申诉数', example: '接受行政诉讼、举报数件00' },
  { id: 'legacy.review/行政复议数', metric: 'appeal.review.total', pattern: '行政复议数', example: '行政复议数件00' },
  { id: 'legacy.suit/行政诉讼数', metric: 'appeal.suit.total', pattern: '行政诉讼数', example: '行政诉讼数条00' },
];

/** Header words naming the statistical table's value columns. */
export const LEGACY_COLUMN_WORDS = { annual: /(?:本年度|\d{4}年度|本年)/, cumulative: /历年累计/ };
