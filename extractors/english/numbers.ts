/**
 * The English numbers module: every number in English report text as a NumberMention, the same
 * record the Chinese module (extractors/numbers/) produces, with the same roles and the same
 * interval rules (approx.ts). compromise reads the numbers (twelve hundred, 3.5 million, 1,234);
 * this module decides where each one starts and ends, what surrounds it (about, more than, RMB,
 * percent) and whether it can be a figure at all (structures.ts).
 *
 * compromise's tagger costs milliseconds a line, so it reads only what needs it: a line whose
 * figures are all printed in digits is cut by digits.ts, which gives the pieces compromise would;
 * of a line that holds a spelled-out number, compromise reads the sentences that need it.
 */
import nlp from 'compromise';
import type { Approx, Unit } from '../../schemas/catalog.js';
import type { Interval, NumberMention, NumberRole } from '../../schemas/types.js';
import { approxOf, intervalOf } from '../numbers/approx.js';
import { fromInteger, parseDigits, scaled, toNumber, type Decimal } from '../numbers/decimal.js';
import type { Bound } from '../numbers/lexicon.js';
import { cutDigitFigures, holdsNumberWords } from './digits.js';
import { APPROX_AFTER, APPROX_BEFORE, CURRENCY_AFTER, CURRENCY_BEFORE, PERCENT_AFTER, SCALES, ordinalValue, type EnglishApproxPhrase } from './lexicon.js';
import { findStructures, type Structure } from './structures.js';

type Term = { text: string; pre: string; post: string; tags?: Set<string> };
interface Located {
  term: Term;
  start: number;
  end: number;
}
type View = ReturnType<typeof nlp>;

const NUMBER_WORD = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b/i;
const DIGITS = /\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?:\.\d+)?/;
const SCALE_WORDS = /^(?:\s+(?:hundred|thousand|million|billion)\b)+/i;

export interface EnglishNumberOptions {
  /** Let compromise read every line that may hold a number, whole: the reading the rest stands in for, kept to test that it does. */
  allCompromise?: boolean;
}

/**
 * Every number in text[from, to), sorted by start and non-overlapping, each with a role. Only
 * roles `quantity`, `percent` and `money` are figures; dates, years, telephone numbers, document
 * numbers, references (Article 20, Part II), list markers and ordinals are not.
 */
export function findEnglishNumbers(text: string, from = 0, to = text.length, options: EnglishNumberOptions = {}): NumberMention[] {
  const mentions: NumberMention[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    mentions.push(...readLine(text, lineStart, lineEnd, options));
    lineStart = lineEnd + 1;
  }
  return mentions;
}

interface Line {
  text: string;
  start: number;
  end: number;
  structures: readonly Structure[];
}

function readLine(text: string, lineStart: number, lineEnd: number, options: EnglishNumberOptions): NumberMention[] {
  const line: Line = { text, start: lineStart, end: lineEnd, structures: findStructures(text, lineStart, lineEnd) };
  let figures: NumberMention[] = [];
  if (NUMBER_WORD.test(text.slice(lineStart, lineEnd))) {
    figures = options.allCompromise ? readWhole(line) : (readDigitFigures(line, lineStart, lineEnd)?.mentions ?? readBySentence(line));
  }
  const out: NumberMention[] = [...line.structures.map((s) => structureMention(text, s)), ...figures];
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMention[] = [];
  for (const mention of out) if (!kept.length || mention.start >= kept[kept.length - 1].end) kept.push(mention);
  return kept;
}

/** compromise's reading of the whole line. */
function readWhole(line: Line): NumberMention[] {
  const view = nlp(line.text.slice(line.start, line.end));
  return readPieces(line, numberPieces(line.text, view, locate(line, view.docs.flat() as Term[])));
}

interface Sentence {
  start: number;
  end: number;
  terms: Term[];
}

/**
 * compromise's reading of the line, given only the sentences that need it. Its tagger reads each
 * sentence on its own; only how its numbers() cuts numbers of several words looks at all the
 * line's numbers at once, and the sentences left to digits.ts cannot change that: they hold no
 * number words, and their figures stand alone, or compromise finds no number of several words.
 */
