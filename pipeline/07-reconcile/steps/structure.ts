import type { Conflict, ExtractedDoc } from '../../../schemas/types.js';
import { appendUnique, makeConflict } from '../conflict.js';
import { TEMPLATE_PARTS, outlines, printedNumber, templateIndex, type NumberedPart } from '../outline.js';
import { defineReconcileStep } from '../step.js';

export const STRUCTURE_STEP = 'structure';

const isTemplate = (doc: ExtractedDoc) => doc.metadata.format === 'template2019' || doc.metadata.format === 'template2021';

const headingSpan = (part: NumberedPart) => ({ start: part.headingStart, end: part.headingEnd });

/** Template parts strictly between two parts, when their labels place them in the template. */
function templatePartsBetween(a: NumberedPart, b: NumberedPart): typeof TEMPLATE_PARTS {
  const from = templateIndex(a.label);
  const to = templateIndex(b.label);
  return from >= 0 && to > from + 1 ? TEMPLATE_PARTS.slice(from + 1, to) : [];
}

/**
 * 一、二、四、五: the number after 二 is 四. Within one outline only (a restart at 一 is a new
 * outline), and never before the first part shown, since an excerpt may start anywhere.
 */
export function numberingGaps(doc: ExtractedDoc): Conflict[] {
  const found: Conflict[] = [];
  for (const outline of outlines(doc.sections)) {
    for (let i = 1; i < outline.length; i++) {
      const [a, b] = [outline[i - 1], outline[i]];
      const missing: number[] = [];
      for (let n = a.numbering.ordinal + 1; n < b.numbering.ordinal; n++) missing.push(n);
      if (missing.length === 0) continue;
      const style = b.numbering.style;
      const expectedParts = isTemplate(doc) ? templatePartsBetween(a, b) : [];
      const hint = expectedParts.length === missing.length ? `（按模板应为“${expectedParts.map((p) => p.heading).join('”“')}”）` : '';
      found.push(
        makeConflict({
          kind: 'structure',
          source: STRUCTURE_STEP,
          ruleId: 'structure/numbering-gap',
          facts: [],
          metrics: [],
          span: headingSpan(b),
          message: `部分编号从“${printedNumber(a.numbering.ordinal, style)}”跳到“${printedNumber(b.numbering.ordinal, style)}”，缺少“${missing.map((n) => printedNumber(n, style)).join('”“')}”${hint}`,
        }),
      );
    }
  }
  return found;
}

/**
 * A template report whose numbering runs on but leaves out a required part: 三、收到和处理… then
 * 四、存在的主要问题… with no 行政复议、行政诉讼 part anywhere in the report. Only between two parts
 * that are shown, so an excerpt cut off at the end is never faulted for what it does not reach.
 */
export function missingTemplateParts(doc: ExtractedDoc): Conflict[] {
  if (!isTemplate(doc)) return [];
  const present = new Set(doc.sections.map((s) => s.label));
  const found: Conflict[] = [];
  for (const outline of outlines(doc.sections)) {
    for (let i = 1; i < outline.length; i++) {
      const [a, b] = [outline[i - 1], outline[i]];
      if (b.numbering.ordinal !== a.numbering.ordinal + 1) continue;
      const missing = templatePartsBetween(a, b).filter((p) => !present.has(p.label));
      if (missing.length === 0) continue;
      found.push(
        makeConflict({
          kind: 'structure',
          source: STRUCTURE_STEP,
          ruleId: 'structure/template-part-missing',
          facts: [],
          metrics: [],
          span: headingSpan(b),
          message: `按模板，“${a.heading.trim().slice(0, 30)}”与“${b.heading.trim().slice(0, 30)}”之间应有“${missing.map((p) => p.heading).join('”“')}”，报告中没有这一部分`,
        }),
      );
    }
  }
  return found;
}

export const structure = defineReconcileStep(STRUCTURE_STEP, 'check the outline: numbering gaps and missing template parts (structure)', (state) => ({
  ...state,
  conflicts: appendUnique(state.conflicts, [...numberingGaps(state.doc), ...missingTemplateParts(state.doc)]),
}));
