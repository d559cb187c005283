import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportJsonl } from '../output/export.js';
import { readConflicts, readDocuments, readFacts, readStats } from '../output/read.js';
import { Store } from '../output/store.js';
import { runPipeline } from '../pipeline/run.js';
import { PROJECT_CORPUS } from './support/shared.js';
import { tempDir } from './support/tmp.js';

const dir = tempDir();

async function lines(run: (sink: { write(line: string): void }) => Promise<unknown>): Promise<string[]> {
  const out: string[] = [];
  await run({ write: (line) => void out.push(line) });
  return out;
}

describe('runPipeline on the project corpus', () => {
  const db = join(dir, 'corpus.sqlite');

  it('processes every seed and fixture, stores sections and facts, and skips them on a second run', async () => {
    const first = await runPipeline({ inputs: [PROJECT_CORPUS], db });
    expect(first.failed).toBe(0);
    expect(first.ok).toBe(first.total);
    expect(first.total).toBeGreaterThanOrEqual(7);
    const second = await runPipeline({ inputs: [PROJECT_CORPUS], db });
    expect(second.skipped).toBe(first.total);
    expect(second.ok).toBe(0);
    const forced = await runPipeline({ inputs: [PROJECT_CORPUS], db, force: true });
    expect(forced.ok).toBe(first.total);
    const store = Store.open(db, { readonly: true });
    try {
      const docs = [...readDocuments(store)];
      expect(docs).toHaveLength(first.total);
      const gbk = docs.find((d) => d.path.endsWith('.gbk.txt'))!;
      expect(gbk).toMatchObject({ encoding: 'gb18030', year: 2017, agency: '吉林经开区教育局' });
      const html = docs.find((d) => d.path.endsWith('template2021-merged-cells.html'))!;
      expect(html).toMatchObject({ sourceFormat: 'html', year: 2023, format: 'template2021' });
      // Re-running never duplicates: one row per path, facts only of the latest processing.
      const counts = store.db.prepare('SELECT count(*) AS n, count(DISTINCT path) AS paths FROM documents').get() as { n: number; paths: number };
      expect(counts.n).toBe(counts.paths);
      const headline = [...readFacts(store, { doc: docs.find((d) => d.path.endsWith('seeds/000_e736801e236d0d10.txt'))!.path })];
      expect(headline.find((f) => f.metric === 'active.total')).toMatchObject({ value: 486, unit: 'count', src: 'text' });
      expect(readStats(store).documents.byStatus).toEqual({ ok: first.total });
    } finally {
      store.close();
    }
  });

  it('reprocesses a document whose bytes changed', async () => {
    const folder = join(dir, 'changing');
    mkdirSync(folder, { recursive: true });
    const path = join(folder, 'report.txt');
    copyFileSync(join(PROJECT_CORPUS, 'seeds', '000_e736801e236d0d10.txt'), path);
    const changingDb = join(dir, 'changing.sqlite');
    expect((await runPipeline({ inputs: [folder], db: changingDb })).ok).toBe(1);
    writeFileSync(path, readFileSync(path, 'utf8').replace('主动公开各类信息486条', '主动公开各类信息490条'));
    const again = await runPipeline({ inputs: [folder], db: changingDb });
    expect(again.ok).toBe(1);
    const store = Store.open(changingDb, { readonly: true });
    try {
      const totals = [...readFacts(store)].filter((f) => f.metric === 'active.total' && !f.supersededBy).map((f) => f.value);
      expect(totals).toContain(490);
      expect(totals).not.toContain(486);
    } finally {
      store.close();
    }
  });
});

describe('bad input in a batch', () => {
  it('stores each failure as a failed document with a reason and goes on', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'junk.txt'), Uint8Array.from({ length: 3000 }, (_, i) => (i * 97 + 3) % 256));
    writeFileSync(join(folder, 'notes.xyz'), 'hello');
    copyFileSync(join(PROJECT_CORPUS, 'seeds', '001_19b8e9ec41e9b207.txt'), join(folder, 'good.txt'));
    const db = join(dir, 'mixed.sqlite');
    const summary = await runPipeline({ inputs: [folder, join(folder, 'missing.txt')], db });
    expect(summary).toMatchObject({ total: 5, ok: 1, failed: 4 });
    expect(summary.failures.map((f) => [f.path.split('/').pop(), f.errorCode]).sort()).toEqual([
      ['empty.txt', 'E_EMPTY'],
      ['junk.txt', 'E_BINARY'],
      ['missing.txt', 'E_READ'],
      ['notes.xyz', 'E_UNSUPPORTED'],
    ]);
    const store = Store.open(db, { readonly: true });
    try {
      const jsonl = (await lines((sink) => exportJsonl(store, sink))).map((l) => JSON.parse(l));
      const documents = jsonl.filter((r) => r.type === 'document');
      expect(documents).toHaveLength(5);
      for (const d of documents.filter((r) => r.status === 'failed')) expect(d.error).toBeTruthy();
    } finally {
      store.close();
    }
  });
});

describe('exports', () => {
  it('writes the JSONL contract: documents, sections, one fact per metric and label, conflicts', async () => {
    const db = join(dir, 'export.sqlite');
    await runPipeline({ inputs: [join(PROJECT_CORPUS, 'seeds')], db });
    const store = Store.open(db, { readonly: true });
    try {
      const records = (await lines((sink) => exportJsonl(store, sink))).map((l) => JSON.parse(l));
      const byType = (t: string) => records.filter((r) => r.type === t);
      expect(byType('document')).toHaveLength(5);
      for (const d of byType('document')) expect(d).toHaveProperty('year');
      for (const f of byType('fact')) {
        expect(f).toEqual(expect.objectContaining({ doc: expect.any(String), metric: expect.any(String), value: expect.any(Number), unit: expect.any(String), approx: expect.any(String), start: expect.any(Number), end: expect.any(Number), text: expect.any(String) }));
        expect(f.confidence).toBeGreaterThanOrEqual(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
      }
      const keys = byType('fact').map((f) => `${f.doc}|${f.metric}|${f.label ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const s of byType('section')) expect(s).toEqual(expect.objectContaining({ label: expect.any(String), heading: expect.any(String) }));
      const csv = await lines((sink) => exportCsv(store, sink, 'facts'));
      expect(csv[0]).toBe('doc,year,agency,region,format,metric,label,value,unit,approx,low,high,confidence,section,src,start,end,quote,extractor,rule,derived\n');
      expect(csv.length - 1).toBe(byType('fact').length);
      expect([...readConflicts(store)].length).toBe(byType('conflict').length);
    } finally {
      store.close();
    }
  });
});
