/**
 * Words around a number in English report text, as data. The bounds are those of the Chinese
 * numbers module (extractors/numbers/lexicon.ts), so both languages share approx.ts's intervals.
 */
import type { Bound } from '../numbers/lexicon.js';

export interface EnglishApproxPhrase {
  phrase: string;
  bound: Bound;
  /** Words that, just before the phrase, make it part of a verb (carried over 3 requests). */
  notAfter?: readonly string[];
}

/** Approximation phrases before a number: about 300, more than 1,000, fewer than 20. */
export const APPROX_BEFORE: readonly EnglishApproxPhrase[] = ([
  { phrase: 'more than', bound: 'above' },
  { phrase: 'over', bound: 'above', notAfter: ['carried', 'handed', 'turned', 'passed', 'taken', 'brought', 'left', 'transferred'] },
  { phrase: 'above', bound: 'above' },
  { phrase: 'exceeding', bound: 'above' },
  { phrase: 'in excess of', bound: 'above' },
  { phrase: 'upwards of', bound: 'above' },
  { phrase: 'at least', bound: 'from' },
  { phrase: 'no fewer than', bound: 'from' },
  { phrase: 'not fewer than', bound: 'from' },
  { phrase: 'no less than', bound: 'from' },
  { phrase: 'not less than', bound: 'from' },
  { phrase: 'a minimum of', bound: 'from' },
  { phrase: 'fewer than', bound: 'below' },
  { phrase: 'less than', bound: 'below' },
  { phrase: 'under', bound: 'below' },
  { phrase: 'below', bound: 'below' },
  { phrase: 'up to', bound: 'upTo' },
  { phrase: 'at most', bound: 'upTo' },
  { phrase: 'no more than', bound: 'upTo' },
  { phrase: 'not more than', bound: 'upTo' },
  { phrase: 'a maximum of', bound: 'upTo' },
  { phrase: 'about', bound: 'around' },
  { phrase: 'approximately', bound: 'around' },
  { phrase: 'approx.', bound: 'around' },
  { phrase: 'around', bound: 'around' },
  { phrase: 'nearly', bound: 'around' },
  { phrase: 'almost', bound: 'around' },
  { phrase: 'roughly', bound: 'around' },
  { phrase: 'close to', bound: 'around' },
  { phrase: 'an estimated', bound: 'around' },
] satisfies EnglishApproxPhrase[]).sort((a, b) => b.phrase.length - a.phrase.length);

/** Approximation phrases after the number (and its unit): 1,000 or more, 300 or so, 1,000+. */
export const APPROX_AFTER: readonly EnglishApproxPhrase[] = [
  { phrase: 'or more', bound: 'from' },
  { phrase: 'or above', bound: 'from' },
  { phrase: 'and above', bound: 'from' },
  { phrase: 'and over', bound: 'from' },
  { phrase: '+', bound: 'from' },
  { phrase: 'or so', bound: 'around' },
  { phrase: 'or fewer', bound: 'upTo' },
  { phrase: 'or less', bound: 'upTo' },
];

/** Scale words after digits, as powers of ten (3.5 million). */
export const SCALES: Readonly<Record<string, number>> = { hundred: 2, thousand: 3, million: 6, billion: 9 };

/** Currency before the number (RMB 1.2 million, ¥5,000) and after it (10,000 yuan). */
export const CURRENCY_BEFORE = /(?:\b(?:RMB|CNY|Renminbi)\s*[¥￥]?|[¥￥])\s*$/i;
export const CURRENCY_AFTER = /^\s*(?:yuan\b|RMB\b|CNY\b|Renminbi\b)(?:\s*\((?:RMB|CNY)\))?/i;

/** Percent after the number: 15.5%, 25 percent, 3 per cent, 2 percentage points. */
export const PERCENT_AFTER = /^\s*(?:%|percentage points?\b|per\s?cent\b)/i;

export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;

/** Words after which a number names a place in a document: Article 20, part II, Table 3. */
export const REFERENCE_WORDS = String.raw`(?:[Aa]rticles?|[Ii]tems?|[Cc]lauses?|[Pp]aragraphs?|[Ss]ections?|[Cc]hapters?|[Pp]arts?|[Aa]nnex(?:es)?|[Aa]ppendix|[Aa]ppendices|[Tt]ables?|[Ff]igures?|[Aa]ttachments?|[Ss]chedules?|[Rr]ules?|[Pp]ages?)`;

/** Markers that number parts and references in words or Roman numerals: Part One, Part II. */
export const ORDINAL_MARKER = String.raw`(?:[IVXLC]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)`;

const ORDINAL_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a part or reference marker: 3, Three, III (0 when it is none of these). */
export function ordinalValue(marker: string): number {
  if (/^\d+$/.test(marker)) return Number(marker);
  const word = ORDINAL_WORDS[marker.toLowerCase()];
  if (word) return word;
  const roman = marker.toUpperCase();
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const here = ROMAN_DIGITS[roman[i]];
    if (here === undefined) return 0;
    total += here < (ROMAN_DIGITS[roman[i + 1]] ?? 0) ? -here : here;
  }
  return total;
}
