import { describe, expect, it } from 'vitest';
import { sumIntervals } from '../../pipeline/07-reconcile/interval.js';
import { factName, metricName, sumText } from '../../pipeline/07-reconcile/wording.js';
import { ReportBuilder } from '../support/facts.js';

/** The words conflict messages are made of: what a reviewer reads before opening the report. */
describe('conflict wording', () => {
  it('names a metric without the catalog’s notes in brackets', () => {
    expect(metricName('response.interpretations')).toBe('政策解读');
    expect(metricName('response.hot_topics')).toBe('回应公众关注热点或重大舆情');
    expect(metricName('apply.new.natural')).toBe('一、本年新收申请（自然人）');
  });

  it('names an uncatalogued part by the words it was read under', () => {
    const report = new ReportBuilder('其中动态类信息发布 1744 条，政务信息发布 393 条。');
    expect(factName(report.fact(null, '政务信息发布 393 条', { label: '政务信息发布' }))).toBe('“政务信息发布”');
    expect(factName(report.fact('active.category', '动态类信息发布 1744 条', { label: '动态' }))).toBe('动态类');
  });

  it('writes a sum as the text would: exact, 余 when every approximate part is 余, else the range', () => {
    const report = new ReportBuilder('报刊、广播、电视等公开200余条，微信公众号发布473条，门户网站发布265条，其他约300条，政务微博发布101条。');
    const media = report.fact('active.channel.media', '报刊、广播、电视等公开200余条');
    const wechat = report.fact('active.channel.wechat', '微信公众号发布473条');
    const website = report.fact('active.channel.website', '门户网站发布265条');
    const about = report.fact(null, '其他约300条', { label: '其他' });
    const weibo = report.fact('active.channel.weibo', '政务微博发布101条');
    const sum = (parts: typeof media[]) => sumText(parts, sumIntervals(parts.map((p) => p.interval)));
    expect(sum([wechat, weibo])).toBe('政务微信发布 473 + 政务微博发布 101 = 574');
    expect(sum([media, wechat, website])).toBe('报刊广播电视公开 200余 + 政务微信发布 473 + 政府网站公开 265 = 938余');
    expect(sum([about, weibo])).toBe('“其他” 约300 + 政务微博发布 101 = 371～431');
    const unbounded = new ReportBuilder('通过政务微博发布500条以上。').fact('active.channel.weibo', '政务微博发布500条以上');
    expect(sum([unbounded, wechat])).toBe('政务微博发布 500以上 + 政务微信发布 473 = 至少 973');
  });
});
