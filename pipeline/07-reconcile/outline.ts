import type { SectionLabel } from '../../schemas/catalog.js';
import type { Section } from '../../schemas/types.js';

/** A level-1 section with a printed number. */
export type NumberedPart = Section & { numbering: NonNullable<Section['numbering']> };

const COUNTED_STYLES = new Set(['cn', 'part', 'arabic']);

/**
 * The numbered outlines of a document: runs of level-1 parts whose numbers rise. A number that
 * does not rise (一 after 六), or a change of style (第一部分 after 四、), starts a new outline:
 * a report that restarts its numbering for the template parts has two outlines, not a gap.
 * Appendices (附件) are not parts.
 */
export function outlines(sections: readonly Section[]): NumberedPart[][] {
  const cached = outlinesOf.get(sections);
  if (cached) return cached;
  const runs: NumberedPart[][] = [];
  let current: NumberedPart[] = [];
  for (const section of sections) {
    if (section.level !== 1 || !section.numbering || !COUNTED_STYLES.has(section.numbering.style)) continue;
    const part = section as NumberedPart;
    const previous = current.at(-1);
    if (previous && (part.numbering.ordinal <= previous.numbering.ordinal || part.numbering.style !== previous.numbering.style)) {
      runs.push(current);
      current = [];
    }
    current.push(part);
  }
  if (current.length > 0) runs.push(current);
  outlinesOf.set(sections, runs);
  return runs;
}

// Several checks read one document's outlines; a long document is walked once.
const outlinesOf = new WeakMap<readonly Section[], NumberedPart[][]>();

/** Parts of the 2019 and 2021 templates, in their fixed order (国办公开办函〔2019〕60号, 〔2021〕30号). */
export const TEMPLATE_PARTS: readonly { label: SectionLabel; heading: string }[] = [
  { label: 'overview', heading: '总体情况' },
  { label: 'active', heading: '主动公开政府信息情况' },
  { label: 'application', heading: '收到和处理政府信息公开申请情况' },
  { label: 'appeal', heading: '政府信息公开行政复议、行政诉讼情况' },
  { label: 'problems', heading: '存在的主要问题及改进情况' },
  { label: 'other', heading: '其他需要报告的事项' },
];

export function templateIndex(label: SectionLabel): number {
  return TEMPLATE_PARTS.findIndex((p) => p.label === label);
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A part number as the report prints it in its style: 四、, 第四部分, 4. */
export function printedNumber(ordinal: number, style: NumberedPart['numbering']['style']): string {
  if (style === 'arabic') return `${ordinal}.`;
  const cn = ordinal <= 10 ? CN_DIGITS[ordinal] : ordinal < 20 ? `十${CN_DIGITS[ordinal - 10]}` : String(ordinal);
  return style === 'part' ? `第${cn}部分` : `${cn}、`;
}
