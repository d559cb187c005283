import type { CalibrationModel } from './index.js';
import { confidenceOf } from './index.js';

/**
 * Fitting and judging the confidence model: a reliability table (is a fact scored 0.9 right
 * nine times in ten?), the expected calibration error the scorer reports, and a penalised
 * logistic fit with k-fold cross-validation by document, so the reported error is the one a
 * report the model has not seen would get.
 *
 * With a prior the fit is a maximum a posteriori estimate: every weight (and the bias) has a
 * Gaussian prior centred on the prior model's value with standard deviation `sigma`, so a weight
 * moves away from the prior only as far as the labelled facts pay for. This keeps the fit finite
 * and sensible when the labelled facts are (nearly) all right, where maximum likelihood would send
 * every confidence to 1.
 */

export interface Scored {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** Ten equal-width bins, as ../shared/tools/score.mjs bins them, and the expected calibration error. */
export function reliability(items: readonly Scored[], bins = 10): { bins: ReliabilityBin[]; ece: number } {
  const sums = Array.from({ length: bins }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const { confidence, correct } of items) {
    const bin = sums[Math.min(bins - 1, Math.max(0, Math.floor(confidence * bins)))];
    bin.count++;
    bin.confidence += confidence;
    bin.correct += correct ? 1 : 0;
  }
  const table = sums.map((s, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: s.count,
    meanConfidence: s.count ? s.confidence / s.count : 0,
    accuracy: s.count ? s.correct / s.count : 0,
  }));
  const ece = items.length ? table.reduce((e, b) => e + (b.count / items.length) * Math.abs(b.meanConfidence - b.accuracy), 0) : 0;
  return { bins: table, ece };
}

export function formatReliability(table: { bins: ReliabilityBin[]; ece: number }, title = 'reliability'): string {
  const lines = [title, `  ${'bin'.padEnd(9)}  ${'facts'.padStart(6)}  ${'mean confidence'.padStart(15)}  ${'share right'.padStart(11)}`];
  for (const b of table.bins) {
    if (b.count === 0) continue;
    lines.push(`  ${`${b.from.toFixed(1)}–${b.to.toFixed(1)}`.padEnd(9)}  ${String(b.count).padStart(6)}  ${b.meanConfidence.toFixed(3).padStart(15)}  ${b.accuracy.toFixed(3).padStart(11)}`);
  }
  lines.push(`  ECE ${table.ece.toFixed(4)} over ${table.bins.reduce((n, b) => n + b.count, 0)} facts (empty bins omitted)`);
  return lines.join('\n');
}

/** A fact's evidence and whether gold agrees with it, grouped by document for cross-validation. */
export interface Sample {
  doc: string;
  vector: Record<string, number>;
  correct: boolean;
}

export interface FitOptions {
  /** L2 penalty on the weights; it keeps rare features from taking extreme weights. */
  l2?: number;
  /**
   * A much weaker penalty on the bias, so that a sample where every fact is right (or wrong)
   * yields a large but finite bias instead of running off to infinity.
   */
  l2Bias?: number;
  iterations?: number;
  /**
   * A Gaussian prior centred on a model: each weight and the bias are penalised by
   * (w - prior)² / (2 sigma²) instead of l2 / l2Bias. Features the prior does not name are centred
   * on 0 with the same sigma. Features the prior names but the sample never shows keep the prior's
   * weight.
   */
  prior?: Prior;
}

export interface Prior {
  model: Pick<CalibrationModel, 'bias' | 'weights'>;
  /** Standard deviation of the prior on each weight, in logit units; smaller holds the fit closer to the prior. */
  sigma: number;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / p;
      if (f !== 0) for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

/** Fits bias and weights by Newton's method on the penalised log-likelihood (the log-posterior when a prior is given). */
export function fitLogistic(samples: readonly Sample[], options: FitOptions = {}): Pick<CalibrationModel, 'bias' | 'weights'> {
  const prior = options.prior;
  const names = [...new Set([...samples.flatMap((s) => Object.keys(s.vector)), ...Object.keys(prior?.model.weights ?? {})])].sort();
  // Index 0 is the bias; the prior's mean for each coordinate (0 without a prior).
  const mean = [prior?.model.bias ?? 0, ...names.map((n) => prior?.model.weights[n] ?? 0)];
  const l2 = options.l2 ?? 1;
  const l2Bias = options.l2Bias ?? 0.01;
  if (prior && !(prior.sigma > 0)) throw new Error(`fitLogistic: prior sigma must be positive, got ${prior.sigma}`);
  const penalty = (j: number) => (prior ? 1 / (prior.sigma * prior.sigma) : j === 0 ? l2Bias : l2);
  const rows = samples.map((s) => [1, ...names.map((n) => s.vector[n] ?? 0)]);
  const y = samples.map((s) => (s.correct ? 1 : 0));
  const dim = names.length + 1;
  let beta = [...mean];
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration++) {
    const gradient = beta.map((w, j) => -penalty(j) * (w - mean[j]));
    const hessian = Array.from({ length: dim }, (_, i) => Array.from({ length: dim }, (_, j) => (i === j ? penalty(i) : 0)));
    rows.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((z, v, j) => z + v * beta[j], 0)));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < dim; j++) {
        if (x[j] === 0) continue;
        gradient[j] += (y[i] - p) * x[j];
        for (let k = 0; k < dim; k++) if (x[k] !== 0) hessian[j][k] += w * x[j] * x[k];
      }
    });
    const step = solve(hessian, gradient);
    beta = beta.map((b, j) => b + step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { bias: round(beta[0]), weights: Object.fromEntries(names.map((n, j) => [n, round(beta[j + 1])])) };
}

