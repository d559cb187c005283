import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Store, StoreError } from '../output/store.js';
import { barReporter, formatBar, formatLine, lineReporter, ProgressMeter, type Progress } from '../pipeline/engine/progress.js';
import { ByteBudget, forEachBounded } from '../pipeline/engine/queue.js';
import { threadScript } from '../pipeline/engine/scripts.js';
import { CutService, remoteCutter } from '../pipeline/engine/tokenizer.js';
import { WORKER_POOL_V8_FLAGS } from '../pipeline/engine/v8-tuning.js';
import { cutPieces } from '../pipeline/03-segment/jieba.js';
import { packagePath } from '../pipeline/paths.js';
import { runPipeline } from '../pipeline/run.js';
import { generateArchive } from './support/archive.js';
import { runCli } from './support/cli.js';
import { storedContents } from './support/contents.js';
import { PROJECT_CORPUS } from './support/shared.js';
import { tempDir } from './support/tmp.js';

const dir = tempDir();
const SEED = join(PROJECT_CORPUS, 'seeds', '000_e736801e236d0d10.txt');
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachBounded', () => {
  it('runs at most `limit` tasks at once and takes items only as slots free up', async () => {
    let running = 0;
    let most = 0;
    let pulled = 0;
    let finished = 0;
    let mostAhead = 0;
    function* items() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        mostAhead = Math.max(mostAhead, pulled - finished);
        yield i;
      }
    }
    await forEachBounded(items(), 4, async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      finished++;
    }, () => false);
    expect(finished).toBe(50);
    expect(most).toBe(4);
    // Four running and one waiting for a slot: nothing else is taken from the list ahead of time.
    expect(mostAhead).toBeLessThanOrEqual(5);
  });

  it('stops taking items once asked, after the tasks started', async () => {
    let started = 0;
    let finished = 0;
    await forEachBounded(Array.from({ length: 100 }, (_, i) => i), 3, async () => {
      started++;
      await tick();
      finished++;
    }, () => finished >= 10);
    expect(finished).toBe(started);
    expect(started).toBeGreaterThanOrEqual(10);
    expect(started).toBeLessThan(20);
  });

  it('passes on an error a task throws', async () => {
    await expect(forEachBounded([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error('boom');
    }, () => false)).rejects.toThrow('boom');
  });
});

describe('ByteBudget', () => {
  it('holds at most its limit, lets a larger document run alone, and grants in order', async () => {
    const budget = new ByteBudget(100);
    const order: string[] = [];
    const a = await budget.acquire(60);
    const pending = [
      budget.acquire(60).then((release) => (order.push('b'), release)),
      budget.acquire(500).then((release) => (order.push('huge'), release)),
      budget.acquire(10).then((release) => (order.push('c'), release)),
    ];
    await tick();
    expect(order).toEqual([]);
    a();
    await tick();
    expect(order).toEqual(['b']);
    (await pending[0])();
    await tick();
    expect(order).toEqual(['b', 'huge']);
    (await pending[1])();
    await tick();
    expect(order).toEqual(['b', 'huge', 'c']);
  });
});

