import { parentPort, workerData } from 'node:worker_threads';
import type { StorableDoc } from '../../output/store.js';
import type { StageOptions } from '../stage.js';
import { pipelineVersion, processSource } from '../stages.js';
import type { WorkerMessage, WorkerTask } from './pool.js';
import { storable } from './storable.js';
import { remoteCutter, type TokenizerChannel } from './tokenizer.js';

// A pool worker (see pool.ts): runs every stage of one document at a time; jieba runs in the
// tokenizer thread (see tokenizer.ts).

const { channel, stageOptions } = workerData as { channel: TokenizerChannel; stageOptions: StageOptions };
const options: StageOptions = { ...stageOptions, cutWords: remoteCutter(channel) };
const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  const result: StorableDoc = storable(processSource(task.source, options));
  try {
    port.postMessage({ kind: 'result', id: task.id, result } satisfies WorkerMessage);
  } catch (error) {
    const failed: StorableDoc = {
      path: result.path, sha256: result.sha256, bytes: result.bytes, status: 'failed', stage: 'engine', messages: [],
      errorCode: 'E_INTERNAL', error: `internal error: the result could not be sent back from the worker: ${(error as Error).message}`,
    };
    port.postMessage({ kind: 'result', id: task.id, result: failed } satisfies WorkerMessage);
  }
});
port.postMessage({ kind: 'ready', pipelineVersion: pipelineVersion() } satisfies WorkerMessage);
