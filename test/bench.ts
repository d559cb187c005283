/**
 * `npm run bench`: throughput and memory of the batch engine on a synthetic archive, against a
 * baseline that only reads the files and runs nodejieba on them. Not a test: it prints figures.
 *
 *   npm run bench                                   5,000 documents, --workers = number of cores
 *   npm run bench -- --docs 50000 --workers 2
 *   npm run bench -- --archive /tmp/nb-archive      keep (and reuse) the generated archive there
 *   npm run bench -- --check                        exit 1 when a target is missed
 *
 * Peak RSS is the whole process's high-water mark (VmHWM in /proc/self/status): worker and
 * tokenizer threads share the process, so it includes them. It is reset before each phase
 * (`5` written to /proc/self/clear_refs); the pipeline runs first so the baseline's jieba, which
 * this thread keeps, does not count against it. Elsewhere than Linux, RSS is sampled every 50 ms.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { defaultWorkers, runPipeline } from '../pipeline/run.js';
import { generateArchive, type Archive } from './support/archive.js';

const TARGET_RATIO = 0.5;
const TARGET_RSS_MB = 400;

interface Options {
  docs: number;
  workers: number;
  archive?: string;
  check: boolean;
}

function parse(argv: string[]): Options {
  const options: Options = { docs: 5000, workers: defaultWorkers(), check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--docs') options.docs = Number(argv[++i]);
    else if (arg === '--workers') options.workers = Number(argv[++i]);
    else if (arg === '--archive') options.archive = argv[++i];
    else if (arg === '--check') options.check = true;
    else throw new Error(`bench: unknown argument ${arg} (use --docs N, --workers N, --archive DIR, --check)`);
  }
  if (!Number.isInteger(options.docs) || options.docs < 1) throw new Error('bench: --docs needs a whole number above 0');
  if (!Number.isInteger(options.workers) || options.workers < 0) throw new Error('bench: --workers needs a whole number');
  return options;
}

/** The process's resident memory, and its peak since the last reset, in MB. */
class MemoryWatch {
  private sampled = 0;
  private timer?: NodeJS.Timeout;
  private readonly procfs = existsSync('/proc/self/status');

  start(): void {
    if (this.procfs) {
      try {
        writeFileSync('/proc/self/clear_refs', '5');
      } catch {
        // Without the reset the high-water mark covers the whole process so far (stated in the output).
      }
    }
    this.sampled = this.rss();
    this.timer = setInterval(() => (this.sampled = Math.max(this.sampled, this.rss())), 50);
  }

  stop(): number {
    clearInterval(this.timer);
    return Math.max(this.sampled, this.procfs ? this.status('VmHWM') : 0);
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
  note?: string;
}

const cpuSecondsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

function prepareArchive(options: Options): Archive {
  const folder = options.archive ?? mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const marker = join(folder, '.archive.json');
  if (existsSync(marker)) {
    const archive = JSON.parse(readFileSync(marker, 'utf8')) as Archive;
    if (archive.files.length === options.docs) return archive;
    rmSync(folder, { recursive: true, force: true });
  }
  const started = Date.now();
  const archive = generateArchive(folder, options.docs);
  writeFileSync(marker, JSON.stringify(archive));
  console.log(`generated ${archive.files.length} documents (${(archive.bytes / 1048576).toFixed(1)} MB) in ${folder} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return archive;
}

async function pipelinePhase(archive: Archive, workers: number, memory: MemoryWatch): Promise<Phase> {
  const db = join(archive.folder, '..', `nianbao-bench-${process.pid}.sqlite`);
  const checkpoints = [0.1, 0.5, 0.9];
  const rssAt: string[] = [];
  memory.start();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await runPipeline({
    inputs: [archive.folder],
    db,
    workers,
    onProgress: (p) => {
      if (checkpoints.length && p.done >= checkpoints[0] * p.total) rssAt.push(`${Math.round(checkpoints.shift()! * 100)}%: ${memory.rss().toFixed(0)} MB`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  const peakRssMb = memory.stop();
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  if (summary.failed > 0) console.log(`note: ${summary.failed} documents failed, first: ${summary.failures[0]?.path} ${summary.failures[0]?.error}`);
  return {
    name: `pipeline (--workers ${workers})`,
    documents: summary.ok + summary.failed,
    bytes: summary.bytes,
    seconds,
    cpuSeconds,
    peakRssMb,
    note: `RSS at ${rssAt.join(', ')}; ${summary.facts} facts`,
  };
}

function baselinePhase(archive: Archive, memory: MemoryWatch): Phase {
  memory.start();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  let words = 0;
  const utf8 = new TextDecoder('utf-8');
  const gbk = new TextDecoder('gbk');
  for (const path of archive.files) {
    const data = readFileSync(path);
    bytes += data.byteLength;
    words += nodejieba.cut((path.includes('.gbk.') ? gbk : utf8).decode(data), true).length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { name: 'baseline (read + nodejieba.cut)', documents: archive.files.length, bytes, seconds, cpuSeconds: cpuSecondsSince(cpu), peakRssMb: memory.stop(), note: `${words} words` };
}

function row(phase: Phase): string {
  const rate = phase.documents / phase.seconds;
  const mbps = phase.bytes / 1048576 / phase.seconds;
  const cpuMs = (phase.cpuSeconds * 1000) / phase.documents;
  return `${phase.name.padEnd(34)} ${String(phase.documents).padStart(7)} docs ${phase.seconds.toFixed(1).padStart(7)} s ${rate.toFixed(0).padStart(6)} docs/s ${mbps.toFixed(2).padStart(6)} MB/s ${cpuMs.toFixed(2).padStart(6)} ms CPU/doc  peak RSS ${phase.peakRssMb.toFixed(0).padStart(4)} MB`;
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  const archive = prepareArchive(options);
  const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`${cpus().length} cores, load average ${load()} (other processes slow both phases alike only if steady)`);
  const memory = new MemoryWatch();
  const pipeline = await pipelinePhase(archive, options.workers, memory);
  const baseline = baselinePhase(archive, memory);
  const ratio = pipeline.documents / pipeline.seconds / (baseline.documents / baseline.seconds);
  console.log('');
  console.log(row(pipeline));
  console.log(`  ${pipeline.note}`);
  console.log(row(baseline));
  console.log(`  ${baseline.note}`);
  console.log('');
  const ratioMet = ratio >= TARGET_RATIO;
  const rssMet = pipeline.peakRssMb < TARGET_RSS_MB;
  console.log(`throughput ratio pipeline/baseline: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO} with --workers 2: ${ratioMet ? 'met' : 'MISSED'})`);
  console.log(`pipeline peak RSS: ${pipeline.peakRssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB: ${rssMet ? 'met' : 'MISSED'})`);
  console.log(`load average at the end ${load()}`);
  if (!options.archive) rmSync(archive.folder, { recursive: true, force: true });
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
