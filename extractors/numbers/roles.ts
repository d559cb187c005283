/**
 * Step 2b of findNumbers: roles of a number read from the words around it, as an ordered list of
 * checks, each with a real example. A number no check claims is a figure (see scan.ts).
 */
import type { NumberMention, NumberRole } from '../../schemas/types.js';
import { MAX_DIGITS, toNumber } from './decimal.js';
import { WORD_BEFORE_ONE } from './lexicon.js';
import type { Core, Tail } from './read.js';
import { UNIT_WORDS, isCJK, isDigit, isLetter, nonFigure, readTail, wordBefore } from './read.js';
import { SP } from './patterns.js';

const CLAUSE_BOUNDARY = '\n\r|\t。；;：:！!？?，,';
/** Typographic quotation marks, each opener at the index of its closer. */
const OPENERS = '“「『‘';
const CLOSERS = '”」』’';
const ORDINAL_TAIL = new RegExp(`${SP}(号|號|届|屆|季度|阶段|階段|款|章|节|節|版|${UNIT_WORDS.join('|')})?`, 'y');
const YEAR_WORD = new RegExp(`${SP}年(?:度)?`, 'y');
const DOTTED = /(?:[.．][0-9０-９]+)+/y;
const HOTLINE_WORD = /^(?:热线|熱線|报警|報警|急救|指挥|指揮|电话|電話|平台|服务|服務|便民|政务|政務|市民|投诉|投訴|举报|舉報|转办|轉辦|工单|工單)/;
const DIAL_VERB = /(?:拨打|撥打|致电|致電|拨|撥)$/;
/** Row labels of the official templates after their number (1.属于国家秘密): a row marker even where a flattened table glued it to the cell before. */
const TEMPLATE_ROW = /^[.．]\s*(?:属于|屬於|其他法律|危及|保护第三方|保護第三方|本机关不掌握|本機關不掌握|没有现成|沒有現成|补正后|補正後|信访举报|信訪舉報|重复申请|重複申請|要求提供|无正当理由|無正當理由|要求行政机关|要求行政機關|申请人无正当|申請人無正當|申请人逾期|申請人逾期|其他)/;

const inProse = (ch: string) => isCJK(ch) || (ch !== '' && '、，。；：“”‘’（）'.includes(ch));

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

/** Arabic integers of at most two digits, Chinese numerals below 100: what list markers use. */
function isShort(core: Core): boolean {
  return core.chinese ? core.run.length <= 3 && toNumber(core.value) < 100 : core.decimals === 0 && core.digits.length <= 2;
}

/** 18年我区…, 08年以来: a two-digit year, told from the duration 10年 by what stands around it. */
function shortYear(text: string, core: Core, yearEnd: number): boolean {
  if (/^[来來内內间間多余餘左前后後之以]/.test(text[yearEnd] ?? '')) return false;
  if (core.digits[0] === '0') return true;
  const before = text.slice(Math.max(0, core.valueStart - 2), core.valueStart);
  return atClauseStart(text, core.valueStart) || /[于於在自从從至到]$|截至$|截止$/.test(before);
}

/** Roles decided by the words right around the digits, before measure words are read; null when none applies. */
export function roleFromContext(text: string, core: Core, floor: number, limit: number): NumberMention | null {
  const before = text[core.valueStart - 1];
  const after = text[core.valueEnd];
  const within = (end: number) => end <= limit;

  // Letters glued to the digits: a code the structure rules did not see. So is a run too long to be a number.
  if (!core.chinese && (isLetter(before) || isLetter(after) || core.digits.length > MAX_DIGITS)) return nonFigure(text, core, 'code');

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

  if (core.decimals > 0) return null;
  const n = toNumber(core.value);

  // Months and days the date rules left: 6月 alone, 十二月三十一日 without a year; not 3个月, 15日内.
  const partOfWord = core.chinese && core.run[0] === '一' && WORD_BEFORE_ONE.has(before ?? '');
  if (after === '月' && n >= 1 && n <= 12 && before !== '个' && before !== '個' && !partOfWord) {
    return nonFigure(text, core, 'date', core.valueStart, Math.min(core.valueEnd + (text[core.valueEnd + 1] === '份' ? 2 : 1), limit));
  }
  if (after === '日' && n >= 1 && n <= 31 && !partOfWord && !/^日(?:内|內|以内|以內|之内|之內)/.test(text.slice(core.valueEnd, core.valueEnd + 3)) && !/(?:个|個|工作)$/.test(text.slice(Math.max(0, core.valueStart - 2), core.valueStart))) {
    return nonFigure(text, core, 'date', core.valueStart, core.valueEnd + 1);
  }
  if (core.chinese) return null;

  // Years and house numbers the structure rules left: 2019年 before an odd month, 18年我区, 168号.
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
export function inShortQuotation(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 10); i--) {
    const ch = text[i];
    const open = OPENERS.indexOf(ch);
    if (open >= 0) return text.slice(end, end + 12).includes(CLOSERS[open]);
    if (CLOSERS.includes(ch) || ch === '。' || ch === '\n') return false;
  }
  return false;
}

/** Hotline names (12345热线, “12333”), quoted telephone numbers and long identifiers, once the tail is known to hold no measure. */
export function roleOfBareNumber(text: string, core: Core, tail: Tail): NumberRole | null {
  if (core.chinese || core.decimals > 0 || tail.unitWord !== undefined || tail.scale !== undefined) return null;
  const digits = core.digits;
  const before = text[core.valueStart - 1] ?? '';
  const after = text[core.valueEnd] ?? '';
  const opener = before === '' ? -1 : OPENERS.indexOf(before);
  const quoted = (opener >= 0 && after === CLOSERS[opener]) || ((before === '"' || before === "'") && after === before);
  const following = text.slice(core.valueEnd + (quoted ? 1 : 0), core.valueEnd + 8);
  const named = quoted || HOTLINE_WORD.test(following) || DIAL_VERB.test(text.slice(Math.max(0, core.valueStart - 2), core.valueStart));
  // A table cell may hold a count such as 12345; in running text the government service numbers are names.
  if (/^(?:123\d\d|96\d{3,4})$/.test(digits) && (named || inProse(before) || inProse(after))) return 'code';
  if (/^(?:110|119|120|122)$/.test(digits) && named) return 'code';
  if (digits.length >= 7 && digits.length <= 8 && (quoted || /^(?:热线|熱線|电话|電話|服务热线)/.test(following))) return 'phone';
  if (digits.length >= 9) return 'code';
  return null;
}
