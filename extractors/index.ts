import type { Extractor } from './define.js';
import { englishExtractor } from './english/index.js';
import { keywordExtractor, listExtractor, negationExtractor, patternExtractor } from './prose/index.js';
import { legacyTableExtractor, templateTablesExtractor } from './tables/index.js';

export { defineExtractor, type ExtractContext, type Extractor, type ExtractorInfo, type FactDraft } from './define.js';

/** Every extractor plugin, in the order they run. */
export const EXTRACTORS: readonly Extractor[] = Object.freeze([
  templateTablesExtractor,
  legacyTableExtractor,
  patternExtractor,
  negationExtractor,
  listExtractor,
  keywordExtractor,
  englishExtractor,
]);

export function listExtractors(): readonly Extractor[] {
  return EXTRACTORS;
}

/**
 * The extractors a run uses: those named in `only` (any, even if off by default), else those
 * enabled by default; minus `disable`. An unknown id is a usage error that names the known ones.
 */
export function selectExtractors(only?: readonly string[], disable: readonly string[] = []): Extractor[] {
  const known = new Map(EXTRACTORS.map((e) => [e.id, e]));
  for (const id of [...(only ?? []), ...disable]) {
    if (!known.has(id)) throw new Error(`unknown extractor "${id}"; known: ${[...known.keys()].join(', ')}`);
  }
  const chosen = only ? EXTRACTORS.filter((e) => only.includes(e.id)) : EXTRACTORS.filter((e) => e.enabledByDefault);
  return chosen.filter((e) => !disable.includes(e.id));
}
