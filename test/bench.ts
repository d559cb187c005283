/**
 * `npm run bench`: throughput and memory of the batch engine on a synthetic archive, against a
 * baseline that only reads the files and runs nodejieba on them. Not a test: it prints figures.
 *
 *   npm run bench                                   5,000 documents, --workers = number of cores
 *   npm run bench -- --docs 50000 --workers 2
 *   npm run bench -- --archive /tmp/nb-archive      keep (and reuse) the generated archive there
 *   npm run bench -- --check                        exit 1 when a target is missed
 *   npm run bench -- --stages 500                   also: where one document's time goes, stage by stage
 *
 * Each phase runs in a fresh process of its own (this script with --phase), so neither the
 * archive's generation nor the other phase weighs on its memory. Peak RSS is that process's
 * high-water mark (VmHWM in /proc/self/status; elsewhere than Linux, RSS sampled every 50 ms):
 * the worker threads share the process, so it counts them, and jieba's dictionaries. CPU is the
 * process's user + system time, all threads: on a machine shared with other work it says more
 * than the wall clock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { sha256Of } from '../pipeline/01-ingest/read.js';
import { expandInputs } from '../pipeline/01-ingest/walk.js';
import { defaultWorkers, runPipeline } from '../pipeline/run.js';
import type { Stage } from '../pipeline/stage.js';
import type { PipelineResult } from '../schemas/types.js';
import { generateArchive } from './support/archive.js';

const TARGET_RATIO = 0.5;
const TARGET_RSS_MB = 400;

interface Options {
  docs: number;
  workers: number;
  archive?: string;
  check: boolean;
  /** Documents sampled for the per-stage profile; 0 skips it. */
  stages: number;
  phase?: PhaseName;
}

type PhaseName = 'pipeline' | 'baseline' | 'stages';
const PHASES: readonly PhaseName[] = ['pipeline', 'baseline', 'stages'];

function parse(argv: string[]): Options {
  const options: Options = { docs: 5000, workers: defaultWorkers(), check: false, stages: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--docs') options.docs = Number(argv[++i]);
    else if (arg === '--workers') options.workers = Number(argv[++i]);
    else if (arg === '--archive') options.archive = argv[++i];
    else if (arg === '--check') options.check = true;
    else if (arg === '--stages') options.stages = Number(argv[++i]);
    else if (arg === '--phase' && PHASES.includes(argv[i + 1] as PhaseName)) options.phase = argv[++i] as PhaseName;
    else throw new Error(`bench: unknown argument ${arg} (use --docs N, --workers N, --archive DIR, --check, --stages N)`);
  }
  if (!Number.isInteger(options.docs) || options.docs < 1) throw new Error('bench: --docs needs a whole number above 0');
  if (!Number.isInteger(options.workers) || options.workers < 0) throw new Error('bench: --workers needs a whole number');
  if (!Number.isInteger(options.stages) || options.stages < 0) throw new Error('bench: --stages needs a whole number');
  return options;
}

/** This process's resident memory now and at its peak, in MB, and what was going on at the sampled peak. */
class MemoryWatch {
  private sampled = 0;
  /** Set by the phase as it goes; kept with the highest sample. */
  stage = 'start';
  peakStage = 'start';
  private readonly procfs = existsSync('/proc/self/status');
  private readonly timer = setInterval(() => {
    const rss = this.rss();
    if (rss > this.sampled) [this.sampled, this.peakStage] = [rss, this.stage];
  }, 50);

  peak(): number {
    clearInterval(this.timer);
    return Math.max(this.sampled, this.rss(), this.procfs ? this.status('VmHWM') : 0);
  }

  rss(): number {
    return this.procfs ? this.status('VmRSS') : process.memoryUsage().rss / 1048576;
  }

  private status(field: string): number {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  }
}

interface Phase {
  name: string;
  documents: number;
  bytes: number;
  seconds: number;
  /** CPU time of the whole process (every thread), in seconds. */
  cpuSeconds: number;
  peakRssMb: number;
  note: string;
}

