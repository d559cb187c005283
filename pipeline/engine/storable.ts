import type { StorableDoc } from '../../output/store.js';
import type { PipelineResult } from '../../schemas/types.js';

/**
 * Keeps what the store writes and drops the stages' working records (paragraphs, numbers,
 * tokens, raw text), so results cross the thread boundary and wait in memory at their smallest.
 */
export function storable(result: PipelineResult): StorableDoc {
  if (result.status === 'failed') return result;
  const { path, sha256, bytes, status, messages, sourceFormat, encoding, metadata, text, sections, facts, conflicts } = result;
  return { path, sha256, bytes, status, messages, sourceFormat, encoding, metadata, text, sections, facts, conflicts };
}
