import { splitSentences } from '../../pipeline/03-segment/index.js';
import type { NumberMention, Paragraph, Span } from '../../schemas/types.js';

/**
 * Where a template table, flattened into a line of text, begins: the 第二十条 blocks of table 2,
 * the header of table 3 (申请人情况 / 本列数据的勾稽关系), the header of table 4, and the
 * 指标名称 计量单位 header of the old 统计表. Everything after it in the paragraph is table cells,
 * the table extractor's business.
 */
const FLATTENED_TABLE = /第二十条\s*第\s*[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*项|信息内容\s*本年|[（(]\s*本列数据的勾稽关系|申请人情况\s*自然人|指标名称\s*计量单位|行政复议\s*行政诉讼\s*结果/;

const SENTENCE_PUNCTUATION = /[，。；！？：,;:!?]/;
const TERMINAL = /[。！？；：:!?…]$/;
/** A line that opens a new part, item or heading, so it never continues the line before it. */
const OUTLINE_START = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[、.．](?!\d)|第[一二三四五六七八九十]+[部分章节条]|#+\s|[-*]\s|[一二三四五六七八九十]是)/;

/**
 * A paragraph line that belongs to a table rather than to running text: a row with cell
 * separators (| or tab), a cell holding only figures, or a short line with a figure and no
 * sentence punctuation (行政许可 97, （其中修订 16 件）), or figures set side by side (3001 53 0 0).
 */
export function isTableLine(line: string, figures: readonly NumberMention[], lineStart: number): boolean {
  if (/[|\t]/.test(line)) return true;
  if (figures.length === 0) return false;
  const compact = line.replace(/\s/g, '');
  if (!SENTENCE_PUNCTUATION.test(line) && compact.length <= 24) return true;
  for (let i = 1; i < figures.length; i++) {
    const between = line.slice(figures[i - 1].end - lineStart, figures[i].start - lineStart);
    if (between.length > 0 && /^\s+$/.test(between)) return true;
  }
  return false;
}

function isHeadingLike(text: string): boolean {
  const compact = text.replace(/\s/g, '');
  return compact.length < 10 || (OUTLINE_START.test(text) && compact.length <= 30 && !/[，。]/.test(text));
}

/** A sentence of running text; sentences of one block (a paragraph, wrapped lines joined) share `block`. */
export interface RunningSentence extends Span {
  block: number;
}

/**
 * The sentences of a document's running text, in order: table rows and flattened tables are left
 * out, and lines that a PDF conversion wrapped mid-sentence are joined again, so a sentence such
 * as 配备了 4 名政府信\n息公开全职工作人员 is one span.
 */
export function runningSentences(text: string, paragraphs: readonly Paragraph[], figuresIn: (from: number, to: number) => NumberMention[]): RunningSentence[] {
  const blocks: Span[] = [];
  let open: Span | null = null;
  // A flattened table runs on through the pieces its line was cut into, up to the next numbered part.
  let tableUntil = -1;
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end);
    if (paragraph.start < tableUntil && !/^[一二三四五六七八九十]+\s*、/.test(line)) continue;
    tableUntil = -1;
    if (isTableLine(line, figuresIn(paragraph.start, paragraph.end), paragraph.start)) {
      open = null;
      continue;
    }
    const cut = FLATTENED_TABLE.exec(line);
    if (cut) {
      const lineEnd = text.indexOf('\n', paragraph.start);
      tableUntil = lineEnd < 0 ? text.length : lineEnd;
    }
    const piece: Span = { start: paragraph.start, end: cut ? paragraph.start + cut.index : paragraph.end };
    while (piece.end > piece.start && /\s/.test(text[piece.end - 1])) piece.end--;
    if (piece.end <= piece.start) {
      open = null;
      continue;
    }
    const pieceText = text.slice(piece.start, piece.end);
    const gap = open ? text.slice(open.end, piece.start) : '';
    if (open && /^[^\S\n]*\n[^\S\n]*$/.test(gap) && !OUTLINE_START.test(pieceText)) {
      open.end = piece.end;
    } else {
      open = { ...piece };
      blocks.push(open);
      if (isHeadingLike(pieceText)) open = null;
    }
    if (open && (cut || TERMINAL.test(pieceText))) open = null;
  }
  return blocks.flatMap((block, index) => splitSentences(text, block.start, block.end).map((sentence) => ({ ...sentence, block: index })));
}