function measured(started: number, cpu: NodeJS.CpuUsage): { seconds: number; cpuSeconds: number } {
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function pipelinePhase(folder: string, workers: number): Promise<Phase> {
  const memory = new MemoryWatch();
  const db = join(folder, '..', `nianbao-bench-${process.pid}.sqlite`);
  const checkpoints = [0.1, 0.5, 0.9];
  const rssAt: string[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await runPipeline({
    inputs: [folder],
    db,
    workers,
    onProgress: (p) => {
      memory.stage = `${Math.floor((p.done / p.total) * 100)}% of the documents`;
      if (checkpoints.length && p.done >= checkpoints[0] * p.total) rssAt.push(`${Math.round(checkpoints.shift()! * 100)}%: ${memory.rss().toFixed(0)} MB`);
    },
  });
  memory.stage = 'closing';
  const time = measured(started, cpu);
  const peakRssMb = memory.peak();
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const failed = summary.failed ? `; ${summary.failed} failed, first: ${summary.failures[0]?.path} ${summary.failures[0]?.error}` : '';
  return {
    name: `pipeline (--workers ${workers})`,
    documents: summary.ok + summary.failed,
    bytes: summary.bytes,
    ...time,
    peakRssMb,
    note: `RSS at ${rssAt.join(', ')}; highest sample at ${memory.peakStage}; ${summary.facts} facts${failed}`,
  };
}

function baselinePhase(folder: string): Phase {
  const memory = new MemoryWatch();
  const files = expandInputs([folder]).files;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  let words = 0;
  const utf8 = new TextDecoder('utf-8');
  const gbk = new TextDecoder('gbk');
  for (const path of files) {
    const data = readFileSync(path);
    bytes += data.byteLength;
    words += nodejieba.cut((path.includes('.gbk.') ? gbk : utf8).decode(data), true).length;
  }
  return { name: 'baseline (read + nodejieba.cut)', documents: files.length, bytes, ...measured(started, cpu), peakRssMb: memory.peak(), note: `${words} words` };
}

/** Milliseconds per document, by stage (and the write), of English and of Chinese reports. */
type StageProfile = Record<'zh' | 'en', { documents: number; ms: Record<string, number> }>;

/**
 * One thread, no pool: every stage of a sample of the archive's documents timed on its own, and
 * the write into a fresh database. It says where a document's time goes, which the pipeline
 * phase, spread over threads, cannot.
 */
async function stagesPhase(folder: string, sample: number): Promise<StageProfile> {
  const { STAGES } = await import('../pipeline/stages.js');
  const { Store } = await import('../output/store.js');
  const { storable } = await import('../pipeline/engine/storable.js');
  const files = expandInputs([folder]).files;
  const step = Math.max(1, Math.floor(files.length / sample));
  const picked = files.filter((_, i) => i % step === 0).slice(0, sample);
  const db = join(folder, '..', `nianbao-bench-stages-${process.pid}.sqlite`);
  const store = Store.open(db);
  const profile: StageProfile = { zh: { documents: 0, ms: {} }, en: { documents: 0, ms: {} } };
  const timeDocument = (path: string, record: boolean) => {
    const bytes = readFileSync(path);
    const spent: Record<string, number> = {};
    let value: unknown = { path, bytes, sha256: sha256Of(bytes) };
    for (const stage of STAGES) {
      const started = performance.now();
      value = (stage as Stage<unknown, unknown>).run(value, {});
      spent[stage.name] = performance.now() - started;
    }
    const doc = value as PipelineResult;
    const started = performance.now();
    store.writeDocument(storable(doc), 1, 'bench');
    spent.write = performance.now() - started;
    if (!record || doc.status !== 'ok') return;
    const language = doc.metadata.language === 'en' ? profile.en : profile.zh;
    language.documents++;
    for (const [name, ms] of Object.entries(spent)) language.ms[name] = (language.ms[name] ?? 0) + ms;
  };
  try {
    store.beginRun({ bench: 'stages' }, 'bench');
    // The first documents pay for loading jieba and compiling the rules.
    for (const path of picked.slice(0, 20)) timeDocument(path, false);
    for (const path of picked) timeDocument(path, true);
  } finally {
    store.close();
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  }
  for (const language of Object.values(profile)) for (const name of Object.keys(language.ms)) language.ms[name] /= Math.max(1, language.documents);
  return profile;
}

/** Wider than the longest stage name (normalize, reconcile), so that names never run together. */
const STAGE_COLUMN = 11;

function printStages(profile: StageProfile): void {
  const names = Object.keys(profile.zh.ms).length ? Object.keys(profile.zh.ms) : Object.keys(profile.en.ms);
  console.log('');
  console.log('where a document\'s time goes (one thread, ms per document):');
  console.log(`  ${''.padEnd(20)} ${names.map((n) => n.padStart(STAGE_COLUMN)).join('')}${'total'.padStart(STAGE_COLUMN)}`);
  for (const [language, label] of [['zh', 'Chinese reports'], ['en', 'English reports']] as const) {
    const { documents, ms } = profile[language];
    if (!documents) continue;
    const total = names.reduce((sum, n) => sum + (ms[n] ?? 0), 0);
    console.log(`  ${`${label} (${documents})`.padEnd(20)} ${names.map((n) => (ms[n] ?? 0).toFixed(2).padStart(STAGE_COLUMN)).join('')}${total.toFixed(2).padStart(STAGE_COLUMN)}`);
  }
}

/** Runs one phase in a fresh process and reads its figures. */
function runPhase<T = Phase>(phase: PhaseName, folder: string, options: Pick<Options, 'workers' | 'stages'>): T {
  const args = ['--phase', phase, '--archive', folder, '--workers', String(options.workers), '--stages', String(options.stages)];
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench: the ${phase} phase failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as T;
}

function prepareArchive(options: Options): string {
  const folder = options.archive ?? mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const marker = join(folder, '.archive.json');
  if (existsSync(marker) && (JSON.parse(readFileSync(marker, 'utf8')) as { documents: number }).documents === options.docs) return folder;
  rmSync(folder, { recursive: true, force: true });
  const started = Date.now();
  const archive = generateArchive(folder, options.docs);
  writeFileSync(marker, JSON.stringify({ documents: archive.files.length, bytes: archive.bytes }));
  console.log(`generated ${archive.files.length} documents (${(archive.bytes / 1048576).toFixed(1)} MB) in ${folder} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return folder;
}

function row(phase: Phase): string {
  const rate = phase.documents / phase.seconds;
  const mbps = phase.bytes / 1048576 / phase.seconds;
  const cpuMs = (phase.cpuSeconds * 1000) / phase.documents;
  return `${phase.name.padEnd(34)} ${String(phase.documents).padStart(7)} docs ${phase.seconds.toFixed(1).padStart(7)} s ${rate.toFixed(0).padStart(6)} docs/s ${mbps.toFixed(2).padStart(6)} MB/s ${cpuMs.toFixed(2).padStart(6)} ms CPU/doc  peak RSS ${phase.peakRssMb.toFixed(0).padStart(4)} MB`;
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  if (options.phase) {
    if (!options.archive) throw new Error('bench: --phase needs --archive');
    const phase =
      options.phase === 'pipeline' ? await pipelinePhase(options.archive, options.workers)
      : options.phase === 'baseline' ? baselinePhase(options.archive)
      : await stagesPhase(options.archive, options.stages);
    process.stdout.write(JSON.stringify(phase));
    return 0;
  }
  const folder = prepareArchive(options);
  const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`${cpus().length} cores, load average ${load()}`);
  const pipeline = runPhase('pipeline', folder, options);
  const baseline = runPhase('baseline', folder, options);
  const ratio = pipeline.documents / pipeline.seconds / (baseline.documents / baseline.seconds);
  const cpuRatio = baseline.cpuSeconds / baseline.documents / (pipeline.cpuSeconds / pipeline.documents);
  console.log('');
  console.log(row(pipeline));
  console.log(`  ${pipeline.note}`);
  console.log(row(baseline));
  console.log(`  ${baseline.note}`);
  console.log('');
  const ratioMet = ratio >= TARGET_RATIO;
  const rssMet = pipeline.peakRssMb < TARGET_RSS_MB;
  console.log(`throughput ratio pipeline/baseline: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO} with --workers 2: ${ratioMet ? 'met' : 'MISSED'})`);
  console.log(`  CPU per document, baseline/pipeline: ${cpuRatio.toFixed(2)} (what the ratio would be with one core each)`);
  console.log(`pipeline peak RSS: ${pipeline.peakRssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB: ${rssMet ? 'met' : 'MISSED'})`);
  if (options.stages > 0) printStages(runPhase<StageProfile>('stages', folder, options));
  console.log(`load average at the end ${load()}`);
  if (!options.archive) rmSync(folder, { recursive: true, force: true });
  return options.check && !(ratioMet && rssMet) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
