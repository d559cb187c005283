import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossValidate, fitLogistic, foldsByDocument, reliability, type Sample } from '../../pipeline/08-score/fit.js';
import { confidenceOf } from '../../pipeline/08-score/index.js';
import { runPipeline } from '../../pipeline/run.js';
import { labelledFacts } from '../support/calibration.js';
import { matchPredictions, normLabel } from '../support/gold-match.js';
import { tempDir } from '../support/tmp.js';

/**
 * Facts whose rightness depends on one feature: table cells right 9 in 10, keyword guesses 1 in 2,
 * spread over 40 documents by a fixed pseudo-random sequence (a linear congruential generator).
 */
function samples(): Sample[] {
  let state = 12345;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: Sample[] = [];
  for (let i = 0; i < 2000; i++) {
    const table = random() < 0.5;
    out.push({ doc: `doc${Math.floor(random() * 40)}`, vector: table ? { 'kind.table': 1 } : { 'kind.keyword': 1 }, correct: random() < (table ? 0.9 : 0.5) });
  }
  return out;
}

describe('reliability', () => {
  it('bins as the scorer does and computes its ECE: two facts at 0.95 (one right), two at 0.25 (none right)', () => {
    const table = reliability([
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 0.25, correct: false },
      { confidence: 0.25, correct: false },
    ]);
    expect(table.bins[9]).toMatchObject({ count: 2, meanConfidence: 0.95, accuracy: 0.5 });
    expect(table.bins[2]).toMatchObject({ count: 2, meanConfidence: 0.25, accuracy: 0 });
    expect(table.ece).toBeCloseTo(0.5 * 0.45 + 0.5 * 0.25, 10);
  });
  it('a confidence of exactly 1 falls in the last bin', () => expect(reliability([{ confidence: 1, correct: true }]).bins[9].count).toBe(1));
});

describe('fitLogistic', () => {
  it('recovers the rate of each kind of evidence: 0.9 for table cells, 0.5 for keyword guesses', () => {
    const model = { version: 't', ...fitLogistic(samples(), { l2: 0.01 }) };
    const rate = (kind: string) => {
      const of = samples().filter((s) => s.vector[kind]);
      return of.filter((s) => s.correct).length / of.length;
    };
    // The maximum-likelihood fit reproduces each group's observed rate (to the printed precision of a confidence).
    expect(confidenceOf({ 'kind.table': 1 }, model)).toBeCloseTo(rate('kind.table'), 2);
    expect(confidenceOf({ 'kind.keyword': 1 }, model)).toBeCloseTo(rate('kind.keyword'), 2);
    expect(rate('kind.table')).toBeGreaterThan(0.85);
  });
  it('stays finite when every fact is right', () => {
    const { bias } = fitLogistic(samples().map((s) => ({ ...s, correct: true })));
    expect(Number.isFinite(bias)).toBe(true);
    expect(bias).toBeGreaterThan(3);
  });
});

describe('crossValidate', () => {
  it('deals documents, not facts, into folds, reproducibly', () => {
    const folds = foldsByDocument(samples(), 5);
    const foldOf = new Map<string, number>();
    samples().forEach((s, i) => {
      expect(foldOf.get(s.doc) ?? folds[i]).toBe(folds[i]);
      foldOf.set(s.doc, folds[i]);
    });
    expect(new Set(folds).size).toBe(5);
    expect(foldsByDocument(samples(), 5)).toEqual(folds);
  });
  it('scores every fact with a model that did not see its document, and the held-out ECE is small for a well-specified model', () => {
    const cv = crossValidate(samples(), 5, { l2: 0.01 });
    expect(cv.heldOut).toHaveLength(2000);
    expect(cv.ece).toBeLessThan(0.05);
  });
});

describe('matching predictions against gold as the scorer does', () => {
  it('one-to-one, by metric or alt, value, and label where the metric is labelled', () => {
    const gold = new Map([
      ['000_x', [
        { metric: 'active.total', value: 486 },
        { metric: 'active.channel.website', alt: ['active.channel.platform'], value: 12 },
        { metric: 'active.category', label: '机构职能', value: 18 },
      ]],
    ]);
    const predicted = [
      { doc: 'texts/000_x.txt', metric: 'active.total', label: null, value: 486 },
      { doc: 'texts/000_x.txt', metric: 'active.total', label: null, value: 486 },
      { doc: 'texts/000_x.txt', metric: 'active.channel.platform', label: null, value: 12 },
      { doc: 'texts/000_x.txt', metric: 'active.category', label: '机构职能类', value: 18 },
      { doc: 'texts/000_x.txt', metric: 'active.category', label: '规划计划', value: 18 },
    ];
    expect(matchPredictions(predicted, gold)).toEqual([true, false, true, true, false]);
  });
  it('normalises labels like the scorer: pinyin glosses, punctuation and 类/信息 endings', () => {
    expect(normLabel('政策、规范性文件类信息')).toBe('政策规范性文件');
    expect(normLabel('机构职能(zhí)类')).toBe('机构职能');
  });
});

describe('labelled facts read back from a database', () => {
  const dir = tempDir();

  it('carry the evidence the score stage used (same confidence) and gold\'s verdict', async () => {
    const texts = join(dir, 'texts');
    const gold = join(dir, 'gold');
    mkdirSync(texts);
    mkdirSync(gold);
    writeFileSync(join(texts, 'r1.txt'), ['一、概述', '全年主动公开政府信息120条，工作有序推进。', '二、主动公开政府信息情况', '本年度主动公开政府信息150条。', '三、依申请公开', '全年受理政府信息公开申请62件。'].join('\n'));
    writeFileSync(join(gold, 'r1.json'), JSON.stringify({ doc: 'r1.txt', facts: [{ metric: 'active.total', value: 150 }, { metric: 'apply.new.total', value: 60 }] }));
    const db = join(dir, 'r.sqlite');
    await runPipeline({ inputs: [texts], db });
    const facts = labelledFacts(db, gold);
    expect(facts.map((f) => [f.vector.checkFailed ?? 0, f.correct])).toEqual([[1, true], [0, false]]);
    for (const fact of facts) expect(confidenceOf(fact.vector)).toBe(fact.confidence);
  });
});
