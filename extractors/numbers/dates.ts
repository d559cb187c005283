/**
 * Step 1 rules for dates, periods and years (2014年1月1日至12月31日, 2020-01-30 16:53, 二○一二年,
 * 2019-2020学年), with the check that keeps 2019年13月 or 32日 from passing as a date.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese.js';
import { asciiDigits } from './decimal.js';
import { BR, DIGIT, DIGITS, SP } from './patterns.js';
import type { StructureRule } from './structures.js';

const D = DIGIT;
/** 〇 is also printed as ○, ◯, the letter O or the digit 0 in Chinese years (二O一九年). */
const CN_DIGIT = '[零〇○◯OＯ0０一二三四五六七八九]';
const YEAR_NUM = `(?:[12１２]${D}{3}|[一二]${CN_DIGIT}{3})`;
const MONTH_NUM = `(?:${D}{1,2}|十[一二]?|[一二三四五六七八九])`;
const DAY_NUM = `(?:${D}{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const YEAR = `${YEAR_NUM}${BR}年(?:度)?`;
const MONTH = `${MONTH_NUM}${BR}月(?:份)?`;
const DAY = `${DAY_NUM}${BR}[日号號]`;
const PART_OF_MONTH = '(?:上旬|中旬|下旬|初(?![步始次心期见])|底|末)';
/** A year with an optional month and day, or an arabic month with an optional day (Chinese months only after a year). */
const DATE = `(?:${YEAR}(?:${BR}${MONTH}(?:${BR}${DAY})?)?|${D}{1,2}${BR}月(?:份)?(?:${BR}${DAY})?)${PART_OF_MONTH}?`;
const RANGE = `${BR}(?:起${BR})?[，,]?${BR}(?:至|到|[-—–~～－])${BR}`;
const NUMBER_CHARS = `${DIGITS}.．`;
const NUMERAL_CHARS = NUMBER_CHARS + CHINESE_NUMERAL_CHARS;

const YEAR_DIGITS: Readonly<Record<string, string>> = {
  零: '0', 〇: '0', '○': '0', '◯': '0', O: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** The number a date part stands for: 2019, 二○一二, 12, 十二, 二十一. */
function datePartValue(s: string): number {
  const digits = [...asciiDigits(s)].map((ch) => YEAR_DIGITS[ch] ?? ch).join('');
  if (/^\d+$/.test(digits)) return Number(digits);
  // 十二, 二十一: the only positional numerals that stand for months and days.
  const tens = digits.indexOf('十');
  if (tens < 0) return NaN;
  const high = tens === 0 ? 1 : Number(digits.slice(0, tens));
  const low = tens === digits.length - 1 ? 0 : Number(digits.slice(tens + 1));
  return high * 10 + low;
}

/** Years 1900–2100, months 1–12, days 1–31: 2019年13月 is not a date. */
function plausibleDate(match: RegExpExecArray): boolean {
  const s = match[0];
  for (const m of s.matchAll(/([0-9０-９]{4}|[一二][零〇○◯OＯ0０一二三四五六七八九]{3})\s*年/g)) {
    const year = datePartValue(m[1]);
    if (!(year >= 1900 && year <= 2100)) return false;
  }
  for (const m of s.matchAll(/([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])\s*月/g)) {
    const month = datePartValue(m[1]);
    if (!(month >= 1 && month <= 12)) return false;
  }
  for (const m of s.matchAll(/([0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]/g)) {
    const day = datePartValue(m[1]);
    if (!(day >= 1 && day <= 31)) return false;
  }
  return true;
}

export const DATE_RULES: readonly StructureRule[] = [
  {
    id: 'period',
    role: 'period',
    example: '2014年1月1日至12月31日, 2019-2020年度, 1-6月',
    pattern: new RegExp(`(?:${DATE}|${YEAR_NUM}|${D}{1,2})${RANGE}${DATE}(?:${BR}止)?`, 'g'),
    notAfter: NUMERAL_CHARS,
    accept: plausibleDate,
  },
  {
    id: 'period/years',
    role: 'period',
    example: '村庄规划（2021-2035）',
    pattern: new RegExp(`(?:19|20)\\d{2}${SP}[-—–~～－至到]${SP}(?:19|20)\\d{2}(?![0-9０-９])`, 'g'),
    notAfter: NUMBER_CHARS,
    accept: (m) => {
      const [from, to] = m[0].split(/[^0-9]+/).filter(Boolean).map(Number);
      return to > from && to - from <= 50;
    },
  },
  {
    id: 'date',
    role: (s) => (/[月日号號旬初底末]/.test(s) ? 'date' : 'year'),
    example: '截至2017年12月30日, 7月下旬, 2021年度, 二〇一二年',
    pattern: new RegExp(DATE, 'g'),
    notAfter: NUMERAL_CHARS,
    accept: plausibleDate,
  },
  {
    id: 'date/numeric',
    role: 'date',
    example: '发布时间: 2020-01-30 16:53, 2013/3/1',
    notAfter: NUMBER_CHARS,
    pattern: new RegExp(`(?:19|20)\\d{2}([-/.])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])(?![0-9])(?:${SP}(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?![0-9]))?`, 'g'),
  },
  { id: 'date/time', role: 'date', example: '预计于 15:35 恢复', pattern: /(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?![0-9])/g, notAfter: `${NUMBER_CHARS}:` },
  { id: 'date/hour', role: 'date', example: '9时30分', pattern: /(?:[01]?\d|2[0-4])时(?:[0-5]?\d分)?/g, notAfter: NUMBER_CHARS },
  { id: 'date/garbled', role: 'date', example: '20101120101231日', pattern: /(?<![0-9])[0-9]{8,}日/g },
  { id: 'date/garbled-month', role: 'date', example: '统计期限自20211月1日起', pattern: /(?:19|20)\d{2}(?:1[0-2]|0?[1-9])月/g, notAfter: NUMBER_CHARS },
  {
    id: 'year/ocr-split',
    role: 'year',
    example: '2 019 年',
    pattern: new RegExp(`(\\d{1,3}) (\\d{1,3}${SP}年)`, 'dg'),
    notAfter: NUMBER_CHARS,
    split: true,
    accept: (m) => {
      const digits = m[1] + m[2].replace(/\D/g, '');
      return digits.length === 4 && Number(digits) >= 1900 && Number(digits) <= 2100;
    },
  },
];
