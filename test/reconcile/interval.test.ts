import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../extractors/numbers/index.js';
import {
  allowTruncation,
  entirelyBelow,
  formatInterval,
  intervalsOverlap,
  point,
  printedPrecision,
  shareInterval,
  sumIntervals,
} from '../../pipeline/07-reconcile/interval.js';
import type { Interval } from '../../schemas/types.js';

/** The interval the numbers module gives a printed figure, as reconcile steps receive it. */
const printed = (text: string): Interval => findNumbers(text)[0].interval;

describe('printed precision', () => {
  const cases: [number, number, Interval][] = [
    [15.83, 2, { low: 15.825, high: 15.835 }],
    [15, 0, { low: 14.5, high: 15.5 }],
    [32.5, 1, { low: 32.45, high: 32.55 }],
  ];
  for (const [value, decimals, expected] of cases) {
    it(`${value} with ${decimals} decimals is ${formatInterval(expected)}`, () => expect(printedPrecision(value, decimals)).toEqual(expected));
  }
  it('agrees with the numbers module for 15.83% and 1000余条', () => {
    expect(printed('占15.83%')).toEqual(printedPrecision(15.83, 2));
    expect(printed('1000余条')).toEqual({ low: 1000, high: 1100, highOpen: true });
  });
});

describe('overlap and order', () => {
  const cases: [string, Interval, Interval, boolean][] = [
    ['touching closed ends overlap', { low: 0, high: 5 }, { low: 5, high: 9 }, true],
    ['an open end at the touch point does not', { low: 1000, high: 1100, highOpen: true }, point(1100), false],
    ['1000余 holds 1050', { low: 1000, high: 1100, highOpen: true }, point(1050), true],
    ['600余 is above 592', { low: 600, high: 610, highOpen: true }, point(592), false],
    ['floating-point noise does not separate 0.1 + 0.2 from 0.3', sumIntervals([point(0.1), point(0.2)]), point(0.3), true],
  ];
  for (const [name, a, b, overlap] of cases) {
    it(name, () => {
      expect(intervalsOverlap(a, b)).toBe(overlap);
      expect(intervalsOverlap(b, a)).toBe(overlap);
    });
  }
  it('entirelyBelow is strict: 592 is below 600余, 600余 is not below 592', () => {
    expect(entirelyBelow(point(592), printed('600余条'))).toBe(true);
    expect(entirelyBelow(printed('600余条'), point(592))).toBe(false);
  });
});

describe('sums of intervals', () => {
  it('adds bounds and keeps open ends: 21 + 1 + 450 + 120余 = [592, 602)', () => {
    const sum = sumIntervals([point(21), point(1), point(450), printed('其他类信息120余')]);
    expect(sum).toEqual({ low: 592, high: 602, highOpen: true });
    // 600余 against these parts is a near miss: the ranges meet in [600, 602).
    expect(intervalsOverlap(sum, printed('共计600余条'))).toBe(true);
  });
  it('1000余 against parts summing to 1050 agrees; against 1100 it does not', () => {
    expect(intervalsOverlap(printed('1000余条'), sumIntervals([point(1000), point(50)]))).toBe(true);
    expect(intervalsOverlap(printed('1000余条'), sumIntervals([point(1000), point(100)]))).toBe(false);
  });
  it('an unbounded part makes an unbounded sum: 200余 is not 200以上, but 超过200 is', () => {
    expect(sumIntervals([printed('200余篇'), point(473), point(265)])).toEqual({ low: 938, high: 948, highOpen: true });
    expect(sumIntervals([printed('超过200篇'), point(1)])).toEqual({ low: 201, high: Infinity, lowOpen: true, highOpen: true });
  });
});

describe('shares', () => {
  const cases: [string, Interval, Interval, Interval, boolean][] = [
    ['18 of 120 is 15%', point(18), point(120), printed('占15%'), true],
    ['19 of 120 is 15.83%', point(19), point(120), printed('占15.83%'), true],
    ['2 of 120 is 1.67%', point(2), point(120), printed('占1.67%'), true],
    ['19 of 120 is not 15.9%', point(19), point(120), printed('占15.9%'), false],
    ['2 of 3 truncated to 66.66% is honest', point(2), point(3), allowTruncation(printed('占66.66%')), true],
    ['2 of 3 printed 66.5% is wrong even if truncated', point(2), point(3), allowTruncation(printed('占66.5%')), false],
  ];
  for (const [name, part, whole, stated, agrees] of cases) {
    it(name, () => expect(intervalsOverlap(shareInterval(part, whole)!, stated)).toBe(agrees));
  }
  it('a share of zero states nothing', () => expect(shareInterval(point(0), point(0))).toBeUndefined());
});

describe('formatInterval', () => {
  const cases: [Interval, string][] = [
    [point(228), '228'],
    [{ low: 938, high: 948, highOpen: true }, '[938, 948)'],
    [{ low: 201, high: Infinity, lowOpen: true, highOpen: true }, '> 201'],
    [{ low: 15.825, high: 15.835 }, '[15.825, 15.835]'],
  ];
  for (const [interval, text] of cases) it(text, () => expect(formatInterval(interval)).toBe(text));
});
