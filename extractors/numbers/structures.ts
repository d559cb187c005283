/**
 * Step 1 of findNumbers: expressions whose digits are never figures and whose shape is known
 * (dates, periods, telephone numbers, postcodes, document numbers, URLs, e-mail addresses, street
 * addresses, index numbers and codes, fixed phrases). Each rule is a row of data with a real
 * example; every match is reserved before single numbers are read, so 2017年12月30日 is one date
 * and never the counts 2017, 12 and 30.
 */
import type { NumberRole, Span } from '../../schemas/types.js';
import { CHINESE_NUMERAL_CHARS } from './chinese.js';
import { DATE_RULES } from './dates.js';
import { FIXED_PHRASES } from './lexicon.js';
import { BR, DIGITS, SP } from './patterns.js';

export interface Structure extends Span {
  role: NumberRole;
  ruleId: string;
  /** Pieces reported as separate mentions (a split OCR year); absent when the span is one mention. */
  parts?: Span[];
}

export interface StructureRule {
  id: string;
  role: NumberRole | ((matched: string) => NumberRole);
  /** A real example the rule recognises. */
  example: string;
  pattern: RegExp;
  /** Reserve only this capture group (the label before it is plain text). */
  group?: number;
  /** Report every capture group as its own mention. */
  split?: boolean;
  /**
   * Characters that must not stand right before the match (it would start inside a number or a
   * word). Checked in code rather than as a regex lookbehind, which keeps the regex engine from
   * skipping ahead to the pattern's first character. Patterns with an unbounded first repetition
   * (\\d+, [A-Za-z0-9]+) keep their lookbehind instead: without it they would rescan a long token
   * from every position inside it.
   */
  notAfter?: string;
  accept?: (match: RegExpExecArray, text: string) => boolean;
}

const PHONE = `(?:[(（]?0\\d{2,3}[)）]?${SP}[-—－–]?${BR})?(?:\\d(?:\\r?\\n)?){6,7}\\d(?![0-9])(?:${SP}(?:转|轉|-)${SP}\\d{1,5}(?![0-9]))?|1[3-9]\\d{9}(?![0-9])`;
const PHONE_LABEL = '(?:电[ \\t]*话|電[ \\t]*話|传[ \\t]*真|傳[ \\t]*真|热线|熱線|手机|手機|座机|Tel|TEL|tel|Fax|FAX|fax)(?:号码|號碼)?';

const CN_NUMBER_CHAR = new RegExp(`[0-9０-９${CHINESE_NUMERAL_CHARS}①-⑳⑴-⒇⒈-⒛]`);

const TERMINATOR = /[\s,，;；)）|、。]/;

const phraseAlternation = [...FIXED_PHRASES].sort((a, b) => b.length - a.length).join('|');