function readBySentence(line: Line): NumberMention[] {
  const cut = sentencesOf(line);
  if (!cut || cut.sentences.length < 2) return readWhole(line);
  const { sentences, where } = cut;
  const byDigits = sentences.map((s) => (holdsNumberWords(line.text, s.start, s.end) ? null : readDigitFigures(line, s.start, s.end)));
  const first = byDigits.indexOf(null);
  if (first < 0) return byDigits.flatMap((read) => read!.mentions);
  const last = byDigits.lastIndexOf(null);
  const outside = [...byDigits.slice(0, first), ...byDigits.slice(last + 1)] as DigitReading[];
  if (!outside.length) return readWhole(line);
  const inside = sentences.slice(first, last + 1);
  const view = nlp(line.text.slice(inside[0].start, inside[inside.length - 1].end));
  const viewSentences = view.docs as Term[][];
  // Read again on their own, the sentences must come out as compromise cut them in the line.
  const words = (sentence: readonly Term[]) => sentence.map((t) => t.text).join('\u0000');
  if (viewSentences.length !== inside.length || viewSentences.some((terms, i) => words(terms) !== words(inside[i].terms))) return readWhole(line);
  if (!outside.every((read) => read.alone) && (view.match('#Value+').docs as Term[][]).some((match) => match.length > 1)) return readWhole(line);
  const insideTerms = inside.flatMap((s) => s.terms);
  const located = new Map(viewSentences.flat().map((term, i) => [term, { ...where.get(insideTerms[i])!, term }]));
  return [...outside.flatMap((read) => read.mentions), ...readPieces(line, numberPieces(line.text, view, located))];
}

/**
 * The line's sentences as compromise cuts them (nlp.tokenize, no tagger), with where its
 * reading of the whole line places each term; null when a term is not where its printed form
 * (pre, text, post) puts it, and those places could be another reading's.
 */
function sentencesOf(line: Line): { sentences: Sentence[]; where: Map<Term, Located> } | null {
  const sentences: Sentence[] = [];
  let at = line.start;
  for (const terms of nlp.tokenize(line.text.slice(line.start, line.end)).docs as Term[][]) {
    const start = at;
    for (const term of terms) at += term.pre.length + term.text.length + term.post.length;
    sentences.push({ start, end: at, terms });
  }
  const terms = sentences.flatMap((s) => s.terms);
  const where = locate(line, terms);
  at = line.start;
  for (const term of terms) {
    if (where.get(term)?.start !== at + term.pre.length) return null;
    at += term.pre.length + term.text.length + term.post.length;
  }
  return at === line.end ? { sentences, where } : null;
}

/** Where compromise's reading of the whole line places each of its terms: the first place its text is found after the term before. */
function locate(line: Line, terms: readonly Term[]): Map<Term, Located> {
  const printed = line.text.slice(line.start, line.end);
  const where = new Map<Term, Located>();
  let cursor = 0;
  for (const term of terms) {
    const at = printed.indexOf(term.text, cursor);
    if (at < 0) continue;
    where.set(term, { term, start: line.start + at, end: line.start + at + term.text.length });
    cursor = at + term.text.length;
  }
  return where;
}

/** The mentions of pieces, but those a structure overlaps. */
function readPieces(line: Line, pieces: Located[][]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const piece of pieces) {
    const mention = readPiece(line.text, piece, line.start, line.end);
    if (mention && !overlapsAny(mention, line.structures)) mentions.push(mention);
  }
  return mentions;
}

function overlapsAny(mention: NumberMention, structures: readonly Structure[]): boolean {
  return structures.some((s) => s.start < mention.end && mention.start < s.end);
}

interface DigitReading {
  mentions: NumberMention[];
  /** See DigitCut.alone. */
  alone: boolean;
}

/** The mentions of the digit figures of line.text[from, to) as digits.ts cuts them; null when compromise must read them. */
function readDigitFigures(line: Line, from: number, to: number): DigitReading | null {
  const cut = cutDigitFigures(line.text, from, to, line.end, line.structures);
  if (!cut) return null;
  const mentions: NumberMention[] = [];
  for (const figure of cut.figures) {
    const term: Term = { text: line.text.slice(figure.start, figure.end), pre: '', post: '' };
    const mention = readPiece(line.text, [{ term, start: figure.start, end: figure.end }], line.start, line.end)!;
    if (!overlapsAny(mention, line.structures)) mentions.push(mention);
    // Dropped, "No. 5 million" leaves its scale word, which compromise may cut apart and read as a figure of its own.
    else if (figure.scaled) return null;
  }
  return { mentions, alone: cut.alone };
}

