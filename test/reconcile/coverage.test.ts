import { describe, expect, it } from 'vitest';
import { COVERAGE_RULES, cuesIn, decideCoverage, type ListShape } from '../../pipeline/07-reconcile/coverage.js';

const list = (cues: string[], hasRemainderPart = false, totalAfterParts = false): ListShape => ({ cues, hasRemainderPart, totalAfterParts });

describe('coverage rules', () => {
  it('have unique ids, a reason and an example each', () => {
    expect(new Set(COVERAGE_RULES.map((r) => r.id)).size).toBe(COVERAGE_RULES.length);
    for (const rule of COVERAGE_RULES) {
      expect(rule.reason.length).toBeGreaterThan(0);
      expect(rule.example.length).toBeGreaterThan(0);
    }
  });
  it('the last rule catches everything, so every list gets a decision', () => {
    expect(COVERAGE_RULES.at(-1)!.applies(list([]))).toBe(true);
  });
  it('each rule decides its own example: the cues found in the example lead to that rule', () => {
    for (const rule of COVERAGE_RULES) {
      if (rule.id === 'partial/unmarked') continue;
      // The remainder is a part (其他形式公开信息216条), not a cue word found in the text.
      const shape = list(cuesIn(rule.example), rule.id === 'exhaustive/remainder-part', rule.id === 'exhaustive/total-after-parts');
      expect(decideCoverage(shape).id, rule.example).toBe(rule.id);
    }
  });
});

describe('cuesIn', () => {
  it('does not take 其他 from running text, where it is often a word of a label', () => {
    expect(cuesIn('其中，公开招标与中标信息114条。做好其他法定公开信息等内容公开')).toEqual(['其中', '等']);
  });
});

describe('decideCoverage', () => {
  const cases: [string, ListShape, 'exhaustive' | 'partial', string][] = [
    ['其中 … 其他形式 (seed 000)', list(['其中'], true), 'exhaustive', 'exhaustive/remainder-part'],
    ['其中 with 其他 as a cue word', list(['其中', '其他']), 'exhaustive', 'exhaustive/remainder-part'],
    ['分别为', list(['分别为']), 'exhaustive', 'exhaustive/分别为'],
    ['包括 … 等 with a 其他 part', list(['包括', '等'], true), 'exhaustive', 'exhaustive/remainder-part'],
    ['parts then 合计', list(['合计'], false, true), 'exhaustive', 'exhaustive/total-after-parts'],
    ['合计 before the parts is only a total word', list(['合计'], false, false), 'partial', 'partial/unmarked'],
    ['bare 其中', list(['其中']), 'partial', 'partial/其中'],
    ['含', list(['含']), 'partial', 'partial/含'],
    ['包括 … 等 without 其他', list(['包括', '等']), 'partial', 'partial/含'],
    ['no cue at all', list([]), 'partial', 'partial/unmarked'],
  ];
  for (const [name, shape, coverage, ruleId] of cases) {
    it(`${name} → ${coverage}`, () => expect(decideCoverage(shape)).toMatchObject({ coverage, id: ruleId }));
  }
});
