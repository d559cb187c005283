import { readFileSync } from 'node:fs';
import { EXPECTED_PARTS } from '../../schemas/catalog.js';
import type { Fact, ReconciledDoc } from '../../schemas/types.js';
import { packagePath } from '../paths.js';
import { defineStage } from '../stage.js';

/** A logistic model over evidence features, kept in schemas/calibration.json. */
export interface CalibrationModel {
  version: string;
  bias: number;
  weights: Record<string, number>;
}

let model: CalibrationModel | undefined;

export function calibrationModel(): CalibrationModel {
  model ??= JSON.parse(readFileSync(packagePath('schemas', 'calibration.json'), 'utf8')) as CalibrationModel;
  return model;
}

/** What the evidence of a fact is read from; a fact read back from the store has these too. */
export type Evidence = Pick<Fact, 'id' | 'metric' | 'approx' | 'section' | 'features' | 'mentions' | 'table'>;

/** Evidence features of a fact, as numbers in [0, 1] (or -1..1), named as in the model's weights. */
export function evidenceVector(fact: Evidence, conflictFacts: ReadonlySet<string>): Record<string, number> {
  const vector: Record<string, number> = {};
  vector[`kind.${fact.features.extractorKind}`] = 1;
  if (typeof fact.features.specificity === 'number') vector.specificity = fact.features.specificity;
  vector.mentions = Math.min(1, ((fact.mentions?.length ?? 0) as number) / 2);
  if (fact.features.multiValue) vector.multiValue = 1;
  if (fact.approx !== 'exact') vector.approx = 1;
  if (fact.features.checkPassed) vector.checkPassed = 1;
  if (conflictFacts.has(fact.id)) vector.checkFailed = 1;
  // A cell read under both its row and its column header sits where the template puts it.
  if (fact.table?.rowLabel && fact.table.colLabel) vector.tableAligned = 1;
  const family = fact.metric?.split('.')[0];
  const expected = family ? EXPECTED_PARTS[family] : undefined;
  if (expected && fact.section && fact.section !== 'preamble') {
    if (expected.includes(fact.section)) vector.sectionFit = 1;
    else vector.sectionMismatch = 1;
  }
  return vector;
}

export function confidenceOf(vector: Record<string, number>, calibration: CalibrationModel = calibrationModel()): number {
  let z = calibration.bias;
  for (const [name, value] of Object.entries(vector)) z += (calibration.weights[name] ?? 0) * value;
  const p = 1 / (1 + Math.exp(-z));
  // Stored to three decimals, but never 1.000 or 0.000: no reading of a report is certain, and a
  // downstream filter on `confidence = 1` would trust a figure no one has checked.
  return Math.min(0.999, Math.max(0.001, Math.round(p * 1000) / 1000));
}

export const score = defineStage<ReconciledDoc, ReconciledDoc>(
  { name: 'score', version: '1', description: 'turn each fact\'s evidence into a calibrated confidence' },
  (doc) => {
    const calibration = calibrationModel();
    const inConflict = new Set(doc.conflicts.flatMap((c) => c.facts));
    return { ...doc, facts: doc.facts.map((fact) => ({ ...fact, confidence: confidenceOf(evidenceVector(fact, inConflict), calibration) })) };
  },
);
