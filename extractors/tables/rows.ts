import type { EmptyItem, Item, ValueItem } from './items.js';
import type { LabelHit, LabelRule } from './labels.js';

/**
 * How a region lays its rows out. `line`: a row is a line (tab, pipe or space separated, or a
 * whole page of run-together cells); `cell`: one cell per line, a row runs from its label to the
 * next label.
 */
export type RowMode = 'line' | 'cell';

/** A row as found: its label (if any), then its figures and empty cells in order. */
export interface RawRow<R extends LabelRule> {
  hit?: LabelHit<R>;
  /** The label as printed; for a row without a recognised label, the words before its figures. */
  labelText: string;
  start: number;
  end: number;
  line: number;
  cells: (ValueItem | EmptyItem)[];
}

/** Line mode when most labels have figures on their own line. */
export function chooseMode<R extends LabelRule>(items: readonly Item<R>[]): RowMode {
  let sameLine = 0;
  let laterLine = 0;
  items.forEach((item, i) => {
    if (item.kind !== 'label') return;
    const next = items.slice(i + 1).find((x) => x.kind === 'label' || x.kind === 'value');
    if (!next || next.kind === 'label') return;
    if (next.line === item.line) sameLine++;
    else laterLine++;
  });
  return laterLine > sameLine ? 'cell' : 'line';
}

function close<R extends LabelRule>(rows: RawRow<R>[], row: RawRow<R> | null): null {
  if (row && (row.hit || row.cells.some((c) => c.kind === 'value'))) {
    const last = row.cells.filter((c) => c.kind === 'value').pop();
    rows.push({ ...row, end: last ? Math.max(row.end, last.end) : row.end });
  }
  return null;
}

/**
 * Rows of a region. In line mode a label owns the cells after it on its line; cells on a line
 * without a label form a row of their own (its label text is whatever words precede them), so a
 * label printed apart from its figures (OCR) never takes another row's figures. In cell mode a
 * label owns every cell up to the next label; words followed by figures start a row of their own
 * (an extra local row), so its figures never shift into the row before.
 */
export function buildRows<R extends LabelRule>(items: readonly Item<R>[], mode: RowMode, continuation: RowContinuation<R> = {}): RawRow<R>[] {
  const rows: RawRow<R>[] = [];
  let row: RawRow<R> | null = null;
  let pendingText: Extract<Item<R>, { kind: 'text' }> | null = null;
  let line = -1;
  for (const item of items) {
    if (mode === 'line' && item.line !== line) {
      line = item.line;
      if (continuesAcrossPage(row, item, continuation)) {
        row!.cells.push(item as ValueItem);
        continue;
      }
      row = close(rows, row);
      pendingText = null;
    }
    if (item.kind === 'label') {
      row = close(rows, row);
      pendingText = null;
      row = { hit: item.hit, labelText: item.hit.text, start: item.start, end: item.end, line: item.line, cells: [] };
      continue;
    }
    if (item.kind === 'text') {
      const hasValues = row?.cells.some((c) => c.kind === 'value') ?? false;
      if (mode === 'line' && row?.hit && !hasValues) continue;
      row = close(rows, row);
      pendingText = item;
      continue;
    }
    if (!row) {
      if (item.kind === 'empty' && mode === 'cell') continue;
      row = { labelText: pendingText?.text ?? '', start: pendingText?.start ?? item.start, end: item.end, line: item.line, cells: [] };
      pendingText = null;
    }
    row.cells.push(item);
  }
  close(rows, row);
  return rows;
}

/** What lets a row go on after a page footer: the lines after one, and how many cells a label's row has. */
export interface RowContinuation<R extends LabelRule> {
  afterPageBreak?: ReadonlySet<number>;
  cellsOf?: (hit: LabelHit<R>) => number | undefined;
}

/** A labelled row short of cells, cut by a page footer, goes on with the figures that open the next page. */
function continuesAcrossPage<R extends LabelRule>(row: RawRow<R> | null, item: Item<R>, continuation: RowContinuation<R>): boolean {
  if (!row?.hit || item.kind !== 'value' || !continuation.afterPageBreak?.has(item.line)) return false;
  const expected = continuation.cellsOf?.(row.hit);
  return expected !== undefined && row.cells.filter((c) => c.kind === 'value').length < expected;
}

/** Figures of a row, and the empty cells around them. */
export interface RowShape {
  values: ValueItem[];
  leadingEmpties: number;
  trailingEmpties: number;
  /** Cells between the first and the last non-empty cell, empty ones included (line mode). */
  core: (ValueItem | EmptyItem)[];
}

export function rowShape<R extends LabelRule>(row: RawRow<R>): RowShape {
  const values = row.cells.filter((c): c is ValueItem => c.kind === 'value');
  const first = row.cells.findIndex((c) => c.kind === 'value');
  let last = -1;
  row.cells.forEach((c, i) => {
    if (c.kind === 'value') last = i;
  });
  if (first < 0) return { values, leadingEmpties: row.cells.length, trailingEmpties: 0, core: [] };
  return { values, leadingEmpties: first, trailingEmpties: row.cells.length - 1 - last, core: row.cells.slice(first, last + 1) };
}
