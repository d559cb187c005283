/**
 * Step 2 of findNumbers: every remaining digit run or Chinese numeral (an anchor) is read with the
 * words around it: approximation words, sign, 百分之, scale, measure word. Context rules then decide
 * its role, in the order written below; what no rule claims is a figure (quantity, percent, money).
 */
import type { Unit } from '../../schemas/catalog.js';
import type { NumberMention, NumberRole } from '../../schemas/types.js';
import { approxOf, intervalOf } from './approx.js';
import { CHINESE_NUMERAL_CHARS, chineseNumeral, isDigitSequence } from './chinese.js';
import type { Decimal } from './decimal.js';
import { fromInteger, negated, parseDigits, scaled, toNumber } from './decimal.js';
import type { ApproxWord, Bound } from './lexicon.js';
import {
  APPROX_AFTER, APPROX_BEFORE, COUNT_MEASURES, CURRENCY, NOT_AFTER_CHINESE_NUMERAL, NOT_APPROX_AFTER, PERCENT_UNITS, SCALES,
  TIME_MEASURES, WORD_BEFORE_ONE,
} from './lexicon.js';
import type { Structure } from './structures.js';
import { findStructures } from './structures.js';

export interface ScanOptions {
  /** The text is one expression standing alone (a table cell): a bare Chinese numeral counts. */
  standalone?: boolean;
}

/** Characters of context read on each side of [from, to), so a window never cuts an expression in two. */
const CONTEXT = 64;

const SP = '[ \\t\\u3000]*';
const BR = `${SP}(?:\\r?\\n${SP})?`;
const CIRCLED = /[①-⑳⑴-⒇⒈-⒛]/;
const CIRCLED_FIRST: readonly number[] = [0x2460, 0x2474, 0x2488];

const ANCHOR = new RegExp(`[0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+|${CIRCLED.source}`, 'g');
const VALUE_RUN = new RegExp(`[0-9０-９]+(?:[.．][0-9０-９]+)?|[${CHINESE_NUMERAL_CHARS}]+|${CIRCLED.source}`, 'g');
const ARABIC_CORE = /[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?/y;
const DOTTED = /(?:[.．][0-9０-９]+)+/y;

const byLength = (a: string, b: string) => b.length - a.length;
const UNIT_WORDS = [...new Set([...COUNT_MEASURES, CURRENCY, ...Object.keys(PERCENT_UNITS)])].sort(byLength);
const SCALE_SOURCE = Object.keys(SCALES)
  .sort(byLength)
  .map((word) => (word === '千' ? '千(?![瓦克米伏卡帕])' : word === '百' ? '百(?!分)' : word))
  .join('|');
const AFTER_WORDS = APPROX_AFTER.map((w) => w.word).join('|');
/** Groups: 1 remainder, 2 space, 3 scale, 4 remainder, 5 gap, 6 unit or measure, 7 space, 8 approximation word. */
const TAIL = new RegExp(`([余餘多])?(?:(${SP})(${SCALE_SOURCE}))?([余餘多])?(?:(${BR})(${UNIT_WORDS.join('|')}))?(?:(${SP})(${AFTER_WORDS}))?`, 'y');
const ORDINAL_TAIL = new RegExp(`${SP}(号|號|届|屆|季度|阶段|階段|款|章|节|節|版|${UNIT_WORDS.join('|')})?`, 'y');
const YEAR_WORD = new RegExp(`${SP}年(?:度)?`, 'y');

const CLAUSE_BOUNDARY = '\n\r|\t。；;：:！!？?，,';
const SIGN_BOUNDARY = ' \t\u3000|(（:：,，;；=、\n\r';
const OPEN_QUOTE = '“"‘\'「『';
const CLOSE_QUOTE = '”"’\'」』';
const HOTLINE_WORD = /^(?:热线|熱線|报警|報警|急救|指挥|指揮|电话|電話|平台|服务|服務|便民|政务|政務|市民|投诉|投訴|举报|舉報|转办|轉辦|工单|工單)/;
const DIAL_VERB = /(?:拨打|撥打|致电|致電|拨|撥)$/;
/** Row labels of the official templates after their number (1.属于国家秘密): a row marker even where a flattened table glued it to the cell before. */
const TEMPLATE_ROW = /^[.．]\s*(?:属于|屬於|其他法律|危及|保护第三方|保護第三方|本机关不掌握|本機關不掌握|没有现成|沒有現成|补正后|補正後|信访举报|信訪舉報|重复申请|重複申請|要求提供|无正当理由|無正當理由|要求行政机关|要求行政機關|申请人无正当|申請人無正當|申请人逾期|申請人逾期|其他)/;
const OPENING_QUOTES = '“「『‘';
const CLOSING_QUOTES = '”」』’';

interface Core {
  valueStart: number;
  valueEnd: number;
  /** The printed digits as a decimal (Chinese numerals: their value). */
  value: Decimal;
  decimals: number;
  chinese: boolean;
  /** Integer digits as printed (arabic only); empty for Chinese numerals. */
  digits: string;
  run: string;
}

interface Tail {
  end: number;
  remainder: boolean;
  scale?: string;
  unitWord?: string;
  after?: ApproxWord;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
const isCJK = (ch: string | undefined) => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
const inProse = (ch: string) => isCJK(ch) || (ch !== '' && '、，。；：“”‘’（）'.includes(ch));
const isLetter = (ch: string | undefined) => ch !== undefined && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));

function atClauseStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && ' \u3000#*>'.includes(text[i])) i--;
  return i < 0 || CLAUSE_BOUNDARY.includes(text[i]);
}

function atLineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

function circledValue(ch: string): number {
  const code = ch.charCodeAt(0);
  const first = CIRCLED_FIRST.filter((start) => code >= start).pop() ?? CIRCLED_FIRST[0];
  return code - first + 1;
}

function readCore(text: string, at: number, run: string, limit: number): Core | null {
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
  if (value === null) return null;
  return { valueStart: at, valueEnd: at + numeral.length, value: fromInteger(value), decimals: 0, chinese: true, digits: '', run: numeral };
}

function readTail(text: string, from: number): Tail {
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

function approxBefore(text: string, pos: number, floor: number): (ApproxWord & { start: number }) | null {
  let at = pos;
  while (at > floor && (text[at - 1] === ' ' || text[at - 1] === '\u3000')) at--;
  for (const word of APPROX_BEFORE) {
    const start = at - word.word.length;
    if (start < floor || !text.startsWith(word.word, start)) continue;
    if (word.notAfter && start > 0 && word.notAfter.includes(text[start - 1])) continue;
    return { ...word, start };
  }
  return null;
}

/** Position of `word` ending right before `pos` (one space allowed), or -1. */
function wordBefore(text: string, pos: number, word: string, floor: number): number {
  let at = pos;
  if (at > floor && (text[at - 1] === ' ' || text[at - 1] === '\u3000')) at--;
  const start = at - word.length;
  return start >= floor && text.startsWith(word, start) ? start : -1;
}

function build(
  text: string, start: number, end: number, core: Pick<Core, 'valueStart' | 'valueEnd' | 'decimals'>, value: number,
  role: NumberRole, numeral: NumberMention['numeral'], extra: Partial<NumberMention> = {},
): NumberMention {
  return {
    start, end, text: text.slice(start, end), valueStart: core.valueStart, valueEnd: core.valueEnd, value, unit: 'count',
    approx: 'exact', interval: { low: value, high: value }, decimals: core.decimals, numeral, role, ...extra,
  };
}

function nonFigure(text: string, core: Core, role: NumberRole, start = core.valueStart, end = core.valueEnd): NumberMention {
  return build(text, start, end, core, toNumber(core.value), role, core.chinese ? 'chinese' : 'arabic');
}

/** Arabic integers of at most two digits, Chinese numerals below 100: what list markers use. */
function isShort(core: Core): boolean {
  return core.chinese ? core.run.length <= 3 && toNumber(core.value) < 100 : core.decimals === 0 && core.digits.length <= 2;
}

function shortYear(text: string, core: Core, yearEnd: number): boolean {
  if (/^[来來内內间間多余餘左前后後之以]/.test(text[yearEnd] ?? '')) return false;
  if (core.digits[0] === '0') return true;
  const before = text.slice(Math.max(0, core.valueStart - 2), core.valueStart);
  return atClauseStart(text, core.valueStart) || /[于於在自从從至到]$|截至$|截止$/.test(before);
}

/** Roles decided by the words right around the digits, before measure words are read. */
function contextRole(text: string, core: Core, floor: number, limit: number): NumberMention | null {
  const before = text[core.valueStart - 1];
  const after = text[core.valueEnd];
  const within = (end: number) => end <= limit;

  // Letters glued to the digits: a code the structure rules did not see.
  if (!core.chinese && (isLetter(before) || isLetter(after))) return nonFigure(text, core, 'code');

  // Dotted sequences: 3.1.2 heading numbers, version strings.
  if (!core.chinese && (after === '.' || after === '．') && isDigit(text[core.valueEnd + 1])) {
    DOTTED.lastIndex = core.valueEnd;
    const end = core.valueEnd + DOTTED.exec(text)![0].length;
    if (within(end)) return nonFigure(text, core, atClauseStart(text, core.valueStart) ? 'list_marker' : 'code', core.valueStart, end);
  }

  // 第二十条, 第3名, 第七次: ordinals; 第711号: a document number.
  const ordinalStart = wordBefore(text, core.valueStart, '第', floor);
  if (ordinalStart >= 0) {
    ORDINAL_TAIL.lastIndex = core.valueEnd;
    const m = ORDINAL_TAIL.exec(text)!;
    const end = m[1] !== undefined && within(core.valueEnd + m[0].length) ? core.valueEnd + m[0].length : core.valueEnd;
    return nonFigure(text, core, m[1] === '号' || m[1] === '號' ? 'doc_number' : 'ordinal', ordinalStart, end);
  }

  // （三）, (1), 第（一）项.
  if ((before === '（' || before === '(') && (after === '）' || after === ')') && core.valueStart - 1 >= floor) {
    const open = core.valueStart - 1;
    if (isShort(core)) {
      if (text[open - 1] === '第' && open - 1 >= floor) {
        const end = /[项項款条條目]/.test(text[core.valueEnd + 1] ?? '') ? core.valueEnd + 2 : core.valueEnd + 1;
        return nonFigure(text, core, 'ordinal', open - 1, Math.min(end, limit));
      }
      return nonFigure(text, core, 'list_marker', open, core.valueEnd + 1);
    }
    const year = toNumber(core.value);
    if (!core.chinese && core.digits.length === 4 && year >= 1900 && year <= 2100) return nonFigure(text, core, 'year');
  }

  if (!core.chinese && core.decimals === 0 && core.digits.length === 1 && TEMPLATE_ROW.test(text.slice(core.valueEnd, core.valueEnd + 8))) {
    return nonFigure(text, core, 'list_marker', core.valueStart, core.valueEnd + 1);
  }
  // 附件2: an attachment number.
  const attachment = Math.max(wordBefore(text, core.valueStart, '附件', floor), wordBefore(text, core.valueStart, '附表', floor));
  if (attachment >= 0) return nonFigure(text, core, 'ordinal', attachment, core.valueEnd);

  // 1. 1、 1） 一、 一是 at the start of a clause or a table cell.
  if (isShort(core) && atClauseStart(text, core.valueStart)) {
    if (after === '、' || after === '）' || after === ')' || (core.chinese && after === '是')) {
      return nonFigure(text, core, 'list_marker', core.valueStart, core.valueEnd + 1);
    }
    const next = text[core.valueEnd + 1];
    if (!core.chinese && (after === '.' || after === '．') && next !== undefined && !isDigit(next) && next !== '\n' && next !== '\r') {
      return nonFigure(text, core, 'list_marker', core.valueStart, core.valueEnd + 1);
    }
  }
  // 1.1 主动公开情况: a two-level heading number at the start of a line.
  if (!core.chinese && core.decimals > 0 && core.digits.length <= 2 && atLineStart(text, core.valueStart) && /^[ \t\u3000]+[\u4e00-\u9fff]/.test(text.slice(core.valueEnd, core.valueEnd + 4))) {
    const tail = readTail(text, core.valueEnd);
    if (tail.scale === undefined && tail.unitWord === undefined) return nonFigure(text, core, 'list_marker');
  }

  // 十八届, 三中全会, 三中、四中全会, 二十大: party congresses and plenums.
  if (after === '届' || after === '屆') return nonFigure(text, core, 'ordinal', core.valueStart, core.valueEnd + 1);
  if (core.chinese && after === '中') {
    const plenum = /^中(?:全会|全會)/.test(text.slice(core.valueEnd, core.valueEnd + 3));
    if (plenum || /[、，,和及与與]/.test(text[core.valueEnd + 1] ?? '')) {
      return nonFigure(text, core, 'ordinal', core.valueStart, Math.min(core.valueEnd + (plenum ? 3 : 1), limit));
    }
  }
  if (core.chinese && after === '大' && toNumber(core.value) >= 11 && !/[类類项項]/.test(text[core.valueEnd + 1] ?? '')) {
    return nonFigure(text, core, 'ordinal', core.valueStart, core.valueEnd + 1);
  }

  if (core.chinese || core.decimals > 0) return null;
  const n = toNumber(core.value);

  // Years, months, days and house numbers the structure rules left: 2019年 before an odd month, 18年我区.
  YEAR_WORD.lastIndex = core.valueEnd;
  const yearWord = YEAR_WORD.exec(text);
  if (yearWord && within(core.valueEnd + yearWord[0].length)) {
    const end = core.valueEnd + yearWord[0].length;
    if (core.digits.length === 4 && n >= 1900 && n <= 2100) return nonFigure(text, core, 'year', core.valueStart, end);
    if (core.digits.length === 2 && shortYear(text, core, end)) return nonFigure(text, core, 'year', core.valueStart, end);
  }
  // 2021,我局共收到…: a year opening a clause without 年.
  if (core.digits.length === 4 && n >= 1900 && n <= 2100 && (after === '，' || after === ',') && atClauseStart(text, core.valueStart)) {
    return nonFigure(text, core, 'year');
  }
  if (after === '月' && n >= 1 && n <= 12 && before !== '个' && before !== '個') return nonFigure(text, core, 'date', core.valueStart, core.valueEnd + 1);
  if (after === '日' && n >= 1 && n <= 31 && !/^日(?:内|內|以内|以內|之内|之內)/.test(text.slice(core.valueEnd, core.valueEnd + 3)) && !/(?:个|個|工作)$/.test(text.slice(core.valueStart - 2, core.valueStart))) {
    return nonFigure(text, core, 'date', core.valueStart, core.valueEnd + 1);
  }
  if (after === '号' || after === '號') {
    const next = text[core.valueEnd + 1] ?? '';
    if (/[文令]/.test(next)) return nonFigure(text, core, 'doc_number', core.valueStart, core.valueEnd + 1);
    return nonFigure(text, core, 'address', core.valueStart, Math.min(core.valueEnd + (/[楼樓院]/.test(next) ? 2 : 1), limit));
  }
  const version = /^[ \t]?版本?/.exec(text.slice(core.valueEnd, core.valueEnd + 4));
  if (version) return nonFigure(text, core, 'code', core.valueStart, Math.min(core.valueEnd + version[0].length, limit));
  return null;
}

/** A short quotation such as “五个一律” or “价比三家”: a slogan, whose numerals count nothing. */
function inShortQuotation(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 10); i--) {
    const ch = text[i];
    const open = OPENING_QUOTES.indexOf(ch);
    if (open >= 0) return text.slice(end, end + 12).includes(CLOSING_QUOTES[open]);
    if (CLOSING_QUOTES.includes(ch) || ch === '。' || ch === '\n') return false;
  }
  return false;
}

