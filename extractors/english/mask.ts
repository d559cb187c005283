import type { NumberMention, Span } from '../../schemas/types.js';

/** The character that stands for a figure in masked text. */
export const FIGURE_MASK = '#';

/**
 * Text of `span` with every figure mention (approximation words, digits and unit included:
 * "about 300 items", "RMB 1.2 million") overwritten by `#`, so that a rule pattern can say "a
 * figure here" as `#+`. English patterns need their spaces, so unlike the Chinese masking of
 * extractors/prose/mask.ts (one `#` per figure, whitespace dropped) this keeps the length, and a
 * match offset is a text offset.
 */
export function maskFigures(text: string, figures: readonly NumberMention[], span: Span): string {
  const chars = text.slice(span.start, span.end).replaceAll(FIGURE_MASK, ' ').split('');
  for (const figure of figures) {
    const from = Math.max(figure.start, span.start) - span.start;
    const to = Math.min(figure.end, span.end) - span.start;
    for (let i = from; i < to; i++) chars[i] = FIGURE_MASK;
  }
  return chars.join('');
}

/** The figure whose mention starts at an absolute offset. */
export function figureAt(figures: readonly NumberMention[], start: number): NumberMention | undefined {
  return figures.find((figure) => figure.start === start);
}
