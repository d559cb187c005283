import type { LabelRule } from './labels.js';

/**
 * Row labels of template table 3 (收到和处理政府信息公开申请情况), matched by meaning on text with
 * whitespace removed. `row` is the catalog row (`apply.<row>.<column>`); a `group` row is a
 * heading the template prints without figures of its own (（三）不予公开). Numbering is optional
 * (OCR output and invented mini-table headers drop it) except where the words alone are ambiguous
 * (（七）总计 against the 总计 column, 3.其他 against the 其他 column).
 */
export interface ApplyRowRule extends LabelRule {
  row: string;
  group?: boolean;
}

export const APPLY_ROW_RULES: readonly ApplyRowRule[] = [
  { id: 'apply.new/本年新收申请数量', row: 'new', pattern: '(?:一[、.．])?本年新收(?:政府信息公开)?申请(?:数量|数|件数)?', example: '一、本年新收政府信息公开申请数量640020470' },
  { id: 'apply.carried_in/上年结转申请数量', row: 'carried_in', pattern: '(?:二[、.．])?上年结转(?:政府信息公开)?申请(?:数量|数|件数)?', example: '二、上年结转政府信息公开申请数量0000000' },
  { id: 'apply.group/本年度办理结果', row: 'results', group: true, pattern: '(?:三[、.．])?本年度办理结果', example: '三、本年度办理结果（四）无法提供1.本机关不掌握相关政府信息' },
  { id: 'apply.disclosed/予以公开', row: 'disclosed', pattern: '(?:[（(]一[）)])?予以公开', example: '（一）予以公开270020130' },
  { id: 'apply.partial/部分公开', row: 'partial', pattern: '(?:[（(]二[）)])?部分公开', example: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）500000 5' },
  { id: 'apply.group/不予公开', row: 'withheld', group: true, pattern: '(?:[（(]三[）)])?不予公开', example: '（三）不予公开1.属于国家秘密0000000' },
  { id: 'apply.withheld.state_secret/属于国家秘密', row: 'withheld.state_secret', pattern: '(?:1[.．、])?属于国家秘密', example: '1.属于国家秘密 2 0 0 0 0 0 2' },
  { id: 'apply.withheld.law_prohibited/法律行政法规禁止公开', row: 'withheld.law_prohibited', pattern: '(?:2[.．、])?其他法律行政法规禁止公开', example: '2.其他法律行政法规禁止公开 30 1 0 0 0 0 31' },
  { id: 'apply.withheld.three_security/危及三安全一稳定', row: 'withheld.three_security', pattern: '(?:3[.．、])?危及[“”"]?三安全一稳定[“”"]?', example: '3.危及“三安全一稳定” 5 0 0 0 0 0 5' },
  { id: 'apply.withheld.third_party/保护第三方合法权益', row: 'withheld.third_party', pattern: '(?:4[.．、])?保护第三方合法权益', example: '4.保护第三方合法权益 6 0 0 0 0 0 6' },
  { id: 'apply.withheld.internal/三类内部事务信息', row: 'withheld.internal', pattern: '(?:5[.．、])?属于三类内部事务信息', example: '5.属于三类内部事务信息1000001' },
  { id: 'apply.withheld.process/四类过程性信息', row: 'withheld.process', pattern: '(?:6[.．、])?属于四类过程性信息', example: '6.属于四类过程性信息 12 0 0 0 0 0 12' },
  { id: 'apply.withheld.enforcement/行政执法案卷', row: 'withheld.enforcement', pattern: '(?:7[.．、])?属于行政执法案卷', example: '7.属于行政执法案卷6000006' },
  { id: 'apply.withheld.query/行政查询事项', row: 'withheld.query', pattern: '(?:8[.．、])?属于行政查询事项', example: '8.属于行政查询事项 105 0 0 0 0 0 105' },
  { id: 'apply.group/无法提供', row: 'unable', group: true, pattern: '(?:[（(]四[）)])?无法提供', example: '（四）无法提供1.本机关不掌握相关政府信息' },
  { id: 'apply.unable.not_held/本机关不掌握', row: 'unable.not_held', pattern: '(?:1[.．、])?本机关不掌握(?:相关)?(?:的)?政府信息', example: '1.本机关不掌握相关政府信息220000325' },
  { id: 'apply.unable.needs_creation/需要另行制作', row: 'unable.needs_creation', pattern: '(?:2[.．、])?没有现成信息(?:需要)?另行制作', example: '2.没有现成信息需要另行制作0000000' },
  { id: 'apply.unable.unclear/补正后仍不明确', row: 'unable.unclear', pattern: '(?:3[.．、])?补正后申请内容仍不明确', example: '3.补正后申请内容仍不明确5000005' },
  { id: 'apply.group/不予处理', row: 'rejected', group: true, pattern: '(?:[（(]五[）)])?不予处理', example: '（五）不予处理1.信访举报投诉类申请0000000' },
  { id: 'apply.rejected.petition/信访举报投诉类', row: 'rejected.petition', pattern: '(?:1[.．、])?信访举报投诉类申请', example: '1.信访举报投诉类申请2000002' },
  { id: 'apply.rejected.repeat/重复申请', row: 'rejected.repeat', pattern: '(?:2[.．、])?重复申请', example: '2.重复申请3000003' },
  { id: 'apply.rejected.publication/公开出版物', row: 'rejected.publication', pattern: '(?:3[.．、])?要求提供公开出版物', example: '3.要求提供公开出版物0000000' },
  { id: 'apply.rejected.bulk/大量反复申请', row: 'rejected.bulk', pattern: '(?:4[.．、])?无正当理由大量反复申请', example: '4.无正当理由大量反复申请0000000' },
  { id: 'apply.rejected.confirm/确认或重新出具', row: 'rejected.confirm', pattern: '(?:5[.．、])?要求行政机关确认或重新出具已获取信息', example: '5.要求行政机关确认或重新出具已获取信息0000000' },
  { id: 'apply.other_handling/（六）其他处理', row: 'other_handling', pattern: '[（(]六[）)]其他(?:处理)?', example: '（六）其他处理0 0 0 0 0 00' },
  {
    id: 'apply.other_handling.no_correction/逾期不补正',
    row: 'other_handling.no_correction',
    pattern: '(?:1[.．、])?申请人无正当理由逾期不补正(?:[、，,]?行政机关不再处理其政府信息公开申请)?',
    example: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 8000008',
  },
  {
    id: 'apply.other_handling.no_fee/逾期未缴纳费用',
    row: 'other_handling.no_fee',
    pattern: '(?:2[.．、])?(?:申请人逾期未按收费通知要求)?缴纳费用(?:[、，,]?行政机关不再处理其政府信息公开申请)?',
    example: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 2000002',
  },
  { id: 'apply.other_handling.misc/3.其他', row: 'other_handling.misc', pattern: '3[.．、]其他(?!处理|法律|对外|结果)', example: '3.其他1000001（七）总计14710000148' },
  { id: 'apply.handled/（七）总计', row: 'handled', pattern: '[（(]七[）)]总计', example: '（七）总计630020469' },
  { id: 'apply.carried_out/结转下年度继续办理', row: 'carried_out', pattern: '(?:四[、.．])?结转下年度(?:继续办理)?', example: '四、结转下年度继续办理1000001' },
];

/** Labels whose rows only the 2021 template has: three sub-rows of （六）其他处理. */
export const APPLY_ROWS_2021_ONLY = new Set(['other_handling.no_correction', 'other_handling.no_fee', 'other_handling.misc']);