/**
 * Mean negative log-likelihood of the labels under the confidences. Confidences are printed to
 * three decimals, so they are clipped to [0.001, 0.999]: a stored 1.000 is read as "at least 0.999".
 */
export function logLoss(items: readonly Scored[]): number {
  if (items.length === 0) return 0;
  let sum = 0;
  for (const { confidence, correct } of items) {
    const p = Math.min(0.999, Math.max(0.001, confidence));
    sum -= Math.log(correct ? p : 1 - p);
  }
  return sum / items.length;
}

/** Documents dealt into k folds in a fixed order, so a run is reproducible. */
export function foldsByDocument(samples: readonly Sample[], k: number): number[] {
  const docs = [...new Set(samples.map((s) => s.doc))].sort();
  const fold = new Map(docs.map((d, i) => [d, i % k]));
  return samples.map((s) => fold.get(s.doc)!);
}

export interface CrossValidation {
  folds: number;
  /** Out-of-fold confidences: each fact scored by a model that never saw its document. */
  heldOut: (Scored & { doc: string })[];
  ece: number;
  /** Mean log loss of the out-of-fold confidences. */
  logLoss: number;
  /** Per fold: its documents, facts, wrong facts, and the ECE and log loss of its out-of-fold confidences. */
  perFold: { fold: number; documents: number; facts: number; wrong: number; ece: number; logLoss: number }[];
}

export function crossValidate(samples: readonly Sample[], k = 5, options: FitOptions = {}): CrossValidation {
  const folds = foldsByDocument(samples, k);
  const heldOut: (Scored & { doc: string })[] = new Array(samples.length);
  const perFold: CrossValidation['perFold'] = [];
  for (let f = 0; f < k; f++) {
    const train = samples.filter((_, i) => folds[i] !== f);
    const test = samples.filter((_, i) => folds[i] === f);
    if (train.length === 0 || test.length === 0) continue;
    const model = { version: 'cv', ...fitLogistic(train, options) };
    const scored: Scored[] = [];
    samples.forEach((s, i) => {
      if (folds[i] !== f) return;
      heldOut[i] = { doc: s.doc, confidence: confidenceOf(s.vector, model), correct: s.correct };
      scored.push(heldOut[i]);
    });
    perFold.push({
      fold: f,
      documents: new Set(test.map((s) => s.doc)).size,
      facts: test.length,
      wrong: test.filter((s) => !s.correct).length,
      ece: reliability(scored).ece,
      logLoss: logLoss(scored),
    });
  }
  const scored = heldOut.filter(Boolean);
  return { folds: k, heldOut: scored, ece: reliability(scored).ece, logLoss: logLoss(scored), perFold };
}

/** Prior standard deviations tried by {@link choosePriorSigma}, from a tight prior to a loose one. */
export const PRIOR_SIGMAS = [0.25, 0.5, 1, 2, 4] as const;

export interface SigmaTrial {
  sigma: number;
  cv: CrossValidation;
}

/**
 * Chooses the prior's strength by k-fold cross-validated log loss on the fitting facts: the sigma
 * whose out-of-fold confidences have the lowest mean log loss (on a tie, the tighter prior).
 * When no fitting fact is wrong the log loss falls as the prior loosens, so the choice lands on the
 * loosest sigma tried; the grid's end then bounds how far the weights can move.
 */
export function choosePriorSigma(
  samples: readonly Sample[],
  prior: Prior['model'],
  k = 5,
  sigmas: readonly number[] = PRIOR_SIGMAS,
): { sigma: number; trials: SigmaTrial[] } {
  const trials = [...sigmas].sort((a, b) => a - b).map((sigma) => ({ sigma, cv: crossValidate(samples, k, { prior: { model: prior, sigma } }) }));
  let best = trials[0];
  for (const t of trials) if (t.cv.logLoss < best.cv.logLoss - 1e-12) best = t;
  return { sigma: best.sigma, trials };
}
