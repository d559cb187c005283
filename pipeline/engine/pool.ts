import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { StorableDoc } from '../../output/store.js';
import type { SourceFile } from '../01-ingest/read.js';
import type { StageOptions } from '../stage.js';
import { EngineError } from './errors.js';
import { threadScript } from './scripts.js';
import { storable } from './storable.js';
import { CutService, type TokenizerChannel } from './tokenizer.js';
import { tuneV8ForWorkerPool } from './v8-tuning.js';

/** Runs every stage on a file's bytes, somewhere. `process` never rejects for a document's sake. */
export interface DocumentProcessor {
  /** The pipeline version of the code that processes the documents. */
  readonly pipelineVersion: string;
  /** Documents it works on at once, queued ones included, before a new one has to wait. */
  readonly capacity: number;
  process(source: SourceFile): Promise<StorableDoc>;
  close(): Promise<void>;
}

export interface WorkerTask {
  id: number;
  source: SourceFile;
}

export type WorkerMessage = { kind: 'ready'; pipelineVersion: string } | { kind: 'result'; id: number; result: StorableDoc };

/**
 * workers = 0 runs the stages in this thread; otherwise a pool of that many worker threads.
 * Resolves once the workers are ready.
 */
export async function startProcessor(workers: number, stageOptions: StageOptions, script?: URL): Promise<DocumentProcessor> {
  return workers === 0 ? InThreadProcessor.start(stageOptions) : WorkerPool.start(workers, stageOptions, script);
}

class InThreadProcessor implements DocumentProcessor {
  readonly capacity = 1;

  private constructor(
    private readonly stages: typeof import('../stages.js'),
    private readonly options: StageOptions,
  ) {}

  // The stages load only here and in workers: the main thread of a pool keeps its memory small.
  static async start(options: StageOptions): Promise<InThreadProcessor> {
    return new InThreadProcessor(await import('../stages.js'), options);
  }

  get pipelineVersion(): string {
    return this.stages.pipelineVersion();
  }

  async process(source: SourceFile): Promise<StorableDoc> {
    return storable(this.stages.processSource(source, this.options));
  }

  async close(): Promise<void> {}
}

interface Pending extends WorkerTask {
  resolve(result: StorableDoc): void;
}

interface Slot {
  worker: Worker;
  channel: TokenizerChannel;
  /** Sent to this worker, oldest first: the first is being processed. */
  assigned: Pending[];
  lastError?: Error;
}

/** Documents sent ahead to each worker, so it never idles while the main thread writes. */
const DEPTH = 2;
/**
 * Heap limits make V8 collect early: with its default limits each worker's heap swells to 50-90
 * MB of garbage before a full collection, while the live set is about 20 MB. The stages need 15
 * to 80 times a document's size in heap, so a document above LARGE_DOCUMENT_BYTES, or one that
 * ran a worker out of memory, gets a worker of its own with V8's default limits, ended after it.
 * The young generation is not the smallest that works: a document allocates about 6 MB on
 * average (an English one several times that), and with 4 MB V8 scavenged so often, promoting
 * each document's working records to the old generation, that collection cost about a sixth of
 * the run's CPU; 8 MB costs some 10 MB of RSS per worker. 16 MB ran some 8% more documents per
 * second but took the 50,000-document benchmark's peak RSS from 362 to 381 MB, too near its
 * 400 MB target. The old generation's limit barely moves RSS (V8 collects long before it): it
 * only has to hold the largest pooled document.
 */
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };
const LARGE_DOCUMENT_WORKER_LIMITS: ResourceLimits = {};
export const LARGE_DOCUMENT_BYTES = 512 * 1024;

/**
 * A pool of worker threads running processSource; jieba runs in a tokenizer thread for all of
 * them (see tokenizer.ts). A worker that runs out of memory hands its document to a worker of its
 * own; one that crashes fails only the document it was processing, as E_WORKER. Either way it is
 * replaced, and the documents queued behind it go to other workers.
 */
class WorkerPool implements DocumentProcessor {
  private readonly waiting: Pending[] = [];
  private readonly slots: Slot[] = [];
  /** Workers of one large document each. */
  private readonly alone = new Set<Slot>();
  private nextId = 1;
  private closed = false;
  /** Set when no worker can start any more. */
  private broken?: EngineError;
  readonly capacity: number;
  pipelineVersion = '';

  private constructor(
    private readonly stageOptions: StageOptions,
    private readonly script: URL,
    private readonly cuts: CutService,
    size: number,
  ) {
    this.capacity = size * DEPTH;
  }

