import { writeFileSync } from 'node:fs';
import { readFactEvidence } from '../../output/evidence.js';
import { Store } from '../../output/store.js';
import { crossValidate, fitLogistic, type CrossValidation, type FitOptions, type Sample, type Scored } from '../../pipeline/08-score/fit.js';
import { evidenceVector, type CalibrationModel } from '../../pipeline/08-score/index.js';
import { matchPredictions, readGoldFacts } from './gold-match.js';

/** Every exported fact of a database, with its evidence vector and whether gold confirms it. */
export function labelledFacts(db: string, goldDir: string): (Sample & Scored)[] {
  const store = Store.open(db, { readonly: true });
  try {
    const facts = [...readFactEvidence(store)];
    const correct = matchPredictions(facts, readGoldFacts(goldDir));
    return facts.map((f, i) => ({ doc: f.doc, vector: evidenceVector(f.evidence, f.inConflict), confidence: f.confidence, correct: correct[i] }));
  } finally {
    store.close();
  }
}

export interface FittedCalibration extends CalibrationModel {
  note: string;
  fitted: { sets: string[]; facts: number; documents: number; folds: number; cvEce: number; l2: number; date: string };
}

/**
 * Fits the confidence model on labelled facts: k-fold cross-validation by document for an honest
 * error, then one fit on everything for the weights that are kept.
 */
export function fitCalibration(samples: readonly Sample[], sets: string[], options: FitOptions & { folds?: number } = {}): { model: FittedCalibration; cv: CrossValidation } {
  const folds = options.folds ?? 5;
  const l2 = options.l2 ?? 1;
  const cv = crossValidate(samples, folds, { l2 });
  const { bias, weights } = fitLogistic(samples, { l2 });
  const date = new Date().toISOString().slice(0, 10);
  const model: FittedCalibration = {
    version: `fit-${date}-${samples.length}`,
    note: `Logistic model of P(fact is right | evidence), fitted by \`npm run eval -- --fit\` on ${sets.join(', ')} gold (${samples.length} facts); cross-validated ECE ${cv.ece.toFixed(4)} over ${folds} folds by document.`,
    bias,
    weights,
    fitted: { sets, facts: samples.length, documents: new Set(samples.map((s) => s.doc)).size, folds, cvEce: Number(cv.ece.toFixed(4)), l2, date },
  };
  return { model, cv };
}

export function writeCalibration(model: FittedCalibration, path: string): void {
  writeFileSync(path, JSON.stringify(model, null, 2) + '\n');
}
