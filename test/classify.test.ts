import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PART_RULES, labelHeading } from '../pipeline/04-classify/part-rules.js';
import { processText } from '../pipeline/stages.js';
import type { ProcessedDoc } from '../schemas/types.js';
import { HAS_SHARED, PROJECT_CORPUS, noteSharedSkip, sharedGold, sharedText, sharedTextNames } from './support/shared.js';

function processed(text: string, path = 'doc.txt'): ProcessedDoc {
  const result = processText(text, path);
  if (result.status !== 'ok') throw new Error(`${path}: ${result.error}`);
  return result;
}

describe('part rules', () => {
  for (const rule of PART_RULES) {
    it(`${rule.id}: its example "${rule.example}" is labelled ${rule.label}`, () => {
      expect(labelHeading(rule.example)?.label).toBe(rule.label);
    });
  }

  const headings: [string, string][] = [
    ['五、因政府信息公开申请行政复议、提起行政诉讼的情况', 'appeal'],
    ['三、依申请公开、不予公开及咨询政府信息情况', 'application'],
    ['六、工作人员及信息公开事务支出情况', 'organization'],
    ['四、政府支出与收费情况', 'fees'],
    ['二、信息公开情况', 'active'],
    ['一、信息公开工作概述', 'overview'],
    ['九、信息公开保密审查及监督检查情况', 'organization'],
    ['五、下阶段工作措施', 'problems'],
    ['附件1：平潭县人民政府2011年政府信息公开情况统计表', 'other'],
  ];
  for (const [heading, label] of headings) {
    it(`${heading} → ${label}`, () => expect(labelHeading(heading)?.label).toBe(label));
  }
});

describe('outline of the seed reports', () => {
  it('seed 004: finds 一、二、四、五 and labels them, keeping the numbering for structure checks', () => {
    const doc = processed(readFileSync(join(PROJECT_CORPUS, 'seeds', '004_41da7047456a66e7.txt'), 'utf8'));
    const outline = doc.sections.filter((s) => s.label !== 'preamble');
    expect(outline.map((s) => [s.heading, s.label])).toEqual([
      ['一、信息公开工作主要做法', 'overview'],
      ['二、主动公开政府信息的情况', 'active'],
      ['四、政府信息公开工作存在的主要问题', 'problems'],
      ['五、下阶段工作措施', 'problems'],
    ]);
    expect(outline.map((s) => s.numbering?.ordinal)).toEqual([1, 2, 4, 5]);
  });

  it('seed 002: table-3 rows (一、本年新收… 四、结转下年度…) are not parts', () => {
    const doc = processed(readFileSync(join(PROJECT_CORPUS, 'seeds', '002_0b05de4b094eb67b.txt'), 'utf8'));
    expect(doc.sections.filter((s) => s.label !== 'preamble').map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('labels every paragraph, and a sub-heading (（二）依申请公开) steers its paragraphs', () => {
    const doc = processed('一、总体情况\n（一）主动公开\n全年主动公开政府信息38条。\n（二）依申请公开\n全年共收到政府信息公开申请4件，均已答复。\n二、存在的主要问题及改进情况\n一是…');
    const label = (needle: string) => doc.paragraphs.find((p) => doc.text.slice(p.start, p.end).includes(needle))?.label;
    expect(label('38条')).toBe('active');
    expect(label('申请4件')).toBe('application');
    expect(label('一是')).toBe('problems');
  });
});

describe.skipIf(noteSharedSkip('section labels against ../shared gold'))('sections against gold headings (../shared)', () => {
  const sets = HAS_SHARED ? ['dev', 'peers'] : [];
  for (const set of sets) {
    it(`${set}: at least 90% of gold headings are found with their label`, () => {
      let right = 0;
      let seen = 0;
      const misses: string[] = [];
      for (const name of sharedTextNames(set)) {
        const stem = name.replace(/\.[^.]+$/, '');
        const gold = sharedGold(set, stem);
        const doc = processed(sharedText(set, name), name);
        for (const [heading, label] of gold.sections) {
          seen++;
          const key = heading.replace(/\s/g, '').slice(0, 12);
          const hit = doc.sections.find((s) => s.heading.replace(/\s/g, '').startsWith(key));
          if (hit?.label === label) right++;
          else misses.push(`${stem}: ${heading} → ${hit?.label ?? 'none'} (gold ${label})`);
        }
      }
      expect(right / seen, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  }
});
