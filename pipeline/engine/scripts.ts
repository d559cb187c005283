import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packagePath } from '../paths.js';
import { EngineError } from './errors.js';

/**
 * A thread's entry point (worker.js, tokenizer-thread.js) is always the compiled one in dist/: worker_threads run
 * JavaScript. From the compiled CLI it sits beside this module; from the TypeScript sources
 * (vitest) it is dist/'s, which `npm test` builds first, and which must not be older than the
 * sources, or the workers would run yesterday's code.
 */
export function threadScript(name: 'worker' | 'tokenizer-thread'): URL {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.js');
  const script = compiled ? join(here, '..', `${name}.js`) : packagePath('dist', 'pipeline', 'engine', `${name}.js`);
  if (!existsSync(script)) {
    throw new EngineError(
      'E_NO_WORKER_SCRIPT',
      `the worker script ${script} is missing: run \`npm run build\`, or use workers: 0 to process documents in this thread`,
    );
  }
  if (!compiled) {
    const source = newestSource();
    if (source && statSync(script).mtimeMs < source.mtimeMs) {
      throw new EngineError('E_STALE_BUILD', `dist/ is older than ${source.path}: run \`npm run build\` (workers run the compiled code), or use workers: 0`);
    }
  }
  return pathToFileURL(script);
}

const SOURCE_FOLDERS = ['pipeline', 'extractors', 'schemas', 'output'];

function newestSource(): { path: string; mtimeMs: number } | undefined {
  let newest: { path: string; mtimeMs: number } | undefined;
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) {
        const mtimeMs = statSync(path).mtimeMs;
        if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
      }
    }
  };
  for (const folder of SOURCE_FOLDERS) if (existsSync(packagePath(folder))) visit(packagePath(folder));
  return newest;
}
