import type { TableGrid } from '../../schemas/types.js';

/** One cell of a table row as laid out in the text: offsets point at the trimmed content. */
export interface Cell {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** A line of a table region split into cells; `separated` when tabs or pipes delimit them. */
export interface Line {
  index: number;
  start: number;
  end: number;
  cells: Cell[];
  separated: boolean;
}

/** PDF page footers such as `- 4 -` or `— 1 —` on a line of their own. */
const PAGE_MARKER = /^\s*[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}\s*$/;
/** Markdown table separator rows: `|---|---|`. */
const MARKDOWN_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const UNIT_ONLY = /^(?:万元|元|万|%|件|条|个|项)$/;
/** A word after a number that makes it a date (2025 年), kept with it so it is not read as a cell. */
const DATE_WORD = /^[年月日号]/;
const NUMERIC = /^[+\-−]?\d[\d,]*(?:\.\d+)?$/;

/** The cell [start, end) without the whitespace around it. */
export function trimmed(text: string, start: number, end: number, line: number): Cell {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { text: text.slice(s, e), start: s, end: e, line };
}

/** Splits [start, end) at every separator character, keeping empty pieces. */
function splitAt(text: string, start: number, end: number, separator: string, line: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] === separator) {
      cells.push(trimmed(text, from, i, line));
      from = i + 1;
    }
  }
  cells.push(trimmed(text, from, end, line));
  return cells;
}

/**
 * Whitespace-separated words; a parenthesised note stays one word (（其中修订 16 件）) and a unit
 * printed apart from its number joins it (61.72 万元).
 */
function words(text: string, start: number, end: number, line: number): Cell[] {
  const cells: Cell[] = [];
  const token = /[（(][^（）()\n]{0,40}[）)]|[^\s（(]+|[（(]/g;
  token.lastIndex = start;
  let wordStart = -1;
  let wordEnd = -1;
  const flush = () => {
    if (wordStart < 0) return;
    const cell = trimmed(text, wordStart, wordEnd, line);
    const previous = cells[cells.length - 1];
    if (previous && (UNIT_ONLY.test(cell.text) || DATE_WORD.test(cell.text)) && NUMERIC.test(previous.text)) {
      cells[cells.length - 1] = { ...previous, text: text.slice(previous.start, cell.end), end: cell.end };
    } else {
      cells.push(cell);
    }
  };
  for (let m = token.exec(text); m && m.index < end; m = token.exec(text)) {
    const mEnd = Math.min(end, m.index + m[0].length);
    if (m.index === wordEnd) {
      wordEnd = mEnd;
    } else {
      flush();
      wordStart = m.index;
      wordEnd = mEnd;
    }
  }
  flush();
  return cells;
}

/** Cells of one text line: tab-separated, pipe-separated (markdown or one cell per line), else words. */
export function cellsOfLine(text: string, start: number, end: number, line: number): { cells: Cell[]; separated: boolean } {
  const content = text.slice(start, end);
  if (content.includes('\t')) return { cells: splitAt(text, start, end, '\t', line).flatMap((c) => numberWords(text, c)), separated: true };
  if (content.includes('|')) {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (text[s] === '|') s++;
    if (e > s && text[e - 1] === '|') e--;
    return { cells: splitAt(text, s, e, '|', line).flatMap((c) => numberWords(text, c)), separated: true };
  }
  return { cells: words(text, start, end, line), separated: false };
}

/** A separated cell that holds several space-separated numbers (`0 0 0`) is several cells. */
function numberWords(text: string, cell: Cell): Cell[] {
  if (!/\s/.test(cell.text) || !cell.text.split(/\s+/).every((w) => NUMERIC.test(w))) return [cell];
  return words(text, cell.start, cell.end, cell.line);
}

/** The lines of doc text [from, to), without page footers and markdown rule rows. */
export function textLines(text: string, from: number, to: number, firstIndex = 0): Line[] {
  const lines: Line[] = [];
  let start = from;
  let index = firstIndex;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const content = text.slice(start, end);
    if (content.trim() && !PAGE_MARKER.test(content) && !MARKDOWN_RULE.test(content)) {
      const { cells, separated } = cellsOfLine(text, start, end, index);
      lines.push({ index, start, end, cells, separated });
    }
    index++;
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}

/** Rows of an HTML grid as lines: each cell once (slots a rowspan/colspan fills are skipped). */
export function gridLines(text: string, grid: TableGrid, firstIndex: number): Line[] {
  return grid.rows.map((row, r) => {
    const cells = row.filter((cell) => !cell.spanOf).map((cell) => trimmed(text, cell.start, cell.end, firstIndex + r));
    const start = cells[0]?.start ?? grid.start;
    const end = cells[cells.length - 1]?.end ?? start;
    return { index: firstIndex + r, start, end, cells, separated: true };
  });
}

/**
 * The lines of a region of the document: HTML tables inside it come from their grids (merged
 * cells expanded once), the rest from the text.
 */
export function regionLines(text: string, tables: readonly TableGrid[], from: number, to: number): Line[] {
  const lines: Line[] = [];
  let cursor = from;
  let index = 0;
  for (const grid of tables.filter((t) => t.origin === 'html' && t.end > from && t.start < to).sort((a, b) => a.start - b.start)) {
    if (grid.start > cursor) {
      const part = textLines(text, cursor, grid.start, index);
      lines.push(...part);
      index = (part[part.length - 1]?.index ?? index) + 1;
    }
    const rows = gridLines(text, grid, index);
    lines.push(...rows.filter((l) => l.cells.length > 0));
    index += grid.rows.length;
    cursor = Math.max(cursor, grid.end);
  }
  if (cursor < to) lines.push(...textLines(text, cursor, to, index));
  return lines;
}
