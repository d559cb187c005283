import type { LabelRule } from './labels.js';
import type { RawRow, RowMode } from './rows.js';
import { rowShape } from './rows.js';
import { enumerateSplits, isWellFormedCell, type ColumnShape, type Piece } from './split.js';

/** How the cells of a row were put in their columns. */
export type Placement = 'stated' | 'left-aligned' | 'split';

export type Resolution =
  | { kind: 'cells'; cells: (Piece | null)[]; placement: Placement; extra?: Piece[] }
  | { kind: 'split'; candidates: Piece[][] }
  | { kind: 'undetermined'; reason: string };

export interface ResolveOptions {
  mode: RowMode;
  /** The region prints cells run together, so digit runs may be cut into cells. */
  runTogether: boolean;
  /** The row runs to the end of the document: cells missing at its end were cut off. */
  truncated: boolean;
}

const piece = (v: { text: string; start: number; end: number }): Piece => ({ text: v.text, start: v.start, end: v.end });

/**
 * Puts a row's cells in the template's columns, or says why it cannot. Cells are placed by
 * position only when the position is certain: the row has exactly as many cells as columns
 * (empty cells keep their place); or its cells start in the first column and the missing ones are
 * printed empty at its end or cut off by the end of the document. Run-together digits are cut
 * into cells (several candidates possible; the caller chooses with the table's identities).
 */
export function resolveRow<R extends LabelRule>(row: RawRow<R>, columns: readonly ColumnShape[], options: ResolveOptions): Resolution {
  const n = columns.length;
  const shape = rowShape(row);
  const values = shape.values;
  if (values.length === 0) return { kind: 'undetermined', reason: 'no figures' };
  const cellMode = options.mode === 'cell';
  const core = cellMode ? values : shape.core;
  if (core.length === n && values.every((v) => isWellFormedCell(v.text))) {
    return { kind: 'cells', cells: core.map((c) => (c.kind === 'value' ? piece(c) : null)), placement: 'stated' };
  }
  // One cell per line: the first cells after the label are its row; what follows is not its cells.
  if (cellMode && values.length > n) return { kind: 'cells', cells: values.slice(0, n).map(piece), placement: 'stated', extra: values.slice(n).map(piece) };
  if (core.length > n) return { kind: 'undetermined', reason: `${core.length} cells for ${n} columns` };
  const interiorEmpty = core.some((c) => c.kind === 'empty');
  const runTogether = options.runTogether || values.some((v) => !isWellFormedCell(v.text));
  if (runTogether && !interiorEmpty) {
    const splits = enumerateSplits(values.map(piece), columns);
    if (splits === null) return { kind: 'undetermined', reason: `too many ways to cut ${values.map((v) => v.text).join(' ')} into ${n} cells` };
    if (splits.length === 0) return { kind: 'undetermined', reason: `${values.map((v) => v.text).join(' ')} cannot be cut into ${n} cells` };
    if (splits.length === 1) return { kind: 'cells', cells: splits[0], placement: 'split' };
    return { kind: 'split', candidates: splits };
  }
  const missing = n - core.length;
  // In cell mode empty cells are line separators, so only those after the figures say anything.
  if ((cellMode || shape.leadingEmpties === 0) && (shape.trailingEmpties >= missing || options.truncated)) {
    return { kind: 'cells', cells: [...core.map((c) => (c.kind === 'value' ? piece(c) : null)), ...Array<null>(missing).fill(null)], placement: 'left-aligned' };
  }
  return { kind: 'undetermined', reason: `${values.length} figures for ${n} columns and no empty cell says which are missing` };
}
