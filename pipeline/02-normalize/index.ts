import * as OpenCC from 'opencc-js';
import type { Language, NormalizedDoc, IngestedDoc, Script, TableGrid } from '../../schemas/types.js';
import { defineStage, message } from '../stage.js';
import { MappedTextBuilder, toInput, toOutput, type OffsetRuns } from './offset-map.js';

export { toInput, toOutput, type OffsetRuns };

/** Tone-marked vowels: a parenthesised Latin syllable holding one is a pinyin gloss (報(bào)告), not content. */
const TONE_VOWEL = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

/**
 * Length-changing repairs of web-copy debris: CRLF line ends, U+FFFD, zero-width characters,
 * Word bookmarks ([bookmark: _GoBack]) and pinyin glosses after a Hanzi.
 */
const DEBRIS = /\r\n?|[\ufffd\u200b-\u200d\u2060\ufeff\u00ad]|\[bookmark:[^\]\n]{0,80}\]|(?<=[\u3400-\u9fff])\s?[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g;

export function removeDebris(raw: string): { text: string; runs: OffsetRuns; removed: Record<string, number> } {
  const builder = new MappedTextBuilder();
  const removed: Record<string, number> = {};
  let last = 0;
  for (const match of raw.matchAll(DEBRIS)) {
    const at = match.index!;
    const found = match[0];
    let kind: string;
    let keep = '';
    if (found[0] === '\r') {
      kind = 'crlf';
      keep = '\n';
    } else if (found === '\ufffd') kind = 'replacement-character';
    else if (found.startsWith('[bookmark')) kind = 'bookmark';
    else if (found.length === 1) kind = 'invisible-character';
    else if (TONE_VOWEL.test(found)) kind = 'pinyin-gloss';
    else continue;
    builder.copy(raw.slice(last, at), last);
    if (keep) builder.copy(keep, at);
    last = at + found.length;
    if (kind !== 'crlf') removed[kind] = (removed[kind] ?? 0) + 1;
  }
  builder.copy(raw.slice(last), last);
  const { text, runs } = builder.finish(raw.length);
  return { text, runs, removed };
}

const CJK_CHAR = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/**
 * One form for the characters extraction keys on, without changing the length: full-width
 * digits, Latin letters and %+-. become ASCII; every kind of space becomes a plain space; ASCII
 * ,:;()?! next to Chinese become their full-width forms (excerpts copied from the web have them
 * "partly normalized to ASCII"), so one pattern covers both spellings.
 */
export function unifyCharacters(text: string): string {
  let out = text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0d\uff0e\uff0f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  out = out.replace(/[\u3000\u00a0\u2000-\u200a\u202f\u205f]/g, ' ');
  const spaced = out;
  out = out.replace(/[,:;?!()]/g, (c, at: number) => {
    const before = spaced[at - 1] ?? '';
    const after = spaced[at + 1] ?? '';
    if (/\d/.test(before) && /\d/.test(after)) return c;
    let chinese: boolean;
    if (c === '(') chinese = CJK_CHAR.test(after);
    else if (c === ')') chinese = CJK_CHAR.test(before);
    else chinese = CJK_CHAR.test(before) || (CJK_CHAR.test(after) && !/[A-Za-z0-9]/.test(before));
    return chinese ? FULL_WIDTH[c] : c;
  });
  return out;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

let traditionalToSimplified: ((s: string) => string) | undefined;
function t2s(s: string): string {
  // Taiwan variants to mainland characters, character by character (檔案 stays 档案, not 文件):
  // labels must name what the report printed.
  const convert = (traditionalToSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

/** Share of Hanzi that the Traditional→Simplified conversion changes, on a sample of the text. */
export function traditionalShare(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 10000) + text.slice(text.length / 2, text.length / 2 + 10000) : text;
  const converted = t2s(sample);
  let hanzi = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) {
      hanzi++;
      if (converted[i] !== sample[i]) changed++;
    }
  }
  return hanzi === 0 ? 0 : changed / hanzi;
}

/** Converts to Simplified without changing the length; a character whose conversion would change it stays. */
export function toSimplified(text: string): string {
  const whole = t2s(text);
  if (whole.length === text.length) return whole;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const converted = t2s(line);
    if (converted.length === line.length) out.push(converted);
    else out.push([...line].map((ch) => (t2s(ch).length === ch.length ? t2s(ch) : ch)).join(''));
  }
  return out.join('\n');
}

/**
 * Web addresses and e-mail addresses: Latin letters that say nothing about the report's language.
 * Tried only where a token starts: a Chinese paragraph is one long token, and a leading \S* tried
 * from each of its characters rescans the rest of it (quadratic; 1.8% of a run's CPU).
 */
const ADDRESS_TOKEN = /(?<!\S)\S*(?:https?:\/\/|www\.|@|\.(?:gov|com|org|net|edu)\b)\S*/gi;

/**
 * 'en' when English words outnumber Hanzi in the text (sampled from its start, middle and end):
 * a Chinese word takes one to three Hanzi, so an English report that quotes Chinese names and
 * titles stays far above the line, and a Chinese report with URLs, English names of websites or
 * a glossary stays far below it. Fewer than 20 English words is never English.
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > 60000 ? text.slice(0, 20000) + text.slice(text.length / 2 - 10000, text.length / 2 + 10000) + text.slice(-20000) : text;
  // Counted, not matched: a match array would hold a string per Hanzi of a Chinese report.
  let hanzi = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) hanzi++;
  }
  const words = sample.replace(ADDRESS_TOKEN, ' ').match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return words >= 20 && words > hanzi ? 'en' : 'zh';
}

/** Above this share of changed Hanzi a text is a Traditional copy; Simplified text scores ~0. */
const TRADITIONAL_THRESHOLD = 0.03;

export const normalize = defineStage<IngestedDoc, NormalizedDoc>(
  {
    name: 'normalize',
    version: '1',
    description: 'repair web-copy debris, unify widths and spaces, convert Traditional to Simplified; offsets point into the result',
  },
  (doc) => {
    const { rawTables, ...rest } = doc;
    const rawText = doc.rawText;
    const messages = [...doc.messages];
    const { text: repaired, runs, removed } = removeDebris(rawText);
    for (const [kind, count] of Object.entries(removed)) {
      messages.push(message('normalize', `normalize/${kind}`, 'info', `removed ${count} × ${kind.replace(/-/g, ' ')}`));
    }
    let text = unifyCharacters(repaired);
    const share = traditionalShare(text);
    let script: Script = 'simplified';
    if (share > TRADITIONAL_THRESHOLD) {
      script = 'traditional';
      text = toSimplified(text);
      messages.push(message('normalize', 'normalize/traditional', 'info', `Traditional characters converted to Simplified (${(share * 100).toFixed(0)}% of Hanzi changed)`));
    }
    const tables: TableGrid[] = rawTables.map((table) => ({
      ...table,
      start: toOutput(runs, table.start),
      end: toOutput(runs, table.end),
      rows: table.rows.map((row) =>
        row.map((cell) => {
          const start = toOutput(runs, cell.start);
          const end = toOutput(runs, cell.end);
          return { ...cell, start, end, text: text.slice(start, end) };
        }),
      ),
    }));
    return { ...rest, messages, text, rawRuns: runs, tables, script, language: detectLanguage(text) };
  },
);
