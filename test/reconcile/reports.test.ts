import { describe, expect, it } from 'vitest';
import { HAS_SHARED, noteSharedSkip, sharedGold, sharedText, sharedTextNames } from '../support/shared.js';
import { brief, expectTraceable, processed } from '../support/reports.js';

/** Hand-made reports run through every stage: the conflicts come from today's extractors and classifier. */
describe('hand-made reports: outline', () => {
  it('structure: parts numbered 一、二、四、五 (as seed 004) give one structure conflict at 四', () => {
    const text = [
      '某某市教育局2014年政府信息公开工作年度报告',
      '一、信息公开工作主要做法',
      '进一步加强组织领导，强化队伍建设。',
      '二、主动公开政府信息的情况',
      '2014年主动公开的政府信息120条。',
      '四、政府信息公开工作存在的主要问题',
      '群众的参与度不高，公开形式还有待创新。',
      '五、下阶段工作措施',
      '进一步加强培训、增强意识。',
    ].join('\n');
    const doc = processed(text);
    const structure = doc.conflicts.filter((c) => c.kind === 'structure');
    expect(structure).toHaveLength(1);
    expect(structure[0]).toMatchObject({ severity: 'info', ruleId: 'structure/numbering-gap', message: '部分编号从“二、”跳到“四、”，缺少“三、”' });
    expect(text.slice(structure[0].start, structure[0].end)).toBe('四、政府信息公开工作存在的主要问题');
  });

  it('structure: a complete outline and an excerpt that stops after 二 raise nothing', () => {
    const complete = ['一、概述', '本年度工作有序推进。', '二、主动公开政府信息情况', '全年主动公开政府信息486条。', '三、依申请公开情况', '全年受理政府信息公开申请62件。'].join('\n');
    expect(processed(complete).conflicts).toEqual([]);
    expect(processed(complete.split('\n').slice(0, 4).join('\n')).conflicts).toEqual([]);
  });
});

describe('hand-made reports: one figure stated twice', () => {
  it('multi_value: 主动公开 stated as 120 in part 一 and 150 in part 二 is one conflict that keeps the part that reports it, explains why', () => {
    const text = ['一、概述', '全年主动公开政府信息120条，工作有序推进。', '二、主动公开政府信息情况', '本年度主动公开政府信息150条，均通过门户网站发布。'].join('\n');
    const doc = processed(text);
    expect(doc.conflicts).toHaveLength(1);
    expect(doc.conflicts[0]).toMatchObject({ kind: 'multi_value', metrics: ['active.total'], severity: 'warning' });
    // ANNOTATION.md: the first statement in the part that reports it most directly.
    expect(doc.conflicts[0].message).toMatch(/^主动公开 前后不一：150 条（“.*”），又作 120 条（“.*”）；采用 150 条，因其出自专门陈述它的部分$/);
    const live = doc.facts.filter((f) => f.metric === 'active.total' && !f.supersededBy);
    expect(live.map((f) => f.value)).toEqual([150]);
    // Both statements took part in a failed check: the score stage lowers their confidence.
    expect(doc.facts.filter((f) => f.metric === 'active.total').every((f) => doc.conflicts[0].facts.includes(f.id))).toBe(true);
    expectTraceable(doc);
  });

  it('multi_value near miss: 1000余条 and 1050条 agree and merge into one fact with both positions', () => {
    const text = ['一、概述', '全年主动公开政府信息1000余条。', '二、主动公开政府信息情况', '本年度主动公开政府信息1050条。'].join('\n');
    const doc = processed(text);
    expect(doc.conflicts).toEqual([]);
    const live = doc.facts.filter((f) => f.metric === 'active.total');
    expect(live).toHaveLength(1);
    expect(live[0].mentions).toHaveLength(1);
  });

  const column = (second: number) =>
    [
      '某某区审计局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开政府信息情况',
      '2022年，我局通过示范区管委会网站审计信息栏目公开信息20条。',
      '（二）政府信息公开平台建设情况',
      `本单位无部门网站。在管委会网站政府信息公开栏目设置有审计信息专栏，把审计相关信息在该栏目下及时公布，全年通过审计信息专栏公开政府信息${second}条。`,
    ].join('\n');

  it('multi_value: one named column stated as 20 and as 16 in two parts (as dev hr006)', () => {
    const doc = processed(column(16));
    expect(brief(doc)).toEqual([
      {
        kind: 'multi_value',
        severity: 'warning',
        metrics: ['active.channel.website'],
        message: '政府网站公开 前后不一：20 条（“网站审计信息栏目公开信息20条”），又作 16 条（“通过审计信息专栏公开政府信息16条”）；采用 20 条，因其在报告中先出现',
      },
    ]);
    expectTraceable(doc);
  });

  it('multi_value near miss: the same column stated as 20 twice merges', () => {
    const doc = processed(column(20));
    expect(doc.conflicts).toEqual([]);
    expect(doc.facts.filter((f) => f.metric === 'active.channel.website')).toHaveLength(1);
  });
});

/**
 * On the shared corpus the conflicts of each report are exactly its gold conflicts, matched one to
 * one by kind and a shared metric as ../shared/tools/score.mjs matches them: a false alarm on a
 * real report costs as much as a miss. cross_year needs two reports and is checked over a run of
 * each whole set (reports-years.test.ts). Every conflict names its facts and the intervals compared.
 */
describe.skipIf(noteSharedSkip('gold conflicts'))('the shared corpus: every gold conflict, no false alarm', () => {
  for (const set of HAS_SHARED ? ['dev', 'peers'] : []) {
    for (const name of sharedTextNames(set)) {
      it(`${set}/${name}`, () => {
        const doc = processed(sharedText(set, name), name);
        const gold = (sharedGold(set, name.replace(/\.[^.]+$/, '')).conflicts ?? []).filter((g) => g.kind !== 'cross_year');
        const unmatched = [...gold];
        for (const conflict of doc.conflicts) {
          const at = unmatched.findIndex((g) => g.kind === conflict.kind && (g.metrics.length === 0 || conflict.metrics.some((m) => g.metrics.includes(m))));
          expect(at, `extra ${conflict.kind}: ${conflict.message}`).toBeGreaterThanOrEqual(0);
          unmatched.splice(at, 1);
        }
        expect(unmatched.map((g) => `missed ${g.kind}: ${g.note ?? ''}`)).toEqual([]);
        expectTraceable(doc);
      });
    }
  }
});