describe('progress', () => {
  const progress = (over: Partial<Progress>): Progress => ({ done: 250, total: 1000, ok: 240, failed: 3, skipped: 7, bytes: 0, elapsedMs: 25_000, rate: 10, etaMs: 75_000, ...over });

  it('measures the rate over the last seconds and estimates the time left', () => {
    let now = 0;
    const meter = new ProgressMeter(100, () => now);
    // A fast start (10 documents/s for 2 s), then 2 documents/s for 15 s.
    for (let i = 0; i < 20; i++) {
      now += 100;
      meter.record('ok', 1000);
    }
    for (let i = 0; i < 30; i++) {
      now += 500;
      meter.record(i === 0 ? 'failed' : 'ok', 1000);
    }
    const p = meter.snapshot();
    expect(p).toMatchObject({ done: 50, total: 100, ok: 49, failed: 1, skipped: 0, bytes: 50_000, elapsedMs: 17_000 });
    // The window has forgotten the fast start: 50 documents left at 2 a second.
    expect(p.rate).toBeCloseTo(2, 1);
    expect(p.etaMs! / 1000).toBeCloseTo(25, 0);
  });

  it('draws a bar that fits the terminal, and plain lines for logs', () => {
    expect(formatBar(progress({}), 120)).toBe('[########----------------------] 250/1000 25% · 10 docs/s · ETA 1 min 15 s · 3 failed · 7 unchanged');
    expect(formatBar(progress({}), 80)).toBe('[###-------] 250/1000 25% · 10 docs/s · ETA 1 min 15 s · 3 failed · 7 unchanged');
    // Too narrow for a bar: the figures, cut to the width.
    expect(formatBar(progress({}), 40)).toBe('250/1000 25% · 10 docs/s · ETA 1 min 15');
    expect(formatLine(progress({}))).toBe('nianbao: 250/1000 documents (25%), 10 docs/s, ETA 1 min 15 s, 3 failed, 7 unchanged, 25 s elapsed');
  });

  it('redraws the bar in place, keeps failure notes above it, and clears it at the end', () => {
    let now = 0;
    const out: string[] = [];
    const reporter = barReporter({ write: (s: string) => out.push(s), columns: 100 }, 100, () => now);
    reporter.update(progress({ done: 1 }));
    now += 50;
    reporter.update(progress({ done: 2 }));
    expect(out).toHaveLength(1);
    now += 100;
    reporter.update(progress({ done: 3 }));
    reporter.note('failed  a.txt: the file is empty');
    reporter.finish();
    expect(out[0]).toMatch(/^\r\[.*\] 1\/1000 /);
    expect(out[1]).toMatch(/^\r\[.*\] 3\/1000 /);
    expect(out[2]).toBe('\r\x1b[Kfailed  a.txt: the file is empty\n');
    expect(out[3]).toMatch(/^\r\[.*\] 3\/1000 /);
    expect(out[4]).toBe('\r\x1b[K');
  });

  it('prints a plain line at most every interval', () => {
    let now = 0;
    const out: string[] = [];
    const reporter = lineReporter({ write: (s: string) => out.push(s) }, 5000, () => now);
    for (let i = 1; i <= 120; i++) {
      now += 100;
      reporter.update(progress({ done: i }));
    }
    expect(out).toEqual([expect.stringMatching(/^nianbao: 50\/1000 documents/), expect.stringMatching(/^nianbao: 100\/1000 documents/)]);
  });
});

