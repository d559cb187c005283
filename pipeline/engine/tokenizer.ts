import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { cutPieces } from '../03-segment/jieba.js';
import { DocumentError, type WordCutter } from '../stage.js';
import { threadScript } from './scripts.js';

/**
 * One jieba for the whole pool, in a thread of its own. jieba's dictionaries hold some 55 MB, so
 * instead of one per worker, the tokenizer thread owns them and workers call it synchronously: a
 * worker posts its pieces on its own channel and sleeps on a shared flag (Atomics.wait) until
 * the tokenizer has posted the answer, which it then takes with receiveMessageOnPort.
 *
 * Why not the main thread, which is otherwise mostly waiting: it also reads the files and
 * commits every document, and a worker's request waited behind those; measured on two cores, a
 * worker spent a fifth of its time waiting for about 1.5 ms of cutting (9 ms per request).
 */

/** A worker's end of its line to the tokenizer. */
export interface TokenizerChannel {
  port: MessagePort;
  /** [0] answers posted so far; [1] 1 once the tokenizer no longer answers. */
  flags: Int32Array;
}

const ANSWERS = 0;
const STOPPED = 1;

interface TokenizerRequest {
  seq: number;
  pieces: readonly string[];
}

/** Every piece's token ends, packed (counts[i] ends for piece i), or why jieba failed. */
type TokenizerReply = { seq: number } & ({ counts: Uint32Array; ends: Uint32Array } | { error: string });

/** What the pool tells the tokenizer thread: answer a new channel, or stop answering one. */
export type TokenizerCommand = { kind: 'connect'; id: number; port: MessagePort; flags: Int32Array } | { kind: 'disconnect'; id: number };

function answer({ seq, pieces }: TokenizerRequest): TokenizerReply {
  try {
    const cut = cutPieces(pieces);
    const counts = Uint32Array.from(cut, (ends) => ends.length);
    const ends = new Uint32Array(counts.reduce((sum, n) => sum + n, 0));
    let at = 0;
    for (const piece of cut) {
      ends.set(piece, at);
      at += piece.length;
    }
    return { seq, counts, ends };
  } catch (error) {
    return { seq, error: (error as Error)?.message ?? String(error) };
  }
}

/** In the tokenizer thread: answers every request that arrives on `port`. */
export function answerRequests(port: MessagePort, flags: Int32Array): void {
  port.on('message', (request: TokenizerRequest) => {
    const reply = answer(request);
    port.postMessage(reply, 'ends' in reply ? [reply.counts.buffer as ArrayBuffer, reply.ends.buffer as ArrayBuffer] : []);
    Atomics.add(flags, ANSWERS, 1);
    Atomics.notify(flags, ANSWERS);
  });
}

/** In the tokenizer thread: loads jieba now, before any worker waits for it. */
export function loadTokenizer(): void {
  cutPieces(['政府信息公开']);
}

/** The pool's side: starts the tokenizer thread and gives each worker a channel to it. */
export class CutService {
  /** Each connected channel's flags, and its id in the tokenizer thread. */
  private readonly channels = new Map<Int32Array, number>();
  private nextId = 1;
  private stopped = false;

  private constructor(private readonly thread: Worker) {
    // Should the thread die, every worker waiting on it learns so instead of waiting for ever.
    thread.on('exit', () => this.stopAll());
  }

  /** Resolves once jieba is loaded in the tokenizer thread. */
  static start(script: URL = threadScript('tokenizer-thread')): Promise<CutService> {
    const thread = new Worker(script);
    return new Promise((resolve, reject) => {
      let failure: Error | undefined;
      const onExit = (code: number) => reject(failure ?? new Error(`the tokenizer thread exited while starting (code ${code})`));
      thread.on('error', (error) => (failure = error));
      thread.once('exit', onExit);
      thread.once('message', () => {
        thread.off('exit', onExit);
        resolve(new CutService(thread));
      });
    });
  }

  /** A new channel for one worker: pass it in the worker's workerData, its port in the transfer list. */
  connect(): TokenizerChannel {
    const { port1, port2 } = new MessageChannel();
    const flags = new Int32Array(new SharedArrayBuffer(8));
    const id = this.nextId++;
    this.channels.set(flags, id);
    if (this.stopped) stop(flags);
    else this.thread.postMessage({ kind: 'connect', id, port: port1, flags } satisfies TokenizerCommand, [port1]);
    return { port: port2, flags };
  }

  disconnect(channel: TokenizerChannel): void {
    const id = this.channels.get(channel.flags);
    if (id === undefined) return;
    this.channels.delete(channel.flags);
    stop(channel.flags);
    if (!this.stopped) this.thread.postMessage({ kind: 'disconnect', id } satisfies TokenizerCommand);
  }

  async close(): Promise<void> {
    this.stopAll();
    await this.thread.terminate();
  }

  private stopAll(): void {
    this.stopped = true;
    for (const flags of this.channels.keys()) stop(flags);
    this.channels.clear();
  }
}

function stop(flags: Int32Array): void {
  Atomics.store(flags, STOPPED, 1);
  Atomics.add(flags, ANSWERS, 1);
  Atomics.notify(flags, ANSWERS);
}

/** Inside a worker: a WordCutter that runs in the tokenizer thread and blocks until it answers. */
export function remoteCutter(channel: TokenizerChannel): WordCutter {
  const { port, flags } = channel;
  let sent = 0;
  return (pieces) => {
    const seq = ++sent;
    port.postMessage({ seq, pieces } satisfies TokenizerRequest);
    for (;;) {
      const announced = Atomics.load(flags, ANSWERS);
      const reply = receiveMessageOnPort(port)?.message as TokenizerReply | undefined;
      if (reply?.seq === seq) return unpack(reply);
      // Each request waits for its own answer, so another one is not expected; it must not pass for this one.
      if (reply) continue;
      // Not the document's fault: E_WORKER documents are processed again on the next run.
      if (Atomics.load(flags, STOPPED)) throw new DocumentError('E_WORKER', 'the tokenizer thread stopped cutting words; the document is retried on the next run');
      // Sleep until the next answer is announced; the timeout covers an announcement that came
      // before its message could be received.
      Atomics.wait(flags, ANSWERS, announced, 50);
    }
  };
}

function unpack(reply: TokenizerReply): Uint32Array[] {
  if ('error' in reply) throw new Error(`jieba failed: ${reply.error}`);
  const out: Uint32Array[] = [];
  let at = 0;
  for (const count of reply.counts) {
    out.push(reply.ends.subarray(at, at + count));
    at += count;
  }
  return out;
}
