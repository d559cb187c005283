import { chineseNumeral } from '../../extractors/numbers/index.js';
import type { SectionLabel } from '../../schemas/catalog.js';
import type { ClassifiedDoc, Paragraph, Section, SegmentedDoc } from '../../schemas/types.js';
import { toInput } from '../02-normalize/offset-map.js';
import { lowerBound } from '../ordered.js';
import { defineStage } from '../stage.js';
import { arabicIsTopLevel, englishHeading } from './english-headings.js';
import { labelByVocabulary, labelHeading } from './part-rules.js';

export interface HeadingCandidate {
  paragraph: number;
  start: number;
  end: number;
  level: number;
  numbering: NonNullable<Section['numbering']>;
  /** Heading words in the normalized text. */
  text: string;
}

/** Markdown and bold markers in front of a heading (## 一、总体情况, **一、**). */
const MARKUP = /^[#*【\s]*/;
const TOP_CN = /^([一二三四五六七八九十]{1,3})\s*[、，,.．]\s*/;
const TOP_PART = /^第([一二三四五六七八九十]{1,3})部分\s*[、：:．.]?\s*/;
const APPENDIX = /^附件\s*\d*\s*[：:]?/;
const SUB_PAREN = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/;

/** Rows of template table 3 that look like part headings (一、本年新收…, 四、结转下年度…). */
const TABLE_ROW_WORDS = /^(本年新收|上年结转|本年度办理结果|结转下年度|本年新制作|本年制发|申请人情况)/;
/** Where a heading printed inline in running text most likely ends. */
const HEADING_TAIL = /(情况|概述|概况|措施|事项|问题|打算|做法|建设|统计表|管理|保障|成效)/g;

/**
 * Where a heading that starts at `from` ends: at the first break that starts prose (。，（ or a
 * space after the heading words), and where a flattened page runs the heading straight into
 * prose (…减免情况2015年我区…), before the digits, at its last heading word.
 */
function headingEnd(text: string, from: number, wordsFrom: number, paragraphEnd: number, allowColon: boolean): number {
  const words = text.slice(wordsFrom, Math.min(paragraphEnd, wordsFrom + 60));
  const stop = (allowColon ? /[。；，,（(]|(?<=\S{2})\s|第二十条|信息内容/ : /[。；，,：:（(]|(?<=\S{2})\s|第二十条|信息内容/).exec(words);
  let head = stop ? words.slice(0, stop.index) : words;
  const runOn = !stop || /[，,。]/.test(stop[0]) || wordsFrom + words.length < paragraphEnd;
  const digits = /(?<=\S{4})\d/.exec(head);
  if (digits && !allowColon) head = head.slice(0, digits.index);
  if (runOn && (digits || head.length >= 24 || (stop && /[，,。]/.test(stop[0])))) {
    const tails = [...head.matchAll(HEADING_TAIL)];
    if (tails.length > 0) {
      const last = tails[tails.length - 1];
      head = head.slice(0, last.index! + last[0].length);
    }
  }
  return wordsFrom + head.replace(/\s+$/, '').length;
}

/**
 * Numbered headings at paragraph starts: 一、 and 第一部分 and 附件 (level 1), （一） (level 2); in
 * English reports I. and Part One and Annex (level 1), (I) (level 2), 1. (see english-headings.ts).
 */
export function findHeadingCandidates(doc: SegmentedDoc): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  const arabicTop = doc.language === 'en' && arabicIsTopLevel(doc.text, doc.paragraphs);
  for (const paragraph of doc.paragraphs) {
    const markup = MARKUP.exec(doc.text.slice(paragraph.start, paragraph.end))![0].length;
    const start = paragraph.start + markup;
    const text = doc.text.slice(start, paragraph.end).replace(/\*\*/g, '  ');
    if (/\t|\|/.test(text.slice(0, 60))) continue;
    let match: RegExpExecArray | null;
    let level = 1;
    let numbering: HeadingCandidate['numbering'] | null = null;
    if ((match = TOP_CN.exec(text))) numbering = { style: 'cn', marker: match[1], ordinal: chineseNumeral(match[1]) ?? 0 };
    else if ((match = TOP_PART.exec(text))) numbering = { style: 'part', marker: match[1], ordinal: chineseNumeral(match[1]) ?? 0 };
    else if ((match = APPENDIX.exec(text))) numbering = { style: 'appendix', marker: '附件', ordinal: 0 };
    else if ((match = SUB_PAREN.exec(text))) {
      level = 2;
      numbering = { style: 'paren', marker: match[1], ordinal: chineseNumeral(match[1]) ?? 0 };
    }
    if (!match || !numbering) {
      const english = doc.language === 'en' ? englishHeading(text, arabicTop) : null;
      if (english) {
        const end = start + english.length;
        out.push({ paragraph: paragraph.index, start, end, level: english.level, numbering: english.numbering, text: doc.text.slice(start, end) });
      }
      continue;
    }
    const words = text.slice(match[0].length);
    if (TABLE_ROW_WORDS.test(words)) continue;
    // A row of figures (一、 0 0 0) is a table, but 一、2019年…总体情况 is a heading.
    if (/^\d+(?!\d)(?!\s*年)/.test(words) && numbering.style !== 'appendix') continue;
    const end = headingEnd(doc.text, start, start + match[0].length, paragraph.end, numbering.style === 'appendix');
    if (end - start - match[0].length < 2 && numbering.style !== 'appendix') continue;
    out.push({ paragraph: paragraph.index, start, end, level, numbering, text: doc.text.slice(start, end) });
  }
  return out;
}

/**
 * Keeps the level-1 candidates that read as the report's outline: numbering that follows on
 * (一 then 二), or skips or restarts only where the heading's words name a report part. A list
 * inside a part (一、加强领导。…) that breaks the sequence is not an outline heading.
 */
export function selectOutline(candidates: readonly HeadingCandidate[], paragraphs: readonly Paragraph[]): HeadingCandidate[] {
  const outline: HeadingCandidate[] = [];
  let previous = 0;
  for (const candidate of candidates) {
    if (candidate.level !== 1) continue;
    if (candidate.numbering.style === 'appendix') {
      outline.push(candidate);
      continue;
    }
    const ordinal = candidate.numbering.ordinal;
    const named = labelHeading(candidate.text) !== null;
    const paragraph = paragraphs[candidate.paragraph];
    const standalone = candidate.end >= paragraph.end - 1;
    const follows = ordinal === previous + 1;
    const skips = ordinal > previous + 1 && ordinal <= previous + 3 && named;
    const restarts = ordinal === 1 && previous >= 2 && named && standalone;
    if (follows || skips || restarts) {
      outline.push(candidate);
      previous = ordinal;
    }
  }
  return outline;
}

function printedHeading(doc: SegmentedDoc, start: number, end: number): string {
  if (doc.rawText === doc.text) return doc.text.slice(start, end);
  return doc.rawText.slice(toInput(doc.rawRuns, start), toInput(doc.rawRuns, end)).trim();
}

/** Confidence of a part label by how it was decided; fitted against gold sections (see README). */
const CONFIDENCE = { heading: 0.95, vocabulary: 0.7, inherited: 0.6, preamble: 0.9, unknown: 0.4 };

export function buildSections(doc: SegmentedDoc): Section[] {
  const outline = selectOutline(findHeadingCandidates(doc), doc.paragraphs);
  const sections: Section[] = [];
  const firstStart = outline[0]?.start ?? doc.text.length;
  const preambleParagraphs = doc.paragraphs.filter((p) => p.end <= firstStart);
  if (preambleParagraphs.length > 0) {
    const first = preambleParagraphs[0];
    const headingStart = first.start + MARKUP.exec(doc.text.slice(first.start, first.end))![0].length;
    const lineEnd = Math.min(first.end, headingStart + 60);
    sections.push({
      index: 0,
      heading: printedHeading(doc, headingStart, lineEnd),
      headingStart,
      headingEnd: lineEnd,
      start: first.start,
      end: firstStart,
      label: 'preamble',
      confidence: CONFIDENCE.preamble,
      level: 1,
      ruleId: 'part/before-first-heading',
    });
  }
  outline.forEach((candidate, i) => {
    const end = outline[i + 1]?.start ?? doc.text.length;
    const rule = labelHeading(candidate.text);
    let label: SectionLabel;
    let ruleId: string;
    let confidence: number;
    if (rule) {
      label = rule.label;
      ruleId = rule.id;
      confidence = CONFIDENCE.heading;
    } else {
      const body = doc.text.slice(candidate.start, Math.min(end, candidate.start + 3000));
      const byWords = labelByVocabulary(body, 2, doc.language);
      label = byWords?.label ?? 'other';
      ruleId = byWords ? 'part/vocabulary' : 'part/unknown';
      confidence = byWords ? CONFIDENCE.vocabulary : CONFIDENCE.unknown;
    }
    sections.push({
      index: sections.length,
      heading: printedHeading(doc, candidate.start, candidate.end),
      headingStart: candidate.start,
      headingEnd: candidate.end,
      start: candidate.start,
      end,
      label,
      confidence,
      level: 1,
      numbering: candidate.numbering,
      ruleId,
    });
  });
  return sections;
}

/**
 * Every paragraph gets a part: the part its sub-heading (（二）依申请公开) names if any, else its
 * own vocabulary when that clearly points elsewhere, else its section's part.
 */
export function labelParagraphs(doc: SegmentedDoc, sections: readonly Section[]): Paragraph[] {
  const subHeadings = findHeadingCandidates(doc).filter((c) => c.level === 2);
  let s = 0;
  let sub: { label: SectionLabel; sectionIndex: number } | null = null;
  let subIndex = 0;
  return doc.paragraphs.map((paragraph) => {
    while (s + 1 < sections.length && sections[s + 1].start <= paragraph.start) {
      s++;
      sub = null;
    }
    const section = sections[s];
    while (subIndex < subHeadings.length && subHeadings[subIndex].start <= paragraph.start) {
      const rule = labelHeading(subHeadings[subIndex].text);
      sub = rule ? { label: rule.label, sectionIndex: s } : null;
      subIndex++;
    }
    const text = doc.text.slice(paragraph.start, paragraph.end);
    const own = labelByVocabulary(text, 3, doc.language);
    if (sub && sub.sectionIndex === s) return { ...paragraph, label: sub.label, labelConfidence: CONFIDENCE.heading - 0.1 };
    if (section && section.label !== 'preamble' && section.confidence >= CONFIDENCE.heading) {
      if (own && own.score >= 4 && own.label !== section.label) return { ...paragraph, label: own.label, labelConfidence: CONFIDENCE.vocabulary };
      return { ...paragraph, label: section.label, labelConfidence: section.confidence };
    }
    if (own) return { ...paragraph, label: own.label, labelConfidence: CONFIDENCE.vocabulary };
    return { ...paragraph, label: section?.label ?? 'other', labelConfidence: CONFIDENCE.inherited };
  });
}

export const classify = defineStage<SegmentedDoc, ClassifiedDoc>(
  { name: 'classify', version: '1', description: 'find the outline (一、 第一部分 附件; I. Part One Annex) and label parts and paragraphs' },
  (doc) => {
    const sections = buildSections(doc);
    return { ...doc, sections, paragraphs: labelParagraphs(doc, sections) };
  },
);

/** The top-level part that holds an offset. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  const found = sections[lowerBound(sections, (section) => section.start, offset + 1) - 1];
  return found && offset < found.end ? found : undefined;
}
