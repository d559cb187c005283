import { describe, expect, it } from 'vitest';
import { brief, expectTraceable, processed, proseReport } from '../support/reports.js';

/** Hand-made reports run through every stage: the conflicts come from today's extractors and classifier. */
describe('hand-made reports: sums of parts', () => {
  it('sum_mismatch: 486 against 12 + 216 closed by 其他形式 (as seed 000)', () => {
    const doc = processed(proseReport('吉林经开区教育局', 2017, '截至2017年12月30日，教育局主动公开各类信息486条，其中利用政务公开网站公开信息12条，其他形式公开信息216条。'));
    expect(brief(doc)).toEqual([
      {
        kind: 'sum_mismatch',
        severity: 'warning',
        metrics: ['active.total', 'active.channel.website', 'active.channel.other'],
        message: '主动公开 486 条，但分项 政府网站公开 12 + 其他形式公开 216 = 228 条，少 258 条（分项以“其他”收尾，应为全部）',
      },
    ]);
    expect(doc.conflicts[0]).toMatchObject({ expected: { low: 486, high: 486 }, observed: { low: 228, high: 228 } });
    expectTraceable(doc);
  });

  it('sum_mismatch near miss: 600余 against 21 + 1 + 450 + 120余 (=592余) is consistent, and 4类 with 4 listed is no count_mismatch', () => {
    const doc = processed(
      proseReport('张店区教育局', 2014, '本年度张店区教育局政府信息公开内容包括政策法规、规划计划、业务工作、其他信息等4类，共计600余条，其中政策法规类信息21条。规划计划类信息1条。业务工作类信息450条。其他类信息120余。'),
    );
    expect(doc.conflicts).toEqual([]);
    expect(doc.facts.filter((f) => f.metric === 'active.category').map((f) => f.value)).toEqual([21, 1, 450, 120]);
  });

  it('sum_mismatch near miss: parts after 其中 alone are not the whole (2073 + 101 < 2406)', () => {
    const doc = processed(proseReport('某某县人民政府', 2018, '全年主动公开政府信息2406条，其中政府网站公开2073条，政务微博公开101条。'));
    expect(doc.conflicts).toEqual([]);
  });

  it('parts_exceed_total: four channels under bare 其中 adding up to 3206 > 2406 are an error (as dev hr064)', () => {
    const doc = processed(proseReport('某某县人民政府', 2018, '全年主动公开政府信息2406条，其中政府网站公开2073条，政务微博公开101条，政务微信公开232条，通过报刊、广播、电视等其他方式公开800条。'));
    expect(brief(doc)).toEqual([
      {
        kind: 'parts_exceed_total',
        severity: 'error',
        metrics: ['active.total', 'active.channel.website', 'active.channel.weibo', 'active.channel.wechat', 'active.channel.media'],
        message: '主动公开 2406 条，但分项 政府网站公开 2073 + 政务微博发布 101 + 政务微信发布 232 + 报刊广播电视公开 800 = 3206 条，多出 800 条，分项之和不能大于总数',
      },
    ]);
    expectTraceable(doc);
  });

  it('parts_exceed_total: an item that names no category (政务信息发布) still counts among the parts (as peer kewei)', () => {
    const doc = processed(proseReport('上海市科委', 2024, '“上海科技”网站全年累计发布信息 2139 条，其中动态类信息发布 1744 条，政务信息发布 393 条，解读类信息发布 21 条，回应公众关注热点信息 2 条。'));
    expect(brief(doc)).toEqual([
      {
        kind: 'parts_exceed_total',
        severity: 'error',
        metrics: ['active.channel.website', 'active.category', 'response.interpretations', 'response.hot_topics'],
        message: '政府网站公开 2139 条，但分项 动态类 1744 + “政务信息发布” 393 + 政策解读 21 + 回应公众关注热点或重大舆情 2 = 2160 条，多出 21 条，分项之和不能大于总数',
      },
    ]);
    expectTraceable(doc);
  });

  it('parts_exceed_total near miss: 1000余 holds 980 + 101', () => {
    expect(processed(proseReport('某某县人民政府', 2018, '全年主动公开政府信息1000余条，其中政府网站公开980条，政务微博公开101条。')).conflicts).toEqual([]);
  });
});

describe('hand-made reports: shares and declared counts', () => {
  const shares = (planning: string) =>
    proseReport('某某市教育局', 2014, `截止2014年12月1日，2014年主动公开的政府信息120条，历年累计主动公开的政府信息573条。主动公开的信息中，机构职能类信息18条，占15%；政策、规范性文件类信息19条，占15.83%；规划计划类信息24条，占${planning}。`);

  it('percent_mismatch: 24 of 120 written as 25%; the rounded 15% and truncated 15.83% pass', () => {
    const doc = processed(shares('25%'));
    expect(brief(doc)).toEqual([
      { kind: 'percent_mismatch', severity: 'warning', metrics: ['active.category_share', 'active.category', 'active.total'], message: '规划计划类占比写作 25%，但 24 条 / 120 条 = 20.0%' },
    ]);
    expectTraceable(doc);
  });

  it('percent_mismatch near miss: 15% and 15.83% of 120 and 20% are all right', () => {
    expect(processed(shares('20%')).conflicts).toEqual([]);
  });

  const categories =
    '主动公开的政府信息包括机构职能类信息，政策、规范性文件类信息，规划计划类信息，行政许可类信息，民政扶贫救灾社会社保就业类信息，科教文体卫生类信息，安全生产、应急管理类信息等9大类内容。2014年主动公开的政府信息120条，其中机构职能类信息18条，政策、规范性文件类信息19条，规划计划类信息24条，行政许可类信息4条，重大建设项目、为民办实事类信息2条，科教文体卫生类信息39条，安全生产、应急管理类信息14条。';

  it('count_mismatch: 9大类 declared, 7 categories listed with figures (as seed 004)', () => {
    const doc = processed(proseReport('某某市教育局', 2014, categories));
    expect(brief(doc)).toEqual([
      {
        kind: 'count_mismatch',
        severity: 'warning',
        metrics: ['active.category_count'],
        message: '文中称共 9 类（“等9大类”），但列出数字的类别有 7 个：“机构职能”“政策、规范性文件”“规划计划”“行政许可”“重大建设项目、为民办实事”“科教文体卫生”“安全生产、应急管理”',
      },
    ]);
    expectTraceable(doc);
  });

  it('count_mismatch near miss: an excerpt cut off inside the list is not checked', () => {
    const cut = categories.slice(0, categories.indexOf('规划计划类信息24条'));
    const text = ['某某市教育局2014年政府信息公开工作年度报告', '二、主动公开政府信息的情况', cut].join('\n');
    expect(processed(text).conflicts).toEqual([]);
  });
});
