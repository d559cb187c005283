import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConflicts } from '../../output/read.js';
import { Store } from '../../output/store.js';
import { runPipeline } from '../../pipeline/run.js';
import { HAS_SHARED, SHARED, noteSharedSkip, sharedGold } from '../support/shared.js';
import { tempDir } from '../support/tmp.js';

/** A prose report of `organ` for `year` stating the year's 主动公开 and the 历年累计. */
function report(organ: string, year: number, active: number, cumulative: number): string {
  return [
    `${organ}${year}年政府信息公开工作年度报告`,
    '一、概述',
    `${year}年，${organ}认真贯彻《条例》，做好政府信息公开工作。`,
    '二、主动公开政府信息情况',
    `${year}年主动公开政府信息${active}条，历年累计主动公开政府信息${cumulative}条。`,
    '三、依申请公开情况',
    `${year}年未收到政府信息公开申请。`,
  ].join('\n');
}

/** Writes the reports into a fresh folder, runs the whole pipeline on it and returns the stored conflicts. */
async function runFolder(root: string, name: string, files: Record<string, string>) {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  const db = join(root, `${name}.sqlite`);
  const summary = await runPipeline({ inputs: [folder], db });
  expect(summary.ok).toBe(Object.keys(files).length);
  const store = Store.open(db, { readonly: true });
  try {
    return [...readConflicts(store)].map((c) => ({ ...c, doc: c.doc.slice(folder.length + 1), relatedPath: c.relatedPath?.slice(folder.length + 1) ?? null }));
  } finally {
    store.close();
  }
}

describe('hand-made reports: one agency across years (runPipeline on a folder)', () => {
  const root = tempDir('nianbao-years-');

  it('cross_year: 历年累计 12106 in 2018 below the 81916 of 2015 — on the 2018 report, naming the 2015 one', async () => {
    const conflicts = await runFolder(root, 'fell', {
      '2015.txt': report('平潭综合实验区', 2015, 2949, 81916),
      '2018.txt': report('平潭综合实验区', 2018, 2069, 12106),
    });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      doc: '2018.txt',
      relatedPath: '2015.txt',
      kind: 'cross_year',
      severity: 'warning',
      metrics: ['active.cumulative'],
      expectedLow: 81916,
      observedLow: 12106,
      observedHigh: 12106,
      message: '2018 年历年累计主动公开 12106 条，少于 2015 年报告（2015.txt）的历年累计 81916 条；累计数不会减少',
    });
    expect(conflicts[0].facts).toHaveLength(1);
  });

  it('cross_year: one year on, 历年累计 must be last year’s plus the year’s 主动公开 (1000 + 200 ≠ 1300)', async () => {
    const conflicts = await runFolder(root, 'growth', {
      '2015.txt': report('平潭综合实验区', 2015, 150, 1000),
      '2016.txt': report('平潭综合实验区', 2016, 200, 1300),
    });
    expect(conflicts.map((c) => [c.doc, c.kind, c.metrics, c.message])).toEqual([
      ['2016.txt', 'cross_year', ['active.cumulative', 'active.total'], '2016 年历年累计主动公开 1300 条，但 2015 年累计 1000 条加本年主动公开 200 条应为 1200 条'],
    ]);
  });

  it('cross_year near misses: a cumulative that adds up, and reports of organs a generic name cannot tell apart', async () => {
    const conflicts = await runFolder(root, 'near', {
      '2015.txt': report('平潭综合实验区', 2015, 150, 1000),
      '2016.txt': report('平潭综合实验区', 2016, 200, 1200),
      'a-2015.txt': report('教育局', 2015, 150, 9000),
      'b-2016.txt': report('教育局', 2016, 200, 300),
    });
    expect(conflicts).toEqual([]);
  });
});

/** Each shared set run into one database, as `npm run eval` does: its cross_year conflicts are exactly gold's. */
describe.skipIf(noteSharedSkip('cross-year over the shared sets'))('the shared corpus across years', () => {
  const root = tempDir('nianbao-years-shared-');
  for (const set of HAS_SHARED ? ['dev', 'peers'] : []) {
    it(`${set}: every gold cross_year conflict, no other`, async () => {
      const texts = join(SHARED, 'corpus', set, 'texts');
      const db = join(root, `${set}.sqlite`);
      await runPipeline({ inputs: [texts], db });
      const store = Store.open(db, { readonly: true });
      let found: string[];
      try {
        found = [...readConflicts(store)].filter((c) => c.kind === 'cross_year').map((c) => `${c.doc.slice(texts.length + 1)} ${c.metrics.join(',')}`);
      } finally {
        store.close();
      }
      const names = readdirSync(texts);
      const gold = names.flatMap((name) =>
        (sharedGold(set, name.replace(/\.[^.]+$/, '')).conflicts ?? []).filter((g) => g.kind === 'cross_year').map((g) => `${name} ${g.metrics.join(',')}`),
      );
      expect(found.sort()).toEqual(gold.sort());
    });
  }
});
