import { ORDINAL_MARKER, ordinalValue } from '../../extractors/english/lexicon.js';
import type { Paragraph, Section } from '../../schemas/types.js';

/** Numbered headings of English reports: I. / Part One / Annex 1 (level 1), (I) / (1) (level 2), 1. (either). */
const ROMAN_TOP = /^([IVX]{1,4})\s*[.、．]\s+(?=\S)/;
const PART_TOP = new RegExp(String.raw`^(?:Part|PART)\s+(\d{1,2}|${ORDINAL_MARKER})\b\s*[.:：、-]?\s*`);
const APPENDIX = /^(?:Annex|Appendix|Attachment)\b\s*\d*\s*[:：.]?\s*/i;
const PAREN_SUB = /^[(（]\s*([IVX]{1,4}|\d{1,2})\s*[)）]\s*/;
const ARABIC = /^(\d{1,2})\s*[.、．)]\s+(?=[A-Z])/;

/** A heading's words without its numbering (I. / Part One / (I) / 2.); Annex stays, it names the part. */
export function withoutEnglishNumbering(heading: string): string {
  const line = heading.replace(/^[\s#*]+/, '');
  const numbering = [ROMAN_TOP, PART_TOP, PAREN_SUB, ARABIC].map((pattern) => pattern.exec(line)).find(Boolean);
  return numbering ? line.slice(numbering[0].length) : line;
}

/** Arabic numbering (1. Overview) is the outline only in a report without Roman or Part headings. */
export function arabicIsTopLevel(text: string, paragraphs: readonly Paragraph[]): boolean {
  return !paragraphs.some((p) => {
    const line = text.slice(p.start, Math.min(p.end, p.start + 20)).replace(/^[\s#*]+/, '');
    return ROMAN_TOP.test(line) || PART_TOP.test(line);
  });
}

export interface EnglishHeading {
  /** Length of the heading (numbering and words) from the start of `line`. */
  length: number;
  level: number;
  numbering: NonNullable<Section['numbering']>;
}

/**
 * The numbered heading at the start of a paragraph of an English report, or null. The heading
 * is the whole line when short, else it ends at the first full stop or colon after its words
 * (I. General Situation. In 2023, the city …).
 */
export function englishHeading(line: string, arabicTop: boolean): EnglishHeading | null {
  let match: RegExpExecArray | null;
  let level = 1;
  let numbering: EnglishHeading['numbering'];
  if ((match = ROMAN_TOP.exec(line))) numbering = { style: 'roman', marker: match[1], ordinal: ordinalValue(match[1]) };
  else if ((match = PART_TOP.exec(line))) numbering = { style: 'part', marker: match[1], ordinal: ordinalValue(match[1]) };
  else if ((match = APPENDIX.exec(line))) numbering = { style: 'appendix', marker: match[0].trim(), ordinal: 0 };
  else if ((match = PAREN_SUB.exec(line))) {
    level = 2;
    numbering = { style: 'paren', marker: match[1], ordinal: ordinalValue(match[1]) };
  } else if ((match = ARABIC.exec(line))) {
    level = arabicTop ? 1 : 2;
    numbering = { style: 'arabic', marker: match[1], ordinal: Number(match[1]) };
  } else return null;
  if (numbering.ordinal <= 0 && numbering.style !== 'appendix') return null;
  const words = line.slice(match[0].length);
  const stop = /[.:：;。](?:\s|$)/.exec(words);
  let length = stop ? stop.index : words.length;
  if (length > 120) return null;
  length = words.slice(0, length).trimEnd().length;
  if (length < 2 && numbering.style !== 'appendix') return null;
  return { length: match[0].length + length, level, numbering };
}
