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
  let label: Item<R> | null = null;
  for (const item of items) {
    if (item.kind === 'label') label = item;
    else if (item.kind === 'value' && label) {
      if (item.line === label.line) sameLine++;
      else laterLine++;
      label = null;
    }
  }
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
  let continuing = false;
  const figuresOnly = linesOfFiguresOnly(items);
  for (const item of items) {
    if (mode === 'line' && item.line !== line) {
      line = item.line;
      continuing = continuesOnNextLine(row, item.line, figuresOnly, continuation);
      if (!continuing) {
        row = close(rows, row);
        pendingText = null;
      }
    }
    if (continuing) {
      row!.cells.push(item as ValueItem | EmptyItem);
      continue;
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

/** How many cells the row of a label has, when the template fixes it. */
export interface RowContinuation<R extends LabelRule> {
  cellsOf?: (hit: LabelHit<R>) => number | undefined;
}

/** Lines holding figures (and empty cells) only, with their number of figures. */
function linesOfFiguresOnly<R extends LabelRule>(items: readonly Item<R>[]): Map<number, number> {
  const figures = new Map<number, number>();
  const other = new Set<number>();
  for (const item of items) {
    if (item.kind === 'value') figures.set(item.line, (figures.get(item.line) ?? 0) + 1);
    else if (item.kind !== 'empty') other.add(item.line);
  }
  for (const line of other) figures.delete(line);
  return figures;
}

/**
 * A labelled row short of cells goes on over the next line (wrapped by PDF conversion, or cut by a
 * page footer, which the lines no longer hold) when that line holds figures only and exactly the
 * missing ones.
 */
function continuesOnNextLine<R extends LabelRule>(row: RawRow<R> | null, line: number, figuresOnly: ReadonlyMap<number, number>, continuation: RowContinuation<R>): boolean {
  const next = figuresOnly.get(line);
  if (!row?.hit || next === undefined) return false;
  const expected = continuation.cellsOf?.(row.hit);
  const have = row.cells.filter((c) => c.kind === 'value').length;
  return expected !== undefined && have > 0 && have + next === expected;
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
