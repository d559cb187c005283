/**
 * Figures printed in digits, cut without compromise. compromise's tagger costs some 2.5 ms a
 * line, and most lines of a report hold only digit figures (12,486 items, 8.5%, RMB 1,200),
 * which numbers.ts reads from the raw text anyway: compromise only says where each one is.
 * `cutDigitFigures` says the same, and gives the line back to compromise (null) wherever
 * compromise could say something else: a word it reads as a number (twelve, first, a few), a
 * shape its tokenizer or tagger treats apart (1st, 1/2, 12 - 13, 5G), or a context in which its
 * rules retag a figure or join it to a word (3 of 5 is a fraction; Part II 3; 0571 8765-4321 is
 * a phone number). test/english-numbers.test.ts holds the two ways equal on real text.
 */
import nlp from 'compromise';
import type { Structure } from './structures.js';

const NUMERAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** A figure compromise reads as one plain number: 1,234 · 8.5% · ¥5,000 · $5 · (35) · 1,000+ · “46 · 2022. */
const PLAIN_FIGURE = new RegExp(String.raw`^[(\[“"]*(?:[$¥￥]?${NUMERAL}|${NUMERAL}%)\+?[)\]”"’.,;:!?]*$`);

/**
 * Words compromise reads as numbers, from its lexicon (cardinals, ordinals, their fractions such
 * as thirds and seconds, multiples, "a few") and its suffix rules (-teenth, -tieth). The numbers
 * module's own test checks this list against compromise's lexicon.
 */
export const NUMBER_WORDS = new RegExp(
  String.raw`\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|` +
    String.raw`twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|` +
    String.raw`(?:hundred|thousand|(?:m|b|tr|quadr|quint|sext|sept)illion)(?:th)?|` +
    String.raw`zeroth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w*teenth|\w*tieth)s?|a\s+few)\b`,
  'i',
);
const EVERY_NUMBER_WORD = new RegExp(NUMBER_WORDS.source, 'gi');

/** Roman numerals as compromise tags them (XVII): numbers it joins to a figure beside them (Part II 3). */
const ROMAN_NUMERAL = /^[IVXLCDM]{2,}$/;

/**
 * Words that compromise's rules join to a figure near them, or that make them retag the figure,
 * and how near: fewer than `reach` words apart, a run of figures counting as one.
 */
const FIGURE_CONTEXT: readonly { word: RegExp; reach: number }[] = [
  // 5 and a half, half the 12: the figure becomes a fraction.
  { word: /^half$/i, reach: 3 },
  // 2 halves, 3 quarters, a quarter of, minus 3, 3 point 5, Part II 3: one number, or a fraction, to compromise.
  { word: /^(?:halves|halfs|quarters?|minus|negative|point|decimal)$/i, reach: 1 },
  { word: ROMAN_NUMERAL, reach: 1 },
  // Motel 6 is an organisation in compromise's lexicon, its 6 no number.
  { word: /^motel$/i, reach: 1 },
];

/** The first names of compromise's lexicon: after one, a single digit is to compromise a person's initial (John 5), not a number. */
const FIRST_NAMES = firstNames();

/** How near another shape retags a plain figure: 0571 8765-4321 (a phone number), 5 3rd (a fraction). */
const SHAPE_REACH = 2;

/** Scale words right after a figure's digits, as readValue reads them (3.5 million). */
const SCALE_WORDS = /^(?:\s+(?:hundred|thousand|million|billion)\b)+/i;
const DIGITS = /\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?:\.\d+)?/;
const DASHES = /^[-–—]+$/;

export interface DigitFigure {
  start: number;
  end: number;
  /** The figure's reading takes in the scale words after it (3.5 million). */
  scaled: boolean;
}

export interface DigitCut {
  figures: DigitFigure[];
  /**
   * Every figure is plain, with no number, scale word or word compromise may join to it (a, and)
   * beside it: compromise finds each as a number of one word, tagged neither fraction nor
   * multiple, and how it cuts numbers of several words elsewhere in the line cannot depend on them.
   */
  alone: boolean;
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** The whitespace-separated chunk it comes from: distances are counted in chunks, which compromise never merges. */
  chunk: number;
  /** A chunk holding digits: a plain figure, or another shape (1st, 5G, 0571-87654321); null for a word. */
  figure: 'plain' | 'other' | null;
  /** A figure, a scale word read with one (3.5 million) or a Roman numeral: a number to compromise. */
  number?: boolean;
}

/**
 * The digit figures of text[from, to), each as compromise would cut it, or null when compromise
 * must read the text. Scale words after a figure are read up to lineEnd, as numbers.ts reads
 * them. Figures inside structures are cut too; the caller drops them.
 */
