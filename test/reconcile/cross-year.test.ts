import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYearFigures, type YearFigure } from '../../output/cross-year.js';
import { readConflicts } from '../../output/read.js';
import { Store } from '../../output/store.js';
import { AGENCY_RULES, agencyKey, crossYearConflicts, reconcileAcrossYears } from '../../pipeline/07-reconcile/cross-year.js';
import { processText } from '../../pipeline/stages.js';
import type { Fact, ProcessedDoc } from '../../schemas/types.js';
import { tempDir } from '../support/tmp.js';

let nextId = 1;
function figure(documentId: number, year: number, metric: string, value: number, agency = '平潭综合实验区'): YearFigure {
  return { documentId, path: `reports/${agency}-${year}.txt`, agency, year, metric, factKey: `f${nextId++}`, value, interval: { low: value, high: value }, quote: String(value), start: 0, end: 1 };
}

describe('agencyKey', () => {
  const cases: [string, string | undefined][] = [
    ['平潭综合实验区', '平潭综合实验区'],
    ['上海市科委', '上海市科委'],
    ['自然资源部', '自然资源部'],
    ['国家新闻出版署', '国家新闻出版署'],
    ['市北区教育局', '市北区教育局'],
    ['教育局', undefined],
    ['区住建委', undefined],
    ['县统计局', undefined],
    ['区政府办公室', undefined],
  ];
  for (const [agency, key] of cases) it(`${agency} → ${key ?? 'too generic to compare'}`, () => expect(agencyKey(agency)).toBe(key));
  it('every rule accepts its example', () => {
    for (const rule of AGENCY_RULES) expect(rule.pattern.test(rule.example), rule.id).toBe(true);
  });
});

describe('crossYearConflicts', () => {
  it('peer pingtan: 历年累计 12106 in 2018 below the 81916 of 2015 — attached to 2018, naming 2015', () => {
    const [found, ...rest] = crossYearConflicts([figure(1, 2015, 'active.cumulative', 81916), figure(2, 2018, 'active.cumulative', 12106), figure(3, 2019, 'active.total', 2599)]);
    expect(rest).toEqual([]);
    expect(found.documentId).toBe(2);
    expect(found.conflict).toMatchObject({
      kind: 'cross_year', severity: 'warning', metrics: ['active.cumulative'], ruleId: 'cross_year/cumulative-fell', source: 'cross-year',
      relatedDoc: 'reports/平潭综合实验区-2015.txt', observed: { low: 12106, high: 12106 },
    });
    expect(found.conflict.message).toBe('2018 年历年累计主动公开 12106 条，少于 2015 年报告（平潭综合实验区-2015.txt）的历年累计 81916 条；累计数不会减少');
  });

  it('结转下年度 6 in 2024 against 上年结转 0 in 2025 is a conflict; 0 and 0 is not', () => {
    const bad = crossYearConflicts([figure(1, 2024, 'apply.carried_out.total', 6), figure(2, 2025, 'apply.carried_in.total', 0)]);
    expect(bad.map((c) => [c.documentId, c.conflict.ruleId, c.conflict.metrics])).toEqual([[2, 'cross_year/carry-over', ['apply.carried_in.total', 'apply.carried_out.total']]]);
    expect(bad[0].conflict.message).toBe('2025 年报告的“上年结转”为 0 件，但 2024 年报告（平潭综合实验区-2024.txt）“结转下年度继续办理” 6 件');
    expect(crossYearConflicts([figure(1, 2024, 'apply.carried_out.total', 0), figure(2, 2025, 'apply.carried_in.total', 0)])).toEqual([]);
  });

  it('carry-over compares consecutive years only', () => {
    expect(crossYearConflicts([figure(1, 2022, 'apply.carried_out.total', 6), figure(2, 2025, 'apply.carried_in.total', 0)])).toEqual([]);
  });

  it('one year on, the cumulative total is last year\'s plus this year\'s: 573 + 120 = 693, not 700', () => {
    const figures = [figure(1, 2013, 'active.cumulative', 573), figure(2, 2014, 'active.cumulative', 700), figure(2, 2014, 'active.total', 120)];
    const [found] = crossYearConflicts(figures);
    expect(found.conflict).toMatchObject({ ruleId: 'cross_year/cumulative-growth', expected: { low: 693, high: 693 } });
    expect(crossYearConflicts([figures[0], { ...figures[1], value: 693, interval: { low: 693, high: 693 } }, figures[2]])).toEqual([]);
  });

  it('several reports of the earlier year: none if one of them agrees, else one conflict naming the first and how many disagree', () => {
    const copy = (f: YearFigure, path: string): YearFigure => ({ ...f, documentId: f.documentId + 100, path });
    const earlier = figure(1, 2024, 'apply.carried_out.total', 6);
    const later = figure(2, 2025, 'apply.carried_in.total', 6);
    // A copy of the 2024 report that says 9: the 2025 report agrees with the other one.
    expect(crossYearConflicts([earlier, copy({ ...earlier, value: 9, interval: { low: 9, high: 9 } }, 'reports/copy-2024.html'), later])).toEqual([]);
    const disagreeing = [earlier, copy(earlier, 'reports/copy-2024.html'), { ...later, value: 0, interval: { low: 0, high: 0 } }];
    const found = crossYearConflicts(disagreeing);
    expect(found.map((c) => [c.documentId, c.conflict.ruleId, c.conflict.relatedDoc])).toEqual([[2, 'cross_year/carry-over', 'reports/copy-2024.html']]);
    expect(found[0].conflict.message).toBe('2025 年报告的“上年结转”为 0 件，但 2024 年报告（copy-2024.html）“结转下年度继续办理” 6 件；该年共有 2 份同机关报告，均不相符');
  });

  it('sixteen reports per agency and year give one conflict per later report and check, not one per pair', () => {
    const figures: YearFigure[] = [];
    for (let copy = 0; copy < 16; copy++) {
      figures.push({ ...figure(1000 + copy, 2019, 'apply.carried_out.total', 5 + copy), path: `reports/2019-${copy}.txt` });
      figures.push({ ...figure(2000 + copy, 2020, 'apply.carried_in.total', 100 + copy), path: `reports/2020-${copy}.txt` });
    }
    const found = crossYearConflicts(figures);
    expect(found).toHaveLength(16);
    expect(new Set(found.map((c) => c.documentId)).size).toBe(16);
  });

  it('reports of different or generic agencies are never paired', () => {
    expect(crossYearConflicts([figure(1, 2015, 'active.cumulative', 900, '南安市教育局'), figure(2, 2016, 'active.cumulative', 100, '张店区教育局')])).toEqual([]);
    expect(crossYearConflicts([figure(1, 2015, 'active.cumulative', 900, '教育局'), figure(2, 2016, 'active.cumulative', 100, '教育局')])).toEqual([]);
  });
});

