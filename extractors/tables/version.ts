import type { Span } from '../../schemas/types.js';
import type { TemplateVersion } from './identities.js';
import type { RegionReading } from './read.js';
import { APPLY_ROWS_2021_ONLY, type ApplyRowRule } from './rules-apply.js';
import { VERSION_MARKERS } from './rules-active.js';

export interface VersionEvidence {
  version: TemplateVersion | null;
  /** Rule ids of the header words or rows that decided it. */
  evidence: string[];
}

/**
 * The template version from what the tables print, never from the year: the header words of
 * table 2 (本年制发件数 … for 2021, 本年新制作数量 … for 2019); failing those, table 3's rows under
 * （六）其他处理 (three sub-rows in 2021, one row with figures in 2019). Null when the words
 * disagree or say nothing.
 */
export function templateVersion(text: string, active: Span | undefined, apply: RegionReading<ApplyRowRule> | undefined): VersionEvidence {
  const compact = active ? text.slice(active.start, active.end).replace(/\s/g, '') : '';
  const found = VERSION_MARKERS.filter((m) => new RegExp(m.pattern).test(compact));
  const of2019 = found.filter((m) => m.version === '2019').length;
  const of2021 = found.length - of2019;
  // A header word of the other version now and then (a table 2 re-typed from an old report) does not outvote the rest.
  if (of2019 !== of2021) return { version: of2019 > of2021 ? '2019' : '2021', evidence: found.map((m) => m.id) };
  if (found.length > 0 || !apply) return { version: null, evidence: found.map((m) => m.id) };
  const subRows = apply.hits.filter((h) => APPLY_ROWS_2021_ONLY.has(h.rule.row)).map((h) => h.rule.id);
  if (subRows.length > 0) return { version: '2021', evidence: subRows };
  const single = apply.rows.find((r) => r.hit?.rule.row === 'other_handling' && r.cells.some((c) => c.kind === 'value'));
  if (single) return { version: '2019', evidence: [single.hit!.rule.id] };
  return { version: null, evidence: [] };
}
