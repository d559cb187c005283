import type { LabelHit, LabelRule } from './labels.js';
import { trimmed, type Line } from './lines.js';

/** The content of a table region in reading order: labels, figures, empty cells and other words. */
export type Item<R extends LabelRule> =
  | { kind: 'label'; hit: LabelHit<R>; line: number; start: number; end: number }
  | { kind: 'value'; text: string; line: number; start: number; end: number }
  | { kind: 'empty'; line: number; start: number; end: number }
  | { kind: 'text'; text: string; line: number; start: number; end: number };

export type ValueItem = Extract<Item<LabelRule>, { kind: 'value' }>;
export type EmptyItem = Extract<Item<LabelRule>, { kind: 'empty' }>;

/** Cells that state no figure. */
const EMPTY_CELL = /^(?:|\/|／|-|－|—+|–|无|空)$/;
/**
 * A figure at the start of a piece: sign, digits (with thousands commas), decimals, and 元/万元.
 * Digits followed by 年/月/日/号 are a date or a document number, not a cell.
 */
const FIGURE = /^[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:万元|元))?(?!\d|\s*[年月日号])/;
const NOTE = /^[（(][^（）()]*[）)]/;

/**
 * What is left of a cell once labels are cut out: figures at its start (several when they are
 * glued: `33-12`), then words. A piece that starts with words is words only (数据1, 2011年度).
 */
function piecesOf<R extends LabelRule>(text: string, start: number, end: number, line: number): Item<R>[] {
  const items: Item<R>[] = [];
  const piece = trimmed(text, start, end, line);
  const e = piece.end;
  let s = piece.start;
  while (s < e) {
    const rest = text.slice(s, e);
    const figure = rest.match(FIGURE);
    if (figure) {
      items.push({ kind: 'value', text: figure[0], line, start: s, end: s + figure[0].length });
      s += figure[0].length;
      continue;
    }
    const note = items.length > 0 ? rest.match(NOTE) : null;
    if (note) {
      s += note[0].length;
      continue;
    }
    items.push({ kind: 'text', text: rest, line, start: s, end: e });
    break;
  }
  return items;
}

/**
 * Turns the lines of a region and the labels found in it into items. A label may cover several
 * cells or only the start of one (规章000): the uncovered rest of each cell is read for figures.
 */
export function regionItems<R extends LabelRule>(text: string, lines: readonly Line[], hits: readonly LabelHit<R>[]): Item<R>[] {
  const items: Item<R>[] = hits.map((hit) => ({ kind: 'label', hit, line: hit.line, start: hit.start, end: hit.end }));
  for (const line of lines) {
    for (const cell of line.cells) {
      const covering = hits.filter((h) => h.start < cell.end && h.end > cell.start);
      if (covering.length === 0) {
        if (EMPTY_CELL.test(cell.text)) items.push({ kind: 'empty', line: line.index, start: cell.start, end: cell.end });
        else items.push(...piecesOf<R>(text, cell.start, cell.end, line.index));
        continue;
      }
      let cursor = cell.start;
      for (const hit of covering) {
        if (hit.start > cursor) items.push(...piecesOf<R>(text, cursor, hit.start, line.index));
        cursor = Math.max(cursor, hit.end);
      }
      if (cursor < cell.end) items.push(...piecesOf<R>(text, cursor, cell.end, line.index));
    }
  }
  return items.sort((a, b) => a.start - b.start || (a.kind === 'label' ? -1 : b.kind === 'label' ? 1 : 0));
}
