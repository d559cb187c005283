import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store, type StorableDoc } from '../output/store.js';
import { IndexDeferral, MIN_DOCUMENTS_BEFORE_DEFERRING } from '../pipeline/09-write/deferred-indexes.js';
import { runPipeline } from '../pipeline/run.js';
import { PROJECT_CORPUS } from './support/shared.js';
import { tempDir } from './support/tmp.js';

const dir = tempDir();

const hasMetricIndex = (store: Store) => store.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'facts_metric'").get() !== undefined;

function failedDoc(path: string): StorableDoc {
  return { path, sha256: 'x', bytes: 1, status: 'failed', stage: 'ingest', messages: [], errorCode: 'E_EMPTY', error: 'the file is empty' };
}

describe('IndexDeferral', () => {
  it('drops facts_metric once the run has written its threshold of documents, and builds it again on restore', () => {
    const store = Store.open(join(dir, 'threshold.sqlite'));
    try {
      const deferral = new IndexDeferral(store, 2);
      expect(hasMetricIndex(store)).toBe(true);
      deferral.documentWritten();
      expect(hasMetricIndex(store)).toBe(true);
      deferral.documentWritten();
      expect(hasMetricIndex(store)).toBe(false);
      deferral.documentWritten();
      deferral.restore();
      expect(hasMetricIndex(store)).toBe(true);
      expect(store.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM facts WHERE metric = 'apply.new.total'").all()).toContainEqual(
        expect.objectContaining({ detail: expect.stringContaining('facts_metric') }),
      );
    } finally {
      store.close();
    }
  });

  it(`waits for ${MIN_DOCUMENTS_BEFORE_DEFERRING} documents, and for an eighth of what the database held`, () => {
    const store = Store.open(join(dir, 'held.sqlite'));
    try {
      const run = store.beginRun({}, 'test');
      const held = 8 * MIN_DOCUMENTS_BEFORE_DEFERRING + 80;
      store.db.transaction(() => {
        for (let i = 0; i < held; i++) store.writeDocument(failedDoc(`held-${i}.txt`), run, 'test');
      })();
      const deferral = IndexDeferral.forRun(store);
      for (let i = 1; i < MIN_DOCUMENTS_BEFORE_DEFERRING + 10; i++) deferral.documentWritten();
      expect(hasMetricIndex(store)).toBe(true);
      deferral.documentWritten();
      expect(hasMetricIndex(store)).toBe(false);
      deferral.restore();
    } finally {
      store.close();
    }
  });

  it('a run builds the index that a killed run left dropped, and its facts are found by it', async () => {
    const db = join(dir, 'killed.sqlite');
    await runPipeline({ inputs: [PROJECT_CORPUS], db, workers: 0 });
    const store = Store.open(db);
    store.dropDeferredIndexes();
    store.close();
    const again = await runPipeline({ inputs: [PROJECT_CORPUS], db, workers: 0 });
    expect(again.ok).toBe(0);
    const reopened = Store.open(db, { readonly: true });
    try {
      expect(hasMetricIndex(reopened)).toBe(true);
      const count = (hint: string) => (reopened.db.prepare(`SELECT count(*) AS n FROM facts ${hint} WHERE metric = 'apply.new.total'`).get() as { n: number }).n;
      // Each of the five seeds states how many requests it received.
      expect(count('NOT INDEXED')).toBeGreaterThanOrEqual(5);
      expect(count('INDEXED BY facts_metric')).toBe(count('NOT INDEXED'));
    } finally {
      reopened.close();
    }
  });
});
