/**
 * Step 2 of findNumbers: every digit run or Chinese numeral outside the structures of step 1 (an
 * anchor) is read with the words around it: approximation words, sign, 百分之, scale and measure
 * word. The checks of roles.ts decide non-figure roles; what none claims is a figure (quantity,
 * percent, money) whose value and interval are computed here.
 */
import type { Unit } from '../../schemas/catalog.js';
import type { NumberMention, NumberRole } from '../../schemas/types.js';
import { approxOf, intervalOf } from './approx.js';
import { CHINESE_NUMERAL_CHARS, chineseNumeral, isDigitSequence } from './chinese.js';
import { negated, parseDigits, scaled, toNumber } from './decimal.js';
import type { ApproxWord, Bound } from './lexicon.js';
import { APPROX_BEFORE, CURRENCY, NOT_AFTER_CHINESE_NUMERAL, PERCENT_UNITS, SCALES, TIME_MEASURES, WORD_BEFORE_ONE } from './lexicon.js';
import { CIRCLED } from './patterns.js';
import { build, circledValue, isDigit, nonFigure, readCore, readTail, wordBefore } from './read.js';
import { inShortQuotation, roleFromContext, roleOfBareNumber } from './roles.js';
import type { Structure } from './structures.js';
import { findStructures } from './structures.js';

export interface ScanOptions {
  /** The text is one expression standing alone (a table cell): a bare Chinese numeral counts. */
  standalone?: boolean;
}

/** Characters of context read on each side of [from, to), so a window never cuts an expression in two. */
const CONTEXT = 64;
const ANCHOR = new RegExp(`[0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+|${CIRCLED.source}`, 'g');
const VALUE_RUN = new RegExp(`[0-9０-９]+(?:[.．][0-9０-９]+)?|[${CHINESE_NUMERAL_CHARS}]+|${CIRCLED.source}`, 'g');
/** Before a numeral: 之 makes a fraction (三分之二), 数 and 几 a vague amount (数十家, 几百人). */
const VAGUE_BEFORE = '之数數几幾';
/** What may stand before a sign that belongs to the number (| -12 |, 增减：+2), unlike the dash of 2019-2020. */
const SIGN_BOUNDARY = ' \t\u3000|(（:：,，;；=、\n\r';

/** Last characters of the approximation words: most numbers have none of them before, and are done at once. */
const APPROX_ENDINGS = new Set(APPROX_BEFORE.map((w) => w.word[w.word.length - 1]));

/** The longest approximation word before `pos` (近, 约, 不少于 …) that is not part of another word (签约, 附近). */
function approxBefore(text: string, pos: number, floor: number): (ApproxWord & { start: number }) | null {
  let at = pos;
  while (at > floor && (text[at - 1] === ' ' || text[at - 1] === '\u3000')) at--;
  if (!APPROX_ENDINGS.has(text[at - 1])) return null;
  for (const word of APPROX_BEFORE) {
    const start = wordBefore(text, pos, word.word, floor);
    if (start < 0 || (word.notAfter && start > 0 && word.notAfter.includes(text[start - 1]))) continue;
    return { ...word, start };
  }
  return null;
}

