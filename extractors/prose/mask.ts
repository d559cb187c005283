import type { NumberMention, Span } from '../../schemas/types.js';

/** The character that stands for one figure in masked text. */
export const FIGURE_MASK = '#';

/**
 * A span of running text as rule patterns see it: every figure mention (approximation words,
 * digits and measure word included: 近300条, 61.72万元) is one `#`, whitespace is gone (so a
 * line break or the spaces of PDF output never split a phrase), spans in `skip` (page numbers a
 * PDF conversion left inside a sentence, — 2 —) are gone too, and ASCII `,;:()` read as their
 * full-width forms. `starts[i]`/`ends[i]` give the source span of masked character i, so any
 * match maps back to exact text offsets.
 */
export interface MaskedText {
  text: string;
  starts: number[];
  ends: number[];
  /** The figure a `#` stands for, by masked index. */
  figures: (NumberMention | undefined)[];
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };

export function maskSpan(source: string, figures: readonly NumberMention[], span: Span, skip: readonly Span[] = []): MaskedText {
  const out: MaskedText = { text: '', starts: [], ends: [], figures: [] };
  const chars: string[] = [];
  const inside = figures.filter((f) => f.start >= span.start && f.end <= span.end).sort((a, b) => a.start - b.start);
  let next = 0;
  for (let at = span.start; at < span.end; ) {
    const skipped = skip.find((s) => s.start <= at && at < s.end);
    if (skipped) {
      at = skipped.end;
      continue;
    }
    const figure = inside[next];
    if (figure && figure.start === at) {
      chars.push(FIGURE_MASK);
      out.starts.push(figure.start);
      out.ends.push(figure.end);
      out.figures.push(figure);
      at = figure.end;
      next++;
      continue;
    }
    const char = source[at];
    if (!/\s/.test(char)) {
      chars.push(char === FIGURE_MASK ? '＃' : (FULL_WIDTH[char] ?? char));
      out.starts.push(at);
      out.ends.push(at + 1);
      out.figures.push(undefined);
    }
    at++;
  }
  out.text = chars.join('');
  return out;
}

/** Source span of masked characters [from, to). */
export function sourceSpan(masked: MaskedText, from: number, to: number): Span {
  return { start: masked.starts[from], end: masked.ends[Math.max(from, to - 1)] };
}
