/**
 * The Chinese numbers module: finds and parses every number in report text. Pure and stateless
 * between calls; the rules live in structures.ts (step 1, shapes such as dates and telephone
 * numbers), scan.ts (step 2, single numbers and their context), lexicon.ts (words) and approx.ts
 * (intervals).
 */
import type { NumberMention, NumberRole } from '../../schemas/types.js';
import { scanNumbers } from './scan.js';

export { chineseNumeral } from './chinese.js';

/**
 * Every number in text[from, to) (default the whole text), sorted by start and non-overlapping,
 * each with a role. Offsets are absolute. A mention's span covers the whole expression
 * (近300条, 61.72万元, 第二十条, 2014年1月1日至12月31日, 电话 number); `valueStart`/`valueEnd` cover the
 * digits or numeral words. Only `quantity`, `percent` and `money` mentions are figures; for other
 * roles `value` is the first number inside the span (the year of a date). Chinese numerals are
 * reported only where they count (followed by a measure word, after 百分之) or where a rule
 * recognises them (一是, 第一, 十九届, fixed phrases such as 两微一端); the 一 of 统一 is not a number.
 * Open interval ends are `Infinity` (see approx.ts for the interval rules).
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > text.length || from > to) {
    throw new RangeError(`findNumbers(text, ${from}, ${to}): need integers with 0 <= from <= to <= text.length (${text.length})`);
  }
  return scanNumbers(text, from, to);
}

/** A standalone figure: the value fields of a NumberMention, without its place in a text. */
export type ParsedQuantity = Pick<NumberMention, 'value' | 'unit' | 'measure' | 'approx' | 'interval' | 'decimals' | 'numeral'>;

/**
 * Parse one expression standing alone, such as a table cell: '61.72 万元', '251000元', '+2', '-12',
 * '1,234', '三十余', '15.83%'. Null when the cell states no figure ('', '/', '-', '—', '无', '——')
 * or holds anything beyond one figure (a year, a list marker, two numbers, words).
 */
export function parseQuantity(s: string): ParsedQuantity | null {
  const cell = s.trim();
  if (cell.length === 0) return null;
  const mentions = scanNumbers(cell, 0, cell.length, { standalone: true });
  if (mentions.length !== 1) return null;
  const [m] = mentions;
  if (!isFigure(m.role) || m.start !== 0 || m.end !== cell.length) return null;
  const parsed: ParsedQuantity = { value: m.value, unit: m.unit, approx: m.approx, interval: m.interval, decimals: m.decimals, numeral: m.numeral };
  if (m.measure !== undefined) parsed.measure = m.measure;
  return parsed;
}

/** Roles that may become facts: quantity, percent, money. */
export function isFigure(role: NumberRole): boolean {
  return role === 'quantity' || role === 'percent' || role === 'money';
}
