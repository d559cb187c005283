/**
 * Chinese numerals: positional (一千二百三十四, 两千, 十一, 一百零五, 一百五), digit by digit as in
 * years (二○一二), financial capitals (壹贰叁) and Traditional forms (兩, 萬, 億).
 */

const DIGIT_VALUES: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, '◯': 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Character class source of every character a Chinese numeral can be written with. */
export const CHINESE_NUMERAL_CHARS = '零〇○◯一壹二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

/** Digits read one by one (二○一二, or the decimals of 三点零五); 两 never stands in such a sequence. */
function digitString(s: string): string | null {
  if (s.length === 0) return null;
  let out = '';
  for (const ch of s) {
    const digit = DIGIT_VALUES[ch];
    if (digit === undefined || ch === '两' || ch === '兩') return null;
    out += digit;
  }
  return out;
}

function positional(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  // The unit written just before a trailing digit, for the elliptical 一百五 (150) and 两万五 (25000).
  let previousUnit = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const d = DIGIT_VALUES[ch];
    if (d !== undefined) {
      if (d === 0) {
        if (digit !== null) return null;
        previousUnit = 0;
        continue;
      }
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      // A section may open with a bare 十 (十一, 三万十二), never with a bare 百 or 千.
      const factor = digit ?? (small === 10 && section === 0 && (i === 0 || BIG_UNITS[s[i - 1]] !== undefined) ? 1 : null);
      if (factor === null) return null;
      section += factor * small;
      digit = null;
      lastSmall = small;
      previousUnit = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined || big >= lastBig) return null;
    if (section === 0 && digit === null) return null;
    total += (section + (digit ?? 0)) * big;
    section = 0;
    digit = null;
    lastSmall = Infinity;
    lastBig = big;
    previousUnit = big;
  }
  if (digit !== null) section += previousUnit > 0 ? (digit * previousUnit) / 10 : digit;
  return total + section;
}

/**
 * Chinese numerals to a number: 一千二百三十四 → 1234, 两千 → 2000, 十一 → 11, 〇 → 0, 三十 → 30,
 * 二○一二 → 2012 (digit by digit), 三点五 → 3.5; null if `s` is not a numeral as a whole.
 */
export function chineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  const point = s.search(/[点點]/);
  if (point >= 0) {
    const whole = chineseNumeral(s.slice(0, point));
    const fraction = digitString(s.slice(point + 1));
    return whole === null || fraction === null ? null : Number(`${whole}.${fraction}`);
  }
  const first = s[0];
  if (DIGIT_VALUES[first] === undefined && SMALL_UNITS[first] !== 10) return null;
  const hasUnit = [...s].some((ch) => SMALL_UNITS[ch] !== undefined || BIG_UNITS[ch] !== undefined);
  if (!hasUnit) {
    if (s.length === 1) return DIGIT_VALUES[first];
    const digits = digitString(s);
    return digits === null ? null : Number(digits);
  }
  return positional(s);
}

/** True for a numeral written digit by digit without units (二○一二, 三四), which is never a count word. */
export function isDigitSequence(s: string): boolean {
  return s.length > 1 && [...s].every((ch) => DIGIT_VALUES[ch] !== undefined);
}