/** Hotline names (12345热线, “12333”), quoted telephone numbers and long identifiers, once the tail is known to hold no measure. */
function bareNumberRole(text: string, core: Core, tail: Tail): NumberRole | null {
  if (core.chinese || core.decimals > 0 || tail.unitWord !== undefined || tail.scale !== undefined) return null;
  const digits = core.digits;
  const before = text[core.valueStart - 1] ?? '';
  const after = text[core.valueEnd] ?? '';
  const quoted = OPEN_QUOTE.includes(before) && before !== '' && CLOSE_QUOTE.includes(after) && after !== '';
  const following = text.slice(core.valueEnd + (CLOSE_QUOTE.includes(after) && after !== '' ? 1 : 0), core.valueEnd + 8);
  const named = quoted || HOTLINE_WORD.test(following) || DIAL_VERB.test(text.slice(Math.max(0, core.valueStart - 2), core.valueStart));
  // A table cell may hold a count such as 12345; in running text the government service numbers are names.
  if (/^(?:123\d\d|96\d{3,4})$/.test(digits) && (named || inProse(before) || inProse(after))) return 'code';
  if (/^(?:110|119|120|122)$/.test(digits) && named) return 'code';
  if (digits.length >= 7 && digits.length <= 8 && (quoted || /^(?:热线|熱線|电话|電話|服务热线)/.test(following))) return 'phone';
  if (digits.length >= 9) return 'code';
  return null;
}

