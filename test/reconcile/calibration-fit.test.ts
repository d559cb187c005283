import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choosePriorSigma, crossValidate, fitLogistic, foldsByDocument, logLoss, PRIOR_SIGMAS, reliability, type Sample } from '../../pipeline/08-score/fit.js';
import { calibrationModel, confidenceOf, type CalibrationModel } from '../../pipeline/08-score/index.js';
import { packagePath } from '../../pipeline/paths.js';
import { runPipeline } from '../../pipeline/run.js';
import { fitCalibration, labelledFacts, priorModel, type FittedCalibration } from '../support/calibration.js';
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
  it('never states certainty: a confidence stays within 0.001 and 0.999', () => {
    const model = { version: 't', bias: 0, weights: { 'kind.table': 50, 'kind.keyword': -50 } };
    expect(confidenceOf({ 'kind.table': 1 }, model)).toBe(0.999);
    expect(confidenceOf({ 'kind.keyword': 1 }, model)).toBe(0.001);
    expect(confidenceOf({}, model)).toBe(0.5);
  });
  it('stays finite when every fact is right', () => {
    const { bias } = fitLogistic(samples().map((s) => ({ ...s, correct: true })));
    expect(Number.isFinite(bias)).toBe(true);
    expect(bias).toBeGreaterThan(3);
  });
});

/**
 * Facts drawn from a known model, P(right) = 1 / (1 + e^-(0.5 + 2.5·a − 2·b)), with a ∈ {0, 1} and
 * b in [0, 1), over 60 documents, by the same fixed pseudo-random sequence.
 */
function drawn(n = 4000): Sample[] {
  let state = 987654321;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const a = random() < 0.5 ? 1 : 0;
    const b = random();
    const p = 1 / (1 + Math.exp(-(0.5 + 2.5 * a - 2 * b)));
    out.push({ doc: `doc${Math.floor(random() * 60)}`, vector: a ? { a: 1, b } : { b }, correct: random() < p });
  }
  return out;
}

describe('MAP fit around a prior', () => {
  it('recovers the direction of a known model even from a prior that points the other way', () => {
    const prior = { bias: 0, weights: { a: -1, b: 1 } };
    const { bias, weights } = fitLogistic(drawn(), { prior: { model: prior, sigma: 2 } });
    expect(weights.a).toBeGreaterThan(2);
    expect(weights.a).toBeLessThan(3);
    expect(weights.b).toBeLessThan(-1.4);
    expect(weights.b).toBeGreaterThan(-2.6);
    expect(bias).toBeGreaterThan(0);
  });

  it('a tighter prior holds the weights nearer the prior', () => {
    const prior = { bias: 0, weights: { a: -1, b: 1 } };
    const loose = fitLogistic(drawn(), { prior: { model: prior, sigma: 2 } });
    const tight = fitLogistic(drawn(), { prior: { model: prior, sigma: 0.01 } });
    expect(Math.abs(tight.weights.a - -1)).toBeLessThan(Math.abs(loose.weights.a - -1));
    expect(Math.abs(tight.weights.a - -1)).toBeLessThan(0.2);
  });

  it('with every fact right it stays near the hand prior instead of running off, and keeps weights the sample never shows', () => {
    const prior = priorModel();
    const allRight = samples().map((s) => ({ ...s, correct: true }));
    const map = fitLogistic(allRight, { prior: { model: prior, sigma: 0.5 } });
    // The bias and the two features seen move up (2000 facts, none wrong), but each by less than 2.5 logits.
    for (const [value, from] of [[map.bias, prior.bias], [map.weights['kind.table'], prior.weights['kind.table']], [map.weights['kind.keyword'], prior.weights['kind.keyword']]]) {
      expect(value).toBeGreaterThan(from);
      expect(value - from).toBeLessThan(2.5);
    }
    for (const name of ['multiValue', 'checkFailed', 'sectionMismatch', 'kind.english']) expect(map.weights[name]).toBe(prior.weights[name]);
    // A tighter prior moves less.
    expect(fitLogistic(allRight, { prior: { model: prior, sigma: 0.25 } }).bias).toBeLessThan(map.bias);
    // A nearly unpenalised fit of the same facts runs much further.
    const ml = fitLogistic(allRight, { l2: 1e-6, l2Bias: 1e-6 });
    expect(ml.bias + ml.weights['kind.table']).toBeGreaterThan(map.bias + map.weights['kind.table'] + 8);
    // A keyword guess is still scored below a table cell.
    expect(confidenceOf({ 'kind.keyword': 1 }, { version: 't', ...map })).toBeLessThan(confidenceOf({ 'kind.table': 1 }, { version: 't', ...map }));
  });

  it('chooses the prior sigma by cross-validated log loss: with every fact right, the loosest tried', () => {
    const allRight = samples().map((s) => ({ ...s, correct: true }));
    const { sigma, trials } = choosePriorSigma(allRight, priorModel(), 5, [2, 0.5, 1]);
    expect(trials.map((t) => t.sigma)).toEqual([0.5, 1, 2]);
    expect(sigma).toBe(2);
    expect(trials[2].cv.logLoss).toBeLessThan(trials[0].cv.logLoss);
  });

  it('with errors in the sample, the chosen sigma has the lowest out-of-fold log loss and the kept model is finite', () => {
    const { model, cv, trials } = fitCalibration(drawn(1500), ['synthetic'], { prior: { version: 'p', bias: 0, weights: { a: 0, b: 0 } } });
    expect(cv.logLoss).toBe(Math.min(...trials.map((t) => t.cv.logLoss)));
    expect(model.fitted.perFold.reduce((n, f) => n + f.facts, 0)).toBe(1500);
    expect(logLoss(cv.heldOut)).toBeCloseTo(cv.logLoss, 10);
    expect(Object.values(model.weights).every(Number.isFinite)).toBe(true);
  });
});

