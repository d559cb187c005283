import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, readSource, sha256Of } from '../pipeline/01-ingest/index.js';
import { decodeBytes } from '../pipeline/01-ingest/decode.js';
import { renderHtml } from '../pipeline/01-ingest/html.js';
import { processFile } from '../pipeline/stages.js';
import { PROJECT_CORPUS } from './support/shared.js';
import { tempDir } from './support/tmp.js';

const SEED = join(PROJECT_CORPUS, 'seeds', '000_e736801e236d0d10.txt');
const seedText = readFileSync(SEED, 'utf8');
const dir = tempDir();

/** 臨夏州交通運輸局2019年政府信息公開工作年度報告 / 本年度公開發布信息69條。 in Big5 (from dev excerpt hr061). */
const BIG5 = Uint8Array.from([
  193, 123, 174, 76, 166, 123, 165, 230, 179, 113, 185, 66, 191, 233, 167, 189, 50, 48, 49, 57, 166, 126, 172, 70, 169, 178, 171, 72, 174, 167, 164, 189,
  182, 125, 164, 117, 167, 64, 166, 126, 171, 215, 179, 248, 167, 105, 10, 165, 187, 166, 126, 171, 215, 164, 189, 182, 125, 181, 111, 165, 172, 171, 72,
  174, 167, 54, 57, 177, 248, 161, 67,
]);

function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

describe('decodeBytes', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', Buffer.from(seedText, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText, 'utf8')]), 'utf-8-bom'],
    ['UTF-16LE with BOM', utf16le(seedText, true), 'utf-16le'],
    ['UTF-16LE without BOM', utf16le(seedText, false), 'utf-16le'],
    ['GBK (the project corpus copy of seed 000)', readFileSync(join(PROJECT_CORPUS, 'fixtures', '000_e736801e236d0d10.gbk.txt')), 'gb18030'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`reads ${name}`, () => {
      const decoded = decodeBytes(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text.replace(/\u00a0/g, ' ')).toBe(seedText.replace(/\u00a0/g, ' '));
    });
  }

  it('reads Big5 (Traditional archives)', () => {
    const decoded = decodeBytes(BIG5);
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe('臨夏州交通運輸局2019年政府信息公開工作年度報告\n本年度公開發布信息69條。');
  });

  it('refuses empty input, whitespace and binary junk with codes a person understands', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeBytes(Buffer.from('  \n\t\n'))).toThrow(/only whitespace/);
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(() => decodeBytes(junk)).toThrow(/binary/);
  });
});

describe('ingest stage', () => {
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('records the sha256 of the bytes read', async () => {
    const source = await readSource(SEED);
    expect(source.sha256).toBe(sha256Of(readFileSync(SEED)));
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  const failures: [string, string | Uint8Array, string, RegExp][] = [
    ['empty.txt', '', 'E_EMPTY', /empty/],
    ['junk.txt', Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256), 'E_BINARY', /binary/],
    ['report.pdf', '%PDF-1.7 fake', 'E_UNSUPPORTED', /PDF is not supported yet/],
    ['report.docx', 'PK\u0003\u0004', 'E_UNSUPPORTED', /\.docx is not supported yet/],
    ['report.xyz', '政府信息公开', 'E_UNSUPPORTED', /unknown file type "\.xyz"/],
    ['scripts.html', '<html><head><script>var a = 1;</script><style>p{}</style></head><body><nav><a href="/">首页</a></nav><script>go()</script></body></html>', 'E_NO_CONTENT', /no visible report text/],
  ];
  for (const [name, content, code, reason] of failures) {
    it(`turns ${name} into a failed document (${code})`, async () => {
      const result = await processFile(write(name, content));
      expect(result.status).toBe('failed');
      if (result.status !== 'failed') return;
      expect(result.errorCode).toBe(code);
      expect(result.error).toMatch(reason);
      expect(result.stage).toBe('ingest');
    });
  }

  it('reports a missing file as a failed document, not a crash', async () => {
    const result = await processFile(join(dir, 'gone.txt'));
    expect(result).toMatchObject({ status: 'failed', errorCode: 'E_READ' });
    if (result.status === 'failed') expect(result.error).toMatch(/no such file/);
  });

  it('reads an HTML page through the ingest stage', async () => {
    const source = await readSource(join(PROJECT_CORPUS, 'fixtures', 'template2021-merged-cells.html'));
    const doc = ingest.run(source, {});
    expect(doc.sourceFormat).toBe('html');
    expect(doc.rawTables).toHaveLength(3);
  });
});

describe('renderHtml on the project fixture with merged cells', () => {
  const html = readFileSync(join(PROJECT_CORPUS, 'fixtures', 'template2021-merged-cells.html'), 'utf8');
  const rendered = renderHtml(html);

  it('keeps the report body and drops scripts, navigation and footer links', () => {
    expect(rendered.title).toBe('示范县文化和旅游局2023年政府信息公开工作年度报告');
    expect(rendered.text).toContain('一、总体情况');
    expect(rendered.text).toContain('本局主动公开政府信息412条');
    expect(rendered.text).not.toContain('统计代码');
    expect(rendered.text).not.toContain('信息公开目录');
    expect(rendered.text).not.toContain('网站地图');
  });

  it('expands rowspan and colspan of table 3 into a full grid', () => {
    const table3 = rendered.tables[1];
    // Header: 3 rows; body: 2 + 22 + 1 rows.
    expect(table3.rows).toHaveLength(3 + 25);
    for (const row of table3.rows) expect(row).toHaveLength(10);
    const header = table3.rows[0];
    expect(header[0].text).toContain('勾稽关系');
    expect(header[2].spanOf).toEqual({ row: 0, col: 0 });
    expect(table3.rows[2][0].spanOf).toEqual({ row: 0, col: 0 });
    expect(table3.rows[1][3].text).toBe('自然人');
    expect(table3.rows[2][4].text).toBe('商业企业');
    expect(table3.rows[2][3].spanOf).toEqual({ row: 1, col: 3 });
    const disclosed = table3.rows[5];
    expect(disclosed[0].text).toBe('三、本年度办理结果');
    expect(disclosed[1].text).toBe('（一）予以公开');
    expect(disclosed.slice(3).map((c) => c.text)).toEqual(['6', '1', '0', '0', '0', '0', '7']);
    const secret = table3.rows[7];
    expect(secret[0].spanOf).toEqual({ row: 5, col: 0 });
    expect(secret[1].text).toBe('（三）不予公开');
    expect(secret[2].text).toBe('1.属于国家秘密');
  });

  it('gives every cell an offset that points at its text', () => {
    for (const table of rendered.tables) {
      for (const row of table.rows) for (const cell of row) expect(rendered.text.slice(cell.start, cell.end)).toBe(cell.text);
    }
  });
});
