import type { Span } from '../../schemas/types.js';
import type { FactDraft } from '../define.js';
import type { Resolution } from './cells.js';
import { cellDraft, cellValue, type ValueColumn } from './emit.js';
import { identityStatus, type Identity } from './identities.js';
import { solveSplits, type SplitVariable } from './solve.js';
import type { Piece } from './split.js';

/** A column of a planned row: the solver key of its cell, the catalog metric (null: uncatalogued). */
export interface PlannedColumn extends ValueColumn {
  key: string;
  metric: string | null;
  label?: string;
  zh: string;
}

/** A row placed in a template table, with its cells resolved or to be chosen among candidates. */
export interface PlannedRow {
  id: string;
  columns: readonly PlannedColumn[];
  resolution: Resolution;
  ruleId: string;
  rowLabel: string;
  tableRow: number;
  quoteStart: number;
  quoteEnd: number;
  span: Span;
}

export interface Diagnostic {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  span: Span;
}

export interface TableOutput {
  drafts: FactDraft[];
  diagnostics: Diagnostic[];
}

function vectorOf(cells: readonly (Piece | null)[], columns: readonly PlannedColumn[]): (number | null)[] | null {
  const vector: (number | null)[] = [];
  for (let i = 0; i < columns.length; i++) {
    const cell = cells[i];
    if (!cell) {
      vector.push(null);
      continue;
    }
    const parsed = cellValue(cell.text, columns[i]);
    if (!parsed) return null;
    vector.push(parsed.value);
  }
  return vector;
}

/**
 * Decides every row's cells: stated and uniquely cut rows as they are; rows whose digits can be
 * cut several ways by the identities and the prose anchors (see solveSplits). Rows left open are
 * reported (`table/ambiguous-split`), never guessed. Then every decided cell becomes a draft,
 * marked `checkPassed` when the identities of its row all hold.
 */
export function settleRows(
  rows: readonly PlannedRow[],
  identities: readonly Identity[],
  anchors: ReadonlyMap<string, ReadonlySet<number>>,
  tableIndex: number,
): TableOutput {
  const diagnostics: Diagnostic[] = [];
  const known = new Map<string, number>();
  const decided = new Map<string, readonly (Piece | null)[]>();
  const variables: (SplitVariable & { pieces: Piece[][] })[] = [];
  for (const row of rows) {
    const { resolution } = row;
    if (resolution.kind === 'undetermined') {
      diagnostics.push({ ruleId: 'table/column-undetermined', severity: 'warning', message: `${row.rowLabel}: ${resolution.reason}; no cell of this row is recorded`, span: row.span });
      continue;
    }
    if (resolution.kind === 'cells') {
      const vector = vectorOf(resolution.cells, row.columns);
      if (!vector) {
        diagnostics.push({ ruleId: 'table/not-a-figure', severity: 'warning', message: `${row.rowLabel}: a cell is not a figure of its column`, span: row.span });
        continue;
      }
      decided.set(row.id, resolution.cells);
      vector.forEach((v, i) => v !== null && known.set(row.columns[i].key, v));
      if (resolution.extra?.length) {
        const extra = resolution.extra;
        diagnostics.push({ ruleId: 'table/extra-figures', severity: 'info', message: `${row.rowLabel}: ${extra.map((p) => p.text).join(' ')} after the row's ${row.columns.length} cells belong to no column; not recorded`, span: { start: extra[0].start, end: extra[extra.length - 1].end } });
      }
      continue;
    }
    const pieces: Piece[][] = [];
    const candidates: number[][] = [];
    for (const candidate of resolution.candidates) {
      const vector = vectorOf(candidate, row.columns);
      if (vector && vector.every((v) => v !== null)) {
        pieces.push(candidate);
        candidates.push(vector as number[]);
      }
    }
    variables.push({ id: row.id, keys: row.columns.map((c) => c.key), candidates, pieces });
  }
  const outcome = solveSplits(variables, known, identities, anchors);
  for (const variable of variables) {
    const index = outcome.chosen.get(variable.id);
    const row = rows.find((r) => r.id === variable.id)!;
    if (index !== undefined) {
      decided.set(row.id, variable.pieces[index]);
      variable.keys.forEach((key, i) => known.set(key, variable.candidates[index][i]));
      continue;
    }
    const why = outcome.unresolved.get(variable.id) ?? 'ambiguous';
    const ways = variable.pieces.map((p) => p.map((c) => c.text).join('|')).slice(0, 4).join(' / ');
    diagnostics.push({
      ruleId: 'table/ambiguous-split',
      severity: 'warning',
      message: `${row.rowLabel}: the digits can be cut into ${row.columns.length} cells in ${variable.pieces.length} ways (${ways}${variable.pieces.length > 4 ? ' …' : ''}) and ${why === 'inconsistent' ? 'none agrees with the table identities' : why === 'too-many' ? 'too many combinations remain' : 'the identities and the text do not single one out'}; no cell of this row is recorded`,
      span: row.span,
    });
  }
  const drafts: FactDraft[] = [];
  for (const row of rows) {
    const cells = decided.get(row.id);
    if (!cells) continue;
    const keys = new Set(row.columns.map((c) => c.key));
    const own = identities.filter((identity) => [...identity.lhs, ...identity.rhs].every((k) => keys.has(k)));
    const checkPassed = own.length > 0 && own.every((identity) => identityStatus(identity, known) === 'holds');
    const placement = row.resolution.kind === 'cells' ? row.resolution.placement : 'split';
    cells.forEach((piece, col) => {
      if (!piece) return;
      const column = row.columns[col];
      const draft = cellDraft({
        metric: column.metric,
        ...(column.label !== undefined ? { label: column.label } : {}),
        piece,
        column,
        quoteStart: row.quoteStart,
        quoteEnd: row.quoteEnd,
        ruleId: row.ruleId,
        rowLabel: row.rowLabel,
        colLabel: column.zh,
        table: { index: tableIndex, row: row.tableRow, col, rowLabel: row.rowLabel, colLabel: column.zh },
        features: { placement, ...(checkPassed ? { checkPassed: true } : {}) },
      });
      if (typeof draft === 'string') diagnostics.push({ ruleId: 'table/not-a-figure', severity: 'warning', message: `${row.rowLabel} × ${column.zh}: ${draft}`, span: piece });
      else drafts.push(draft);
    });
  }
  return { drafts, diagnostics };
}
