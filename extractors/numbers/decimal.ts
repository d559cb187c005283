/**
 * Exact decimals for printed figures. A figure is kept as an integer mantissa and a power of ten
 * (61.72万 is 6172 × 10^2), so scaling by 万 or 亿 only moves the exponent and a value never picks
 * up binary noise (4.52万 is 45200, not 45199.99999999999). Conversion to a JS number happens once,
 * correctly rounded to the nearest double.
 */

export interface Decimal {
  mantissa: bigint;
  exponent: number;
}

const FULLWIDTH_ZERO = 0xff10;

/** ASCII digits for full-width ones; other characters are kept. */
export function asciiDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    out += code >= FULLWIDTH_ZERO && code <= FULLWIDTH_ZERO + 9 ? String.fromCharCode(code - FULLWIDTH_ZERO + 48) : s[i];
  }
  return out;
}

/**
 * Longest digit run read as a number. A longer run is an identifier, never a figure; its value is
 * read from its first digits only, which keeps it finite and its reading linear in time.
 */
export const MAX_DIGITS = 40;

/** A printed arabic number (digits, optional thousands separators and decimal point). */
export function parseDigits(printed: string): { value: Decimal; decimals: number } {
  const plain = asciiDigits(printed).replace(/[,，]/g, '').replace('．', '.');
  const point = plain.indexOf('.');
  const decimals = point < 0 ? 0 : plain.length - point - 1;
  const digits = point < 0 ? plain : plain.slice(0, point) + plain.slice(point + 1);
  if (digits.length > MAX_DIGITS) return { value: { mantissa: BigInt(digits.slice(0, MAX_DIGITS)), exponent: 0 }, decimals };
  return { value: { mantissa: BigInt(digits), exponent: -decimals }, decimals };
}

export function fromInteger(n: number): Decimal {
  return { mantissa: BigInt(n), exponent: 0 };
}

export function scaled(d: Decimal, powerOfTen: number): Decimal {
  return { mantissa: d.mantissa, exponent: d.exponent + powerOfTen };
}

export function negated(d: Decimal): Decimal {
  return { mantissa: -d.mantissa, exponent: d.exponent };
}

const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function toNumber(d: Decimal): number {
  // An exact integer times or divided by an exact power of ten is rounded once, like parsing the
  // decimal string (Clinger's fast path); anything larger goes through the string.
  if (d.mantissa <= SAFE && d.mantissa >= -SAFE && d.exponent >= -22 && d.exponent <= 22) {
    const m = Number(d.mantissa);
    return d.exponent >= 0 ? m * EXACT_POWERS[d.exponent] : m / EXACT_POWERS[-d.exponent];
  }
  return Number(`${d.mantissa}e${d.exponent}`);
}

/** One unit of the given decimal place: unit(-2) is 0.01. */
export function unit(exponent: number, times = 1n): Decimal {
  return { mantissa: times, exponent };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [a.mantissa * 10n ** BigInt(a.exponent - exponent), b.mantissa * 10n ** BigInt(b.exponent - exponent), exponent];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b);
  return { mantissa: x + y, exponent };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b);
  return { mantissa: x - y, exponent };
}

export function larger(a: Decimal, b: Decimal): Decimal {
  const [x, y] = aligned(a, b);
  return x >= y ? a : b;
}

export function absolute(d: Decimal): Decimal {
  return d.mantissa < 0n ? negated(d) : d;
}

/** Number of digits of the mantissa (0 has one) and of its trailing zeros (0 has none). */
export function digitShape(d: Decimal): { digits: number; trailingZeros: number } {
  const s = (d.mantissa < 0n ? -d.mantissa : d.mantissa).toString();
  let trailingZeros = 0;
  if (s !== '0') while (s[s.length - 1 - trailingZeros] === '0') trailingZeros++;
  return { digits: s.length, trailingZeros };
}
