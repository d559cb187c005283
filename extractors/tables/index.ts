/**
 * Table extractors: the three fixed tables of the 2019 and 2021 templates (table.template) and the
 * statistical table of earlier reports (table.legacy), in every shape they reach us: tab- or
 * pipe-separated text, markdown, HTML grids, one cell per line, PDF and OCR text, and cells run
 * together. Layers: regions.ts finds the tables, lines.ts/labels.ts/items.ts/rows.ts read a region
 * into rows, cells.ts places a row's cells in columns (or cuts run-together digits, split.ts),
 * solve.ts chooses among cuts with identities.ts and anchors.ts, settle.ts/emit.ts make the facts.
 */
import type { FactDraft } from '../define.js';
import { defineExtractor, type ExtractContext } from '../define.js';
import { extractActiveTable } from './active.js';
import { proseAnchors } from './anchors.js';
import { APPEAL_HEADER_WORDS, extractAppealTable } from './appeal.js';
import { extractApplyTable } from './apply.js';
import { extractLegacyTable } from './legacy.js';
import { readRegion } from './read.js';
import { legacyRegion, templateRegions } from './regions.js';
import { APPLICANT_COLUMNS } from '../../schemas/catalog.js';
import { ACTIVE_COLUMNS, ACTIVE_ROW_RULES } from './rules-active.js';
import { APPLY_ROW_RULES } from './rules-apply.js';
import { LEGACY_ROW_RULES } from './rules-legacy.js';
import type { TableOutput } from './settle.js';
import { templateVersion } from './version.js';

function collect(context: ExtractContext, drafts: FactDraft[], output: TableOutput, features: FactDraft['features'] = {}): void {
  for (const draft of output.drafts) drafts.push({ ...draft, features: { ...draft.features, ...features } });
  for (const d of output.diagnostics) context.report(d.ruleId, d.severity, d.message, d.span);
}

export const templateTablesExtractor = defineExtractor(
  {
    id: 'table.template',
    version: '1',
    kind: 'table',
    description: 'every cell of template tables 2, 3 and 4 (2019 and 2021 versions, told apart by their headers), zeros included',
  },
  (context) => {
    const { doc } = context;
    const text = doc.text;
    const regions = templateRegions(text);
    const spans = [regions.active, regions.apply, regions.appeal].filter((s) => s !== undefined);
    if (spans.length === 0) return [];
    const anchors = proseAnchors(text, spans);
    const applyReading = regions.apply ? readRegion(text, doc.tables, regions.apply, APPLY_ROW_RULES, (hit) => (hit.rule.group ? undefined : APPLICANT_COLUMNS.length)) : undefined;
    const { version, evidence } = templateVersion(text, regions.active, applyReading);
    if (!version && (regions.active || regions.apply)) {
      context.report('table/version-unknown', 'info', 'the table headers do not say whether this is the 2019 or the 2021 template; rows are read by label only', spans[0]);
    }
    const features: FactDraft['features'] = version ? { templateVersion: version, versionEvidence: evidence.join(' ') } : {};
    const drafts: FactDraft[] = [];
    let index = 0;
    if (regions.active) {
      const reading = readRegion(text, doc.tables, regions.active, ACTIVE_ROW_RULES, (hit) => (version ? ACTIVE_COLUMNS[version][hit.rule.row]?.length : undefined));
      collect(context, drafts, extractActiveTable(text, reading, version, index++), features);
    }
    if (applyReading) collect(context, drafts, extractApplyTable(text, applyReading, version, anchors, index++), features);
    if (regions.appeal) collect(context, drafts, extractAppealTable(text, readRegion(text, doc.tables, regions.appeal, APPEAL_HEADER_WORDS), index++), features);
    return drafts;
  },
);

export const legacyTableExtractor = defineExtractor(
  {
    id: 'table.legacy',
    version: '1',
    kind: 'table',
    description: 'the statistical table of reports before 2019 (政府信息公开情况统计表: 本年度 / 历年累计)',
  },
  (context) => {
    const { doc } = context;
    const region = legacyRegion(doc.text);
    if (!region) return [];
    const drafts: FactDraft[] = [];
    const reading = readRegion(doc.text, doc.tables, region, LEGACY_ROW_RULES);
    collect(context, drafts, extractLegacyTable(doc.text, reading, proseAnchors(doc.text, [region]), 0));
    return drafts;
  },
);
