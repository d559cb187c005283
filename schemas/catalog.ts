/**
 * The project's typed copy of the metric catalog (../shared/spec/metrics.json, version 1).
 * test/catalog.test.ts checks that it covers every ID, unit, section label, approximation kind
 * and conflict kind of the shared file, so the two cannot drift apart silently.
 */

export const UNITS = ['count', 'yuan', 'percent'] as const;
export type Unit = (typeof UNITS)[number];

export const APPROX_KINDS = ['exact', 'at_least', 'about', 'at_most'] as const;
export type Approx = (typeof APPROX_KINDS)[number];

export const SECTION_LABELS = [
  'preamble', 'overview', 'organization', 'active', 'response',
  'application', 'fees', 'appeal', 'problems', 'other',
] as const;
export type SectionLabel = (typeof SECTION_LABELS)[number];

/** Parts of a report where each metric family is stated, the part that reports it most directly first. */
export const EXPECTED_PARTS: Readonly<Record<string, readonly SectionLabel[]>> = {
  active: ['active', 'overview'],
  apply: ['application', 'overview'],
  appeal: ['appeal', 'overview', 'application'],
  response: ['response', 'overview', 'active'],
  complaints: ['response', 'overview', 'active'],
  platform: ['active', 'overview'],
  org: ['organization', 'overview'],
  fees: ['fees', 'application', 'overview'],
  report: ['preamble', 'overview'],
};

/** The part of a report that states a metric most directly (主动公开政府信息情况 for active.total). */
export function reportingPart(metric: string): SectionLabel | undefined {
  return EXPECTED_PARTS[metric.split('.')[0]]?.[0];
}

