import type { Span } from '../../schemas/types.js';

/** A pattern whose characters may be separated by whitespace (PDF text breaks headers anywhere). */
function spaced(source: string): RegExp {
  const parts: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      parts.push(source.slice(i, i + 2));
      i++;
    } else if (ch === '[') {
      const close = source.indexOf(']', i);
      parts.push(source.slice(i, close + 1));
      i = close;
    } else if (ch === '(' && source.startsWith('(?:', i)) {
      parts.push('(?:');
      i += 2;
    } else if (')|?*+'.includes(ch)) {
      parts[parts.length - 1] += ch;
    } else {
      parts.push(ch);
    }
  }
  return new RegExp(parts.join('\\s*'), 'g');
}

function firstAt(text: string, regex: RegExp, from: number, to = text.length): number {
  regex.lastIndex = from;
  const m = regex.exec(text);
  return m && m.index < to ? m.index : -1;
}

const ITEM_20 = spaced('第二十条第?[（(][一五六八九][）)]项');
const ACTIVE_HEADER = spaced('信息内容(?:本年制发件数|本年新制作数量|本年处理决定数量|上一年项目数量|本年收费金额|采购项目数量)');
const APPLY_START = spaced('(?:本列数据的勾稽关系|申请人情况|本年新收政府信息公开申请数量)');
const APPEAL_WORD = spaced('行政复议');
const PROSE_PART = spaced('(?:存在的主要问题|其他需要报告的事项)');
const APPLY_HEADING = spaced('收到和处理政府信息公开申请情况');
/** Table 2 is short: when nothing closes it, it ends this far after its start, not in the prose. */
const ACTIVE_MAX_LENGTH = 4000;
/** Table 4 is one header and fifteen figures; its reading stops at the first other words anyway. */
const APPEAL_MAX_LENGTH = 3000;

/** The template tables of a report, located by their fixed words: table 2, 3 and 4. */
export interface TemplateRegions {
  active?: Span;
  apply?: Span;
  appeal?: Span;
}

/**
 * Table 4 starts at a 行政复议 followed, before any figure, by all of its column words 维持, 纠正,
 * 审结 (a sentence such as 行政复议3件，其中结果维持2件 is not the table).
 */
function appealStart(text: string, from: number): number {
  for (let at = firstAt(text, APPEAL_WORD, from); at >= 0; at = firstAt(text, APPEAL_WORD, at + 1)) {
    const ahead = text.slice(at, at + 400).replace(/\s/g, '').split(/[0-9]/)[0];
    if (ahead.includes('维持') && ahead.includes('纠正') && ahead.includes('审结')) return at;
  }
  return -1;
}

/**
 * Table 2 from its first 第二十条第（X）项 or header row; table 3 from 本列数据的勾稽关系, 申请人情况 or its
 * first row; table 4 from its header (see appealStart). Each ends where the next begins or the
 * prose resumes (存在的主要问题, 其他需要报告的事项).
 */
export function templateRegions(text: string): TemplateRegions {
  const candidates = [firstAt(text, ITEM_20, 0), firstAt(text, ACTIVE_HEADER, 0)].filter((i) => i >= 0);
  const activeStart = candidates.length > 0 ? Math.min(...candidates) : -1;
  const applyStart = firstAt(text, APPLY_START, Math.max(0, activeStart));
  const appealAt = appealStart(text, Math.max(0, applyStart, activeStart));
  const regions: TemplateRegions = {};
  if (activeStart >= 0) {
    const ends = [applyStart, appealAt, firstAt(text, APPLY_HEADING, activeStart), firstAt(text, PROSE_PART, activeStart)].filter((i) => i > activeStart);
    regions.active = { start: activeStart, end: Math.min(text.length, activeStart + ACTIVE_MAX_LENGTH, ...ends) };
  }
  if (applyStart >= 0) {
    const prose = firstAt(text, PROSE_PART, applyStart);
    const ends = [appealAt, prose].filter((i) => i > applyStart);
    regions.apply = { start: applyStart, end: ends.length > 0 ? Math.min(...ends) : text.length };
  }
  if (appealAt >= 0) {
    const prose = firstAt(text, PROSE_PART, appealAt);
    regions.appeal = { start: appealAt, end: Math.min(text.length, appealAt + APPEAL_MAX_LENGTH, prose > appealAt ? prose : text.length) };
  }
  return regions;
}

const LEGACY_HEADER = spaced('(?:指标名称|统计指标)(?:计量)?单位');

/** The statistical table (政府信息公开情况统计表) of reports before 2019: from its header to the end. */
export function legacyRegion(text: string): Span | undefined {
  const at = firstAt(text, LEGACY_HEADER, 0);
  return at >= 0 ? { start: at, end: text.length } : undefined;
}
