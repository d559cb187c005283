import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../pipeline/paths.js';
import { PROJECT_CORPUS, SHARED, noteSharedSkip } from './support/shared.js';
import { tempDir } from './support/tmp.js';

const CLI = packagePath('dist', 'pipeline', 'cli.js');
const dir = tempDir();

function nianbao(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the nianbao command (built by `npm run build`, which `npm test` runs first)', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it for you)`);
  });

  it('describes every command and option', () => {
    const help = nianbao('--help');
    expect(help.code).toBe(0);
    for (const command of ['run', 'export', 'stats', 'extractors']) expect(help.stdout).toContain(command);
    const runHelp = nianbao('run', '--help');
    expect(runHelp.code).toBe(0);
    for (const option of ['--db', '--force', '--extractors', '--disable', '--quiet', '--json']) expect(runHelp.stdout).toContain(option);
    expect(nianbao('export', '--help').stdout).toContain('--format');
    expect(nianbao('stats', '--help').stdout).toContain('--db');
  });

  it('exits 2 on bad usage, naming the problem', () => {
    const unknown = nianbao('run', 'x', '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --frobnicate');
    expect(nianbao('launch').code).toBe(2);
    expect(nianbao('run').stderr).toContain('run needs <inputs...>');
    expect(nianbao('export', '--format', 'xml').stderr).toContain('--format must be one of jsonl, csv');
    const noDb = nianbao('stats', '--db', join(dir, 'nope.sqlite'));
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toContain('cannot be opened');
  });

  it('exits 0 when every document was processed and 1 when some failed, listing them', () => {
    const ok = nianbao('run', join(PROJECT_CORPUS, 'seeds'), '--db', 'ok.sqlite');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/5 documents in [\d.]+ s: 5 ok, 0 failed, 0 skipped/);
    const folder = join(dir, 'some-bad');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(PROJECT_CORPUS, 'seeds', '003_ec855f1e0311ed9b.txt'), join(folder, 'good.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    const bad = nianbao('run', folder, '--db', 'bad.sqlite');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Failed documents (1):');
    expect(bad.stdout).toMatch(/empty\.txt\s+\[E_EMPTY\] the file is empty/);
    const stats = nianbao('stats', '--db', 'bad.sqlite', '--json');
    expect(JSON.parse(stats.stdout).documents.byStatus).toEqual({ failed: 1, ok: 1 });
  });

  it('exports JSONL and CSV to a file', () => {
    expect(nianbao('run', join(PROJECT_CORPUS, 'seeds'), '--db', 'export.sqlite', '--quiet').code).toBe(0);
    expect(nianbao('export', '--db', 'export.sqlite', '--format', 'jsonl', '--out', 'out.jsonl').code).toBe(0);
    const records = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((r) => r.type === 'document')).toHaveLength(5);
    expect(nianbao('export', '--db', 'export.sqlite', '--format', 'csv', '--table', 'documents', '--out', 'docs.csv').code).toBe(0);
    expect(readFileSync(join(dir, 'docs.csv'), 'utf8').split('\n')[0]).toBe('path,status,error_code,error,year,agency,region,format,kind,title,encoding,sha256');
  });

  it('lists the extractor plugins', () => {
    const list = nianbao('extractors', '--json');
    expect(list.code).toBe(0);
    const extractors = JSON.parse(list.stdout) as { id: string; kind: string }[];
    expect(extractors.map((e) => e.id)).toEqual(expect.arrayContaining(['prose.pattern', 'prose.negation', 'prose.list', 'prose.keyword']));
  });

  describe.skipIf(noteSharedSkip('scoring the CLI export with ../shared/tools/score.mjs'))('with ../shared', () => {
    it('writes JSONL the scorer reads without a single unreadable line', () => {
      expect(nianbao('run', join(SHARED, 'corpus', 'dev', 'texts'), '--db', 'dev.sqlite', '--quiet').code).toBeLessThanOrEqual(1);
      expect(nianbao('export', '--db', 'dev.sqlite', '--format', 'jsonl', '--out', 'dev.jsonl').code).toBe(0);
      const scored = spawnSync(process.execPath, [join(SHARED, 'tools', 'score.mjs'), '--gold', join(SHARED, 'corpus', 'dev', 'gold'), '--pred', join(dir, 'dev.jsonl'), '--json'], { encoding: 'utf8' });
      const result = JSON.parse(scored.stdout);
      expect(result.unreadable_lines).toBe(0);
      expect(result.gold_docs_without_output).toBe(0);
    });
  });
});
