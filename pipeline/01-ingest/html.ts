import { load } from 'cheerio/slim';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import type { AnyNode, Element } from 'domhandler';
import type { TableCell, TableGrid } from '../../schemas/types.js';

export interface RenderedHtml {
  /** Visible report text: blocks on their own lines, table rows as tab-separated cells. */
  text: string;
  /** Data tables, merged cells expanded; offsets point into `text`. */
  tables: TableGrid[];
  title: string | null;
}

/** Page furniture that never holds the report. */
const DROP = 'script, style, noscript, iframe, nav, header, footer, form, select, button, svg, template, link, meta, object, embed, [role=navigation], [aria-hidden=true]';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'ul', 'caption', 'body', 'html', 'tbody', 'thead', 'tfoot',
]);

const CJK = /[\u3400-\u9fff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Renders the report body of an HTML page as text, with its data tables as grids.
 *
 * The body is the smallest element that still holds most of the page's non-link Chinese text
 * (English words on an English page): navigation, footers and link lists are mostly link text,
 * so they fall away without a per-site rule.
 */
export function renderHtml(html: string): RenderedHtml {
  // Parsed as cheerio's load(html) parses it (parse5, scripting on) and handed to its slim build:
  // the full build also loads undici and encoding-sniffer for fromURL, some 14 MB per thread.
  const $ = load(parse(html, { treeAdapter: adapter, scriptingEnabled: true }));
  const title = pageTitle($);
  $(DROP).remove();
  const body = $('body')[0] ?? $.root()[0];
  const container = findReportBody(body as Element);
  const out = new TextBuilder();
  const tables: TableGrid[] = [];
  if (title && !textOf(container).replace(/\s+/g, '').includes(title.replace(/\s+/g, ''))) {
    out.append(title);
    out.newline();
    out.newline();
  }
  renderNode(container, out, tables);
  return { text: out.finish(), tables, title };
}

function pageTitle($: ReturnType<typeof load>): string | null {
  const meta = $('meta[name=ArticleTitle]').attr('content')?.trim();
  if (meta) return meta;
  const h1 = $('h1').first().text().replace(/\s+/g, ' ').trim();
  if (h1 && /[\u3400-\u9fff]/.test(h1)) return h1;
  // Page titles append the column and the site: 报告标题_栏目_站点.
  const head = $('title').first().text().replace(/\s+/g, ' ').trim();
  return head ? head.split(/[_|]| - /)[0].trim() || null : null;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  return node.children.map(textOf).join('');
}

function findReportBody(body: Element): Element {
  // An English version is measured in English words, else a few quoted Chinese names would be its body.
  const all = textOf(body);
  const unit = (all.match(LATIN_WORD)?.length ?? 0) > (all.match(CJK)?.length ?? 0) ? LATIN_WORD : CJK;
  const counts = new Map<Element, number>();
  const count = (node: AnyNode, inLink: boolean): number => {
    if (node.type === 'text') return inLink ? 0 : ((node as unknown as { data: string }).data.match(unit)?.length ?? 0);
    if (!isElement(node)) return 0;
    const link = inLink || node.name === 'a';
    let n = 0;
    for (const child of node.children) n += count(child, link);
    counts.set(node, n);
    return n;
  };
  const total = count(body, false);
  if (total === 0) return body;
  let best = body;
  let bestCount = total;
  for (const [element, n] of counts) {
    if (n >= 0.6 * total && n < bestCount) {
      best = element;
      bestCount = n;
    }
  }
  return best;
}

function isDataTable(table: Element): boolean {
  let nested = false;
  let rows = 0;
  let maxCells = 0;
  const visit = (node: AnyNode, depth: number) => {
    if (!isElement(node)) return;
    if (node.name === 'table' && depth > 0) nested = true;
    if (node.name === 'tr' && depth > 0) {
      rows++;
      maxCells = Math.max(maxCells, node.children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th')).length);
    }
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(table, 0);
  return !nested && rows >= 2 && maxCells >= 2;
}

function renderNode(node: AnyNode, out: TextBuilder, tables: TableGrid[]): void {
  if (node.type === 'text') {
    out.append((node as unknown as { data: string }).data.replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\u00a0') ? ' ' : ' ')));
    return;
  }
  if (!isElement(node)) return;
  if (node.name === 'br') {
    out.newline();
    return;
  }
  if (node.name === 'table' && isDataTable(node)) {
    out.newline();
    tables.push(renderTable(node, out, tables.length));
    out.newline();
    return;
  }
  const block = BLOCK.has(node.name) || node.name === 'table' || node.name === 'tr' || node.name === 'td' || node.name === 'th';
  if (block) out.newline();
  for (const child of node.children) renderNode(child, out, tables);
  if (block) out.newline();
}

interface PendingCell {
  element: Element;
  rowSpan: number;
  colSpan: number;
}

/** Lays the table out on a grid (rowspan/colspan expanded), then writes each row as tab-separated cells. */
function renderTable(table: Element, out: TextBuilder, index: number): TableGrid {
  const trs: Element[] = [];
  const collect = (node: AnyNode) => {
    if (!isElement(node)) return;
    if (node.name === 'tr') trs.push(node);
    else for (const child of node.children) collect(child);
  };
  collect(table);
  const grid: (PendingCell | { spanOf: { row: number; col: number } } | undefined)[][] = [];
  trs.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.children) {
      if (!isElement(td) || (td.name !== 'td' && td.name !== 'th')) continue;
      while (grid[r][c] !== undefined) c++;
      const rowSpan = clampSpan(td.attribs.rowspan, trs.length - r);
      const colSpan = clampSpan(td.attribs.colspan, 50);
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? { element: td, rowSpan, colSpan } : { spanOf: { row: r, col: c } };
        }
      }
      c += colSpan;
    }
  });
  const start = out.length;
  const rows: TableCell[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const cells: TableCell[] = [];
    const row = grid[r] ?? [];
    let first = true;
    for (let c = 0; c < row.length; c++) {
      const slot = row[c];
      if (slot && 'element' in slot) {
        if (!first) out.append('\t');
        first = false;
        const text = cellText(slot.element);
        const cellStart = out.length;
        out.append(text);
        cells.push({ row: r, col: c, text, start: cellStart, end: out.length });
      } else if (slot) {
        const origin = rows[slot.spanOf.row]?.find((cell) => cell.col === slot.spanOf.col && !cell.spanOf) ?? cells.find((cell) => cell.col === slot.spanOf.col);
        cells.push({
          row: r,
          col: c,
          text: origin?.text ?? '',
          start: origin?.start ?? out.length,
          end: origin?.end ?? out.length,
          spanOf: slot.spanOf,
        });
      } else {
        cells.push({ row: r, col: c, text: '', start: out.length, end: out.length });
      }
    }
    rows.push(cells);
    out.newline();
  }
  return { index, origin: 'html', start, end: out.length, rows };
}

