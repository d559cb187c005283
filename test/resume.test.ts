import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type RunSummary } from '../pipeline/run.js';
import { generateArchive } from './support/archive.js';
import { finished, runCli, startCli } from './support/cli.js';
import { committedDocuments, storedContents } from './support/contents.js';
import { tempDir } from './support/tmp.js';

// Kill the CLI mid-run (SIGKILL, Ctrl-C), run the same command again: every document exactly
// once, none half-written, the same rows as an uninterrupted run.

const dir = tempDir();
const DOCUMENTS = 200;
const archive = generateArchive(join(dir, 'archive'), DOCUMENTS, 11);
let reference: Map<string, string>;
/** The reference without cross-year conflicts, which an interrupted run has not added yet. */
let referenceOwn: Map<string, string>;

async function untilCommitted(db: string, documents: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const n = committedDocuments(db);
    if (n >= documents) return n;
    if (Date.now() > deadline) throw new Error(`${db}: only ${n} documents committed after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function runs(db: string): { status: string; documents_ok: number }[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare('SELECT status, documents_ok FROM runs ORDER BY id').all() as { status: string; documents_ok: number }[];
  } finally {
    sqlite.close();
  }
}

/** What survived a stop: fewer documents than the archive, each exactly as an uninterrupted run stores it. */
function expectWholeDocuments(db: string): number {
  const stored = storedContents(db, { ownConflictsOnly: true });
  expect(stored.size, 'the run ended before it was stopped: the test proves nothing').toBeLessThan(DOCUMENTS);
  for (const [path, rows] of stored) expect(rows, path).toBe(referenceOwn.get(path));
  return stored.size;
}

function rerun(db: string, committed: number): void {
  const again = runCli(['run', archive.folder, '--db', db, '--workers', '2', '--json']);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout) as RunSummary).toMatchObject({ total: DOCUMENTS, skipped: committed, ok: DOCUMENTS - committed, failed: 0, interrupted: false });
  expect(storedContents(db)).toEqual(reference);
}

beforeAll(async () => {
  const db = join(dir, 'reference.sqlite');
  expect(await runPipeline({ inputs: [archive.folder], db, workers: 2 })).toMatchObject({ ok: DOCUMENTS });
  reference = storedContents(db);
  referenceOwn = storedContents(db, { ownConflictsOnly: true });
});

describe('resuming a run', () => {
  it('after SIGKILL mid-run: the same command finishes the rest, no document lost, duplicated or half-written', async () => {
    const db = join(dir, 'killed.sqlite');
    const child = startCli(['run', archive.folder, '--db', db, '--workers', '2', '--quiet']);
    const exit = finished(child);
    await untilCommitted(db, 20);
    child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');
    const committed = expectWholeDocuments(db);
    // The killed run could not record its end.
    expect(runs(db).map((r) => r.status)).toEqual(['running']);
    rerun(db, committed);
    expect(runs(db).map((r) => r.status)).toEqual(['running', 'finished']);
  });

  it('after Ctrl-C: the documents in flight are finished, the run is recorded as interrupted, exit code 130', async () => {
    const db = join(dir, 'interrupted.sqlite');
    const child = startCli(['run', archive.folder, '--db', db, '--workers', '2']);
    const exit = finished(child);
    await untilCommitted(db, 20);
    child.kill('SIGINT');
    const result = await exit;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('nianbao: SIGINT: finishing the documents in flight, then stopping (Ctrl-C again stops at once)');
    expect(result.stdout).toMatch(/\n {2}interrupted: \d+ documents? not done; run the same command again to finish them\n/);
    const committed = expectWholeDocuments(db);
    expect(runs(db)).toEqual([{ status: 'interrupted', documents_ok: committed }]);
    rerun(db, committed);
  });

  it('after a second Ctrl-C: stops at once, without waiting for the documents in flight', async () => {
    // A 6 MB report is still in flight when the first Ctrl-C comes, so the second one finds the run waiting for it.
    const big = join(dir, 'big-report.txt');
    writeFileSync(big, Array.from({ length: 900 }, () => readFileSync(archive.files[0], 'utf8')).join('\n'));
    const db = join(dir, 'stopped-at-once.sqlite');
    const child = startCli(['run', big, archive.folder, '--db', db, '--workers', '2']);
    const exit = finished(child);
    await untilCommitted(db, 20);
    child.kill('SIGINT');
    await new Promise<void>((resolve) => child.stderr!.on('data', (chunk: Buffer) => String(chunk).includes('finishing the documents in flight') && resolve()));
    child.kill('SIGINT');
    const result = await exit;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('nianbao: stopped at once; the documents in flight are redone by the next run');
    const stored = storedContents(db, { ownConflictsOnly: true });
    expect(stored.has(big)).toBe(false);
    expect(stored.size).toBeLessThan(DOCUMENTS);
    for (const [path, rows] of stored) expect(rows, path).toBe(referenceOwn.get(path));
    const again = runCli(['run', big, archive.folder, '--db', db, '--workers', '2', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout) as RunSummary).toMatchObject({ total: DOCUMENTS + 1, skipped: stored.size, ok: DOCUMENTS + 1 - stored.size });
  });
});