describe('the committed schemas/calibration.json', () => {
  const committed = JSON.parse(readFileSync(packagePath('schemas', 'calibration.json'), 'utf8')) as FittedCalibration;
  const prior = priorModel();

  it('is a fitted model, not the hand prior: version, sets, facts, documents, prior and sigma, CV figures per fold', () => {
    expect(committed.version).toMatch(/^fit-\d{4}-\d{2}-\d{2}-/);
    expect(committed.version).not.toBe(prior.version);
    expect(calibrationModel().version).toBe(committed.version);
    const { fitted } = committed;
    expect(fitted.sets).toContain('dev');
    // peers is never fitted on: it measures the model.
    expect(fitted.sets).not.toContain('peers');
    expect(Number.isInteger(fitted.facts) && fitted.facts > 0).toBe(true);
    expect(Number.isInteger(fitted.documents) && fitted.documents > 0 && fitted.documents <= fitted.facts).toBe(true);
    expect(fitted.prior.version).toBe(prior.version);
    expect(PRIOR_SIGMAS).toContain(fitted.prior.sigma);
    expect(fitted.sigmas.map((s) => s.sigma)).toEqual([...PRIOR_SIGMAS]);
    expect(fitted.cvLogLoss).toBe(Math.min(...fitted.sigmas.map((s) => s.cvLogLoss)));
    expect(fitted.cvEce).toBeLessThanOrEqual(0.05);
    expect(fitted.perFold).toHaveLength(fitted.folds);
    expect(fitted.perFold.reduce((n, f) => n + f.facts, 0)).toBe(fitted.facts);
    expect(fitted.perFold.reduce((n, f) => n + f.documents, 0)).toBe(fitted.documents);
    expect(fitted.perFold.reduce((n, f) => n + f.wrong, 0)).toBe(fitted.wrong);
    for (const f of fitted.perFold) expect(f.ece).toBeLessThanOrEqual(0.05);
  });

  it('has a finite weight for every feature the prior names, and keeps the order of evidence: table above keyword, failed check below passed', () => {
    const model: CalibrationModel = committed;
    expect(Number.isFinite(model.bias)).toBe(true);
    for (const name of Object.keys(prior.weights)) expect(Number.isFinite(model.weights[name]), name).toBe(true);
    expect(model.weights['kind.table']).toBeGreaterThan(model.weights['kind.keyword']);
    expect(model.weights.checkFailed).toBeLessThan(model.weights.checkPassed);
    expect(model.weights.sectionMismatch).toBeLessThan(model.weights.sectionFit);
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
