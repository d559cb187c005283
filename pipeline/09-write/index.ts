import type { StorableDoc, Store } from '../../output/store.js';
import { defineStage } from '../stage.js';

export interface WriteInput {
  store: Store;
  runId: number;
  pipelineVersion: string;
  result: StorableDoc;
}

/**
 * The last stage, run by the one writer that owns the database: the document's rows replace
 * whatever the store held for its path, in one transaction.
 */
export const write = defineStage<WriteInput, StorableDoc['status']>(
  { name: 'write', version: '1', description: 'write the document, its sections, facts, conflicts and messages to SQLite in one transaction' },
  ({ store, runId, pipelineVersion, result }) => {
    store.writeDocument(result, runId, pipelineVersion);
    return result.status;
  },
);
