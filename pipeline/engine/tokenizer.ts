import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { cutPieces } from '../03-segment/index.js';
import type { WordCutter } from '../stage.js';

/**
 * One jieba for the whole pool, in the main thread. A jieba instance holds some 230 MB of
 * dictionaries, so instead of one per worker, the main thread owns it and workers call it
 * synchronously: a worker posts its pieces on its own channel and sleeps on a shared flag
 * (Atomics.wait) until the main thread has posted the answer, which it then takes with
 * receiveMessageOnPort. A thread of its own would cost some 35 MB more.
 */

/** A worker's end of its line to the main thread's jieba. */
export interface TokenizerChannel {
  port: MessagePort;
  flag: Int32Array;
}

/** Flag states; STOPPED is final: the main thread no longer answers. */
const IDLE = 0;
const ANSWERED = 1;
const STOPPED = 2;

/** Every piece's token ends, packed (counts[i] ends for piece i), or why jieba failed. */
type TokenizerReply = { counts: Uint32Array; ends: Uint32Array } | { error: string };

function answer(pieces: string[]): TokenizerReply {
  try {
    const cut = cutPieces(pieces);
    const counts = Uint32Array.from(cut, (ends) => ends.length);
    const ends = new Uint32Array(counts.reduce((sum, n) => sum + n, 0));
    let at = 0;
    for (const piece of cut) {
      ends.set(piece, at);
      at += piece.length;
    }
    return { counts, ends };
  } catch (error) {
    return { error: (error as Error)?.message ?? String(error) };
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
    const flag = new Int32Array(new SharedArrayBuffer(4));
    port1.on('message', (pieces: string[]) => {
      const reply = answer(pieces);
      port1.postMessage(reply, 'ends' in reply ? [reply.counts.buffer as ArrayBuffer, reply.ends.buffer as ArrayBuffer] : []);
      Atomics.compareExchange(flag, 0, IDLE, ANSWERED);
      Atomics.notify(flag, 0);
    });
    this.ports.set(flag, port1);
    return { port: port2, flag };
  }

  disconnect(channel: TokenizerChannel): void {
    const port = this.ports.get(channel.flag);
    if (!port) return;
    port.close();
    this.ports.delete(channel.flag);
    Atomics.store(channel.flag, 0, STOPPED);
    Atomics.notify(channel.flag, 0);
  }

  close(): void {
    for (const [flag, port] of this.ports) this.disconnect({ port, flag });
  }
}

/** Inside a worker: a WordCutter that runs on the main thread and blocks until it answers. */
export function remoteCutter(channel: TokenizerChannel): WordCutter {
  const { port, flag } = channel;
  return (pieces) => {
    if (Atomics.load(flag, 0) === STOPPED) throw new Error('the main thread no longer cuts words');
    port.postMessage(pieces);
    Atomics.wait(flag, 0, IDLE);
    if (Atomics.compareExchange(flag, 0, ANSWERED, IDLE) === STOPPED) throw new Error('the main thread stopped cutting words');
    const reply = receiveMessageOnPort(port)?.message as TokenizerReply | undefined;
    if (!reply) throw new Error('the main thread answered nothing');
    if ('error' in reply) throw new Error(`jieba failed: ${reply.error}`);
    const out: Uint32Array[] = [];
    let at = 0;
    for (const count of reply.counts) {
      out.push(reply.ends.subarray(at, at + count));
      at += count;
    }
    return out;
  };
}
