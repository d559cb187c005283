import { describe, expect, it } from 'vitest';
import { outlines } from '../../pipeline/07-reconcile/outline.js';
import { missingTemplateParts, numberingGaps, structure } from '../../pipeline/07-reconcile/steps/structure.js';
import type { SectionLabel } from '../../schemas/catalog.js';
import type { ReportFormat } from '../../schemas/catalog.js';
import { extractedDoc, section } from '../support/facts.js';

/** A report made of the given level-1 headings, each followed by a line of body text. */
function outlineDoc(headings: [string, SectionLabel][], format: ReportFormat = 'prose') {
  let text = '';
  const sections = headings.map(([heading, label], index) => {
    const start = text.length;
    text += `${heading}\n本部分正文。\n`;
    const ordinal = '一二三四五六七八九十'.indexOf(heading[0]) + 1;
    return section(index, heading, label, start, text.length, ordinal);
  });
  return extractedDoc(text, [], { sections, format });
}

describe('outlines', () => {
  it('a restart at 一 after 六 is a new outline (peer kewei: 一…六 then 一、二、三、五)', () => {
    const doc = outlineDoc([
      ['一、总体情况', 'overview'], ['二、工作机制保障', 'organization'], ['三、主动公开工作情况', 'active'], ['四、政府信息公开申请情况', 'application'],
      ['五、政府信息管理', 'organization'], ['六、政府信息公开平台建设', 'active'],
      ['一、主动公开政府信息情况', 'active'], ['二、收到和处理政府信息公开申请情况', 'application'], ['三、政府信息公开行政复议、行政诉讼情况', 'appeal'], ['五、其他需要报告的事项', 'other'],
    ], 'template2021');
    expect(outlines(doc.sections).map((o) => o.map((p) => p.numbering.ordinal))).toEqual([[1, 2, 3, 4, 5, 6], [1, 2, 3, 5]]);
    const conflicts = structure.run({ doc, facts: [], conflicts: [] }).conflicts;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'structure', severity: 'info', metrics: [], facts: [], ruleId: 'structure/numbering-gap', source: 'structure' });
    expect(conflicts[0].message).toBe('部分编号从“三、”跳到“五、”，缺少“四、”（按模板应为“存在的主要问题及改进情况”）');
    expect(doc.text.slice(conflicts[0].start, conflicts[0].end)).toBe('五、其他需要报告的事项');
  });
});

describe('numbering gaps', () => {
  it('seed 004: 一、二、四、五 misses 三', () => {
    const doc = outlineDoc([['一、信息公开工作主要做法', 'overview'], ['二、主动公开政府信息的情况', 'active'], ['四、政府信息公开工作存在的主要问题', 'problems'], ['五、下阶段工作措施', 'problems']]);
    expect(numberingGaps(doc).map((c) => c.message)).toEqual(['部分编号从“二、”跳到“四、”，缺少“三、”']);
  });

  it('an excerpt that starts at 三 or stops at 二 has no gap', () => {
    expect(numberingGaps(outlineDoc([['三、收到和处理政府信息公开申请情况', 'application']]))).toEqual([]);
    expect(numberingGaps(outlineDoc([['一、总体情况', 'overview'], ['二、主动公开政府信息情况', 'active']]))).toEqual([]);
  });

  it('names every missing number: 一 then 四 misses 二 and 三', () => {
    expect(numberingGaps(outlineDoc([['一、概述', 'overview'], ['四、存在的问题', 'problems']]))[0].message).toBe('部分编号从“一、”跳到“四、”，缺少“二、”“三、”');
  });
});

describe('missing template parts', () => {
  const withoutAppeal: [string, SectionLabel][] = [
    ['一、总体情况', 'overview'], ['二、主动公开政府信息情况', 'active'], ['三、收到和处理政府信息公开申请情况', 'application'],
    ['四、存在的主要问题及改进情况', 'problems'], ['五、其他需要报告的事项', 'other'],
  ];

  it('a 2021-template report numbered without gaps but with no 行政复议、行政诉讼 part', () => {
    const [conflict] = missingTemplateParts(outlineDoc(withoutAppeal, 'template2021'));
    expect(conflict).toMatchObject({ kind: 'structure', ruleId: 'structure/template-part-missing' });
    expect(conflict.message).toBe('按模板，“三、收到和处理政府信息公开申请情况”与“四、存在的主要问题及改进情况”之间应有“政府信息公开行政复议、行政诉讼情况”，报告中没有这一部分');
  });

  it('not for a prose report, and not for an excerpt that ends before the later parts', () => {
    expect(missingTemplateParts(outlineDoc(withoutAppeal, 'prose'))).toEqual([]);
    expect(missingTemplateParts(outlineDoc(withoutAppeal.slice(0, 3), 'template2021'))).toEqual([]);
  });

  it('not when the part is present under another number or level', () => {
    const doc = outlineDoc(withoutAppeal, 'template2021');
    doc.sections.push({ ...section(9, '（五）行政复议情况', 'appeal', doc.text.length - 1, doc.text.length), level: 2 });
    expect(missingTemplateParts(doc)).toEqual([]);
  });
});
