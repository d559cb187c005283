import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { cutPieces } from '../03-segment/jieba.js';
import type { WordCutter } from '../stage.js';

/**
 * One jieba for the whole pool, in the main thread. A jieba instance holds some 230 MB of
 * dictionaries, so instead of one per worker, the main thread owns it and workers call it
 * synchronously: a worker posts its pieces on its own channel and sleeps on a shared flag
 * (Atomics.wait) until the main thread has posted the answer, which it then takes with
 * receiveMessageOnPort. A tokenizer thread of its own would cost another V8 isolate (10 MB and
 * more) for no throughput measured on two cores: the main thread is otherwise mostly waiting.
 */

/** A worker's end of its line to the main thread's jieba. */
export interface TokenizerChannel {
  port: MessagePort;
  /** [0] answers posted so far; [1] 1 once the main thread no longer answers. */
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

/** The main thread's side: answers each connected worker. */
export class CutService {
  private readonly ports = new Map<Int32Array, MessagePort>();

  /** Loads jieba now, before any worker waits for it. */
  constructor() {
    cutPieces(['政府信息公开']);
  }

  /** A new channel for one worker: pass it in the worker's workerData, its port in the transfer list. */
  connect(): TokenizerChannel {
    const { port1, port2 } = new MessageChannel();
    const flags = new Int32Array(new SharedArrayBuffer(8));
    port1.on('message', (request: TokenizerRequest) => {
      const reply = answer(request);
      port1.postMessage(reply, 'ends' in reply ? [reply.counts.buffer as ArrayBuffer, reply.ends.buffer as ArrayBuffer] : []);
      Atomics.add(flags, ANSWERS, 1);
      Atomics.notify(flags, ANSWERS);
    });
    this.ports.set(flags, port1);
    return { port: port2, flags };
  }

  disconnect(channel: TokenizerChannel): void {
    const port = this.ports.get(channel.flags);
    if (!port) return;
    port.close();
    this.ports.delete(channel.flags);
    Atomics.store(channel.flags, STOPPED, 1);
    Atomics.add(channel.flags, ANSWERS, 1);
    Atomics.notify(channel.flags, ANSWERS);
  }

  close(): void {
    for (const [flags, port] of this.ports) this.disconnect({ port, flags });
  }
}

/** Inside a worker: a WordCutter that runs on the main thread and blocks until it answers. */
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
      if (Atomics.load(flags, STOPPED)) throw new Error('the main thread stopped cutting words');
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
