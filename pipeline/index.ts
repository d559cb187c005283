/**
 * nianbao's programmatic API. The CLI (pipeline/cli.ts) is a thin layer over these functions.
 *
 * ```ts
 * import { runPipeline, Store, exportRecords, readFacts } from 'nianbao';
 * const summary = await runPipeline({ inputs: ['archive/'], db: 'archive.sqlite' });
 * const store = Store.open('archive.sqlite', { readonly: true });
 * for (const fact of readFacts(store)) console.log(fact.doc, fact.metric, fact.value, fact.confidence);
 * await exportRecords(store, { format: 'jsonl', out: 'records.jsonl' });
 * store.close();
 * ```
 */
export { defaultWorkers, runPipeline, type DocumentEvent, type RunOptions, type RunSummary } from './run.js';
export { EngineError } from './engine/errors.js';
export type { Progress } from './engine/progress.js';
export { AFTER_RUN_STEPS, type AfterRunContext, type AfterRunStep } from './engine/after-run.js';
export { STAGES, pipelineVersion, processFile, processSource, processText } from './stages.js';
export { defineStage, DocumentError, type Stage, type StageOptions } from './stage.js';
export { RECONCILE_STEPS, defineReconcileStep, type ReconcileStep } from './07-reconcile/index.js';
export { reconcileAcrossYears } from './07-reconcile/cross-year.js';
export { Store, StoreError } from '../output/store.js';
export { exportCsv, exportJsonl, exportRecords, type CsvTable, type ExportFormat, type LineSink } from '../output/export.js';
export {
  readConflicts,
  readDocuments,
  readFacts,
  readSections,
  readStats,
  type ConflictRecord,
  type DocumentRecord,
  type FactRecord,
  type SectionRecord,
  type StoreStats,
} from '../output/read.js';
export { EXTRACTORS, defineExtractor, listExtractors, selectExtractors, type ExtractContext, type Extractor, type FactDraft } from '../extractors/index.js';
export { METRICS, metricDef, SECTION_LABELS, CONFLICT_KINDS } from '../schemas/catalog.js';
export type * from '../schemas/types.js';
