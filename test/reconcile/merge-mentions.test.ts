import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../pipeline/07-reconcile/steps/merge-mentions.js';
import type { Conflict, Paragraph } from '../../schemas/types.js';
import { ReportBuilder, extractedDoc } from '../support/facts.js';

/** Paragraphs split at newlines, as the segment stage would give them. */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ index: out.length, start, end: start + line.length, sentences: [] });
    start += line.length + 1;
  }
  return out;
}

function run(report: ReportBuilder, conflicts: Conflict[] = []) {
  const doc = { ...extractedDoc(report.text, report.facts), paragraphs: paragraphs(report.text) };
  return mergeMentions.run({ doc, facts: report.facts, conflicts });
}

describe('merge-mentions', () => {
  it('merges agreeing mentions into one fact with every position (486 in parts 一 and 二)', () => {
    const report = new ReportBuilder('教育局主动公开各类信息486条。\n全年主动公开教育局信息486条。');
    report.fact('active.total', '主动公开各类信息486条');
    report.fact('active.total', '主动公开教育局信息486条');
    const { facts, conflicts } = run(report);
    expect(conflicts).toEqual([]);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ id: 'f1', mentions: [{ start: report.facts[1].start, end: report.facts[1].end }], features: { mentions: 2 } });
  });

  it('hr006: 20 and 16 items via the same website column in two parts is a multi_value naming both and why', () => {
    const report = new ReportBuilder('2022年,我局通过示范区管委会网站审计信息栏目公开信息20条。\n本单位无部门网站。全年通过审计信息专栏公开政府信息16条。');
    report.fact('active.channel.website', '通过示范区管委会网站审计信息栏目公开信息20条');
    report.fact('active.channel.website', '通过审计信息专栏公开政府信息16条', { extractorKind: 'keyword' });
    const { facts, conflicts } = run(report);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'multi_value', severity: 'warning', metrics: ['active.channel.website'], facts: ['f1', 'f2'], observed: { low: 16, high: 20 } });
    expect(conflicts[0].message).toBe(
      '政府网站公开 前后不一：20 条（“通过示范区管委会网站审计信息栏目公开信息20条”），又作 16 条（“通过审计信息专栏公开政府信息16条”）；采用 20 条，因其由专门规则读出',
    );
    expect(facts.find((f) => f.id === 'f2')).toMatchObject({ supersededBy: 'f1', features: { multiValue: true } });
  });

  it('沭阳: the table cell beats the prose sentence, and the conflict says so', () => {
    const report = new ReportBuilder('全县全年共受理政府信息公开申请 749 件。\n一、本年新收政府信息公开申请数量\t705\t8\t713');
    report.fact('apply.new.total', '受理政府信息公开申请 749 件');
    report.fact('apply.new.total', '713', { table: { index: 0, row: 0, col: 7 } });
    const { conflicts } = run(report);
    expect(conflicts[0].facts).toEqual(['f2', 'f1']);
    expect(conflicts[0].message).toMatch(/采用 713 件，因其出自统计表格/);
  });

  it('approximate figures conflict only when no values in their ranges agree: 1000余 and 1050 merge, 1000余 and 1200 do not', () => {
    const agree = new ReportBuilder('主动公开信息1000余条。\n主动公开信息1050条。');
    agree.fact('active.total', '主动公开信息1000余条');
    agree.fact('active.total', '主动公开信息1050条');
    expect(run(agree).conflicts).toEqual([]);
    const disagree = new ReportBuilder('主动公开信息1000余条。\n主动公开信息1200条。');
    disagree.fact('active.total', '主动公开信息1000余条');
    disagree.fact('active.total', '主动公开信息1200条');
    expect(run(disagree).conflicts.map((c) => c.kind)).toEqual(['multi_value']);
  });

  it('two values in one paragraph are a breakdown or a cumulative misread, set aside without a conflict (2069 = 1592 + 477)', () => {
    const report = new ReportBuilder('2018年全区主动公开政府信息2069条。其中，区直各部门主动公开政府信息1592条，各乡镇主动公开政府信息477条。');
    report.fact('active.total', '主动公开政府信息2069条');
    report.fact('active.total', '主动公开政府信息1592条');
    report.fact('active.total', '主动公开政府信息477条');
    const { facts, conflicts } = run(report);
    expect(conflicts).toEqual([]);
    expect(facts.filter((f) => !f.supersededBy).map((f) => f.value)).toEqual([2069]);
    expect(facts.filter((f) => f.supersededBy === 'f1')).toHaveLength(2);
  });

  it('points conflicts of earlier steps at the fact a merged mention became, and carries its passed check', () => {
    const report = new ReportBuilder('主动公开信息486条。\n全年主动公开信息486条。');
    report.fact('active.total', '主动公开信息486条', { table: { index: 0, row: 1, col: 1 } });
    const second = report.fact('active.total', '全年主动公开信息486条', { extractorKind: 'keyword' });
    second.features.checkPassed = true;
    const earlier: Conflict = { kind: 'sum_mismatch', severity: 'warning', metrics: ['active.total'], facts: ['f2'], message: 'x', source: 'parts-total', ruleId: 'r' };
    const { facts, conflicts } = run(report, [earlier]);
    expect(facts).toHaveLength(1);
    expect(facts[0].features.checkPassed).toBe(true);
    expect(conflicts[0].facts).toEqual(['f1']);
  });

  it('labels are compared without 类/信息 and punctuation: 机构职能类 and 机构职能 are one category', () => {
    const report = new ReportBuilder('机构职能类信息18条。\n机构职能信息18条。');
    report.fact('active.category', '机构职能类信息18条', { label: '机构职能类' });
    report.fact('active.category', '机构职能信息18条', { label: '机构职能' });
    expect(run(report).facts).toHaveLength(1);
  });
});
