import { readFileSync, writeFileSync } from 'node:fs';
import { readFactEvidence } from '../../output/evidence.js';
import { Store } from '../../output/store.js';
import { choosePriorSigma, fitLogistic, PRIOR_SIGMAS, type CrossValidation, type Sample, type Scored, type SigmaTrial } from '../../pipeline/08-score/fit.js';
import { evidenceVector, type CalibrationModel } from '../../pipeline/08-score/index.js';
import { packagePath } from '../../pipeline/paths.js';
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

/** The hand-set prior the fit is centred on (schemas/calibration-prior.json). */
export function priorModel(path = packagePath('schemas', 'calibration-prior.json')): CalibrationModel {
  return JSON.parse(readFileSync(path, 'utf8')) as CalibrationModel;
}

const round4 = (x: number) => Number(x.toFixed(4));

export interface FittedCalibration extends CalibrationModel {
  note: string;
  fitted: {
    sets: string[];
    facts: number;
    wrong: number;
    documents: number;
    folds: number;
    /** The model the Gaussian prior is centred on, and the sigma the cross-validation chose. */
    prior: { version: string; sigma: number };
    /** Out-of-fold log loss and ECE for every sigma tried. */
    sigmas: { sigma: number; cvLogLoss: number; cvEce: number }[];
    cvLogLoss: number;
    cvEce: number;
    /** Out-of-fold figures of each fold at the chosen sigma. */
    perFold: { fold: number; documents: number; facts: number; wrong: number; ece: number; logLoss: number }[];
    date: string;
  };
}

/**
 * Fits the confidence model on labelled facts as a MAP estimate with a Gaussian prior centred on
 * the hand-set prior: the prior's sigma is chosen by k-fold cross-validated log loss (folds by
 * document), then one fit on every fact at that sigma gives the weights that are kept.
 */
export function fitCalibration(
  samples: readonly Sample[],
  sets: string[],
  options: { folds?: number; prior?: CalibrationModel; sigmas?: readonly number[] } = {},
): { model: FittedCalibration; cv: CrossValidation; trials: SigmaTrial[] } {
  const folds = options.folds ?? 5;
  const prior = options.prior ?? priorModel();
  const { sigma, trials } = choosePriorSigma(samples, prior, folds, options.sigmas ?? PRIOR_SIGMAS);
  const cv = trials.find((t) => t.sigma === sigma)!.cv;
  const { bias, weights } = fitLogistic(samples, { prior: { model: prior, sigma } });
  const date = new Date().toISOString().slice(0, 10);
  const wrong = samples.filter((s) => !s.correct).length;
  const model: FittedCalibration = {
    version: `fit-${date}-${sets.join('+')}-${samples.length}`,
    note:
      `Logistic model of P(fact is right | evidence), fitted by \`npm run eval -- --fit${sets.join(',') === 'dev' ? '' : ` --fit-sets ${sets.join(',')}`}\` ` +
      `on ${sets.join(', ')} gold (${samples.length} facts, ${wrong} wrong) as a MAP estimate with a Gaussian prior of sigma ${sigma} ` +
      `centred on ${prior.version} (schemas/calibration-prior.json); sigma chosen by ${folds}-fold cross-validated log loss by document ` +
      `(${cv.logLoss.toFixed(4)}, ECE ${cv.ece.toFixed(4)}).`,
    bias,
    weights,
    fitted: {
      sets,
      facts: samples.length,
      wrong,
      documents: new Set(samples.map((s) => s.doc)).size,
      folds,
      prior: { version: prior.version, sigma },
      sigmas: trials.map((t) => ({ sigma: t.sigma, cvLogLoss: round4(t.cv.logLoss), cvEce: round4(t.cv.ece) })),
      cvLogLoss: round4(cv.logLoss),
      cvEce: round4(cv.ece),
      perFold: cv.perFold.map((f) => ({ ...f, ece: round4(f.ece), logLoss: round4(f.logLoss) })),
      date,
    },
  };
  return { model, cv, trials };
}

export function writeCalibration(model: FittedCalibration, path: string): void {
  writeFileSync(path, JSON.stringify(model, null, 2) + '\n');
}
