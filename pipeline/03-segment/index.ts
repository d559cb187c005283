import { findEnglishNumbers } from '../../extractors/english/numbers.js';
import { findNumbers } from '../../extractors/numbers/index.js';
import type { Language, NormalizedDoc, NumberMention, Paragraph, SegmentedDoc, Span } from '../../schemas/types.js';
import { lowerBound } from '../ordered.js';
import { defineStage, type WordCutter } from '../stage.js';
import { cutPieces } from './jieba.js';

export { cutPieces };

/** Long lines (flattened web pages) are split where a numbered part starts after a sentence. */
const INLINE_PART = /(?<=[。；！？!?\s])(?=(?:[一二三四五六七八九十]{1,3}|[1-9]\d?)\s?、|（[一二三四五六七八九十]{1,3}）|附件\d*[：:])/g;
/**
 * In any line, a part of the report's outline starts where a Chinese numeral and 、 introduce a
 * part title, even straight after a figure (…行政事业性收费4166.24三、收到和处理…).
 */
const INLINE_TITLE = /(?<=[^\s一二三四五六七八九十第（(])(?=[一二三四五六七八九十]{1,2}\s?、\s?(?:概述|总体情况|主动公开|收到和处理|政府信息公开|依申请公开|因政府信息公开|存在的主要问题|其他需要报告|行政复议|回应|发布解读))/g;
const LONG_LINE = 240;
const SENTENCE_END = /[。！？!?]+[”’」』）)]*/g;
/**
 * English sentences end at . ! ? before a space, except after the abbreviations reports use
 * (No. 711, Art. 5, e.g., Dr.) and initials (U.S.); digits never end one (3.5 million).
 */
const ENGLISH_SENTENCE_END = /(?<!\b(?:No|Nos|Art|Arts|Para|Sec|Ch|Vol|Mr|Mrs|Ms|Dr|St|Co|Inc|Ltd|Dept|Govt|approx|e\.g|i\.e|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]))[.!?]+["'”’)\]]*(?=\s)|[。！？；;]+[”’」』）)]*/g;

/** Paragraphs are non-blank lines, trimmed; a very long line is cut where numbered parts begin inline. */
export function splitParagraphs(text: string, language: Language = 'zh'): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const pieces: Span[] = [];
    const line = text.slice(lineStart, lineEnd);
    const cuts = new Set<number>();
    for (const match of line.matchAll(INLINE_TITLE)) cuts.add(match.index!);
    if (line.length > LONG_LINE) for (const match of line.matchAll(INLINE_PART)) cuts.add(match.index!);
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      if (cut > from) pieces.push({ start: lineStart + from, end: lineStart + cut });
      from = cut;
    }
    pieces.push({ start: lineStart + from, end: lineEnd });
    for (const piece of pieces) {
      let { start, end } = piece;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) paragraphs.push({ index: paragraphs.length, start, end, sentences: splitSentences(text, start, end, language) });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

export function splitSentences(text: string, start: number, end: number, language: Language = 'zh'): Span[] {
  const sentences: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (const match of slice.matchAll(language === 'en' ? ENGLISH_SENTENCE_END : SENTENCE_END)) {
    const to = match.index! + match[0].length;
    if (to > from) sentences.push({ start: start + from, end: start + to });
    from = to;
  }
  if (from < slice.length) sentences.push({ start: start + from, end });
  return sentences;
}

/** Characters sent to the cutter at a time, so a huge file never makes one huge request. */
const CUT_BATCH_CHARS = 1 << 18;

/**
 * Token boundaries for the whole text. Numbers are cut out first and kept whole, so jieba never
 * splits 2017 or 61.72; between them jieba runs with HMM, which keeps unseen names together.
 */
export function tokenize(text: string, numbers: readonly NumberMention[], cut: WordCutter = cutPieces): Uint32Array {
  const ends: number[] = [];
  // Pieces are lines between numbers: each jieba call stays small and lines never join into a
  // token. They are cut in batches, so a cutter on another thread is asked once per batch.
  let pending: ({ start: number; piece: string } | { numberEnd: number })[] = [];
  let pendingChars = 0;
  const flush = () => {
    const pieces: string[] = [];
    for (const item of pending) if ('piece' in item) pieces.push(item.piece);
    const cutEnds = pieces.length > 0 ? cut(pieces) : [];
    let k = 0;
    for (const item of pending) {
      if ('numberEnd' in item) ends.push(item.numberEnd);
      else for (const end of cutEnds[k++]) ends.push(item.start + end);
    }
    pending = [];
    pendingChars = 0;
  };
  const cutSpan = (from: number, to: number) => {
    let at = from;
    while (at < to) {
      let lineEnd = text.indexOf('\n', at);
      lineEnd = lineEnd < 0 || lineEnd >= to ? to : lineEnd + 1;
      pending.push({ start: at, piece: text.slice(at, lineEnd) });
      pendingChars += lineEnd - at;
      if (pendingChars >= CUT_BATCH_CHARS) flush();
      at = lineEnd;
    }
  };
  let at = 0;
  for (const number of numbers) {
    if (number.start < at) continue;
    if (number.start > at) cutSpan(at, number.start);
    pending.push({ numberEnd: number.end });
    at = number.end;
  }
  if (at < text.length) cutSpan(at, text.length);
  flush();
  return Uint32Array.from(ends);
}

/** Tokens overlapping [from, to): their spans, read from a document's boundaries. */
export function tokensIn(text: string, tokenEnds: Uint32Array, from: number, to: number): { text: string; start: number; end: number }[] {
  const first = lowerBound(tokenEnds, (end) => end, from + 1);
  const tokens: { text: string; start: number; end: number }[] = [];
  for (let i = first; i < tokenEnds.length; i++) {
    const start = i === 0 ? 0 : tokenEnds[i - 1];
    if (start >= to) break;
    tokens.push({ text: text.slice(start, tokenEnds[i]), start, end: tokenEnds[i] });
  }
  return tokens;
}

export const segment = defineStage<NormalizedDoc, SegmentedDoc>(
  { name: 'segment', version: '2', description: 'paragraphs and sentences; numbers located first, then jieba (HMM, common words + field dictionary)' },
  (doc, options) => {
    const numbers = doc.language === 'en' ? findEnglishNumbers(doc.text) : findNumbers(doc.text);
    return { ...doc, paragraphs: splitParagraphs(doc.text, doc.language), numbers, tokenEnds: tokenize(doc.text, numbers, options.cutWords) };
  },
);