export const STRUCTURE_RULES: readonly StructureRule[] = [
  {
    id: 'url',
    role: 'url',
    example: '原文链接: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm',
    pattern: /(?<![A-Za-z0-9.\/-])(?:(?:https?:\/\/|www\.)[A-Za-z0-9\-._~%/?#=&:+@!$]*[A-Za-z0-9/=]|[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:gov|com|net|org|edu)(?:\.cn)?(?:\/[A-Za-z0-9\-._~%/?#=&]*)?)/g,
  },
  {
    id: 'email',
    role: 'email',
    example: '电子邮箱：bangongting2000@yahoo.com.cn',
    pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+[@＠][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/g,
  },
  {
    id: 'code/labelled',
    role: 'code',
    example: '索引号: 002489524/2020-00067',
    pattern: new RegExp(`(?:索${SP}引${SP}号|文号|编号|編號|备案号|備案號|许可证号|证号|代码|代碼|QQ群?号?|微信号|账号|帐号|ICP备|登记号|批号)${SP}[:：]?${SP}([A-Za-z0-9][A-Za-z0-9\\-_/.·]*)`, 'dg'),
    group: 1,
  },
  { id: 'code/index-number', role: 'code', example: '001008003008067/2021-98380', pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{5,}\/(?:19|20)\d{2}-\d{3,}(?![0-9])/g },
  {
    id: 'code/alphanumeric',
    role: 'code',
    example: 'FM88.5电台, 5G, 4A级景区, A625',
    pattern: /(?<![A-Za-z0-9])(?:[A-Za-z]+[0-9０-９]|[0-9０-９]+(?:[.．][0-9０-９]+)?[A-Za-z])[A-Za-z0-9０-９]*(?:[.\-_/][A-Za-z0-9]+)*/g,
  },
  {
    id: 'code/path',
    role: 'code',
    example: '本地目录: zwgk/zfxxgk/zfxxgknb/202603/105587_平潭',
    pattern: /(?<![A-Za-z0-9_.\/-])(?:[A-Za-z0-9_.-]+\/)+[A-Za-z0-9_.-]+/g,
    accept: (m) => /[A-Za-z]/.test(m[0]) && /[0-9]/.test(m[0]),
  },
  {
    id: 'doc_number/bracket',
    role: 'doc_number',
    example: '国办发〔2018〕23号, 闽政办函【2014】130号',
    pattern: new RegExp(`[〔【\\[〖（(]${SP}(?:19|20)\\d{2}${SP}[〕】\\]〗）)]${SP}(?:第${SP})?\\d+${SP}[号號]|[〔【〖]${SP}(?:19|20)\\d{2}${SP}[〕】〗]`, 'g'),
  },
  ...DATE_RULES,
  {
    id: 'phone/labelled',
    role: 'phone',
    example: '电话：0533-2869953, 联系电话:0818—6972129, 传真：24336410',
    pattern: new RegExp(`${PHONE_LABEL}${SP}(?:[:：]|为|是)?${SP}((?:${PHONE})(?:${SP}[、,，/或及和]${SP}(?:${PHONE}))*)`, 'dg'),
    group: 1,
  },
  { id: 'phone/labelled-short', role: 'phone', example: '监督电话：12345', pattern: new RegExp(`${PHONE_LABEL}${SP}[:：]${SP}(\\d{3,6})(?![0-9])`, 'dg'), group: 1 },
  {
    id: 'phone/area-code',
    role: 'phone',
    example: '0592- 6068192, (0533)2869953',
    pattern: new RegExp(`(?:[(（]0\\d{2,3}[)）]${SP}[-—－–]?|0\\d{2,3}${SP}[-—－–])${BR}\\d{7,8}(?![0-9])`, 'g'),
    notAfter: DIGITS,
  },
  { id: 'phone/mobile', role: 'phone', example: '13912345678', pattern: /1[3-9]\d{9}(?![0-9])/g, notAfter: DIGITS },
  {
    id: 'postcode',
    role: 'postcode',
    example: '邮编：255000, 邮政编码:361021',
    pattern: new RegExp(`(?:邮${SP}编|郵${SP}編|邮政编码|郵政編碼)${SP}(?:[:：]|为)?${SP}((?:[0-9](?:\\r?\\n)?){5}[0-9])(?![0-9])`, 'dg'),
    group: 1,
  },
  {
    id: 'address/street',
    role: 'address',
    example: '九站街516-1号, 槐柏树街 2号4号楼, 新桥大街65',
    pattern: new RegExp(`(?:[路街巷弄]|大道|胡同)${SP}(\\d+(?:[-—－]\\d+)?(?:[号號](?:院|楼|樓|大院)?)?(?:${SP}\\d+(?:号楼|號樓|号院|号|號|楼|樓|层|層|单元|室|栋|幢))*)`, 'dg'),
    group: 1,
    accept: (m, text) => /[号號楼樓层層单元室栋幢]/.test(m[1]) || m.index + m[0].length === text.length || TERMINATOR.test(text[m.index + m[0].length]),
  },
  { id: 'address/room', role: 'address', example: '福瀛大厦2408室', pattern: /(?<![0-9０-９.．])\d+(?:号楼|號樓|号院|室)/g },
  { id: 'address/floor', role: 'address', example: '管委会大楼主楼14层', pattern: new RegExp(`(?:楼|樓|厦|廈|座|厅|廳)${SP}(\\d+${SP}(?:层|層|楼|樓))`, 'dg'), group: 1 },
  {
    id: 'page',
    role: 'page',
    example: '— 1 —',
    pattern: /(?:^|\n)[ \t]*([—–-]{1,2}[ \t]*\d{1,4}[ \t]*[—–-]{1,2})[ \t]*(?=\r?\n|$)/dg,
    group: 1,
  },
  { id: 'idiom/phrase', role: 'idiom', example: '两微一端, 三安全一稳定, 四类过程性信息', pattern: new RegExp(phraseAlternation, 'g') },
  { id: 'idiom/plan-period', role: 'idiom', example: '“十四五”规划', pattern: /十[一二三四五六七八九]五/g, notAfter: CHINESE_NUMERAL_CHARS },
  { id: 'idiom/three-public', role: 'idiom', example: '“三公”经费', pattern: /三公(?=[”"’」]?(?:经费|經費|消费|消費))/g },
  {
    id: 'idiom/one-by-one',
    role: 'idiom',
    example: '一年一度, 一村一品',
    pattern: /一([\u4e00-\u9fff])一([\u4e00-\u9fff])/g,
    accept: (m) => !/[零〇一二两三四五六七八九十百千万对對]/.test(m[1] + m[2]),
  },
];

/**
 * Structures in text[lo, hi), sorted and non-overlapping: where two overlap, the one that starts
 * first wins, then the longer one, then the earlier rule.
 */
export function findStructures(text: string, lo: number, hi: number): Structure[] {
  const window = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  const found: Structure[] = [];
  for (const rule of STRUCTURE_RULES) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(window)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const previous = match.index + lo > 0 ? text[match.index + lo - 1] : '';
      if ((rule.notAfter && previous !== '' && rule.notAfter.includes(previous)) || (rule.accept && !rule.accept(match, window))) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const [start, end] = rule.group !== undefined && match.indices?.[rule.group] ? match.indices[rule.group] : [match.index, match.index + match[0].length];
      const matched = window.slice(start, end);
      if (!CN_NUMBER_CHAR.test(matched)) continue;
      const role = typeof rule.role === 'function' ? rule.role(matched) : rule.role;
      const structure: Structure = { start: start + lo, end: end + lo, role, ruleId: rule.id };
      if (rule.split && match.indices) {
        structure.parts = match.indices.slice(1).flatMap((pair) => (pair ? [{ start: pair[0] + lo, end: pair[1] + lo }] : []));
      }
      found.push(structure);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Structure[] = [];
  let reachedEnd = -1;
  for (const structure of found) {
    if (structure.start >= reachedEnd) {
      kept.push(structure);
      reachedEnd = structure.end;
    }
  }
  return kept;
}
