import { describe, expect, it } from 'vitest';
import { checkPartsFound, countDeclared } from '../../pipeline/07-reconcile/steps/count-declared.js';
import type { Section } from '../../schemas/types.js';
import { ReportBuilder, extractedDoc, section } from '../support/facts.js';

/** Seed 004's part 二: 9 categories declared, seven listed with figures, then part 四 follows. */
const SEED_004 = [
  '二、主动公开政府信息的情况',
  '主动公开的政府信息包括机构职能类信息，政策、规范性文件类信息，规划计划类信息，行政许可类信息，民政扶贫救灾社会社保就业类信息，科教文体卫生类信息，安全生产、应急管理类信息等9大类内容。',
  '主动公开的信息中，机构职能类信息18条，占15%；政策、规范性文件类信息19条，占15.83%；规划计划类信息24条，占20%；行政许可类信息4条，占3.33%；重大建设项目、为民办实事类信息2条，占1.67%；科教文体卫生类信息39条，占32.5%；安全生产、应急管理类信息14条，占11.67%。',
  '四、政府信息公开工作存在的主要问题',
  '一是群众的参与度不高，公开形式还有待创新；二是公开形式便民性需进一步提高，相关制度和公开渠道还需进一步丰富和完善。',
].join('\n');

const CATEGORIES: [string, string][] = [
  ['机构职能', '机构职能类信息18条'], ['政策、规范性文件', '政策、规范性文件类信息19条'], ['规划计划', '规划计划类信息24条'], ['行政许可', '行政许可类信息4条'],
  ['重大建设项目、为民办实事', '重大建设项目、为民办实事类信息2条'], ['科教文体卫生', '科教文体卫生类信息39条'], ['安全生产、应急管理', '安全生产、应急管理类信息14条'],
];

function seed004(text = SEED_004, listed = CATEGORIES): { report: ReportBuilder; sections: Section[] } {
  const report = new ReportBuilder(text);
  report.fact('active.category_count', '等9大类');
  for (const [label, quote] of listed) report.fact('active.category', quote, { label });
  const four = text.indexOf('四、');
  const sections = four >= 0 ? [section(0, '二、主动公开政府信息的情况', 'active', 0, four, 2), section(1, '四、政府信息公开工作存在的主要问题', 'problems', four, text.length, 4)] : [section(0, '二、主动公开政府信息的情况', 'active', 0, text.length, 2)];
  return { report, sections };
}

const run = (report: ReportBuilder, sections: Section[]) => countDeclared.run({ doc: extractedDoc(report.text, report.facts, { sections }), facts: report.facts, conflicts: [] });

describe('count-declared: categories', () => {
  it('seed 004: 9大类 declared, seven listed with figures — a count_mismatch that names them', () => {
    const { report, sections } = seed004();
    const { conflicts } = run(report, sections);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'count_mismatch', severity: 'warning', metrics: ['active.category_count'], facts: ['f1'], ruleId: 'count_mismatch/categories-listed', expected: { low: 9, high: 9 }, observed: { low: 7, high: 7 } });
    expect(conflicts[0].message).toBe('文中称共 9 类（“等9大类”），但列出数字的类别有 7 个：“机构职能”“政策、规范性文件”“规划计划”“行政许可”“重大建设项目、为民办实事”“科教文体卫生”“安全生产、应急管理”');
  });

  it('seed 003: 等4类 with four listed passes and marks the declaration', () => {
    const text = '本年度政府信息公开内容包括政策法规、规划计划、业务工作、其他信息等4类，共计600余条，其中政策法规类信息21条，规划计划类信息1条。业务工作类信息450条。其他类信息120余。\n二、其他';
    const report = new ReportBuilder(text);
    report.fact('active.category_count', '其他信息等4类');
    for (const [label, quote] of [['政策法规', '政策法规类信息21条'], ['规划计划', '规划计划类信息1条'], ['业务工作', '业务工作类信息450条'], ['其他', '其他类信息120余']]) report.fact('active.category', quote, { label });
    const { conflicts, facts } = run(report, [section(0, '一、概述', 'active', 0, text.indexOf('二、'), 1), section(1, '二、其他', 'other', text.indexOf('二、'), text.length, 2)]);
    expect(conflicts).toEqual([]);
    expect(facts[0].features.checkPassed).toBe(true);
  });

  it('an excerpt cut off inside the list is not faulted for fewer categories', () => {
    const cut = SEED_004.slice(0, SEED_004.indexOf('科教文体卫生类信息39条'));
    const { report, sections } = seed004(cut, CATEGORIES.slice(0, 5));
    expect(run(report, sections).conflicts).toEqual([]);
  });

  it('more categories listed than declared is a conflict even at the end of the text', () => {
    const cut = SEED_004.slice(0, SEED_004.indexOf('四、')).replace('等9大类', '等6大类');
    const report = new ReportBuilder(cut);
    report.fact('active.category_count', '等6大类');
    for (const [label, quote] of CATEGORIES) report.fact('active.category', quote, { label });
    expect(run(report, [section(0, '二、主动公开政府信息的情况', 'active', 0, cut.length, 2)]).conflicts.map((c) => c.observed)).toEqual([{ low: 7, high: 7 }]);
  });

  it('hr079: 八类23项 with no category listed with a figure is not checked', () => {
    const report = new ReportBuilder('明确了八类23项主动公开的民政业务信息。\n二、其他');
    report.fact('active.category_count', '八类', { figure: 0 });
    expect(run(report, []).conflicts).toEqual([]);
  });
});