function readNumber(text: string, at: number, run: string, floor: number, limit: number, options: ScanOptions): NumberMention | null {
  if (CIRCLED.test(run)) return build(text, at, at + 1, { valueStart: at, valueEnd: at + 1, decimals: 0 }, circledValue(run), 'list_marker', 'arabic');
  const core = readCore(text, at, run, limit);
  if (!core) return null;
  const decided = contextRole(text, core, floor, limit);
  if (decided) return decided;

  let tail = readTail(text, core.valueEnd);
  if (tail.end > limit) tail = { end: core.valueEnd, remainder: false };
  const bareRole = bareNumberRole(text, core, tail);
  if (bareRole) return nonFigure(text, core, bareRole);

  const percentStart = wordBefore(text, core.valueStart, '百分之', floor);
  if (core.chinese) {
    if (isDigitSequence(core.run)) return null;
    if (percentStart < 0 && !options.standalone) {
      const before = text[core.valueStart - 1] ?? '';
      if (before === '之' || (core.run[0] === '一' && WORD_BEFORE_ONE.has(before))) return null;
      const measure = tail.unitWord;
      if (measure === undefined || NOT_AFTER_CHINESE_NUMERAL.has(measure) || measure in PERCENT_UNITS) return null;
      if (inShortQuotation(text, core.valueStart, tail.end)) return nonFigure(text, core, 'idiom', core.valueStart, tail.end);
    }
  }

  let start = percentStart >= 0 ? percentStart : core.valueStart;
  let negative = false;
  const sign = text[core.valueStart - 1];
  if (!core.chinese && percentStart < 0 && core.valueStart - 1 >= floor && sign !== undefined && '+-＋－−'.includes(sign)) {
    const beforeSign = core.valueStart - 2;
    if (beforeSign < 0 || SIGN_BOUNDARY.includes(text[beforeSign])) {
      start = core.valueStart - 1;
      negative = sign !== '+' && sign !== '＋';
    }
  }
  const approxWord = approxBefore(text, start, floor);
  const nearlyMeansRecent = approxWord !== null && approxWord.word.endsWith('近') && tail.unitWord !== undefined && TIME_MEASURES.has(tail.unitWord);
  const before = approxWord && !nearlyMeansRecent ? approxWord : null;
  if (before) start = before.start;

  let unit: Unit = 'count';
  let measure = tail.unitWord;
  let power = tail.scale === undefined ? 0 : SCALES[tail.scale];
  if (percentStart >= 0) {
    unit = 'percent';
    measure = '百分之';
  } else if (measure !== undefined && measure in PERCENT_UNITS) {
    unit = 'percent';
    power += PERCENT_UNITS[measure];
  } else if (measure === CURRENCY) {
    unit = 'yuan';
    measure = (tail.scale ?? '') + CURRENCY;
  }
  let value = scaled(core.value, power);
  if (negative) value = negated(value);
  const bound: Bound | null = before?.bound ?? (tail.remainder ? 'remainder' : (tail.after?.bound ?? null));
  const role: NumberRole = unit === 'percent' ? 'percent' : unit === 'yuan' ? 'money' : 'quantity';
  const numeral: NumberMention['numeral'] = core.chinese ? 'chinese' : tail.scale !== undefined || percentStart >= 0 ? 'mixed' : 'arabic';
  const rounded = core.decimals > 0 || tail.scale !== undefined;
  const extra: Partial<NumberMention> = { unit, approx: approxOf(bound), interval: intervalOf({ value, unit, chinese: core.chinese, rounded }, bound) };
  if (measure !== undefined) extra.measure = measure;
  return build(text, start, tail.end, core, toNumber(value), role, numeral, extra);
}

