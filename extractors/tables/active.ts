import { resolveRow } from './cells.js';
import type { TemplateVersion } from './identities.js';
import { reachesEnd, type RegionReading } from './read.js';
import { rowShape, type RawRow } from './rows.js';
import { ACTIVE_COLUMNS, ACTIVE_ROW_RULES, type ActiveColumn, type ActiveRowRule } from './rules-active.js';
import { settleRows, type Diagnostic, type PlannedColumn, type PlannedRow, type TableOutput } from './settle.js';

const ROW_ORDER = ACTIVE_ROW_RULES.map((r) => r.row);

/**
 * The columns of a table 2 row. With the version known, the template's; without it, the one
 * version whose column count matches the figures (1 for 2021 行政许可, 3 for 2019), if any.
 */
function columnsFor(row: RawRow<ActiveRowRule>, version: TemplateVersion | null): { columns: readonly ActiveColumn[]; version: TemplateVersion } | null {
  const name = row.hit!.rule.row;
  if (version) {
    const columns = ACTIVE_COLUMNS[version][name];
    return columns ? { columns, version } : null;
  }
  const figures = rowShape(row).values.length;
  const fits = (['2019', '2021'] as const).filter((v) => ACTIVE_COLUMNS[v][name]?.length === figures);
  if (fits.length !== 1) return null;
  return { columns: ACTIVE_COLUMNS[fits[0]][name]!, version: fits[0] };
}

function planned(raw: RawRow<ActiveRowRule>, columns: readonly PlannedColumn[], reading: RegionReading<ActiveRowRule>, text: string, ruleId: string, rowLabel: string, tableRow: number): PlannedRow {
  const shapes = columns.map((c) => ({ decimal: c.unit === 'yuan', unit: c.unit === 'yuan' }));
  return {
    id: `${tableRow}.${raw.start}`,
    columns,
    resolution: resolveRow(raw, shapes, { mode: reading.mode, runTogether: reading.runTogether, truncated: reachesEnd(text, raw) }),
    ruleId,
    rowLabel,
    tableRow,
    quoteStart: raw.start,
    quoteEnd: raw.end,
    span: { start: raw.start, end: raw.end },
  };
}

/** A row kept as uncatalogued facts: one column per figure as printed, labelled with the row's words. */
function uncatalogued(raw: RawRow<ActiveRowRule>, label: string, reading: RegionReading<ActiveRowRule>, text: string, ruleId: string): PlannedRow {
  const columns = rowShape(raw).values.map((_, i) => ({ key: `unknown.${raw.start}.${i}`, metric: null, label, zh: `第${i + 1}列`, unit: 'count' as const }));
  return planned(raw, columns, { ...reading, runTogether: false }, text, ruleId, label, -1);
}

/**
 * Every cell of template table 2 (第二十条第（一）（五）（六）（八）（九）项) as a fact, columns by the
 * template version. A row the version does not have, or a row without a known label, is kept as
 * uncatalogued facts labelled with its words.
 */
export function extractActiveTable(text: string, reading: RegionReading<ActiveRowRule>, version: TemplateVersion | null, tableIndex: number): TableOutput {
  const diagnostics: Diagnostic[] = [];
  const rows: PlannedRow[] = [];
  const seen = new Set<string>();
  for (const raw of reading.rows) {
    const shape = rowShape(raw);
    if (shape.values.length === 0) continue;
    if (!raw.hit) {
      if (raw.labelText) rows.push(uncatalogued(raw, raw.labelText, reading, text, 'active.unknown/未识别行'));
      continue;
    }
    const name = raw.hit.rule.row;
    if (seen.has(name)) {
      diagnostics.push({ ruleId: 'table/duplicate-row', severity: 'warning', message: `table 2: row ${raw.hit.text} appears again; only its first occurrence is read`, span: raw });
      continue;
    }
    seen.add(name);
    const found = columnsFor(raw, version);
    if (!found) {
      if (version) {
        rows.push(uncatalogued(raw, raw.hit.text, reading, text, raw.hit.rule.id));
      } else {
        diagnostics.push({ ruleId: 'table/version-unknown', severity: 'warning', message: `table 2: row ${raw.hit.text} has ${shape.values.length} figures and the headers do not say which template's columns they are`, span: raw });
      }
      continue;
    }
    const columns: PlannedColumn[] = found.columns.map((c) => ({ ...c, key: `active.${name}.${c.key}`, metric: `active.${name}.${c.key}` }));
    rows.push(planned(raw, columns, reading, text, raw.hit.rule.id, raw.hit.text, ROW_ORDER.indexOf(name)));
  }
  const output = settleRows(rows, [], new Map(), tableIndex);
  return { drafts: output.drafts, diagnostics: [...diagnostics, ...output.diagnostics] };
}
