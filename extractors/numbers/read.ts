/**
 * Reading one number where an anchor starts: its digits or numeral words (the core), the words
 * printed after it (remainder word, scale, measure, approximation word: the tail), and the mention
 * records built from them.
 */
import type { NumberMention, NumberRole } from '../../schemas/types.js';
import { chineseNumeral } from './chinese.js';
import type { Decimal } from './decimal.js';
import { fromInteger, parseDigits, toNumber } from './decimal.js';
import type { ApproxWord } from './lexicon.js';
import { APPROX_AFTER, COUNT_MEASURES, CURRENCY, NOT_APPROX_AFTER, PERCENT_UNITS, SCALES } from './lexicon.js';
import { BR, SP } from './patterns.js';

export interface Core {
  valueStart: number;
  valueEnd: number;
  /** The printed digits as a decimal (Chinese numerals: their value). */
  value: Decimal;
  decimals: number;
  chinese: boolean;
  /** Integer digits as printed, separators removed (arabic only; empty for Chinese numerals). */
  digits: string;
  /** The core as printed. */
  run: string;
}

export interface Tail {
  end: number;
  /** 余, 餘 or 多 right after the digits or the scale. */
  remainder: boolean;
  scale?: string;
  /** Measure word, currency or percent sign. */
  unitWord?: string;
  after?: ApproxWord;
}

const byLength = (a: string, b: string) => b.length - a.length;
export const UNIT_WORDS = [...new Set([...COUNT_MEASURES, CURRENCY, ...Object.keys(PERCENT_UNITS)])].sort(byLength);
// 千 and 百 are no scale in 千瓦, 千克, 千米 (units) or 百分之, 百分点.
const SCALE_SOURCE = Object.keys(SCALES)
  .sort(byLength)
  .map((word) => (word === '千' ? '千(?![瓦克米伏卡帕])' : word === '百' ? '百(?!分)' : word))
  .join('|');
const AFTER_WORDS = APPROX_AFTER.map((w) => w.word).join('|');
/** Groups: 1 remainder, 2 space, 3 scale, 4 remainder, 5 gap, 6 unit or measure, 7 space, 8 approximation word. */
const TAIL = new RegExp(`([余餘多])?(?:(${SP})(${SCALE_SOURCE}))?([余餘多])?(?:(${BR})(${UNIT_WORDS.join('|')}))?(?:(${SP})(${AFTER_WORDS}))?`, 'y');
const ARABIC_CORE = /[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?/y;
const CIRCLED_FIRST: readonly number[] = [0x2460, 0x2474, 0x2488];

export const isDigit = (ch: string | undefined) => ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
export const isCJK = (ch: string | undefined) => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
export const isLetter = (ch: string | undefined) => ch !== undefined && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));

/** ① is 1, ⑴ is 1, ⒈ is 1. */
export function circledValue(ch: string): number {
  const code = ch.charCodeAt(0);
  const first = CIRCLED_FIRST.filter((start) => code >= start).pop() ?? CIRCLED_FIRST[0];
  return code - first + 1;
}

/** The core at `at`, where the anchor `run` was found; null for Chinese characters that are no numeral there. */
export function readCore(text: string, at: number, run: string, limit: number): Core | null {
  if (isDigit(text[at])) {
    ARABIC_CORE.lastIndex = at;
    let printed = ARABIC_CORE.exec(text)![0];
    if (at + printed.length > limit) printed = text.slice(at, limit).replace(/[^0-9０-９]+$/, '');
    const { value, decimals } = parseDigits(printed);
    const digits = printed.replace(/[.．].*$/, '').replace(/[,，]/g, '');
    return { valueStart: at, valueEnd: at + printed.length, value, decimals, chinese: false, digits, run: printed };
  }
  let numeral = run.slice(0, limit - at);
  let value = chineseNumeral(numeral);
  // 百分之百: a bare 百 is a numeral only there.
  if (value === null && numeral[0] === '百' && at >= 3 && text.startsWith('百分之', at - 3)) {
    numeral = '百';
    value = 100;
  }
  // A long run read digit by digit (一一一…) overflows; it is no number anyway.
  if (value === null || !Number.isFinite(value)) return null;
  return { valueStart: at, valueEnd: at + numeral.length, value: fromInteger(value), decimals: 0, chinese: true, digits: '', run: numeral };
}

/** The words printed after a core ending at `from`. */
export function readTail(text: string, from: number): Tail {
  TAIL.lastIndex = from;
  const m = TAIL.exec(text)!;
  let end = from + m[0].length;
  let after = m[8] === undefined ? undefined : APPROX_AFTER.find((w) => w.word === m[8]);
  if (after && NOT_APPROX_AFTER.test(text.slice(end - m[8].length, end + 2))) {
    end -= m[7].length + m[8].length;
    after = undefined;
  }
  return { end, remainder: m[1] !== undefined || m[4] !== undefined, scale: m[3], unitWord: m[6], after };
}

/** Position of `word` ending right before `pos` (spaces allowed between), not before `floor`; or -1. */
export function wordBefore(text: string, pos: number, word: string, floor: number): number {
  let at = pos;
  while (at > floor && (text[at - 1] === ' ' || text[at - 1] === '\u3000')) at--;
  const start = at - word.length;
  return start >= floor && text.startsWith(word, start) ? start : -1;
}

export function build(
  text: string, start: number, end: number, core: Pick<Core, 'valueStart' | 'valueEnd' | 'decimals'>, value: number,
  role: NumberRole, numeral: NumberMention['numeral'], extra: Partial<NumberMention> = {},
): NumberMention {
  return {
    start, end, text: text.slice(start, end), valueStart: core.valueStart, valueEnd: core.valueEnd, value, unit: 'count',
    approx: 'exact', interval: { low: value, high: value }, decimals: core.decimals, numeral, role, ...extra,
  };
}

/** A mention that is never a fact: its value is the printed number, its interval a point. */
export function nonFigure(text: string, core: Core, role: NumberRole, start = core.valueStart, end = core.valueEnd): NumberMention {
  return build(text, start, end, core, toNumber(core.value), role, core.chinese ? 'chinese' : 'arabic');
}