describe('runPipeline with worker threads', () => {
  const archive = generateArchive(join(dir, 'archive'), 42, 7);

  it('runs the workers from dist/ when the engine runs from the TypeScript sources', () => {
    expect(threadScript('worker').pathname).toMatch(/\/dist\/pipeline\/engine\/worker\.js$/);
  });

  it('stores exactly what the same run in one thread stores', async () => {
    const inThread = join(dir, 'in-thread.sqlite');
    const pooled = join(dir, 'pooled.sqlite');
    const progress: Progress[] = [];
    const one = await runPipeline({ inputs: [archive.folder], db: inThread, workers: 0 });
    const two = await runPipeline({ inputs: [archive.folder], db: pooled, workers: 2, onProgress: (p) => progress.push(p) });
    expect(one).toMatchObject({ total: 42, ok: 42, failed: 0, workers: 0 });
    expect(two).toMatchObject({ total: 42, ok: 42, failed: 0, workers: 2, interrupted: false, facts: one.facts, conflicts: one.conflicts, bytes: archive.bytes });
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(progress.at(-1)).toMatchObject({ done: 42, total: 42, ok: 42 });
    const a = storedContents(inThread);
    const b = storedContents(pooled);
    expect(b.size).toBe(42);
    for (const [path, stored] of a) expect(b.get(path), path).toBe(stored);
  });

  it('skips unchanged documents, and reprocesses them when the pipeline version changed', async () => {
    const db = join(dir, 'incremental.sqlite');
    await runPipeline({ inputs: [archive.folder], db, workers: 2 });
    expect(await runPipeline({ inputs: [archive.folder], db, workers: 2 })).toMatchObject({ ok: 0, skipped: 42 });
    // What a new pipeline version looks like in the store: rows written by another version.
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE documents SET pipeline_version = '0.0.1+old' WHERE path IN (?, ?)").run(archive.files[3], archive.files[9]);
    // A document that failed because its worker died is retried even when unchanged.
    sqlite.prepare("UPDATE documents SET status = 'failed', error_code = 'E_WORKER', error = 'the worker thread stopped' WHERE path = ?").run(archive.files[5]);
    sqlite.close();
    expect(await runPipeline({ inputs: [archive.folder], db, workers: 2 })).toMatchObject({ ok: 3, skipped: 39 });
  });

  it('never takes its own database for a document when it sits in the input folder', async () => {
    const folder = join(dir, 'with-db');
    mkdirSync(folder);
    copyFileSync(SEED, join(folder, 'report.txt'));
    const db = join(folder, 'out.sqlite');
    expect(await runPipeline({ inputs: [folder], db, workers: 1 })).toMatchObject({ total: 1, ok: 1 });
    expect(await runPipeline({ inputs: [folder], db, workers: 1 })).toMatchObject({ total: 1, skipped: 1 });
  });

  it('stops after the documents in flight when its signal aborts, and the next run does the rest', async () => {
    const db = join(dir, 'interrupted.sqlite');
    const stop = new AbortController();
    const first = await runPipeline({ inputs: [archive.folder], db, workers: 2, signal: stop.signal, onProgress: (p) => p.done === 5 && stop.abort() });
    expect(first.interrupted).toBe(true);
    const done = first.ok + first.failed;
    expect(done).toBeGreaterThanOrEqual(5);
    expect(done).toBeLessThan(42);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT status, documents_ok FROM runs').get()).toEqual({ status: 'interrupted', documents_ok: first.ok });
    expect((sqlite.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(done);
    sqlite.close();
    const second = await runPipeline({ inputs: [archive.folder], db, workers: 2 });
    expect(second).toMatchObject({ interrupted: false, skipped: done, ok: 42 - done });
    expect(storedContents(db)).toEqual(storedContents(join(dir, 'pooled.sqlite')));
  });

  it('stops with E_DB_LOCKED when another process locks the database mid-run; what was committed stays whole', async () => {
    const db = join(dir, 'locked-mid-run.sqlite');
    let holder: Database.Database | undefined;
    const run = runPipeline({
      inputs: [archive.folder],
      db,
      workers: 2,
      onProgress: (p) => {
        if (p.done !== 3) return;
        holder = new Database(db);
        holder.exec('BEGIN EXCLUSIVE');
      },
    });
    const error = await run.catch((e: unknown) => e);
    holder?.exec('ROLLBACK');
    holder?.close();
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'E_DB_LOCKED' });
    const committed = storedContents(db);
    expect(committed.size).toBeGreaterThanOrEqual(3);
    const reference = storedContents(join(dir, 'pooled.sqlite'));
    for (const [path, stored] of committed) expect(stored).toBe(reference.get(path));
    expect(await runPipeline({ inputs: [archive.folder], db, workers: 2 })).toMatchObject({ ok: 42 - committed.size, skipped: committed.size });
  });

  it('lists the first failures in the summary and counts the rest', async () => {
    const folder = join(dir, 'many-failures');
    mkdirSync(folder);
    for (let i = 0; i < 55; i++) writeFileSync(join(folder, `empty-${String(i).padStart(2, '0')}.txt`), '');
    const summary = await runPipeline({ inputs: [folder], db: join(dir, 'many-failures.sqlite'), workers: 1, failuresListed: 20 });
    expect(summary).toMatchObject({ failed: 55, failuresOmitted: 35 });
    expect(summary.failures).toHaveLength(20);
    const cli = runCli(['run', folder, '--db', join(dir, 'many-failures-cli.sqlite'), '--quiet']);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('Failed documents (55):');
    expect(cli.stdout.split('\n').filter((line) => line.includes('[E_EMPTY]'))).toHaveLength(50);
    expect(cli.stdout).toContain(`… and 5 more: \`nianbao stats --db ${join(dir, 'many-failures-cli.sqlite')}\` lists them all`);
  });
});

describe('the worker pool', () => {
  it('a worker that cannot start fails the start, and no other worker is left running', () => {
    // Two workers: the first to take the lock fails at once, the other becomes ready later. The
    // start must fail and the process must exit by itself, not wait on the worker left ready.
    const folder = join(dir, 'failing-worker');
    mkdirSync(folder, { recursive: true });
    const lock = join(folder, 'lock');
    writeFileSync(
      join(folder, 'worker.mjs'),
      `import { openSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
try { openSync(${JSON.stringify(lock)}, 'wx'); throw new Error('this worker cannot start'); } catch (error) { if (error.code !== 'EEXIST') throw error; }
parentPort.on('message', () => {});
setTimeout(() => parentPort.postMessage({ kind: 'ready', pipelineVersion: 'test' }), 300);
`,
    );
    writeFileSync(
      join(folder, 'start.mjs'),
      `import { startProcessor } from ${JSON.stringify(pathToFileURL(packagePath('dist', 'pipeline', 'engine', 'pool.js')).href)};
try {
  await startProcessor(2, {}, new URL(${JSON.stringify(pathToFileURL(join(folder, 'worker.mjs')).href)}));
  console.log('started');
} catch (error) {
  console.log('failed: ' + error.message);
}
`,
    );
    const child = spawnSync(process.execPath, [join(folder, 'start.mjs')], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal).toBeNull();
    expect(child.stdout).toBe('failed: this worker cannot start\n');
    expect(child.status).toBe(0);
  });
});

