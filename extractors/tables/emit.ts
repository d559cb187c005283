import { parseQuantity, type ParsedQuantity } from '../numbers/index.js';
import type { Fact } from '../../schemas/types.js';
import type { FactDraft } from '../define.js';
import type { Piece } from './split.js';

/** What a column holds: counts, or money in yuan (a bare number meaning 万元 when `tenThousand`). */
export interface ValueColumn {
  unit: 'count' | 'yuan';
  tenThousand?: boolean;
}

/**
 * The value of a cell in its column's unit. A money cell that prints its unit (152790元,
 * 61.72 万元) is read as printed; a bare number in a 万元 column is 万元 (26.55 → 265500 yuan).
 * Null when the cell is not a figure of the column's kind.
 */
export function cellValue(text: string, column: ValueColumn): ParsedQuantity | null {
  const parsed = parseQuantity(text);
  if (!parsed) return null;
  if (column.unit === 'count') return parsed.unit === 'count' ? parsed : null;
  if (parsed.unit === 'yuan') return parsed;
  if (parsed.unit !== 'count' || parsed.measure) return null;
  if (!column.tenThousand) return { ...parsed, unit: 'yuan' };
  return parseQuantity(`${text.trim()}万元`);
}

export interface CellFact {
  metric: string | null;
  label?: string;
  piece: Piece;
  column: ValueColumn;
  /** Start of the quote: the row label, or the row's first cell. */
  quoteStart: number;
  quoteEnd: number;
  ruleId: string;
  rowLabel: string;
  colLabel: string;
  table: NonNullable<Fact['table']>;
  features?: FactDraft['features'];
}

/** A table cell as a fact draft, or the reason it is not one. */
export function cellDraft(cell: CellFact): FactDraft | string {
  const parsed = cellValue(cell.piece.text, cell.column);
  if (!parsed) return `cell “${cell.piece.text}” is not a ${cell.column.unit === 'yuan' ? 'money amount' : 'count'}`;
  const start = Math.min(cell.quoteStart, cell.piece.start);
  const end = Math.max(cell.quoteEnd, cell.piece.end);
  return {
    metric: cell.metric,
    ...(cell.label !== undefined ? { label: cell.label } : {}),
    value: parsed.value,
    unit: cell.column.unit,
    approx: parsed.approx,
    interval: parsed.interval,
    start,
    end,
    valueStart: cell.piece.start,
    valueEnd: cell.piece.end,
    src: 'table',
    ruleId: cell.ruleId,
    evidence: [cell.rowLabel, cell.colLabel],
    table: cell.table,
    features: cell.features,
  };
}