export function cutDigitFigures(text: string, from: number, to: number, lineEnd: number, structures: readonly Structure[]): DigitCut | null {
  const chunks = [...text.slice(from, to).matchAll(/\S+/g)].map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length, text: m[0] }));
  const tokens: Token[] = [];
  const figures: DigitFigure[] = [];
  /** Where a plain figure's reading takes in scale words: those words are read, not spelled-out numbers. */
  const scales: { start: number; end: number }[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!/\d/.test(chunk.text)) {
      for (const word of chunk.text.matchAll(/\p{L}+|&|\p{Sc}+/gu)) tokens.push({ start: chunk.start + word.index!, end: chunk.start + word.index! + word[0].length, text: word[0], chunk: i, figure: null });
      continue;
    }
    // compromise's tokenizer makes one term of 12 - 13 and 12- 13, read as 12 alone.
    const next = chunks[i + 1];
    if (next && ((DASHES.test(next.text) && /\d/.test(chunks[i + 2]?.text ?? '')) || (/[-–—]$/.test(chunk.text) && /\d/.test(next.text)))) return null;
    if (PLAIN_FIGURE.test(chunk.text)) {
      const digits = DIGITS.exec(chunk.text)!;
      const digitsEnd = chunk.start + digits.index + digits[0].length;
      const scale = SCALE_WORDS.exec(text.slice(digitsEnd, lineEnd));
      if (scale) scales.push({ start: digitsEnd, end: digitsEnd + scale[0].length });
      figures.push({ start: chunk.start, end: chunk.end, scaled: scale !== null });
      tokens.push({ ...chunk, chunk: i, figure: 'plain' });
    } else {
      // Another shape is compromise's to read, unless a structure holds all its digits: its figure is dropped either way.
      if (!everyDigitWithin(chunk, structures)) return null;
      tokens.push({ ...chunk, chunk: i, figure: 'other' });
    }
  }
  for (const word of text.slice(from, to).matchAll(EVERY_NUMBER_WORD)) {
    const at = from + word.index!;
    if (!scales.some((s) => s.start <= at && at + word[0].length <= s.end)) return null;
  }
  for (const token of tokens) token.number = token.figure !== null || ROMAN_NUMERAL.test(token.text) || scales.some((s) => s.start <= token.start && token.end <= s.end);
  const isNumber = (t: Token | undefined) => t?.number === true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.figure === 'plain' && retaggedByNeighbours(tokens, i)) return null;
    const context = token.figure === null ? FIGURE_CONTEXT.find((c) => c.word.test(token.text)) : undefined;
    if (context && reaches(tokens, i, context.reach, isNumber)) return null;
    if (token.figure === 'other' && reaches(tokens, i, SHAPE_REACH, (t) => t.figure === 'plain')) return null;
    if (isNumber(token) && ofNumber(tokens, i, isNumber)) return null;
    // ¥5 and ¥6 yuan 7: of two sums joined by "and", compromise tags the currency word a number too, beside the 7. Rare; left to it.
    if (/^(?:and|&)$/i.test(token.text) && isNumber(tokens[i + 1]) && tokens[i + 2]?.figure === null && isNumber(tokens[i + 3])) return null;
  }
  // 3 million 2: compromise reads one number, whose 2 is lost.
  for (const scale of scales) if (isNumber(tokens.find((t) => t.start >= scale.end))) return null;
  const joins = (t: Token | undefined) => t !== undefined && (isNumber(t) || /^(?:an?|and|&|\p{Sc}+)$/iu.test(t.text));
  const alone = tokens.every((t, i) => t.figure === null || (t.figure === 'plain' && !joins(tokens[i - 1]) && !joins(tokens[i + 1])));
  return { figures, alone };
}

/**
 * Whether text[from, to) holds a word compromise reads as a number or as part of one (twelve,
 * first, a few, II, half): without one, and without digits, it finds no number there but lone
 * words "a" (a year), which it never reads.
 */
export function holdsNumberWords(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to);
  return NUMBER_WORDS.test(words) || /\b(?:half|halves|halfs|quarters?)\b/i.test(words) || [...words.matchAll(/\p{L}+/gu)].some((w) => ROMAN_NUMERAL.test(w[0]));
}

/**
 * A figure compromise's rules take for a word, by the words around it: "raise an 12." (a noun),
 * "the rights of 5", "chief 5 officer", "John 5" (an initial).
 */
function retaggedByNeighbours(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.text.toLowerCase();
  if (before === 'a' || before === 'an') return true;
  if (/^rights?$/i.test(tokens[at - 2]?.text ?? '') && before === 'of') return true;
  if (before === 'chief' && /^officer$/i.test(tokens[at + 1]?.text ?? '')) return true;
  return before !== undefined && FIRST_NAMES.has(before) && tokens[at].text.replace(/\D/g, '').length === 1;
}

function firstNames(): Set<string> {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const names = new Set<string>();
  for (const [word, tags] of Object.entries(model.one.lexicon)) if ([tags].flat().some((tag) => /^(?:FirstName|MaleName|FemaleName)$/.test(tag))) names.add(word);
  return names;
}

function everyDigitWithin(chunk: { start: number; text: string }, structures: readonly Structure[]): boolean {
  for (const digit of chunk.text.matchAll(/\d/g)) {
    const at = chunk.start + digit.index!;
    if (!structures.some((s) => s.start <= at && at < s.end)) return false;
  }
  return true;
}

/**
 * A token `wanted` fewer than `reach` chunks of words away from tokens[at]; a run of numbers
 * counts as no distance, as compromise's rules read it as one (#Cardinal+).
 */
function reaches(tokens: readonly Token[], at: number, reach: number, wanted: (t: Token) => boolean): boolean {
  for (const step of [-1, 1]) {
    let words = 0;
    let chunk = tokens[at].chunk;
    for (let i = at + step; i >= 0 && i < tokens.length; i += step) {
      if (wanted(tokens[i])) return true;
      if (!tokens[i].number && tokens[i].chunk !== chunk && ++words >= reach) break;
      chunk = tokens[i].chunk;
    }
  }
  return false;
}

/** "3 of 5", "2 out of 3", "1 of every 10": compromise tags both numbers a fraction. */
function ofNumber(tokens: readonly Token[], at: number, isNumber: (t: Token | undefined) => boolean): boolean {
  let i = at + 1;
  if (/^out$/i.test(tokens[i]?.text ?? '')) i++;
  if (!/^of$/i.test(tokens[i]?.text ?? '')) return false;
  i++;
  if (/^every$/i.test(tokens[i]?.text ?? '')) i++;
  return isNumber(tokens[i]);
}
