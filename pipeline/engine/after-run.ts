import type { Store } from '../../output/store.js';
import { reconcileAcrossYears } from '../07-reconcile/cross-year.js';

/** What work after the run sees: the run's store connection, once every document is committed. */
export interface AfterRunContext {
  store: Store;
  runId: number;
  pipelineVersion: string;
}

/** Work over the whole database that needs every document written first (cross-year checks …). */
export interface AfterRunStep {
  readonly name: string;
  run(context: AfterRunContext): void;
}

/**
 * The steps run after the documents, in order, by runPipeline on the writer's connection; they
 * run only when the run was not interrupted, before it is recorded as finished.
 */
export const AFTER_RUN_STEPS: readonly AfterRunStep[] = Object.freeze([
  { name: 'cross-year', run: ({ store }: AfterRunContext) => void reconcileAcrossYears(store) },
]);

export function afterRun(context: AfterRunContext, steps: readonly AfterRunStep[] = AFTER_RUN_STEPS): void {
  for (const step of steps) step.run(context);
}