function clampSpan(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, Math.max(1, max)) : 1;
}

/** A cell's text on one line: paragraphs inside a header cell (本年新<p>制作数量) join without a break. */
function cellText(element: Element): string {
  return textOf(element).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Accumulates text while keeping offsets exact; collapses blank runs the way a browser would. */
class TextBuilder {
  private chunks: string[] = [];
  length = 0;
  private lastChar = '\n';

  append(s: string): void {
    // A space never starts a line and never follows another space.
    if (this.lastChar === '\n' || this.lastChar === ' ') s = s.replace(/^ +/, '');
    if (s) this.write(s);
  }

  newline(): void {
    if (this.lastChar === '\n') return;
    if (this.lastChar === ' ') this.dropTrailingSpaces();
    this.write('\n');
  }

  finish(): string {
    return this.finishRaw().replace(/\s+$/, '\n');
  }

  private write(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1];
  }

  private finishRaw(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }

  private dropTrailingSpaces(): void {
    while (this.chunks.length > 0) {
      const last = this.chunks[this.chunks.length - 1];
      const trimmed = last.replace(/ +$/, '');
      this.length -= last.length - trimmed.length;
      if (trimmed) {
        this.chunks[this.chunks.length - 1] = trimmed;
        this.lastChar = trimmed[trimmed.length - 1];
        return;
      }
      this.chunks.pop();
    }
    this.lastChar = '\n';
  }
}
