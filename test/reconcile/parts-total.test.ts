import { describe, expect, it } from 'vitest';
import { checkPartsList, listShape, partsLists, partsTotal } from '../../pipeline/07-reconcile/steps/parts-total.js';
import { ReportBuilder, extractedDoc } from '../support/facts.js';

function run(report: ReportBuilder) {
  return partsTotal.run({ doc: extractedDoc(report.text, report.facts), facts: report.facts, conflicts: [] });
}

describe('parts-total: sum_mismatch', () => {
  it('seed 000: 486 against 12 + 216 listed as 其中 … 其他形式 is a sum_mismatch with the numbers in the message', () => {
    const report = new ReportBuilder('截至2017年12月30日，教育局主动公开各类信息486条，其中利用政务公开网站公开信息12条，其他形式公开信息216条。');
    report.list('g1', ['其中', '其他'], ['active.total', '主动公开各类信息486条'], [
      ['active.channel.website', '利用政务公开网站公开信息12条'],
      ['active.channel.other', '其他形式公开信息216条'],
    ]);
    const { conflicts, facts } = run(report);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'sum_mismatch',
      severity: 'warning',
      metrics: ['active.total', 'active.channel.website', 'active.channel.other'],
      facts: ['f1', 'f2', 'f3'],
      expected: { low: 486, high: 486 },
      observed: { low: 228, high: 228 },
      source: 'parts-total',
      ruleId: 'sum_mismatch/exhaustive/remainder-part',
      start: facts[0].start,
      end: facts[0].end,
    });
    expect(conflicts[0].message).toBe('主动公开 486 条，但分项 政府网站公开 12 + 其他形式公开 216 = 228 条，少 258 条（分项以“其他”收尾，应为全部）');
    expect(facts.some((f) => f.features.checkPassed)).toBe(false);
  });

  it('the same list stated twice (seed 000 repeats it in part 二) is one conflict', () => {
    const report = new ReportBuilder('主动公开各类信息486条，其中网站公开信息12条，其他公开216条。全年主动公开各类信息486条，其中：网站公开信息12条，其他公开216条。');
    for (const group of ['g1', 'g2']) {
      report.list(group, ['其中'], ['active.total', '主动公开各类信息486条'], [
        ['active.channel.website', '网站公开信息12条'],
        ['active.channel.other', '其他公开216条'],
      ]);
    }
    expect(run(report).conflicts).toHaveLength(1);
  });

  it('peer 80576: eleven categories ending in 其他应主动公开 that fall 66 short of 2599', () => {
    const report = new ReportBuilder('共公布政府信息2599条，(其中机构职能类信息25条，政策、规范性文件类信息68条，规划计划类信息28条，行政许可类信息69条，重大建设项目信息90条，为民办实事类信息175条，民政扶贫救灾社会保障就业类信息67条，国土资源城乡建设环保能源类信息983条，科教文体卫生类信息48条，安全生产、应急管理类信息124条，其他应主动公开政府信息856条)');
    const labels = ['机构职能类信息25条', '政策、规范性文件类信息68条', '规划计划类信息28条', '行政许可类信息69条', '重大建设项目信息90条', '为民办实事类信息175条', '民政扶贫救灾社会保障就业类信息67条', '国土资源城乡建设环保能源类信息983条', '科教文体卫生类信息48条', '安全生产、应急管理类信息124条', '其他应主动公开政府信息856条'];
    report.list('g1', ['其中'], ['active.total', '共公布政府信息2599条'], labels.map((quote) => ['active.category', quote, { label: quote.replace(/类?信息\d+条$/, '') }]));
    const [conflict] = run(report).conflicts;
    expect(conflict).toMatchObject({ kind: 'sum_mismatch', expected: { low: 2599, high: 2599 }, observed: { low: 2533, high: 2533 } });
    expect(conflict.message).toContain('少 66 条');
  });
});

