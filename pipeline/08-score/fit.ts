import type { CalibrationModel } from './index.js';
import { confidenceOf } from './index.js';

/**
 * Fitting and judging the confidence model: a reliability table (is a fact scored 0.9 right
 * nine times in ten?), the expected calibration error the scorer reports, and an L2-regularised
 * logistic fit with k-fold cross-validation by document, so the reported error is the one a
 * report the model has not seen would get.
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
  const lines = [`${title}: confidence bin, facts, mean confidence, share right`];
  for (const b of table.bins) {
    if (b.count === 0) continue;
    lines.push(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.count).padStart(5)}  ${b.meanConfidence.toFixed(3)}  ${b.accuracy.toFixed(3)}`);
  }
  lines.push(`  ECE ${table.ece.toFixed(4)}`);
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

/** Fits bias and weights by Newton's method on the penalised log-likelihood. */
export function fitLogistic(samples: readonly Sample[], options: FitOptions = {}): Pick<CalibrationModel, 'bias' | 'weights'> {
  const l2 = options.l2 ?? 1;
  const l2Bias = options.l2Bias ?? 0.01;
  const penalty = (j: number) => (j === 0 ? l2Bias : l2);
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.vector)))].sort();
  const rows = samples.map((s) => [1, ...names.map((n) => s.vector[n] ?? 0)]);
  const y = samples.map((s) => (s.correct ? 1 : 0));
  const dim = names.length + 1;
  let beta = new Array<number>(dim).fill(0);
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration++) {
    const gradient = beta.map((w, j) => -penalty(j) * w);
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

/** Documents dealt into k folds in a fixed order, so a run is reproducible. */
export function foldsByDocument(samples: readonly Sample[], k: number): number[] {
  const docs = [...new Set(samples.map((s) => s.doc))].sort();
  const fold = new Map(docs.map((d, i) => [d, i % k]));
  return samples.map((s) => fold.get(s.doc)!);
}

export interface CrossValidation {
  folds: number;
  /** Out-of-fold confidences: each fact scored by a model that never saw its document. */
  heldOut: Scored[];
  ece: number;
}

export function crossValidate(samples: readonly Sample[], k = 5, options: FitOptions = {}): CrossValidation {
  const folds = foldsByDocument(samples, k);
  const heldOut: Scored[] = new Array(samples.length);
  for (let f = 0; f < k; f++) {
    const train = samples.filter((_, i) => folds[i] !== f);
    if (train.length === 0) continue;
    const model = { version: 'cv', ...fitLogistic(train, options) };
    samples.forEach((s, i) => {
      if (folds[i] === f) heldOut[i] = { confidence: confidenceOf(s.vector, model), correct: s.correct };
    });
  }
  const scored = heldOut.filter(Boolean);
  return { folds: k, heldOut: scored, ece: reliability(scored).ece };
}