/** The mention read at an anchor, or null where the anchor is no number (the 一 of 统一). */
function readNumber(text: string, at: number, run: string, floor: number, limit: number, options: ScanOptions): NumberMention | null {
  if (CIRCLED.test(run)) return build(text, at, at + 1, { valueStart: at, valueEnd: at + 1, decimals: 0 }, circledValue(run), 'list_marker', 'arabic');
  const core = readCore(text, at, run, limit);
  if (!core) return null;
  const decided = roleFromContext(text, core, floor, limit);
  if (decided) return decided;

  let tail = readTail(text, core.valueEnd);
  if (tail.end > limit) tail = { end: core.valueEnd, remainder: false };
  const bareRole = roleOfBareNumber(text, core, tail);
  if (bareRole) return nonFigure(text, core, bareRole);

  const percentStart = wordBefore(text, core.valueStart, '百分之', floor);
  if (core.chinese) {
    if (isDigitSequence(core.run)) return null;
    if (percentStart < 0 && !options.standalone) {
      const before = text[core.valueStart - 1] ?? '';
      if ((before !== '' && VAGUE_BEFORE.includes(before)) || (core.run[0] === '一' && WORD_BEFORE_ONE.has(before))) return null;
      const measure = tail.unitWord;
      if (measure === undefined || NOT_AFTER_CHINESE_NUMERAL.has(measure) || measure in PERCENT_UNITS) return null;
      if (inShortQuotation(text, core.valueStart, tail.end)) return nonFigure(text, core, 'idiom', core.valueStart, tail.end);
    }
  }

  let start = percentStart >= 0 ? percentStart : core.valueStart;
  let negative = false;
  const sign = text[core.valueStart - 1];
  if (!core.chinese && percentStart < 0 && core.valueStart - 1 >= floor && sign !== undefined && '+-＋－−'.includes(sign)) {
    const beforeSign = core.valueStart - 2;
    if (beforeSign < 0 || SIGN_BOUNDARY.includes(text[beforeSign])) {
      start = core.valueStart - 1;
      negative = sign !== '+' && sign !== '＋';
    }
  }
  const approxWord = approxBefore(text, start, floor);
  // 近3年 is "the last three years", not "nearly three years".
  const nearlyMeansRecent = approxWord !== null && approxWord.word.endsWith('近') && tail.unitWord !== undefined && TIME_MEASURES.has(tail.unitWord);
  const approx = nearlyMeansRecent ? null : approxWord;
  if (approx) start = approx.start;

  let unit: Unit = 'count';
  let measure = tail.unitWord;
  let power = tail.scale === undefined ? 0 : SCALES[tail.scale];
  if (percentStart >= 0) {
    unit = 'percent';
    measure = '百分之';
  } else if (measure !== undefined && measure in PERCENT_UNITS) {
    unit = 'percent';
    power += PERCENT_UNITS[measure];
  } else if (measure === CURRENCY) {
    unit = 'yuan';
    measure = (tail.scale ?? '') + CURRENCY;
  }
  let value = scaled(core.value, power);
  if (negative) value = negated(value);
  const bound: Bound | null = approx?.bound ?? (tail.remainder ? 'remainder' : (tail.after?.bound ?? null));
  const role: NumberRole = unit === 'percent' ? 'percent' : unit === 'yuan' ? 'money' : 'quantity';
  const numeral: NumberMention['numeral'] = core.chinese ? 'chinese' : tail.scale !== undefined || percentStart >= 0 ? 'mixed' : 'arabic';
  const rounded = core.decimals > 0 || tail.scale !== undefined;
  const extra: Partial<NumberMention> = { unit, approx: approxOf(bound), interval: intervalOf({ value, unit, chinese: core.chinese, rounded }, bound) };
  if (measure !== undefined) extra.measure = measure;
  return build(text, start, tail.end, core, toNumber(value), role, numeral, extra);
}

function structureMentions(text: string, structure: Structure): NumberMention[] {
  const out: NumberMention[] = [];
  for (const part of structure.parts ?? [structure]) {
    VALUE_RUN.lastIndex = part.start;
    const m = VALUE_RUN.exec(text);
    if (!m || m.index >= part.end) continue;
    const run = m[0].slice(0, part.end - m.index);
    let value: number;
    let decimals = 0;
    let valueEnd = m.index + run.length;
    let numeral: NumberMention['numeral'] = 'arabic';
    if (CIRCLED.test(run)) value = circledValue(run);
    else if (isDigit(run[0])) {
      const parsed = parseDigits(run.replace(/[.．]$/, ''));
      value = toNumber(parsed.value);
      decimals = parsed.decimals;
    } else {
      numeral = 'chinese';
      let length = run.length;
      while (length > 0 && chineseNumeral(run.slice(0, length)) === null) length--;
      if (length === 0) continue;
      value = chineseNumeral(run.slice(0, length))!;
      valueEnd = m.index + length;
    }
    out.push(build(text, part.start, part.end, { valueStart: m.index, valueEnd, decimals }, value, structure.role, numeral));
  }
  return out;
}

/** All mentions in text[from, to), sorted by start and non-overlapping. */
export function scanNumbers(text: string, from: number, to: number, options: ScanOptions = {}): NumberMention[] {
  const lo = Math.max(0, from - CONTEXT);
  const hi = Math.min(text.length, to + CONTEXT);
  const structures = findStructures(text, lo, hi);
  const out: NumberMention[] = [];
  const keep = (mention: NumberMention) => {
    if (mention.start >= from && mention.end <= to) out.push(mention);
  };
  let next = 0;
  let reached = lo;
  const flushStructure = () => {
    const structure = structures[next++];
    for (const mention of structureMentions(text, structure)) keep(mention);
    reached = structure.end;
  };
  // Anchors are searched in the window only, so a small window of a big text costs a small search.
  const window = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  ANCHOR.lastIndex = 0;
  let anchor: RegExpExecArray | null;
  while ((anchor = ANCHOR.exec(window)) !== null) {
    const at = anchor.index + lo;
    while (next < structures.length && structures[next].start <= at) flushStructure();
    if (at < reached) {
      ANCHOR.lastIndex = reached - lo;
      continue;
    }
    const limit = next < structures.length ? structures[next].start : hi;
    const mention = readNumber(text, at, anchor[0], reached, limit, options);
    if (mention) {
      keep(mention);
      reached = mention.end;
      ANCHOR.lastIndex = mention.end - lo;
    }
  }
  while (next < structures.length) flushStructure();
  return out;
}