describe('reconcileAcrossYears over a database', () => {
  const dir = tempDir();

  /** A processed report of 平潭综合实验区 for `year` that states its 历年累计 figure, as read by the prose extractors. */
  function report(path: string, year: number, cumulative: number): ProcessedDoc {
    const text = `平潭综合实验区${year}年政府信息公开工作年度报告\n一、概述\n历年累计主动公开政府信息${cumulative}条。`;
    const doc = processText(text, path);
    if (doc.status !== 'ok') throw new Error(doc.error);
    return doc;
  }

  const cumulativeFactId = (doc: ProcessedDoc) => doc.facts.find((f) => f.metric === 'active.cumulative')!.id;

  it('adds the conflict once, keeps it (and its review status) on a re-run, and drops it when the earlier report changes', () => {
    const store = Store.open(join(dir, 'years.sqlite'));
    try {
      const run = store.beginRun({}, 'test');
      store.writeDocument(report('a/2015.txt', 2015, 81916), run, 'test');
      store.writeDocument(report('a/2018.txt', 2018, 12106), run, 'test');
      expect(readYearFigures(store, ['active.cumulative']).map((f) => [f.path, f.value])).toEqual([['a/2015.txt', 81916], ['a/2018.txt', 12106]]);
      expect(reconcileAcrossYears(store)).toEqual({ added: 1, removed: 0, kept: 0 });
      store.db.prepare("UPDATE conflicts SET status = 'accepted' WHERE source = 'cross-year'").run();
      expect(reconcileAcrossYears(store)).toEqual({ added: 0, removed: 0, kept: 1 });
      const [conflict] = [...readConflicts(store)].filter((c) => c.kind === 'cross_year');
      expect(conflict).toMatchObject({ doc: 'a/2018.txt', relatedPath: 'a/2015.txt', status: 'accepted', metrics: ['active.cumulative'], facts: [cumulativeFactId(report('a/2018.txt', 2018, 12106))] });
      // The earlier report is corrected: the finding no longer holds and is removed.
      store.writeDocument(report('a/2015.txt', 2015, 11000), run, 'test');
      expect(reconcileAcrossYears(store)).toEqual({ added: 0, removed: 1, kept: 0 });
      expect([...readConflicts(store)].filter((c) => c.kind === 'cross_year')).toEqual([]);
    } finally {
      store.close();
    }
  });
});
