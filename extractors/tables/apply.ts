import { APPLICANT_COLUMNS, APPLICANT_COLUMN_ZH, APPLY_ROWS } from '../../schemas/catalog.js';
import { resolveRow } from './cells.js';
import { applyIdentities, applyRows, type Identity, type TemplateVersion } from './identities.js';
import { reachesEnd, type RegionReading } from './read.js';
import type { RawRow } from './rows.js';
import { rowShape } from './rows.js';
import type { ApplyRowRule } from './rules-apply.js';
import { settleRows, type Diagnostic, type PlannedColumn, type PlannedRow, type TableOutput } from './settle.js';

const COUNT_SHAPE = { decimal: false, unit: false };

function columnsOf(row: string): PlannedColumn[] {
  return APPLICANT_COLUMNS.map((c) => ({ key: `apply.${row}.${c}`, metric: `apply.${row}.${c}`, zh: APPLICANT_COLUMN_ZH[c], unit: 'count' }));
}

const ROW_ZH = new Map<string, string>(APPLY_ROWS.map((r) => [r.row, r.zh]));

interface Placed {
  raw: RawRow<ApplyRowRule>;
  row: string;
  byPosition: boolean;
}

/** Rows without a label of their own, with at least this many figures, count as rows (OCR tables). */
const MIN_UNLABELLED_CELLS = 3;

/**
 * Places rows in template table 3: by label, and rows whose label was printed elsewhere (OCR,
 * PDF text) by their position between two labelled rows, when exactly as many rows stand between
 * them as the template has. Rows that fit nowhere are reported.
 */
export function placeApplyRows(
  rows: readonly RawRow<ApplyRowRule>[],
  version: TemplateVersion | null,
): { placed: Placed[]; unplaced: RawRow<ApplyRowRule>[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const unplaced: RawRow<ApplyRowRule>[] = [];
  const order = version ? applyRows(version) : [];
  // 四、结转下年度继续办理 is the last row: whatever follows it is not table 3.
  const last = rows.findIndex((r) => r.hit?.rule.row === 'carried_out' && rowShape(r).values.length > 0);
  const withFigures = rows.slice(0, last >= 0 ? last + 1 : rows.length).filter((r) => {
    const values = rowShape(r).values.length;
    return r.hit ? !r.hit.rule.group && values > 0 : values >= MIN_UNLABELLED_CELLS;
  });
  const placed: Placed[] = [];
  const taken = new Set<string>();
  let lastIndex = -1;
  let gap: RawRow<ApplyRowRule>[] = [];
  const fillGap = (nextIndex: number) => {
    if (gap.length === 0) return;
    if (version && gap.length === nextIndex - lastIndex - 1) {
      gap.forEach((raw, i) => placed.push({ raw, row: order[lastIndex + 1 + i], byPosition: true }));
    } else {
      for (const raw of gap) {
        unplaced.push(raw);
        diagnostics.push({ ruleId: 'table/unplaced-row', severity: 'warning', message: `table 3: a row of figures without a recognisable label (“${raw.labelText}”) cannot be placed among the template rows`, span: raw });
      }
    }
    gap = [];
  };
  for (const raw of withFigures) {
    if (!raw.hit) {
      gap.push(raw);
      continue;
    }
    const row = raw.hit.rule.row;
    const index = order.indexOf(row);
    if (taken.has(row) || (index >= 0 && index <= lastIndex)) {
      diagnostics.push({ ruleId: 'table/duplicate-row', severity: 'warning', message: `table 3: row ${raw.hit.text} appears again or out of order; only its first occurrence is read`, span: raw });
      continue;
    }
    // A labelled row the version's template does not have (（六）其他处理 with figures in 2021)
    // is read by its label and takes no place in the row order.
    if (index >= 0) {
      fillGap(index);
      lastIndex = index;
    }
    taken.add(row);
    placed.push({ raw, row, byPosition: false });
  }
  fillGap(order.length);
  return { placed, unplaced, diagnostics };
}

/** Identities of table 3 for the version, or (version unknown) the row sums of either version. */
function identitiesFor(version: TemplateVersion | null): Identity[] {
  if (version) return applyIdentities(version);
  const rowSums = [...applyIdentities('2019'), ...applyIdentities('2021')].filter((i) => i.id.startsWith('apply.row.'));
  return [...new Map(rowSums.map((i) => [i.id, i])).values()];
}

/** Every cell of template table 3 (收到和处理政府信息公开申请情况) as a fact. */
export function extractApplyTable(
  text: string,
  reading: RegionReading<ApplyRowRule>,
  version: TemplateVersion | null,
  anchors: ReadonlyMap<string, ReadonlySet<number>>,
  tableIndex: number,
): TableOutput {
  const { placed, unplaced, diagnostics } = placeApplyRows(reading.rows, version);
  const order = version ? applyRows(version) : [];
  const columns = APPLICANT_COLUMNS.map(() => COUNT_SHAPE);
  const planned: PlannedRow[] = placed.map(({ raw, row, byPosition }) => ({
    id: row,
    columns: columnsOf(row),
    resolution: resolveRow(raw, columns, { mode: reading.mode, runTogether: reading.runTogether, truncated: reachesEnd(text, raw) }),
    ruleId: byPosition ? 'apply.position/按模板行序' : raw.hit!.rule.id,
    rowLabel: byPosition ? `${ROW_ZH.get(row) ?? row}（按行序）` : raw.hit!.text,
    tableRow: order.indexOf(row),
    quoteStart: raw.start,
    quoteEnd: raw.end,
    span: { start: raw.start, end: raw.end },
  }));
  // Rows that fit no template row are kept as uncatalogued facts, columns by position.
  unplaced.forEach((raw, i) => {
    planned.push({
      id: `unplaced.${i}`,
      columns: APPLICANT_COLUMNS.map((c) => ({ key: `unplaced.${i}.${c}`, metric: null, label: raw.labelText || undefined, zh: APPLICANT_COLUMN_ZH[c], unit: 'count' })),
      resolution: resolveRow(raw, columns, { mode: reading.mode, runTogether: false, truncated: false }),
      ruleId: 'apply.unplaced/未识别行',
      rowLabel: raw.labelText || '未识别行',
      tableRow: -1,
      quoteStart: raw.start,
      quoteEnd: raw.end,
      span: { start: raw.start, end: raw.end },
    });
  });
  const output = settleRows(planned, identitiesFor(version), anchors, tableIndex);
  return { drafts: output.drafts, diagnostics: [...diagnostics, ...output.diagnostics] };
}