  /** `script` is the worker's module: the compiled worker.ts unless a test puts another in its place. */
  static async start(size: number, stageOptions: StageOptions, script: URL = threadScript('worker')): Promise<WorkerPool> {
    tuneV8ForWorkerPool();
    const pool = new WorkerPool(stageOptions, script, await CutService.start(), size);
    // Every start is awaited: a worker still starting when another failed would otherwise be
    // left running, unowned, and keep the process from exiting.
    const started = await Promise.allSettled(Array.from({ length: size }, () => pool.startWorker(WORKER_LIMITS)));
    for (const start of started) if (start.status === 'fulfilled') pool.slots.push(start.value);
    const failure = started.find((start): start is PromiseRejectedResult => start.status === 'rejected');
    if (failure) {
      await pool.close();
      throw failure.reason;
    }
    return pool;
  }

  process(source: SourceFile): Promise<StorableDoc> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve) => {
      const task = { id: this.nextId++, source, resolve };
      if (source.bytes.byteLength > LARGE_DOCUMENT_BYTES) this.processAlone(task);
      else {
        this.waiting.push(task);
        this.dispatch();
      }
    });
  }

  /** A large document: a worker of its own, with room for it, ended afterwards. */
  private processAlone(task: Pending): void {
    this.startWorker(LARGE_DOCUMENT_WORKER_LIMITS, true).then(
      (slot) => {
        if (this.closed) {
          void slot.worker.terminate();
          return;
        }
        this.alone.add(slot);
        slot.assigned.push(task);
        slot.worker.postMessage({ id: task.id, source: task.source } satisfies WorkerTask);
      },
      (error: Error) => task.resolve(workerFailure(task.source, error)),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.cuts.close(), ...[...this.slots, ...this.alone].map((slot) => slot.worker.terminate())]);
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot: Slot | undefined;
      for (const candidate of this.slots) if (candidate.assigned.length < DEPTH && (!slot || candidate.assigned.length < slot.assigned.length)) slot = candidate;
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.assigned.push(task);
      // Copied, not transferred: if this worker dies, the documents queued behind the one it was
      // processing go to another worker with their bytes.
      slot.worker.postMessage({ id: task.id, source: task.source } satisfies WorkerTask);
    }
  }

  private startWorker(resourceLimits: ResourceLimits, oneDocument = false): Promise<Slot> {
    const channel = this.cuts.connect();
    const worker = new Worker(this.script, {
      workerData: { channel, stageOptions: this.stageOptions },
      transferList: [channel.port],
      resourceLimits,
    });
    const slot: Slot = { worker, channel, assigned: [] };
    return new Promise((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          ready = true;
          this.pipelineVersion = message.pipelineVersion;
          resolve(slot);
          return;
        }
        const index = slot.assigned.findIndex((task) => task.id === message.id);
        if (index < 0) return;
        const [task] = slot.assigned.splice(index, 1);
        task.resolve(message.result);
        if (oneDocument) {
          this.alone.delete(slot);
          void worker.terminate();
        } else this.dispatch();
      });
      worker.on('error', (error) => {
        slot.lastError = error;
      });
      worker.on('exit', (code) => {
        this.cuts.disconnect(channel);
        if (!ready) reject(slot.lastError ?? new Error(`a worker thread exited while starting (code ${code})`));
        else if (oneDocument) {
          this.alone.delete(slot);
          for (const task of slot.assigned.splice(0)) task.resolve(workerFailure(task.source, slot.lastError));
        } else this.replace(slot);
      });
    });
  }

  /** A worker died: the document it was processing fails, the ones queued behind it wait for its successor. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return;
    this.slots.splice(index, 1);
    const [culprit, ...queued] = slot.assigned;
    this.waiting.unshift(...queued);
    if (culprit && isOutOfMemory(slot.lastError)) this.processAlone(culprit);
    else if (culprit) culprit.resolve(workerFailure(culprit.source, slot.lastError));
    this.startWorker(WORKER_LIMITS).then(
      (successor) => {
        if (this.closed) void successor.worker.terminate();
        else this.slots.push(successor);
        this.dispatch();
      },
      (error: Error) => {
        if (this.slots.length > 0) return;
        // No worker left and none can start: the documents waiting are left for the next run.
        this.broken = new EngineError('E_NO_WORKERS', `worker threads cannot start any more (${error.message})`);
        for (const task of this.waiting.splice(0)) task.resolve(workerFailure(task.source, error));
      },
    );
  }
}

const isOutOfMemory = (error: Error | undefined) => (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

function workerFailure(source: SourceFile, error: Error | undefined): StorableDoc {
  const failure = { path: source.path, sha256: source.sha256, bytes: source.bytes.byteLength, status: 'failed' as const, stage: 'engine', messages: [] };
  // Only a worker of its own runs out of memory here (see replace): trying again would not help.
  if (isOutOfMemory(error)) {
    return { ...failure, errorCode: 'E_TOO_LARGE', error: 'processing this document needs more memory than a thread may have: split it into smaller files' };
  }
  return {
    ...failure,
    errorCode: 'E_WORKER',
    error: `the worker thread stopped while processing this document (${error?.message ?? 'it exited'}); it is retried on the next run`,
  };
}
