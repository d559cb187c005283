import { parentPort, type MessagePort } from 'node:worker_threads';
import { answerRequests, loadTokenizer, type TokenizerCommand } from './tokenizer.js';

// The pool's tokenizer thread (see tokenizer.ts): jieba for every worker, one channel each.

const channels = new Map<number, MessagePort>();
const pool = parentPort!;

pool.on('message', (command: TokenizerCommand) => {
  if (command.kind === 'connect') {
    channels.set(command.id, command.port);
    answerRequests(command.port, command.flags);
  } else {
    channels.get(command.id)?.close();
    channels.delete(command.id);
  }
});
loadTokenizer();
pool.postMessage('ready');