/** compromise's numbers in a view, cut where it joined separate figures (1.2 million and 10,000; ¥5,000; 3 million). */
function numberPieces(text: string, view: View, where: ReadonlyMap<Term, Located>): Located[][] {
  const pieces: Located[][] = [];
  for (const match of view.numbers().docs as Term[][]) {
    let piece: Located[] = [];
    const flush = () => {
      while (piece.length && isJoiner(piece[piece.length - 1].term)) piece.pop();
      if (piece.length) pieces.push(piece);
      piece = [];
    };
    for (const term of match) {
      const located = where.get(term);
      if (!located) {
        flush();
        continue;
      }
      const previous = piece[piece.length - 1];
      if (previous && separates(text, previous, located)) flush();
      if (piece.length === 0 && isJoiner(term)) continue;
      piece.push(located);
    }
    flush();
  }
  return pieces;
}

function isJoiner(term: Term): boolean {
  return /^(?:and|&)$/i.test(term.text);
}

function hasDigit(term: Term): boolean {
  return /\d/.test(term.text);
}

/** Two terms compromise put in one number that are two figures, or a figure and a list marker. */
function separates(text: string, a: Located, b: Located): boolean {
  const gap = text.slice(a.end, b.start);
  if (!/^[ -]?$/.test(gap)) return true;
  if (/[()（）]/.test(a.term.text + b.term.text)) return true;
  if (hasDigit(a.term) && hasDigit(b.term)) return true;
  if (isJoiner(b.term)) return hasDigit(a.term);
  if (isJoiner(a.term)) return hasDigit(b.term);
  return false;
}

interface Reading {
  valueStart: number;
  valueEnd: number;
  value: Decimal;
  decimals: number;
  rounded: boolean;
  numeral: NumberMention['numeral'];
  /** Printed as four plain digits (2023): a year unless a unit or approximation says otherwise. */
  yearShape: boolean;
}

function readValue(text: string, piece: Located[], lineEnd: number): Reading | null {
  const start = piece[0].start;
  const end = piece[piece.length - 1].end;
  const printed = text.slice(start, end);
  const digits = DIGITS.exec(printed);
  if (digits) {
    const valueStart = start + digits.index;
    // compromise sometimes returns "3" and "million" as two numbers: the scale is read here, and the lone scale word is dropped as an overlap.
    const scales = SCALE_WORDS.exec(text.slice(valueStart + digits[0].length, lineEnd));
    const power = scales ? scales[0].trim().split(/\s+/).reduce((sum, word) => sum + SCALES[word.toLowerCase()], 0) : 0;
    const parsed = parseDigits(digits[0]);
    return {
      valueStart,
      valueEnd: valueStart + digits[0].length + (scales?.[0].length ?? 0),
      value: scaled(parsed.value, power),
      decimals: parsed.decimals,
      rounded: parsed.decimals > 0 || power > 0,
      numeral: power > 0 ? 'mixed' : 'arabic',
      yearShape: /^\d{4}$/.test(digits[0]) && power === 0,
    };
  }
  const words = printed.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
  const value = (nlp(words).numbers().get() as unknown[])[0];
  if (typeof value !== 'number' || !(value >= 0 && value <= Number.MAX_SAFE_INTEGER) || /e/.test(String(value))) return null;
  const valueStart = start + printed.indexOf(words);
  const decimal = Number.isInteger(value) ? fromInteger(value) : parseDigits(String(value)).value;
  return { valueStart, valueEnd: valueStart + words.length, value: decimal, decimals: 0, rounded: false, numeral: 'words', yearShape: false };
}

const BEFORE = APPROX_BEFORE.map((phrase) => ({ phrase, pattern: new RegExp(`(?:^|[^a-z])(${escape(phrase.phrase)})\\s*$`) }));
const AFTER = APPROX_AFTER.map((phrase) => ({ phrase, pattern: phrase.phrase === '+' ? /^\+/ : new RegExp(`^\\s*${escape(phrase.phrase)}\\b`, 'i') }));

/** The approximation phrase that ends just before a number, and where it starts. */
function phraseBefore(before: string): { phrase: EnglishApproxPhrase; at: number } | null {
  const lower = before.slice(-40).toLowerCase();
  const offset = before.length - lower.length;
  for (const { phrase, pattern } of BEFORE) {
    const match = pattern.exec(lower);
    if (!match || (match.index === 0 && /[a-z]/i.test(before[offset - 1] ?? ''))) continue;
    const at = match.index + match[0].indexOf(match[1]);
    const previousWord = /([a-z]+)\s*$/.exec(lower.slice(0, at))?.[1];
    if (previousWord && phrase.notAfter?.includes(previousWord)) continue;
    return { phrase, at: offset + at };
  }
  return null;
}

