import { describe, expect, it } from 'vitest';
import { brief, expectTraceable, processed } from '../support/reports.js';

/** Rows of template table 3 (2021), label and the seven applicant columns, 自然人 … 总计. */
type Row = [string, number[]];

const ZERO = [0, 0, 0, 0, 0, 0, 0];

function table3(carriedOut: number[]): Row[] {
  return [
    ['一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 0, 6]],
    ['二、上年结转政府信息公开申请数量', ZERO],
    ['三、本年度办理结果 | （一）予以公开', [3, 1, 0, 0, 0, 0, 4]],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 0, 0, 0, 0, 0, 1]],
    ['（三）不予公开 | 1.属于国家秘密', ZERO],
    ['2.其他法律行政法规禁止公开', ZERO],
    ['3.危及“三安全一稳定”', ZERO],
    ['4.保护第三方合法权益', ZERO],
    ['5.属于三类内部事务信息', ZERO],
    ['6.属于四类过程性信息', ZERO],
    ['7.属于行政执法案卷', ZERO],
    ['8.属于行政查询事项', ZERO],
    ['（四）无法提供 | 1.本机关不掌握相关政府信息', [1, 0, 0, 0, 0, 0, 1]],
    ['2.没有现成信息需要另行制作', ZERO],
    ['3.补正后申请内容仍不明确', ZERO],
    ['（五）不予处理 | 1.信访举报投诉类申请', ZERO],
    ['2.重复申请', ZERO],
    ['3.要求提供公开出版物', ZERO],
    ['4.无正当理由大量反复申请', ZERO],
    ['5.要求行政机关确认或重新出具已获取信息', ZERO],
    ['（六）其他处理', ZERO],
    ['（七）总计', [5, 1, 0, 0, 0, 0, 6]],
    ['四、结转下年度继续办理', carriedOut],
  ];
}

/** A template-2021 report whose table 3 is printed as pipe rows, one per line. */
function templateReport(overview: string, rows: Row[]): string {
  return [
    '某某区司法局2022年政府信息公开工作年度报告',
    '一、总体情况',
    overview,
    '二、主动公开政府信息情况',
    '全年主动公开政府信息86条。',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
    '自然人 | 法人或其他组织 | 总计 |',
    '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    ...rows.map(([label, values]) => `${label} | ${values.join(' | ')} |`),
    '四、政府信息公开行政复议、行政诉讼情况',
    '全年未发生政府信息公开行政复议、行政诉讼。',
    '五、存在的主要问题及改进情况',
    '公开的主动性还需加强。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
}

const AGREEING = '2022年，我局共收到政府信息公开申请6件，均已按时答复。';

describe('hand-made reports: template table 3', () => {
  it('table_balance: 一 + 二 = 6 but 三（七） + 四 = 7, once per failing column (自然人 and 总计)', () => {
    const doc = processed(templateReport(AGREEING, table3([1, 0, 0, 0, 0, 0, 1])));
    expect(brief(doc)).toEqual([
      {
        kind: 'table_balance',
        severity: 'error',
        metrics: ['apply.new.natural', 'apply.carried_in.natural', 'apply.handled.natural', 'apply.carried_out.natural'],
        message: '自然人列：一 + 二 为 5 + 0 = 5，但 三（七） + 四 为 5 + 1 = 6',
      },
      {
        kind: 'table_balance',
        severity: 'error',
        metrics: ['apply.new.total', 'apply.carried_in.total', 'apply.handled.total', 'apply.carried_out.total'],
        message: '总计列：一 + 二 为 6 + 0 = 6，但 三（七） + 四 为 6 + 1 = 7',
      },
    ]);
    expectTraceable(doc);
  });

  it('table_balance near miss: a balanced table, and prose that states its figures, raise nothing', () => {
    const doc = processed(templateReport(AGREEING, table3(ZERO)));
    expect(doc.conflicts).toEqual([]);
    const received = doc.facts.filter((f) => f.metric === 'apply.new.total');
    expect(received).toHaveLength(1);
    expect(received[0].mentions).toHaveLength(1);
  });

  it('multi_value: prose 8 received, 7 of them 自然人, against table cells 6 and 5 (as peer 沭阳) — the table is kept', () => {
    const doc = processed(templateReport('2022年，我局共收到政府信息公开申请8件，其中自然人申请7件，法人或其他组织申请1件。', table3(ZERO)));
    expect(brief(doc)).toEqual([
      {
        kind: 'multi_value',
        severity: 'warning',
        metrics: ['apply.new.total'],
        message: '一、本年新收申请 前后不一：6 件（表格“一、本年新收政府信息公开申请数量”行“总计”列），又作 8 件（“收到政府信息公开申请8件”）；采用 6 件，因其出自统计表格，通过了勾稽校验',
      },
      {
        kind: 'multi_value',
        severity: 'warning',
        metrics: ['apply.new.natural'],
        message: '一、本年新收申请（自然人） 前后不一：5 件（表格“一、本年新收政府信息公开申请数量”行“自然人”列），又作 7 件（“其中自然人申请7件”）；采用 5 件，因其出自统计表格，通过了勾稽校验',
      },
    ]);
    expectTraceable(doc);
  });
});
