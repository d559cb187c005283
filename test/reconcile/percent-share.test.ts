import { describe, expect, it } from 'vitest';
import { percentShare, shareTriples } from '../../pipeline/07-reconcile/steps/percent-share.js';
import { ReportBuilder, extractedDoc, section } from '../support/facts.js';

/** Seed 004's category list: 120 items, seven categories with counts and rounded shares. */
const SEED_004 =
  '2014年主动公开的政府信息120条，历年累计主动公开的政府信息573条。主动公开的信息中，机构职能类信息18条，占15%；政策、规范性文件类信息19条，占15.83%；规划计划类信息24条，占20%；行政许可类信息4条，占3.33%；重大建设项目、为民办实事类信息2条，占1.67%；科教文体卫生类信息39条，占32.5%。';

function seed004(shareOf19 = '占15.83%'): ReportBuilder {
  const report = new ReportBuilder(shareOf19 === '占15.83%' ? SEED_004 : SEED_004.replace('占15.83%', shareOf19));
  report.fact('active.total', '2014年主动公开的政府信息120条');
  const rows: [string, string, string][] = [
    ['机构职能', '机构职能类信息18条', '占15%'],
    ['政策、规范性文件', '政策、规范性文件类信息19条', shareOf19],
    ['规划计划', '规划计划类信息24条', '占20%'],
    ['行政许可', '行政许可类信息4条', '占3.33%'],
    ['重大建设项目、为民办实事', '重大建设项目、为民办实事类信息2条', '占1.67%'],
    ['科教文体卫生', '科教文体卫生类信息39条', '占32.5%'],
  ];
  for (const [label, count, share] of rows) {
    report.fact('active.category', count, { label });
    report.fact('active.category_share', share, { label });
  }
  return report;
}

const run = (report: ReportBuilder, sections = [section(0, '二、主动公开', 'active', 0, report.text.length, 2)]) =>
  percentShare.run({ doc: extractedDoc(report.text, report.facts, { sections }), facts: report.facts, conflicts: [] });

describe('percent-share', () => {
  it('seed 004: rounded shares (15% and 15.83% of 120, 1.67%, 32.5%) all agree and are marked as passed', () => {
    const { conflicts, facts } = run(seed004());
    expect(conflicts).toEqual([]);
    expect(facts.filter((f) => f.metric === 'active.category_share').every((f) => f.features.checkPassed)).toBe(true);
  });

  it('a share off beyond rounding is a percent_mismatch naming the count, the total and the quotient', () => {
    const { conflicts } = run(seed004('占17.83%'));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'percent_mismatch',
      severity: 'warning',
      metrics: ['active.category_share', 'active.category', 'active.total'],
      observed: { low: 17.825, high: 17.835 },
      ruleId: 'percent_mismatch/share-vs-count',
    });
    expect(conflicts[0].message).toBe('政策、规范性文件类占比写作 17.83%，但 19 条 / 120 条 = 15.833%');
  });

  it('divides by the total before the list in the same part, not by the cumulative figure or a later total', () => {
    const report = seed004();
    report.fact('active.cumulative', '历年累计主动公开的政府信息573条');
    const triples = shareTriples(report.facts, [section(0, '二、主动公开', 'active', 0, report.text.length, 2)]);
    expect(new Set(triples.map((t) => t.total.value))).toEqual(new Set([120]));
  });

  it('without a count of the same label there is nothing to check', () => {
    const report = new ReportBuilder('主动公开信息120条，机构职能类占15%。');
    report.fact('active.total', '主动公开信息120条');
    report.fact('active.category_share', '机构职能类占15%', { label: '机构职能' });
    expect(run(report).conflicts).toEqual([]);
  });

  it('two totals that disagree in other parts leave the share unchecked rather than guessed', () => {
    const text = '一、概述。主动公开信息100条。二、情况。主动公开信息120条。三、分类。机构职能类信息18条，占15%。';
    const report = new ReportBuilder(text);
    report.fact('active.total', '主动公开信息100条');
    report.fact('active.total', '主动公开信息120条');
    report.fact('active.category', '机构职能类信息18条', { label: '机构职能' });
    report.fact('active.category_share', '占15%', { label: '机构职能' });
    const at = (s: string) => text.indexOf(s);
    const sections = [
      section(0, '一、概述', 'overview', 0, at('二、'), 1),
      section(1, '二、情况', 'active', at('二、'), at('三、'), 2),
      section(2, '三、分类', 'active', at('三、'), text.length, 3),
    ];
    expect(shareTriples(report.facts, sections)).toEqual([]);
  });
});