describe('the V8 flags of a worker pool', () => {
  // v8.setFlagsFromString ignores a flag this V8 does not know; node's command line refuses it.
  it('are flags this node accepts', () => {
    const child = spawnSync(process.execPath, [...WORKER_POOL_V8_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
  });
});

describe('the tokenizer thread', () => {
  const pieces = ['本年新收政府信息公开申请数量', '扎实推进教育系统政务服务平台建设', '吉林省吉林市九站街'];

  it('cuts for a worker exactly as jieba does in the worker\'s own thread (seed text)', async () => {
    const service = await CutService.start();
    try {
      const cut = remoteCutter(service.connect());
      expect(cut(pieces).map((ends) => [...ends])).toEqual(cutPieces(pieces).map((ends) => [...ends]));
    } finally {
      await service.close();
    }
  });

  it('once it stops, a waiting worker fails the document as E_WORKER (retried next run) instead of waiting for ever', async () => {
    const service = await CutService.start();
    const channel = service.connect();
    await service.close();
    expect(() => remoteCutter(channel)(pieces)).toThrow(expect.objectContaining({ code: 'E_WORKER' }));
  });

  it('a tokenizer thread that dies stops every channel', async () => {
    const folder = join(dir, 'dying-tokenizer');
    mkdirSync(folder, { recursive: true });
    const script = join(folder, 'tokenizer.mjs');
    writeFileSync(script, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => setTimeout(() => process.exit(3), 20));\nparentPort.postMessage('ready');\n`);
    const service = await CutService.start(pathToFileURL(script));
    const channel = service.connect();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(() => remoteCutter(channel)(pieces)).toThrow(expect.objectContaining({ code: 'E_WORKER' }));
    await service.close();
  });
});

describe('the run command', () => {
  it('documents --workers, and runs with --workers 0 in one thread', () => {
    expect(runCli(['run', '--help']).stdout).toMatch(/-w, --workers N\s+worker threads for the stages .* \(default: the number of cores, here \d+\)/);
    const out = runCli(['run', SEED, '--db', join(dir, 'cli-w0.sqlite'), '--workers', '0', '--json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: 1, workers: 0 });
    expect(runCli(['run', SEED, '--workers', 'two']).stderr).toContain('--workers needs a whole number (got "two")');
  });

  it('on a pipe, notes failures on stderr without a bar; --quiet and --json print the summary only', () => {
    const archive = generateArchive(join(dir, 'progress-archive'), 14, 3);
    writeFileSync(join(archive.folder, 'empty.txt'), '');
    const plain = runCli(['run', archive.folder, '--db', join(dir, 'progress.sqlite')]);
    expect(plain.code).toBe(1);
    // No bar (no carriage returns): the failure note, and a plain progress line only if the run
    // outlasted the 5 s between them (it may on a loaded machine).
    const lines = plain.stderr.split('\n').filter(Boolean);
    expect(plain.stderr).not.toContain('\r');
    expect(lines.filter((line) => line.startsWith('failed'))).toEqual([`failed  ${join(archive.folder, 'empty.txt')}: the file is empty`]);
    expect(lines.filter((line) => !line.startsWith('failed')).every((line) => /^nianbao: \d+\/15 documents/.test(line))).toBe(true);
    const quiet = runCli(['run', archive.folder, '--db', join(dir, 'progress-q.sqlite'), '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^nianbao: 15 documents in [\d.]+ s: 14 ok, 1 failed, 0 skipped \(unchanged\)\n/);
    const json = runCli(['run', archive.folder, '--db', join(dir, 'progress-j.sqlite'), '--json']);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({ total: 15, ok: 14, failed: 1, interrupted: false });
  });
});
