import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocuments, readFacts } from '../output/read.js';
import { Store } from '../output/store.js';
import { runPipeline, type RunSummary } from '../pipeline/run.js';
import { encodeGbk } from './support/archive.js';
import { runCli, unprivileged, type CliResult } from './support/cli.js';
import { PROJECT_CORPUS } from './support/shared.js';
import { tempDir } from './support/tmp.js';

// Every case of the list, end to end: through runPipeline (with worker threads) and
// through the CLI. The batch goes on; a bad document is stored as failed with a reason.

const dir = tempDir();
const SEED = join(PROJECT_CORPUS, 'seeds', '000_e736801e236d0d10.txt');
const seedText = readFileSync(SEED, 'utf8');
/** 臨夏州交通運輸局2019年政府信息公開工作年度報告 / 本年度公開發布信息69條。 in Big5. */
const BIG5 = Uint8Array.from([
  193, 123, 174, 76, 166, 123, 165, 230, 179, 113, 185, 66, 191, 233, 167, 189, 50, 48, 49, 57, 166, 126, 172, 70, 169, 178, 171, 72, 174, 167, 164, 189,
  182, 125, 164, 117, 167, 64, 166, 126, 171, 215, 179, 248, 167, 105, 10, 165, 187, 166, 126, 171, 215, 164, 189, 182, 125, 181, 111, 165, 172, 171, 72,
  174, 167, 54, 57, 177, 248, 161, 67,
]);
const withBom = (bom: number[], body: Uint8Array) => Buffer.concat([Buffer.from(bom), body]);
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const noStackTrace = (out: CliResult) => expect(out.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** The headline figure of seed 000, whatever encoding it was read in. */
function activeTotals(db: string): Map<string, number> {
  const store = Store.open(db, { readonly: true });
  try {
    return new Map([...readFacts(store)].filter((f) => f.metric === 'active.total' && !f.supersededBy).map((f) => [f.doc.split('/').pop()!, f.value]));
  } finally {
    store.close();
  }
}

describe('a folder of bad and awkward inputs', () => {
  const folder = join(dir, 'inbox');
  const mixed = join(folder, 'mixed-encodings');
  const db = join(dir, 'inbox.sqlite');
  const cliDb = join(dir, 'inbox-cli.sqlite');
  let summary: RunSummary;
  let cli: CliResult;
  let cliSummary: RunSummary;
  const failure = (name: string) => summary.failures.find((f) => f.path.endsWith(`/${name}`));
  const cliFailure = (name: string) => cliSummary.failures.find((f) => f.path.endsWith(`/${name}`));

  beforeAll(async () => {
    mkdirSync(mixed, { recursive: true });
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'blank.txt'), ' \n\t\n');
    writeFileSync(join(folder, 'junk.txt'), Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(join(folder, 'report.pdf'), '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    writeFileSync(join(folder, 'report.docx'), withBom([0x50, 0x4b, 0x03, 0x04], Uint8Array.from({ length: 2000 }, (_, i) => (i * 31) % 256)));
    writeFileSync(join(folder, 'download.txt'), withBom([0x25, 0x50, 0x44, 0x46, 0x2d], Buffer.from('1.7\n%\u00e2\u00e3\u00cf\u00d3\nstream\n')));
    writeFileSync(join(folder, 'scripts-only.html'), '<html><head><script>var report = "2019";</script><style>p{}</style></head><body><nav><a href="/">首页</a></nav><script>document.write("x")</script></body></html>');
    copyFileSync(SEED, join(mixed, 'utf8.txt'));
    writeFileSync(join(mixed, 'utf8-bom.txt'), withBom([0xef, 0xbb, 0xbf], Buffer.from(seedText)));
    writeFileSync(join(mixed, 'gbk.txt'), encodeGbk(seedText));
    writeFileSync(join(mixed, 'utf16le-bom.txt'), withBom([0xff, 0xfe], Buffer.from(seedText, 'utf16le')));
    writeFileSync(join(mixed, 'utf16le.txt'), Buffer.from(seedText, 'utf16le'));
    writeFileSync(join(mixed, 'utf16be-bom.txt'), withBom([0xfe, 0xff], utf16be(seedText)));
    writeFileSync(join(mixed, 'big5.txt'), BIG5);
    // A folder symlink that loops back to its parent.
    mkdirSync(join(folder, 'loop'));
    copyFileSync(SEED, join(folder, 'loop', 'in-loop.txt'));
    symlinkSync('..', join(folder, 'loop', 'back-up'));
    execFileSync('mkfifo', [join(folder, 'named-pipe.txt')]);
    // Sorted last and removed once the run has started: it vanishes between walking and reading.
    copyFileSync(SEED, join(folder, 'zz-vanishing.txt'));
    summary = await runPipeline({
      inputs: [folder],
      db,
      workers: 2,
      onProgress: (p) => {
        if (p.done === 1) unlinkSync(join(folder, 'zz-vanishing.txt'));
      },
    });
    copyFileSync(SEED, join(folder, 'zz-vanishing.txt'));
    symlinkSync(join(folder, 'zz-vanishing.txt'), join(folder, 'zz-dangling.txt'));
    unlinkSync(join(folder, 'zz-vanishing.txt'));
    cli = runCli(['run', folder, '--db', cliDb, '--workers', '2', '--json']);
    cliSummary = JSON.parse(cli.stdout) as RunSummary;
  });

  it('goes on past every bad document and lists it, exit code 1, no stack trace', () => {
    expect(summary.total).toBe(summary.ok + summary.failed);
    expect(summary.ok).toBe(8);
    expect(cli.code).toBe(1);
    noStackTrace(cli);
    expect(cliSummary.ok).toBe(8);
    const store = Store.open(db, { readonly: true });
    try {
      const failed = [...readDocuments(store)].filter((d) => d.status === 'failed');
      expect(failed.length).toBe(summary.failed);
      for (const d of failed) expect(d.error).toMatch(/^\S+ \S+ \S+/);
    } finally {
      store.close();
    }
  });

  it('an empty file, or one of only whitespace: E_EMPTY', () => {
    expect(failure('empty.txt')).toMatchObject({ errorCode: 'E_EMPTY', error: 'the file is empty' });
    expect(failure('blank.txt')).toMatchObject({ errorCode: 'E_EMPTY', error: 'the file holds only whitespace' });
    expect(cliFailure('empty.txt')?.errorCode).toBe('E_EMPTY');
  });

  it('binary junk with a .txt name: E_BINARY', () => {
    expect(failure('junk.txt')?.errorCode).toBe('E_BINARY');
    expect(failure('junk.txt')?.error).toMatch(/binary data, not text/);
    expect(cliFailure('junk.txt')?.errorCode).toBe('E_BINARY');
  });

  it('a PDF or .docx given by mistake says what is not supported yet, also under a .txt name', () => {
    expect(failure('report.pdf')).toMatchObject({ errorCode: 'E_UNSUPPORTED', error: expect.stringMatching(/^PDF is not supported yet: convert it to text first/) });
    expect(failure('report.docx')).toMatchObject({ errorCode: 'E_UNSUPPORTED', error: expect.stringMatching(/^Word \.docx is not supported yet/) });
    expect(failure('download.txt')).toMatchObject({ errorCode: 'E_UNSUPPORTED', error: expect.stringMatching(/^the file is a PDF, though named \.txt: PDF is not supported yet/) });
    expect(cliFailure('download.txt')?.errorCode).toBe('E_UNSUPPORTED');
  });

  it('GBK text without a BOM is read as GB18030 and gives the same figures', () => {
    const store = Store.open(db, { readonly: true });
    try {
      expect([...readDocuments(store)].find((d) => d.path.endsWith('/gbk.txt'))).toMatchObject({ status: 'ok', encoding: 'gb18030', year: 2017, agency: '吉林经开区教育局' });
    } finally {
      store.close();
    }
    expect(activeTotals(db).get('gbk.txt')).toBe(486);
  });

  it('UTF-16 with and without a BOM, little- and big-endian, is read and gives the same figures', () => {
    const store = Store.open(db, { readonly: true });
    try {
      const docs = [...readDocuments(store)];
      expect(docs.find((d) => d.path.endsWith('/utf16le-bom.txt'))?.encoding).toBe('utf-16le');
      expect(docs.find((d) => d.path.endsWith('/utf16le.txt'))?.encoding).toBe('utf-16le');
      expect(docs.find((d) => d.path.endsWith('/utf16be-bom.txt'))?.encoding).toBe('utf-16be');
    } finally {
      store.close();
    }
    const totals = activeTotals(db);
    for (const name of ['utf16le-bom.txt', 'utf16le.txt', 'utf16be-bom.txt']) expect(totals.get(name)).toBe(486);
  });

  it('mixed encodings in one folder: each document decoded on its own', () => {
    const store = Store.open(db, { readonly: true });
    try {
      const encodings = Object.fromEntries([...readDocuments(store)].filter((d) => d.path.includes('/mixed-encodings/')).map((d) => [d.path.split('/').pop(), d.encoding]));
      expect(encodings).toEqual({
        'big5.txt': 'big5',
        'gbk.txt': 'gb18030',
        'utf16be-bom.txt': 'utf-16be',
        'utf16le-bom.txt': 'utf-16le',
        'utf16le.txt': 'utf-16le',
        'utf8-bom.txt': 'utf-8-bom',
        'utf8.txt': 'utf-8',
      });
      expect(store.db.prepare("SELECT status, script FROM documents WHERE path LIKE '%/big5.txt'").get()).toEqual({ status: 'ok', script: 'traditional' });
    } finally {
      store.close();
    }
    const totals = activeTotals(db);
    expect(new Set(['utf8.txt', 'utf8-bom.txt', 'gbk.txt', 'utf16le.txt'].map((name) => totals.get(name)))).toEqual(new Set([486]));
  });

  it('HTML with scripts and no report: E_NO_CONTENT', () => {
    expect(failure('scripts-only.html')).toMatchObject({ errorCode: 'E_NO_CONTENT', error: expect.stringMatching(/no visible report text/) });
    expect(cliFailure('scripts-only.html')?.errorCode).toBe('E_NO_CONTENT');
  });

  it('a folder symlink loop is walked once: every file exactly once', () => {
    const db3 = new Database(db, { readonly: true });
    try {
      const rows = db3.prepare("SELECT path FROM documents WHERE path LIKE '%in-loop.txt'").all() as { path: string }[];
      expect(rows.map((r) => r.path)).toEqual([join(folder, 'loop', 'in-loop.txt')]);
      const { n, paths } = db3.prepare('SELECT count(*) AS n, count(DISTINCT path) AS paths FROM documents').get() as { n: number; paths: number };
      expect(n).toBe(paths);
    } finally {
      db3.close();
    }
  });

  it('a file that disappears during the run, or a dangling link: E_READ, the rest goes on', () => {
    expect(failure('zz-vanishing.txt')).toMatchObject({ errorCode: 'E_READ', error: 'the file cannot be read: no such file or folder' });
    expect(cliFailure('zz-dangling.txt')).toMatchObject({ errorCode: 'E_READ', error: 'the file cannot be read: no such file or folder' });
  });

  it('a named pipe is not read (it would block for ever): E_READ', () => {
    expect(failure('named-pipe.txt')).toMatchObject({ errorCode: 'E_READ', error: 'not a regular file' });
  });
});

describe('an unreadable file', () => {
  const folder = join(dir, 'unreadable');
  mkdirSync(folder, { recursive: true });
  const as = unprivileged(dir);
  if ('skip' in as) console.warn(`\n[nianbao tests] skipping the unreadable-file test: ${as.skip}\n`);

  it.skipIf('skip' in as)('is failed with E_READ "permission denied" and the batch goes on', () => {
    copyFileSync(SEED, join(folder, 'a-readable.txt'));
    writeFileSync(join(folder, 'b-locked.txt'), seedText);
    chmodSync(join(folder, 'b-locked.txt'), 0o000);
    chmodSync(folder, 0o777);
    const out = runCli(['run', folder, '--db', join(folder, 'out.sqlite'), '--json'], 'options' in as ? as.options : {});
    chmodSync(join(folder, 'b-locked.txt'), 0o644);
    expect(out.code).toBe(1);
    noStackTrace(out);
    const result = JSON.parse(out.stdout) as RunSummary;
    expect(result.ok).toBe(1);
    expect(result.failures).toEqual([{ path: join(folder, 'b-locked.txt'), errorCode: 'E_READ', error: 'the file cannot be read: permission denied' }]);
  });
});

describe('a database that cannot be used: exit code 2, a sentence, no stack trace', () => {
  const folder = join(dir, 'databases');
  mkdirSync(folder, { recursive: true });
  const as = unprivileged(dir);
  if ('skip' in as) console.warn(`\n[nianbao tests] skipping the read-only database tests: ${as.skip}\n`);
  const spawnOptions = 'options' in as ? as.options : {};

  it.skipIf('skip' in as)('a read-only database file: E_DB_READONLY', () => {
    const db = join(folder, 'read-only.sqlite');
    expect(runCli(['run', SEED, '--db', db, '--quiet']).code).toBe(0);
    chmodSync(db, 0o444);
    chmodSync(folder, 0o777);
    const out = runCli(['run', SEED, '--db', db, '--force'], spawnOptions);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(`nianbao: the database ${db} is read-only: choose a writable --db path\n`);
  });

  it.skipIf('skip' in as)('a database in a read-only folder: E_DB_OPEN', () => {
    const readOnly = join(folder, 'read-only-folder');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const out = runCli(['run', SEED, '--db', join(readOnly, 'new.sqlite')], spawnOptions);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/cannot be opened \(does its folder exist and is it writable\?\)/);
    noStackTrace(out);
  });

  it('a database locked by another connection (exclusive lock): E_DB_LOCKED', () => {
    const db = join(folder, 'locked.sqlite');
    expect(runCli(['run', SEED, '--db', db, '--quiet']).code).toBe(0);
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const out = runCli(['run', SEED, '--db', db, '--force']);
      expect(out.code).toBe(2);
      expect(out.stderr).toBe(`nianbao: the database ${db} is locked by another process: wait for it to finish or use another --db\n`);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('a folder given as the database: E_DB_OPEN', () => {
    const out = runCli(['run', SEED, '--db', folder]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^nianbao: the database .* cannot be opened/);
    noStackTrace(out);
  });
});

describe('large documents', () => {
  it('a report with 10,000 paragraphs is processed whole', async () => {
    const folder = join(dir, 'long');
    mkdirSync(folder, { recursive: true });
    const paragraphs = Array.from({ length: 10_000 }, (_, i) => `（${(i % 9) + 1}）第${i + 1}项：本机关全年主动公开政府信息${100 + i}条，受理依申请公开${i % 50}件。`);
    writeFileSync(join(folder, 'long.txt'), `${seedText}\n${paragraphs.join('\n')}\n`);
    const db = join(dir, 'long.sqlite');
    const result = await runPipeline({ inputs: [folder], db, workers: 2 });
    expect(result).toMatchObject({ ok: 1, failed: 0 });
    const store = Store.open(db, { readonly: true });
    try {
      const [doc] = [...readDocuments(store)];
      expect(doc.status).toBe('ok');
      const stored = store.db.prepare('SELECT length(text) AS n FROM documents').get() as { n: number };
      expect(stored.n).toBeGreaterThan(10_000 * 30);
      // Every paragraph's figure is kept: one stands for the metric, the others are superseded, in one conflict.
      const totals = store.db.prepare("SELECT count(*) AS n FROM facts WHERE metric = 'active.total'").get() as { n: number };
      expect(totals.n).toBeGreaterThanOrEqual(10_000);
    } finally {
      store.close();
    }
  });

  it('a 50 MB text file is processed (in a worker of its own), and the batch goes on', { timeout: 240_000 }, async () => {
    const folder = join(dir, 'huge');
    mkdirSync(folder, { recursive: true });
    const copies = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(seedText));
    writeFileSync(join(folder, 'huge.txt'), Array.from({ length: copies }, () => seedText).join('\n'));
    copyFileSync(SEED, join(folder, 'small.txt'));
    const db = join(dir, 'huge.sqlite');
    const result = await runPipeline({ inputs: [folder], db, workers: 2 });
    expect(result).toMatchObject({ ok: 2, failed: 0 });
    expect(result.bytes).toBeGreaterThan(50 * 1024 * 1024);
    const store = Store.open(db, { readonly: true });
    try {
      const huge = store.db.prepare("SELECT status, length(text) AS n FROM documents WHERE path LIKE '%huge.txt'").get() as { status: string; n: number };
      expect(huge.status).toBe('ok');
      expect(huge.n).toBeGreaterThan(copies * 2000);
    } finally {
      store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
