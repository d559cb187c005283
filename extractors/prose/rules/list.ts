import type { PatternRule } from '../rule.js';
import { KINDS, PARTS } from './words.js';

/** Declared counts: how many parts the report has, how many categories of information. */
export const DECLARED_RULES: readonly PatternRule[] = [
  {
    id: 'report.parts_declared/N部分组成',
    metric: 'report.parts_declared',
    pattern: '{N}(?:组成|构成|内容)',
    example: '政府信息公开工作存在的主要问题及改进情况，其他需要报告的事项六部分组成。',
    measures: PARTS,
    specificity: 0.85,
  },
  {
    id: 'report.parts_declared/共分N个部分',
    metric: 'report.parts_declared',
    pattern: '(?:等|共分为?|分为|共|事项)”?{N}',
    example: '本报告共分6个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况',
    measures: PARTS,
    specificity: 0.85,
  },
  {
    id: 'active.category_count/等N大类',
    metric: 'active.category_count',
    pattern: '等{N}',
    example: '主动公开的政府信息包括机构职能类信息，政策、规范性文件类信息，规划计划类信息，行政许可类信息，民政扶贫救灾社会社保就业类信息，科教文体卫生类信息，安全生产、应急管理类信息等9大类内容。',
    measures: KINDS,
    specificity: 0.8,
    context: '公开',
  },
  {
    // 包括总体情况、…、其他需要报告的事项六个部分: the parts named one by one, then counted.
    id: 'report.parts_declared/包括…N部分',
    metric: 'report.parts_declared',
    pattern: '(?:包括|包含|涵盖)[^。#]{2,200}?{N}(?=[。，；]|$)',
    example: '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项六个部分。',
    measures: PARTS,
    specificity: 0.85,
  },
  {
    id: 'active.category_count/N类M项主动公开',
    metric: 'active.category_count',
    pattern: '{N}#主动公开',
    example: '编制了《民政局机关政府信息公开指南》，明确了八类23项主动公开的民政业务信息',
    measures: KINDS,
    specificity: 0.8,
  },
];

