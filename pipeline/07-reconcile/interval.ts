import type { Interval } from '../../schemas/types.js';

/**
 * Interval arithmetic as XBRL Calculations 1.1 does it: every printed figure stands for the set
 * of values that print as it (see extractors/numbers/approx.ts), and two statements conflict only
 * when their sets cannot meet. Open ends are honoured; `Infinity` is a legal bound.
 */

/** Slack for binary floating point: decimal bounds such as 15.825 are not exact doubles. */
const EPSILON = 1e-9;

function close(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export function point(value: number): Interval {
  return { low: value, high: value };
}

/** Interval overlap with open ends honoured: [1000, 1100) and [1100, 1100] do not overlap. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return !entirelyBelow(a, b) && !entirelyBelow(b, a);
}

/** Every value of `a` is smaller than every value of `b`. */
export function entirelyBelow(a: Interval, b: Interval): boolean {
  if (close(a.high, b.low)) return Boolean(a.highOpen || b.lowOpen);
  return a.high < b.low;
}

/** The interval of a sum: bounds add, and an end is open when any summand's is. */
export function sumIntervals(parts: readonly Interval[]): Interval {
  let low = 0;
  let high = 0;
  let lowOpen = false;
  let highOpen = false;
  for (const part of parts) {
    low += part.low;
    high += part.high;
    lowOpen ||= Boolean(part.lowOpen);
    highOpen ||= Boolean(part.highOpen);
  }
  return withEnds(low, high, lowOpen, highOpen);
}

/**
 * `part / whole × 100` for non-negative intervals; undefined when the whole may be zero, since a
 * share of nothing states nothing checkable.
 */
export function shareInterval(part: Interval, whole: Interval): Interval | undefined {
  if (!(whole.low > 0) || part.low < 0) return undefined;
  const high = Number.isFinite(part.high) ? (part.high / whole.low) * 100 : Infinity;
  return withEnds((part.low / whole.high) * 100, high, Boolean(part.lowOpen || whole.highOpen), Boolean(part.highOpen || whole.lowOpen));
}

/**
 * The values a printed share may stand for when the writer truncated instead of rounding: 15.83%
 * written for 15.8389 is honest. A rounded figure [s − ½u, s + ½u] widens to [s − ½u, s + u].
 */
export function allowTruncation(printed: Interval): Interval {
  if (!Number.isFinite(printed.high) || !Number.isFinite(printed.low)) return printed;
  return withEnds(printed.low, printed.high + (printed.high - printed.low) / 2, Boolean(printed.lowOpen), Boolean(printed.highOpen));
}

/** The interval of a figure printed with `decimals` digits after the point: 15.83 → [15.825, 15.835]. */
export function printedPrecision(value: number, decimals: number): Interval {
  const half = 0.5 * 10 ** -decimals;
  return { low: round(value - half, decimals + 1), high: round(value + half, decimals + 1) };
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(Math.min(20, decimals)));
}

function withEnds(low: number, high: number, lowOpen: boolean, highOpen: boolean): Interval {
  const out: Interval = { low, high };
  if (lowOpen) out.lowOpen = true;
  if (highOpen) out.highOpen = true;
  return out;
}

/** A value as printed in messages: integers plain, decimals without float noise. */
export function formatValue(value: number): string {
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '-∞';
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** An interval as a reader writes it: 228, [600, 610), ≥ 938, 15.825–15.835. */
export function formatInterval(interval: Interval): string {
  const { low, high } = interval;
  if (close(low, high) && !interval.lowOpen && !interval.highOpen) return formatValue(low);
  if (high === Infinity) return `${interval.lowOpen ? '>' : '≥'} ${formatValue(low)}`;
  return `${interval.lowOpen ? '(' : '['}${formatValue(low)}, ${formatValue(high)}${interval.highOpen ? ')' : ']'}`;
}
