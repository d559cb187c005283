import { describe, expect, it } from 'vitest';
import { tableBalance, tableCopies } from '../../pipeline/07-reconcile/steps/table-balance.js';
import { ReportBuilder, extractedDoc } from '../support/facts.js';
import { seed002Values } from '../support/tables.js';

function seed002Report(copies = 1): ReportBuilder {
  const report = new ReportBuilder('');
  for (let index = 0; index < copies; index++) {
    let cell = 0;
    for (const [metric, value] of seed002Values()) report.cell(metric, value, { index, row: Math.floor(cell / 7), col: cell++ % 7 });
  }
  return report;
}

const run = (report: ReportBuilder) => tableBalance.run({ doc: extractedDoc(report.text, report.facts), facts: report.facts, conflicts: [] });

describe('table-balance', () => {
  it('seed 002: three table_balance conflicts, errors, with the failing numbers in the messages', () => {
    const { conflicts } = run(seed002Report());
    expect(conflicts.map((c) => c.ruleId)).toEqual([
      'table_balance/table3/column-balance/natural',
      'table_balance/table3/row-total/handled',
      'table_balance/table3/handled-sum/total',
    ]);
    expect(conflicts.every((c) => c.kind === 'table_balance' && c.severity === 'error' && c.source === 'table-balance')).toBe(true);
    expect(conflicts.map((c) => c.message)).toEqual([
      '自然人列：一 + 二 为 0 + 0 = 0，但 三（七） + 四 为 136 + 0 = 136',
      '（七）总计行：总计列 为 0，但 各申请人列之和 为 136 + 0 + 0 + 0 + 0 + 0 = 136',
      '总计列：三（七）总计 为 0，但 （一）至（六）之和 为 136 + 0 + 0 + 0 + 0 + 0 = 136',
    ]);
    expect(conflicts[0].metrics).toEqual(['apply.new.natural', 'apply.carried_in.natural', 'apply.handled.natural', 'apply.carried_out.natural']);
    expect(conflicts[0]).toMatchObject({ expected: { low: 0, high: 0 }, observed: { low: 136, high: 136 } });
  });

  it('marks the cells of identities that hold as passed; a cell in a failed one is also named by its conflict', () => {
    const { facts, conflicts } = run(seed002Report());
    const byMetric = new Map(facts.map((f) => [f.metric, f]));
    expect(byMetric.get('appeal.suit_direct.total')!.features.checkPassed).toBe(true);
    // 三（七）总计 of the total column holds in 一 + 二 = 三（七） + 四 (0 + 0 = 0 + 0) and fails the other two.
    const handledTotal = byMetric.get('apply.handled.total')!;
    expect(handledTotal.features.checkPassed).toBe(true);
    expect(conflicts.filter((c) => c.facts.includes(handledTotal.id))).toHaveLength(2);
  });

  it('cells of identities that cannot be checked (四 cut off) stay unmarked and raise nothing', () => {
    const kept = seed002Report().facts.filter((f) => ['apply.new.natural', 'apply.carried_in.natural', 'apply.handled.natural'].includes(f.metric!));
    const { facts, conflicts } = tableBalance.run({ doc: extractedDoc('', kept), facts: kept, conflicts: [] });
    expect(conflicts).toEqual([]);
    expect(facts.every((f) => f.features.checkPassed === undefined)).toBe(true);
  });

  it('a table printed twice is checked copy by copy, and the same failures are reported once', () => {
    const report = seed002Report(2);
    expect(tableCopies(report.facts)).toHaveLength(2);
    expect(run(report).conflicts).toHaveLength(3);
  });

  it('prose facts and derived values do not take part', () => {
    const report = new ReportBuilder('全年受理政府信息公开申请62件。');
    report.fact('apply.new.total', '受理政府信息公开申请62件');
    expect(tableCopies(report.facts)).toEqual([]);
  });
});