function structureMentions(text: string, structure: Structure): NumberMention[] {
  const out: NumberMention[] = [];
  for (const part of structure.parts ?? [structure]) {
    VALUE_RUN.lastIndex = part.start;
    const m = VALUE_RUN.exec(text);
    if (!m || m.index >= part.end) continue;
    const run = m[0].slice(0, part.end - m.index);
    let value: number;
    let decimals = 0;
    let valueEnd = m.index + run.length;
    let numeral: NumberMention['numeral'] = 'arabic';
    if (CIRCLED.test(run)) value = circledValue(run);
    else if (isDigit(run[0])) {
      const parsed = parseDigits(run.replace(/[.．]$/, ''));
      value = toNumber(parsed.value);
      decimals = parsed.decimals;
    } else {
      numeral = 'chinese';
      let length = run.length;
      while (length > 0 && chineseNumeral(run.slice(0, length)) === null) length--;
      if (length === 0) continue;
      value = chineseNumeral(run.slice(0, length))!;
      valueEnd = m.index + length;
    }
    out.push(build(text, part.start, part.end, { valueStart: m.index, valueEnd, decimals }, value, structure.role, numeral));
  }
  return out;
}

/** All mentions in text[from, to), sorted by start and non-overlapping. */
export function scanNumbers(text: string, from: number, to: number, options: ScanOptions = {}): NumberMention[] {
  const lo = Math.max(0, from - CONTEXT);
  const hi = Math.min(text.length, to + CONTEXT);
  const structures = findStructures(text, lo, hi);
  const out: NumberMention[] = [];
  const keep = (mention: NumberMention) => {
    if (mention.start >= from && mention.end <= to) out.push(mention);
  };
  let next = 0;
  let reached = lo;
  const flushStructure = () => {
    const structure = structures[next++];
    for (const mention of structureMentions(text, structure)) keep(mention);
    reached = structure.end;
  };
  ANCHOR.lastIndex = lo;
  let anchor: RegExpExecArray | null;
  while ((anchor = ANCHOR.exec(text)) !== null && anchor.index < hi) {
    const at = anchor.index;
    while (next < structures.length && structures[next].start <= at) flushStructure();
    if (at < reached) {
      ANCHOR.lastIndex = reached;
      continue;
    }
    const limit = next < structures.length ? structures[next].start : hi;
    const mention = readNumber(text, at, anchor[0].slice(0, hi - at), reached, limit, options);
    if (mention) {
      keep(mention);
      reached = mention.end;
      ANCHOR.lastIndex = mention.end;
    }
  }
  while (next < structures.length) flushStructure();
  return out;
}
