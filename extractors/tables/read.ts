import type { Span, TableGrid } from '../../schemas/types.js';
import { regionItems, type Item } from './items.js';
import { compactView, findLabels, type LabelHit, type LabelRule } from './labels.js';
import { regionLines, type Line } from './lines.js';
import { buildRows, chooseMode, type RawRow, type RowMode } from './rows.js';

/** How many cells the row of a label has, when the template fixes it (a row cut over two lines goes on). */
export type CellsOf<R extends LabelRule> = (hit: LabelHit<R>) => number | undefined;

/** A table region read into rows, whatever its shape. */
export interface RegionReading<R extends LabelRule> {
  span: Span;
  lines: Line[];
  hits: LabelHit<R>[];
  items: Item<R>[];
  mode: RowMode;
  rows: RawRow<R>[];
  /** Cells are printed run together (no separators, figures glued to labels or to each other). */
  runTogether: boolean;
}

/** Some figure touches the label or figure before it, with nothing between. */
function gluedFigures<R extends LabelRule>(items: readonly Item<R>[]): boolean {
  return items.some((item, i) => item.kind === 'value' && i > 0 && (items[i - 1].kind === 'label' || items[i - 1].kind === 'value') && items[i - 1].end === item.start);
}

export function readRegion<R extends LabelRule>(text: string, tables: readonly TableGrid[], span: Span, rules: readonly R[], cellsOf?: CellsOf<R>): RegionReading<R> {
  const lines = regionLines(text, tables, span.start, span.end);
  const hits = findLabels(text, compactView(text, lines), rules);
  const items = regionItems(text, lines, hits);
  const mode = chooseMode(items);
  const runTogether = lines.every((l) => !l.separated) && gluedFigures(items);
  return { span, lines, hits, items, mode, rows: buildRows(items, mode, { cellsOf }), runTogether };
}

/** The row runs to the end of the document (nothing but whitespace after it). */
export function reachesEnd(text: string, row: { end: number }): boolean {
  return text.slice(row.end).trim().length === 0;
}
