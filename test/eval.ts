/**
 * `npm run eval`: runs the pipeline on every set under ../shared/corpus that has texts/ and
 * gold/, exports JSONL, scores each set with ../shared/tools/score.mjs and prints its figures.
 *
 *   npm run eval                      all sets
 *   npm run eval -- --set dev         one set
 *   npm run eval -- --verbose         also the scorer's list of misses and extras
 *   npm run eval -- --out DIR         keep each set's database and JSONL in DIR
 *   npm run eval -- --fit             fit schemas/calibration.json on the dev gold (k-fold CV by document)
 *   npm run eval -- --fit-out FILE    fit, but write the model to FILE instead
 *
 * After each set's scores it prints a reliability table: for ten confidence bins, how many facts,
 * their mean confidence and the share gold confirms (the scorer's ECE is computed from the same).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportRecords } from '../output/export.js';
import { Store } from '../output/store.js';
import { formatReliability, reliability, type Sample } from '../pipeline/08-score/fit.js';
import { packagePath, packageRoot } from '../pipeline/paths.js';
import { runPipeline } from '../pipeline/run.js';
import { fitCalibration, labelledFacts, writeCalibration } from './support/calibration.js';

interface Options {
  sets: string[];
  verbose: boolean;
  out?: string;
  /** Where to write a fitted calibration model; undefined when not fitting. */
  fitOut?: string;
}

/** The set the confidence model is fitted on; the others measure it. */
const FIT_SET = 'dev';

function parse(argv: string[]): Options {
  const options: Options = { sets: [], verbose: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--set') options.sets.push(argv[++i]);
    else if (argv[i] === '--verbose') options.verbose = true;
    else if (argv[i] === '--out') options.out = argv[++i];
    else if (argv[i] === '--fit') options.fitOut = packagePath('schemas', 'calibration.json');
    else if (argv[i] === '--fit-out') options.fitOut = resolve(argv[++i]);
    else throw new Error(`eval: unknown argument ${argv[i]} (use --set NAME, --verbose, --out DIR, --fit, --fit-out FILE)`);
  }
  return options;
}

export function sharedRoot(): string {
  return resolve(packageRoot(), '..', 'shared');
}

export interface EvaluationSet {
  name: string;
  texts: string;
  gold: string;
}

/**
 * Sets under ../shared/corpus with both texts/ and gold/, then the project's own held-out sets:
 * test/heldout (written blind, measured once at f55d2b0 and since used to diagnose misses, so no
 * longer blind) and test/heldout2 (written blind on 2026-11-22; its README says when it was first
 * measured and whether it has been used for anything since).
 */
export function evaluationSets(): EvaluationSet[] {
  const corpus = join(sharedRoot(), 'corpus');
  const shared = existsSync(corpus)
    ? readdirSync(corpus)
        .filter((name) => existsSync(join(corpus, name, 'texts')) && existsSync(join(corpus, name, 'gold')))
        .sort()
        .map((name) => ({ name, texts: join(corpus, name, 'texts'), gold: join(corpus, name, 'gold') }))
    : [];
  const blind = ['heldout', 'heldout2'].map((name) => {
    const folder = packagePath('test', name);
    return { name, texts: join(folder, 'texts'), gold: join(folder, 'gold') };
  });
  return [...shared, ...blind];
}

export interface SetRun {
  set: string;
  db: string;
  jsonl: string;
}

/** Runs one set into a fresh database and exports it. */
export async function runSet(set: EvaluationSet, dir: string): Promise<SetRun> {
  const db = join(dir, `${set.name}.sqlite`);
  const jsonl = join(dir, `${set.name}.jsonl`);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  await runPipeline({ inputs: [set.texts], db, force: true });
  const store = Store.open(db, { readonly: true });
  try {
    await exportRecords(store, { format: 'jsonl', out: jsonl });
  } finally {
    store.close();
  }
  return { set: set.name, db, jsonl };
}

export function score(set: EvaluationSet, jsonl: string, extra: string[] = []): { status: number; stdout: string; stderr: string } {
  const scorer = join(sharedRoot(), 'tools', 'score.mjs');
  const result = spawnSync(process.execPath, [scorer, '--gold', set.gold, '--pred', jsonl, ...extra], { encoding: 'utf8' });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  if (!existsSync(join(sharedRoot(), 'tools', 'score.mjs'))) {
    console.error(`eval: the scorer ${join(sharedRoot(), 'tools', 'score.mjs')} is missing (it needs ../shared beside the project)`);
    return 2;
  }
  const available = evaluationSets();
  const names = available.map((s) => s.name);
  for (const name of options.sets) if (!names.includes(name)) throw new Error(`eval: no set "${name}"; available: ${names.join(', ')}`);
  const sets = options.sets.length ? available.filter((s) => options.sets.includes(s.name)) : available;
  const dir = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), 'nianbao-eval-'));
  mkdirSync(dir, { recursive: true });
  if (options.fitOut && !sets.some((s) => s.name === FIT_SET)) throw new Error(`eval: --fit needs the ${FIT_SET} set`);
  let failed = false;
  let fitSamples: Sample[] = [];
  try {
    for (const set of sets) {
      const started = Date.now();
      const { db, jsonl } = await runSet(set, dir);
      const result = score(set, jsonl, options.verbose ? ['--verbose'] : []);
      console.log(`\n=== ${set.name} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
      process.stdout.write(result.stdout);
      if (result.status !== 0) {
        failed = true;
        process.stderr.write(result.stderr);
      }
      const facts = labelledFacts(db, set.gold);
      console.log(formatReliability(reliability(facts)));
      if (set.name === FIT_SET) fitSamples = facts;
    }
    if (options.fitOut) {
      const { model, cv } = fitCalibration(fitSamples, [FIT_SET]);
      console.log(`\n=== calibration fit on ${FIT_SET} (${model.fitted.facts} facts, ${model.fitted.documents} documents) ===`);
      console.log(formatReliability(reliability(cv.heldOut), `held-out reliability, ${cv.folds}-fold by document`));
      writeCalibration(model, options.fitOut);
      console.log(`model ${model.version} written to ${options.fitOut}; run \`npm run eval\` again to measure it on every set`);
    }
  } finally {
    if (!options.out) rmSync(dir, { recursive: true, force: true });
    else console.log(`\noutputs kept in ${dir}`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join('test', 'eval.js'))) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error((error as Error).message);
      process.exitCode = 2;
    },
  );
}
