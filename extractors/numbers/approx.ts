/**
 * What an approximation word does to the interval of a printed figure. The rules, stated once:
 *
 * - exact: a count or an amount printed as a plain integer is the point [486, 486]. A figure printed
 *   with decimals or a scale word, and every percentage, stands for what rounds to it, half a unit
 *   of its last printed digit either way: 15.83% is [15.825, 15.835], 32% is [31.5, 32.5],
 *   61.72万元 is [617150, 617250], 3万 is [25000, 35000]. Chinese numerals are words, not rounded
 *   digits: 三万 is the point 30000.
 * - remainder (余/多 after the number or its scale, at_least): [N, N + step). The step is one unit of
 *   the last nonzero printed digit (30余万 → [300000, 400000), 3千多 → [3000, 4000), 66余件 → [66, 67)),
 *   except that three or more arabic digits state at least their two leading digits, since a writer
 *   who meant 1800 prints 1800余: 1000余条 → [1000, 1100), 120余 → [120, 130). Chinese numerals
 *   follow the grammar of 多 with no such cap: 一千多 → [1000, 2000), 十余 → [10, 20).
 * - from (以上, 至少, 不少于) → [N, ∞); above (超过, 逾, 多于, 高于) → (N, ∞). The open end is
 *   `Infinity` with `highOpen`; JSON writers must store it explicitly (JSON.stringify makes it null).
 * - below (不足, 不到, 少于, 低于) → [0, N); upTo (以下, 以内, 至多, 不超过) → [0, N].
 * - around (约, 近, 大约, 将近, 左右, 上下, about) → N ± max(10% of N, one unit of the last printed
 *   digit): 约300 → [270, 330], 约3人 → [2, 4], 约11万 → [99000, 121000].
 */
import type { Approx, Unit } from '../../schemas/catalog.js';
import type { Interval } from '../../schemas/types.js';
import type { Decimal } from './decimal.js';
import { absolute, add, digitShape, larger, subtract, toNumber, unit } from './decimal.js';
import type { Bound } from './lexicon.js';

export function approxOf(bound: Bound | null): Approx {
  switch (bound) {
    case null:
      return 'exact';
    case 'remainder':
    case 'from':
    case 'above':
      return 'at_least';
    case 'below':
    case 'upTo':
      return 'at_most';
    case 'around':
      return 'about';
  }
}

export interface PrintedFigure {
  /** Value in canonical units; its mantissa holds the digits as printed, its exponent the place of the last one. */
  value: Decimal;
  unit: Unit;
  chinese: boolean;
  /** Printed with decimals or a scale word (61.72万), so it may be rounded. */
  rounded: boolean;
}

function interval(low: number, high: number, lowOpen = false, highOpen = false): Interval {
  const out: Interval = { low, high };
  if (lowOpen) out.lowOpen = true;
  if (highOpen) out.highOpen = true;
  return out;
}

function remainderStep(figure: PrintedFigure): Decimal {
  const { digits, trailingZeros } = digitShape(figure.value);
  const places = !figure.chinese && digits >= 3 ? Math.min(trailingZeros, digits - 2) : trailingZeros;
  return unit(figure.value.exponent + places);
}

export function intervalOf(figure: PrintedFigure, bound: Bound | null): Interval {
  const value = toNumber(figure.value);
  const exponent = figure.value.exponent;
  switch (bound) {
    case null: {
      if (figure.unit !== 'percent' && !figure.rounded) return interval(value, value);
      const half = unit(exponent - 1, 5n);
      return interval(toNumber(subtract(figure.value, half)), toNumber(add(figure.value, half)));
    }
    case 'remainder':
      return interval(value, toNumber(add(figure.value, remainderStep(figure))), false, true);
    case 'from':
      return interval(value, Infinity, false, true);
    case 'above':
      return interval(value, Infinity, true, true);
    case 'below':
      return interval(value < 0 ? -Infinity : 0, value, value < 0, true);
    case 'upTo':
      return interval(value < 0 ? -Infinity : 0, value, value < 0);
    case 'around': {
      const tenth = { mantissa: absolute(figure.value).mantissa, exponent: exponent - 1 };
      const margin = larger(tenth, unit(exponent));
      return interval(toNumber(subtract(figure.value, margin)), toNumber(add(figure.value, margin)));
    }
  }
}