export const CONFLICT_KINDS = [
  'sum_mismatch', 'parts_exceed_total', 'percent_mismatch', 'multi_value',
  'count_mismatch', 'table_balance', 'cross_year', 'structure',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const REPORT_FORMATS = ['prose', 'template2019', 'template2021', 'mixed'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_KINDS = ['annual_report', 'work_summary'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface MetricDef {
  id: string;
  unit: Unit;
  /** What the figure means, in the words of the shared catalog. */
  zh: string;
  /** The fact also carries a free label (the category of active.category, the channel of apply.by_channel). */
  labeled?: boolean;
  /** Official template(s) whose table has this cell. */
  templates?: string[];
}

/** Metrics outside the applicant-by-outcome grid of template table 3. */
const BASE_METRICS: MetricDef[] = [
  { id: 'active.total', unit: 'count', zh: '本年主动公开政府信息总数' },
  { id: 'active.cumulative', unit: 'count', zh: '历年累计主动公开政府信息数' },
  { id: 'active.fulltext_rate', unit: 'percent', zh: '全文电子化率' },
  { id: 'active.channel.website', unit: 'count', zh: '政府网站/门户网站公开' },
  { id: 'active.channel.platform', unit: 'count', zh: '政务公开网/信息公开平台公开' },
  { id: 'active.channel.gazette', unit: 'count', zh: '政府公报公开' },
  { id: 'active.channel.weibo', unit: 'count', zh: '政务微博发布' },
  { id: 'active.channel.wechat', unit: 'count', zh: '政务微信/公众号发布' },
  { id: 'active.channel.media', unit: 'count', zh: '报刊、广播、电视等媒体公开' },
  { id: 'active.channel.other', unit: 'count', zh: '其他形式公开' },
  { id: 'active.category', unit: 'count', zh: '按类别的主动公开数（label = 类别名）', labeled: true },
  { id: 'active.category_share', unit: 'percent', zh: '某类别占主动公开总数的比例（label = 类别名）', labeled: true },
  { id: 'active.category_count', unit: 'count', zh: '文中声明的类别数（如“9大类”）' },
  { id: 'active.rules.made', unit: 'count', zh: '规章 本年新制作数量', templates: ['2019'] },
  { id: 'active.rules.published', unit: 'count', zh: '规章 本年新公开数量', templates: ['2019'] },
  { id: 'active.rules.total', unit: 'count', zh: '规章 对外公开总数量', templates: ['2019'] },
  { id: 'active.normative.made', unit: 'count', zh: '规范性文件 本年新制作数量', templates: ['2019'] },
  { id: 'active.normative.published', unit: 'count', zh: '规范性文件 本年新公开数量', templates: ['2019'] },
  { id: 'active.normative.total', unit: 'count', zh: '规范性文件 对外公开总数量', templates: ['2019'] },
  { id: 'active.licensing.prev_items', unit: 'count', zh: '行政许可 上一年项目数量', templates: ['2019'] },
  { id: 'active.licensing.change', unit: 'count', zh: '行政许可 本年增/减（可为负）', templates: ['2019'] },
  { id: 'active.licensing.decisions', unit: 'count', zh: '行政许可 处理决定数量 / 本年处理决定数量', templates: ['2019', '2021'] },
  { id: 'active.services.prev_items', unit: 'count', zh: '其他对外管理服务事项 上一年项目数量', templates: ['2019'] },
  { id: 'active.services.change', unit: 'count', zh: '其他对外管理服务事项 本年增/减（可为负）', templates: ['2019'] },
  { id: 'active.services.decisions', unit: 'count', zh: '其他对外管理服务事项 处理决定数量 / 本年处理决定数量', templates: ['2019', '2021'] },
  { id: 'active.penalty.prev_items', unit: 'count', zh: '行政处罚 上一年项目数量', templates: ['2019'] },
  { id: 'active.penalty.change', unit: 'count', zh: '行政处罚 本年增/减（可为负）', templates: ['2019'] },
  { id: 'active.penalty.decisions', unit: 'count', zh: '行政处罚 处理决定数量 / 本年处理决定数量', templates: ['2019', '2021'] },
  { id: 'active.coercion.prev_items', unit: 'count', zh: '行政强制 上一年项目数量', templates: ['2019'] },
  { id: 'active.coercion.change', unit: 'count', zh: '行政强制 本年增/减（可为负）', templates: ['2019'] },
  { id: 'active.coercion.decisions', unit: 'count', zh: '行政强制 处理决定数量 / 本年处理决定数量', templates: ['2019', '2021'] },
  { id: 'active.fees.prev_items', unit: 'count', zh: '行政事业性收费 上一年项目数量', templates: ['2019'] },
  { id: 'active.fees.change', unit: 'count', zh: '行政事业性收费 本年增/减', templates: ['2019'] },
  { id: 'active.procurement.projects', unit: 'count', zh: '政府集中采购 采购项目数量', templates: ['2019'] },
  { id: 'active.procurement.amount', unit: 'yuan', zh: '政府集中采购 采购总金额（万元 → 元）', templates: ['2019'] },
  { id: 'active.rules.issued', unit: 'count', zh: '规章 本年制发件数', templates: ['2021'] },
  { id: 'active.rules.repealed', unit: 'count', zh: '规章 本年废止件数', templates: ['2021'] },
  { id: 'active.rules.in_force', unit: 'count', zh: '规章 现行有效件数', templates: ['2021'] },
  { id: 'active.normative.issued', unit: 'count', zh: '行政规范性文件 本年制发件数', templates: ['2021'] },
  { id: 'active.normative.repealed', unit: 'count', zh: '行政规范性文件 本年废止件数', templates: ['2021'] },
  { id: 'active.normative.in_force', unit: 'count', zh: '行政规范性文件 现行有效件数', templates: ['2021'] },
  { id: 'active.fees.amount', unit: 'yuan', zh: '行政事业性收费 本年收费金额（万元 → 元）', templates: ['2021'] },
  { id: 'apply.by_channel', unit: 'count', zh: '按申请方式的申请数（当面/网络/信函/传真…；label = 方式）', labeled: true },
  { id: 'apply.consultations', unit: 'count', zh: '接受政府信息公开咨询数' },
  { id: 'appeal.review.upheld', unit: 'count', zh: '行政复议 结果维持' },
  { id: 'appeal.review.corrected', unit: 'count', zh: '行政复议 结果纠正' },
  { id: 'appeal.review.other', unit: 'count', zh: '行政复议 其他结果' },
  { id: 'appeal.review.pending', unit: 'count', zh: '行政复议 尚未审结' },
  { id: 'appeal.review.total', unit: 'count', zh: '行政复议 总计' },
  { id: 'appeal.suit_direct.upheld', unit: 'count', zh: '行政诉讼 未经复议直接起诉 结果维持' },
  { id: 'appeal.suit_direct.corrected', unit: 'count', zh: '行政诉讼 未经复议直接起诉 结果纠正' },
  { id: 'appeal.suit_direct.other', unit: 'count', zh: '行政诉讼 未经复议直接起诉 其他结果' },
  { id: 'appeal.suit_direct.pending', unit: 'count', zh: '行政诉讼 未经复议直接起诉 尚未审结' },
  { id: 'appeal.suit_direct.total', unit: 'count', zh: '行政诉讼 未经复议直接起诉 总计' },
  { id: 'appeal.suit_after_review.upheld', unit: 'count', zh: '行政诉讼 复议后起诉 结果维持' },
  { id: 'appeal.suit_after_review.corrected', unit: 'count', zh: '行政诉讼 复议后起诉 结果纠正' },
  { id: 'appeal.suit_after_review.other', unit: 'count', zh: '行政诉讼 复议后起诉 其他结果' },
  { id: 'appeal.suit_after_review.pending', unit: 'count', zh: '行政诉讼 复议后起诉 尚未审结' },
  { id: 'appeal.suit_after_review.total', unit: 'count', zh: '行政诉讼 复议后起诉 总计' },
  { id: 'appeal.suit.total', unit: 'count', zh: '行政诉讼总数（文中未区分是否经复议时）' },
  { id: 'appeal.complaints.total', unit: 'count', zh: '针对政府信息公开工作的投诉、举报、申诉数' },
  { id: 'fees.collected', unit: 'yuan', zh: '收取的政府信息公开费用（检索、复制、邮寄等）' },
  { id: 'fees.waived', unit: 'yuan', zh: '减免的费用' },
  { id: 'response.interpretations', unit: 'count', zh: '政策解读（篇/次/场）' },
  { id: 'response.hot_topics', unit: 'count', zh: '回应公众关注热点或重大舆情（次）' },
  { id: 'response.press_conferences', unit: 'count', zh: '新闻发布会（场/次）' },
  { id: 'complaints.total', unit: 'count', zh: '受理群众诉求/来信来电总数（非信息公开申请）' },
  { id: 'complaints.by_channel', unit: 'count', zh: '按渠道的群众诉求数（label = 渠道）', labeled: true },
  { id: 'platform.visits', unit: 'count', zh: '网站/平台访问量' },
  { id: 'org.units', unit: 'count', zh: '政府信息公开工作专门机构数' },
  { id: 'org.staff.total', unit: 'count', zh: '从事政府信息公开工作的人员数' },
  { id: 'org.staff.full_time', unit: 'count', zh: '专职人员数' },
  { id: 'org.staff.part_time', unit: 'count', zh: '兼职人员数' },
  { id: 'org.meetings', unit: 'count', zh: '召开政府信息公开工作会议或专题会议（次）' },
  { id: 'org.trainings', unit: 'count', zh: '举办培训（次/期）' },
  { id: 'org.trainees', unit: 'count', zh: '培训人数（人/人次）' },
  { id: 'org.budget', unit: 'yuan', zh: '政府信息公开工作经费' },
  { id: 'report.parts_declared', unit: 'count', zh: '文中声明的报告组成部分数（如“由…等七部分组成”）' },
];

/** Columns of template table 3: who applied. */
export const APPLICANT_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other_org', 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
export const APPLICANT_COLUMN_ZH: Record<ApplicantColumn, string> = {
  natural: '自然人',
  business: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  other_org: '其他（法人或其他组织）',
  total: '总计',
};

/** Rows of template table 3, in template order; a dotted row is a sub-row of its prefix. */
export const APPLY_ROWS = [
  { row: 'new', zh: '一、本年新收政府信息公开申请数量' },
  { row: 'carried_in', zh: '二、上年结转政府信息公开申请数量' },
  { row: 'disclosed', zh: '三（一）予以公开' },
  { row: 'partial', zh: '三（二）部分公开' },
  { row: 'withheld', zh: '三（三）不予公开 小计（模板无此行，可由分项相加或文中直接给出）' },
  { row: 'withheld.state_secret', zh: '三（三）1.属于国家秘密' },
  { row: 'withheld.law_prohibited', zh: '三（三）2.其他法律行政法规禁止公开' },
  { row: 'withheld.three_security', zh: '三（三）3.危及“三安全一稳定”' },
  { row: 'withheld.third_party', zh: '三（三）4.保护第三方合法权益' },
  { row: 'withheld.internal', zh: '三（三）5.属于三类内部事务信息' },
  { row: 'withheld.process', zh: '三（三）6.属于四类过程性信息' },
  { row: 'withheld.enforcement', zh: '三（三）7.属于行政执法案卷' },
  { row: 'withheld.query', zh: '三（三）8.属于行政查询事项' },
  { row: 'unable', zh: '三（四）无法提供 小计' },
  { row: 'unable.not_held', zh: '三（四）1.本机关不掌握相关政府信息' },
  { row: 'unable.needs_creation', zh: '三（四）2.没有现成信息需要另行制作' },
  { row: 'unable.unclear', zh: '三（四）3.补正后申请内容仍不明确' },
  { row: 'rejected', zh: '三（五）不予处理 小计' },
  { row: 'rejected.petition', zh: '三（五）1.信访举报投诉类申请' },
  { row: 'rejected.repeat', zh: '三（五）2.重复申请' },
  { row: 'rejected.publication', zh: '三（五）3.要求提供公开出版物' },
  { row: 'rejected.bulk', zh: '三（五）4.无正当理由大量反复申请' },
  { row: 'rejected.confirm', zh: '三（五）5.要求行政机关确认或重新出具已获取信息' },
  { row: 'other_handling', zh: '三（六）其他处理（2019 为一行；2021 为下列三项之和）' },
  { row: 'other_handling.no_correction', zh: '三（六）1.申请人无正当理由逾期不补正、行政机关不再处理（2021）' },
  { row: 'other_handling.no_fee', zh: '三（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理（2021）' },
  { row: 'other_handling.misc', zh: '三（六）3.其他（2021）' },
  { row: 'handled', zh: '三（七）总计' },
  { row: 'carried_out', zh: '四、结转下年度继续办理' },
] as const;
export type ApplyRow = (typeof APPLY_ROWS)[number]['row'];

const APPLY_METRICS: MetricDef[] = APPLY_ROWS.flatMap(({ row, zh }) =>
  APPLICANT_COLUMNS.map((column) => ({
    id: `apply.${row}.${column}`,
    unit: 'count' as const,
    zh: `${zh} × ${APPLICANT_COLUMN_ZH[column]}`,
  })),
);

export const METRICS: readonly MetricDef[] = Object.freeze([...BASE_METRICS, ...APPLY_METRICS]);

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function metricDef(id: string): MetricDef | undefined {
  return BY_ID.get(id);
}

/** Throws on an ID the catalog does not know: a typo in a rule table must fail loudly, not vanish. */
export function requireMetric(id: string): MetricDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown metric "${id}": add it to schemas/catalog.ts only if ../shared/spec/metrics.json has it`);
  return def;
}

export function isLabeled(id: string): boolean {
  return BY_ID.get(id)?.labeled === true;
}