/** Words after a total that open the list of its parts (其中, 包括, 分别为, 含), within 30 characters. */
export const LIST_CUES = ['其中', '包括', '主要有', '分别为', '分别是', '含'] as const;
/** A cue word opening an item's words (其中：机构职能类信息), with its punctuation. */
export const ITEM_CUE = new RegExp(`^(?:${LIST_CUES.join('|')})[：，、]?`);
/** A sentence that opens with 其中 continues the total of the sentence before. */
export const LEADING_CUE = /^(?:（)?(其中)[：，、]?/;
/** A sentence that goes on with the categories of the sentence before (规划计划类信息1条，…). */
export const CONTINUATION = /^[^，。；#]{1,20}?类(?:的)?信息#/;

/** How a list was found, as the rule id of its facts. */
export const LIST_AFTER_TOTAL = 'list/总数…其中';
export const LIST_AFTER_LEADING_CUE = 'list/。其中';
export const LIST_CONTINUED = 'list/接续…类信息';

/**
 * Phrases that open a list without a total in the same words. `total`: the list breaks down the
 * active.total stated just before; `unclaimedOnly`: no rule may have read any of its figures.
 */
export interface ListOpener {
  id: string;
  kind: 'active' | 'complaints';
  pattern: RegExp;
  minimum: number;
  total?: boolean;
  unclaimedOnly?: boolean;
  example: string;
}

export const LIST_OPENERS: readonly ListOpener[] = [
  {
    id: 'list/主动公开的信息中',
    kind: 'active',
    pattern: /主动公开的#?(?:政府)?信息中[，：]?/,
    minimum: 1,
    total: true,
    example: '在主动公开的信息中，政策法规类信息26条，占74%；工作信息7条，占20%；机构信息2条，占6%。',
  },
  {
    id: 'list/主要类别有',
    kind: 'active',
    pattern: /主要类别(?:有|为|包括|是)?[：，]/,
    minimum: 1,
    total: true,
    example: '2015年，我区各工作部门主动公开政府信息的主要类别有：机构职能类信息117条，政策、规范性文件类信息124条，规划计划类信息19条',
  },
  {
    id: 'list/主动公开A N件，B N件…',
    kind: 'active',
    pattern: /主动公开(?=[^#，。；]{1,24}#)/,
    minimum: 3,
    unclaimedOnly: true,
    example: '2020年，通过“中国上海”入口网站、《上海市人民政府公报》等平台主动公开规章12件，行政规范性档案43件，市政府其他档案93件，人事任免档案142件。',
  },
  {
    id: 'list/诉求工作',
    kind: 'complaints',
    pattern: /诉求(?:工作|情况|办理)?[：，]/,
    minimum: 2,
    example: '全年诉求工作，中心网站、微博共办理66余件，市长信箱及市长公开电话等35件，民心网平台24件，回复率达到100%',
  },
];

/** Ways of applying (apply.by_channel labels). */
export const APPLICATION_CHANNELS = /^(?:当面|现场|网络|网上|在线|互联网|信函|来信|邮寄|邮件|电子邮件|传真|电话|政务网|窗口|书面)/;

/** Channels citizens write in by (complaints.by_channel labels must name one). */
export const REQUEST_CHANNELS = /网|信箱|电话|热线|平台|微博|微信|来信|来访|信访|窗口|留言|客户端|APP|接访/;

/** Words at the start of a piece that end a list: a new statement, not an item. */
export const LIST_BREAK = /^(?:同时|此外|另外|并|还|我|其余|以上|上述)/;

/** Labels that name no category at all (政务信息发布 393 条 beside the categories). */
export const GENERIC_LABEL = /^(?:各类|政府|政务|公开|主动公开|其中|合计|总计|共计|共)?$/;

/**
 * Category names as printed without 类/信息 and the verbs around them: 发布工作信息 → 工作,
 * 政策法规类的信息 → 政策法规, 其他应主动公开的信息 → 其他应主动公开, 动态类信息发布 → 动态.
 */
export function cleanCategoryLabel(piece: string): string {
  let label = piece.replace(/^[（(]/, '').replace(ITEM_CUE, '');
  label = label.replace(/^(?:共|累计|全年)?(?:主动)?(?:制定并发布|发布|公开|更新|推送|刊发|上传)(?:了)?/, '');
  label = label.replace(/(?:共计|共|合计|总计|为|达|计|有|各)$/, '').replace(/(?:发布|公开)$/, '');
  for (let previous = ''; previous !== label; ) {
    previous = label;
    label = label.replace(/的?(?:政府|政务)?信息$/, '').replace(/类的?$/, '');
  }
  return label;
}

/** A channel as its label: 通过信函申请 → 信函, 当面申请 → 当面. */
export function cleanChannelLabel(piece: string): string {
  return piece
    .replace(/^(?:其中|包括)[：，、]?/, '')
    .replace(/^(?:通过|以|经)/, '')
    .replace(/(?:方式)?(?:提交|提出)?(?:的)?(?:申请)?(?:共计|共|各)?$/, '')
    .replace(/(?:办理|受理|处理)$/, '')
    .replace(/(?:等|共)$/, '');
}

/** A way of applying as printed, without the generic words after it: 网上申请系统 → 网上. */
export function applicationChannelLabel(label: string): string {
  return label.replace(/(?:申请)?(?:系统|平台|渠道|途径)$/, '');
}

/**
 * Template-2019 reports count 规章 and 规范性文件 newly published in table 2; a prose list of what
 * was proactively disclosed that names them states those cells.
 */
export const TEMPLATE2019_ITEMS: readonly { label: RegExp; metric: string }[] = [
  { label: /^规章$/, metric: 'active.rules.published' },
  { label: /^(?:行政)?规范性(?:文件|档案)$/, metric: 'active.normative.published' },
];
