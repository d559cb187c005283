import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { findNumbers, isFigure } from '../../extractors/numbers/index.js';
import { decodeBytes } from '../../pipeline/01-ingest/decode.js';
import { packagePath } from '../../pipeline/paths.js';

/**
 * A synthetic archive made from the project's corpus reports (corpus/seeds, corpus/fixtures):
 * each document is one of them with its figures, agency and year changed, in its own encoding
 * (UTF-8, GBK) and format (.txt, .html). For tests of the batch engine and for the benchmark.
 */
export interface Archive {
  folder: string;
  files: string[];
  bytes: number;
}

interface Template {
  name: string;
  text: string;
  encoding: 'utf-8' | 'gbk';
  html: boolean;
  agency?: string;
  year?: number;
}

const REGIONS = ['长春市', '吉林市', '四平市', '通化市', '白山市', '松原市', '白城市', '延边州', '梅河口市', '公主岭市', '九台区', '双阳区', '南关区', '宽城区', '朝阳区', '绿园区', '二道区', '农安县', '德惠市', '榆树市'];
const DEPARTMENTS = ['教育局', '财政局', '卫生健康委员会', '人民政府办公室', '生态环境局', '交通运输局', '住房和城乡建设局', '市场监督管理局', '民政局', '人力资源和社会保障局', '自然资源局', '农业农村局', '水利局', '文化和旅游局', '统计局'];

function templates(): Template[] {
  const out: Template[] = [];
  for (const folder of ['seeds', 'fixtures']) {
    const dir = packagePath('corpus', folder);
    for (const name of readdirSync(dir).sort()) {
      const bytes = readFileSync(join(dir, name));
      const { text, encoding } = decodeBytes(bytes);
      const head = text.replace(/<[^>]*>/g, ' ').slice(0, 400);
      const agency = head
        .split(/[^\u4e00-\u9fa5]+|[年度]/)
        .map((run) => /^[\u4e00-\u9fa5]{2,12}?(?:局|委员会|人民政府|办公室)/.exec(run)?.[0])
        .find(Boolean);
      const year = Number(/(20[0-2]\d)年/.exec(head)?.[1]) || undefined;
      out.push({ name, text, encoding: encoding === 'gb18030' ? 'gbk' : 'utf-8', html: extname(name).startsWith('.htm'), agency, year });
    }
  }
  return out;
}

/** A small deterministic generator (mulberry32), so an archive is the same for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function varyFigures(text: string, next: () => number): string {
  let out = '';
  let at = 0;
  for (const n of findNumbers(text)) {
    const digits = text.slice(n.valueStart, n.valueEnd);
    if (!isFigure(n.role) || !/^\d+(\.\d+)?$/.test(digits)) continue;
    const decimals = digits.split('.')[1]?.length ?? 0;
    const varied = (Number(digits) * (0.5 + next())).toFixed(decimals);
    out += text.slice(at, n.valueStart) + varied;
    at = n.valueEnd;
  }
  return out + text.slice(at);
}

function vary(template: Template, next: () => number): string {
  const agency = REGIONS[Math.floor(next() * REGIONS.length)] + DEPARTMENTS[Math.floor(next() * DEPARTMENTS.length)];
  const shift = Math.floor(next() * 7) - 3;
  const change = (text: string) => {
    let out = varyFigures(text, next);
    if (template.agency) out = out.split(template.agency).join(agency);
    if (template.year) {
      const y = template.year;
      out = out.replace(new RegExp(`(${y}|${y + 1})年`, 'g'), (_, year: string) => `${Number(year) + shift}年`);
    }
    return out;
  };
  // In HTML only the text between tags changes: attributes (colspan="2") keep their numbers.
  return template.html ? template.text.split(/(<[^>]*>)/).map((part, i) => (i % 2 ? part : change(part))).join('') : change(template.text);
}

let gbkTable: Map<string, number[]> | undefined;

/** Encodes text as GBK (there is no GBK TextEncoder): a table from decoding every double-byte code. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(gbkTable.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(bytes);
}

/**
 * Writes `documents` reports into `folder` (sub-folders of 500), cycling through the corpus
 * reports and varying each. The same seed gives the same archive.
 */
export function generateArchive(folder: string, documents: number, seed = 1): Archive {
  const sources = templates();
  const next = random(seed);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < documents; i++) {
    const template = sources[i % sources.length];
    const sub = join(folder, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const text = vary(template, next);
    const data = template.encoding === 'gbk' ? encodeGbk(text) : Buffer.from(text, 'utf8');
    const path = join(sub, `${String(i).padStart(6, '0')}-${template.name}`);
    writeFileSync(path, data);
    files.push(path);
    bytes += data.byteLength;
  }
  return { folder, files, bytes };
}