describe('count-declared: parts', () => {
  function partsDoc(headings: string[], declaration: string, quote: string) {
    let text = `${declaration}\n`;
    const sections = headings.map((heading, index) => {
      const start = text.length;
      text += `${heading}\n正文。\n`;
      return section(index, heading, heading.includes('其他需要报告') ? 'other' : 'overview', start, text.length, '一二三四五六七八九十'.indexOf(heading[0]) + 1);
    });
    const report = new ReportBuilder(text);
    const declared = report.fact('report.parts_declared', quote);
    return { doc: extractedDoc(text, report.facts, { sections }), declared };
  }

  const SEVEN = '本年报由基本工作情况，主动公开政府信息情况，回应解读情况，依申请公开政府信息情况，行政复议、诉讼和投诉举报情况，机构建设、保障经费和培训会议情况，存在问题及工作打算等七部分组成。';
  const parts = ['一、基本工作情况', '二、主动公开政府信息情况', '三、回应解读情况', '四、依申请公开政府信息情况', '五、行政复议、诉讼和投诉举报情况', '六、机构建设、保障经费和培训会议情况', '七、存在的主要问题及工作打算'];

  it('seed 000: 七部分 and parts 一…七 agree', () => {
    const { doc, declared } = partsDoc(parts, SEVEN, '等七部分组成');
    expect(checkPartsFound(doc, declared)).toEqual({ passed: true });
  });

  it('an excerpt that shows only 一 of seven parts is not faulted', () => {
    const { doc, declared } = partsDoc(parts.slice(0, 1), SEVEN, '等七部分组成');
    expect(checkPartsFound(doc, declared)).toBeUndefined();
  });

  it('more parts than declared is a conflict', () => {
    const { doc, declared } = partsDoc([...parts, '八、其他需要报告的事项'], SEVEN, '等七部分组成');
    const verdict = checkPartsFound(doc, declared);
    expect(verdict && 'conflict' in verdict && verdict.conflict).toMatchObject({ ruleId: 'count_mismatch/parts-more-than-declared', observed: { low: 8, high: 8 } });
  });

  it('fewer parts than declared is a conflict only when the outline closes with 其他需要报告的事项', () => {
    const closed = partsDoc([...parts.slice(0, 5), '六、其他需要报告的事项'], SEVEN, '等七部分组成');
    const verdict = checkPartsFound(closed.doc, closed.declared);
    expect(verdict && 'conflict' in verdict && verdict.conflict.message).toBe('文中称报告由 7 部分组成（“等七部分组成”），但正文各部分编号到“六、”为止，共 6 部分');
  });

  it('the parts of a statistics table are not the report\'s parts (peer 80445: 统计表共七个部分组成)', () => {
    const { doc, declared } = partsDoc(parts.slice(0, 5).concat('六、其他需要报告的事项'), '政府信息公开情况统计表共七个部分组成。', '共七个部分组成');
    expect(checkPartsFound(doc, declared)).toBeUndefined();
  });

  it('peer kewei: six parts declared, outlines 一…六 and 一、二、三、五 — the first matches', () => {
    const { doc, declared } = partsDoc([...parts.slice(0, 5), '六、政府信息公开平台建设', '一、主动公开政府信息情况', '二、收到和处理政府信息公开申请情况'], '以及其他需要报告的事项等六部分。', '等六部分');
    expect(checkPartsFound(doc, declared)).toEqual({ passed: true });
  });
});