/** The approximation phrase right after a number and its unit, and its length. */
function phraseAfter(after: string): { phrase: EnglishApproxPhrase; length: number } | null {
  for (const { phrase, pattern } of AFTER) {
    const match = pattern.exec(after);
    if (match) return { phrase, length: match[0].length };
  }
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readPiece(text: string, piece: Located[], lineStart: number, lineEnd: number): NumberMention | null {
  const tags = new Set(piece.flatMap((p) => [...(p.term.tags ?? [])]));
  if (tags.has('RomanNumeral') || tags.has('Fraction')) return null;
  const reading = readValue(text, piece, lineEnd);
  if (!reading) return null;
  let start = reading.valueStart;
  let end = reading.valueEnd;
  let unit: Unit = 'count';
  let measure: string | undefined;
  const currencyBefore = CURRENCY_BEFORE.exec(text.slice(lineStart, start));
  if (currencyBefore) {
    unit = 'yuan';
    measure = currencyBefore[0].trim();
    start = lineStart + currencyBefore.index;
  }
  const percent = PERCENT_AFTER.exec(text.slice(end, lineEnd));
  const currencyAfter = percent ? null : CURRENCY_AFTER.exec(text.slice(end, lineEnd));
  if (percent || currencyAfter) {
    const suffix = (percent ?? currencyAfter)!;
    unit = percent ? 'percent' : 'yuan';
    measure ??= suffix[0].trim();
    end += suffix[0].length;
  }
  let bound: Bound | null = null;
  const after = phraseAfter(text.slice(end, lineEnd));
  if (after) {
    bound = after.phrase.bound;
    end += after.length;
  }
  const before = phraseBefore(text.slice(lineStart, start));
  if (before) {
    bound ??= before.phrase.bound;
    start = lineStart + before.at;
  }
  let role: NumberRole = unit === 'percent' ? 'percent' : unit === 'yuan' ? 'money' : 'quantity';
  if (tags.has('Ordinal')) role = 'ordinal';
  const value = toNumber(reading.value);
  // 2023 is a year, also after "over" (up 8.5% over 2022.), unless a noun it counts follows (more than 2000 requests).
  if (role === 'quantity' && reading.yearShape && value >= 1900 && value <= 2100 && !(bound && countsNoun(text.slice(end, lineEnd)))) {
    role = 'year';
    bound = null;
    start = reading.valueStart;
    end = reading.valueEnd;
  }
  const approx: Approx = approxOf(bound);
  const interval: Interval = intervalOf({ value: reading.value, unit, chinese: false, rounded: reading.rounded }, bound);
  return {
    start,
    end,
    text: text.slice(start, end),
    valueStart: reading.valueStart,
    valueEnd: reading.valueEnd,
    value,
    unit,
    ...(measure ? { measure } : {}),
    approx,
    interval,
    decimals: reading.decimals,
    numeral: reading.numeral,
    role,
  };
}

const FUNCTION_WORDS = new Set(['in', 'and', 'or', 'to', 'the', 'a', 'an', 'was', 'were', 'is', 'are', 'of', 'for', 'with', 'by', 'on', 'at', 'as', 'from', 'that', 'which', 'when', 'while', 'than', 'we', 'it', 'its', 'respectively']);

function countsNoun(after: string): boolean {
  const word = /^\s+([a-z][a-z-]*)/.exec(after)?.[1];
  return word !== undefined && !FUNCTION_WORDS.has(word);
}


/** The number a structure carries (the 20 of Article 20, the 2 of Part II); it is never a figure. */
function structureMention(text: string, structure: Structure): NumberMention {
  const span = text.slice(structure.start, structure.end);
  const digits = /\d+/.exec(span);
  let valueStart = structure.start;
  let valueEnd = structure.end;
  let value = 0;
  if (digits) {
    valueStart += digits.index;
    valueEnd = valueStart + digits[0].length;
    value = Number(digits[0]);
  } else {
    const word = /\S+$/.exec(span);
    if (word) {
      valueStart += word.index;
      value = ordinalValue(word[0]);
    }
  }
  return {
    start: structure.start,
    end: structure.end,
    text: span,
    valueStart,
    valueEnd,
    value,
    unit: 'count',
    approx: 'exact',
    interval: { low: value, high: value },
    decimals: 0,
    numeral: digits ? 'arabic' : 'words',
    role: structure.role,
  };
}
