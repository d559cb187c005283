import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for a process that runs a worker pool. V8 has no per-isolate flags, so they apply to
 * the whole process; they are set once, before the first worker starts.
 *
 * Why: the workers' capped heaps (see WORKER_LIMITS in pool.ts) make V8 collect their old
 * generation every 30 or so documents, and after such a collection V8 optimizes the same
 * functions again. Measured on documents 500-1,000 of a 1,000-document synthetic archive with two
 * workers (`--trace-opt`, `--trace-gc`): 1,193 TurboFan compilations and 16 full collections, the
 * compilations taking about a third of the run's CPU. A heap growing factor of 2 (V8 picks about
 * 1.3 for small heaps) halves the full collections, and a 16 times larger interrupt budget leaves
 * functions that are only warm to the baseline compiler: 219 compilations, 7 full collections,
 * some 20% more documents per second, and 10 to 30 MB more peak RSS.
 */
export const WORKER_POOL_V8_FLAGS: readonly string[] = ['--heap-growing-percent=100', '--interrupt-budget=1081344'];

let applied = false;

export function tuneV8ForWorkerPool(): void {
  if (applied) return;
  applied = true;
  for (const flag of WORKER_POOL_V8_FLAGS) setFlagsFromString(flag);
}