describe('parts-total: parts_exceed_total', () => {
  it('hr064: four channels under bare 其中 that add up to 3206 > 2406 — always a conflict, an error', () => {
    const report = new ReportBuilder('全年主动公开政府信息2406条,其中政府网站公开2073条,政务微博公开101条,政务微信公开232条,通过报刊、广播、电视等其他方式公开800条。');
    report.list('g1', ['其中'], ['active.total', '主动公开政府信息2406条'], [
      ['active.channel.website', '政府网站公开2073条'],
      ['active.channel.weibo', '政务微博公开101条'],
      ['active.channel.wechat', '政务微信公开232条'],
      ['active.channel.media', '通过报刊、广播、电视等其他方式公开800条'],
    ]);
    const [conflict] = run(report).conflicts;
    expect(conflict).toMatchObject({ kind: 'parts_exceed_total', severity: 'error', observed: { low: 3206, high: 3206 }, ruleId: 'parts_exceed_total/parts-above-total' });
    expect(conflict.message).toBe('主动公开 2406 条，但分项 政府网站公开 2073 + 政务微博发布 101 + 政务微信发布 232 + 报刊广播电视公开 800 = 3206 条，多出 800 条，分项之和不能大于总数');
  });

  it('hr074: 516 against 200余 + 473 + 265 — an approximate part still exceeds, by at least 422', () => {
    const report = new ReportBuilder('共发布各类信息516条，其中，在各级新闻媒体发布信息发布信息200余篇，微信公众号共发布文章473篇，门户网站发布信息265条。');
    report.list('g1', ['其中'], ['active.total', '共发布各类信息516条'], [
      ['active.channel.media', '在各级新闻媒体发布信息发布信息200余篇'],
      ['active.channel.wechat', '微信公众号共发布文章473篇'],
      ['active.channel.website', '门户网站发布信息265条'],
    ]);
    const [conflict] = run(report).conflicts;
    expect(conflict.kind).toBe('parts_exceed_total');
    expect(conflict.observed).toEqual({ low: 938, high: 948, highOpen: true });
    expect(conflict.message).toContain('报刊广播电视公开 200余 + 政务微信发布 473 + 政府网站公开 265 = 938余 条');
    expect(conflict.message).toContain('至少多出 422 条');
  });
});

describe('parts-total: near misses that must not be flagged', () => {
  it('seed 003: 600余 against 21 + 1 + 450 + 120余 (= 592 as printed) agrees, and the check passes', () => {
    const report = new ReportBuilder('共计600余条，其中政策法规类信息21条，规划计划类信息1条，业务工作类信息450条，其他类信息120余。');
    report.list('g1', ['其中'], ['active.total', '共计600余条'], [
      ['active.category', '政策法规类信息21条', { label: '政策法规' }],
      ['active.category', '规划计划类信息1条', { label: '规划计划' }],
      ['active.category', '业务工作类信息450条', { label: '业务工作' }],
      ['active.category', '其他类信息120余', { label: '其他' }],
    ]);
    const { conflicts, facts } = run(report);
    expect(conflicts).toEqual([]);
    expect(facts.every((f) => f.features.checkPassed === true)).toBe(true);
  });

  it('1000余 against exhaustive parts summing to 1050 agrees', () => {
    const report = new ReportBuilder('全年主动公开信息1000余条，其中网站公开800条，其他形式公开250条。');
    report.list('g1', ['其中'], ['active.total', '主动公开信息1000余条'], [
      ['active.channel.website', '网站公开800条'],
      ['active.channel.other', '其他形式公开250条'],
    ]);
    expect(run(report).conflicts).toEqual([]);
  });

  it('parts under bare 其中 that fall short are a partial list, not a conflict (hr041-like, 其中 alone)', () => {
    const report = new ReportBuilder('全年共主动公开政府信息565条,其中:发布工作信息421条;发布统计信息2条。');
    report.list('g1', ['其中'], ['active.total', '主动公开政府信息565条'], [
      [null, '发布工作信息421条'],
      [null, '发布统计信息2条'],
    ]);
    const { conflicts, facts } = run(report);
    expect(conflicts).toEqual([]);
    expect(facts.some((f) => f.features.checkPassed)).toBe(false);
  });

  it('a single part, even a 其他 one, cannot show a shortfall', () => {
    const report = new ReportBuilder('主动公开信息486条，其他形式公开216条。');
    report.list('g1', ['其他'], ['active.total', '主动公开信息486条'], [['active.channel.other', '其他形式公开216条']]);
    expect(run(report).conflicts).toEqual([]);
  });
});

describe('parts-total: lists', () => {
  it('groups by relation and keeps parts in the total\'s unit only (a share is not a part of a count)', () => {
    const report = new ReportBuilder('主动公开信息120条，其中机构职能类信息18条，占15%。');
    report.list('g1', ['其中'], ['active.total', '主动公开信息120条'], [
      ['active.category', '机构职能类信息18条', { label: '机构职能' }],
      ['active.category_share', '占15%', { label: '机构职能' }],
    ]);
    const [list] = partsLists(report.facts);
    expect(list.parts.map((f) => f.metric)).toEqual(['active.category']);
  });

  it('reads cues from the text when the extractor gave none', () => {
    const report = new ReportBuilder('受理申请25件，当面申请、网上申请分别为10件、15件。');
    report.list('g1', [], ['apply.new.total', '受理申请25件'], [
      ['apply.by_channel', '当面申请、网上申请分别为10件', { label: '当面' }],
      ['apply.by_channel', '15件', { label: '网上' }],
    ]);
    const [list] = partsLists(report.facts);
    expect(listShape(list, report.text).cues).toContain('分别为');
    expect(checkPartsList(list, report.text)).toEqual({ passed: true });
  });
});
