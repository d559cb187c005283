import type { Line } from './lines.js';

/** A row label rule: a pattern matched on the region's text with whitespace removed, and a real example. */
export interface LabelRule {
  id: string;
  pattern: string;
  example: string;
  /** The label is its words and note only: it does not run on over the rest of its cell. */
  noTail?: boolean;
}

/** Where a rule's label sits in the document, its note and tail included. */
export interface LabelHit<R extends LabelRule> {
  rule: R;
  start: number;
  end: number;
  /** Line holding the label's last character. */
  line: number;
  /** The label as printed, whitespace removed. */
  text: string;
  groups: string[];
}

/** The region's text without whitespace, with the document offset of every character kept. */
export interface CompactView {
  text: string;
  offsets: number[];
  lines: number[];
}

export function compactView(text: string, lines: readonly Line[]): CompactView {
  let compact = '';
  const offsets: number[] = [];
  const lineOf: number[] = [];
  for (const line of lines) {
    for (let i = line.start; i < line.end; i++) {
      if (/\s/.test(text[i])) continue;
      compact += text[i];
      offsets.push(i);
      lineOf.push(line.index);
    }
  }
  return { text: compact, offsets, lines: lineOf };
}

/** A label ends where the figures begin: at a digit, a sign, a cell separator, a tab or a new line. */
const STOP = /[0-9|+\-−]/;
const NOTE_OPEN = /[（(]/;
const NOTE_CLOSE = /[）)]/;

function boundaryBetween(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (text[i] === '\n' || text[i] === '\t') return true;
  return false;
}

/**
 * Every label of `rules` in the region, earliest first, without overlaps (at one place the
 * longest match wins). A label extends over a parenthesised note, which may wrap over lines
 * (（区分处理的，只计这一情形，不计其他情形）), and then over the rest of its cell, so that the
 * figures start right after it even when they are glued to it (规章000).
 */
export function findLabels<R extends LabelRule>(text: string, view: CompactView, rules: readonly R[]): LabelHit<R>[] {
  const matches: { rule: R; start: number; end: number; groups: string[] }[] = [];
  for (const rule of rules) {
    const regex = new RegExp(rule.pattern, 'g');
    for (const m of view.text.matchAll(regex)) {
      if (m[0].length === 0) continue;
      matches.push({ rule, start: m.index!, end: m.index! + m[0].length, groups: m.slice(1).map((g) => g ?? '') });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: typeof matches = [];
  for (const m of matches) {
    if (chosen.length > 0 && m.start < chosen[chosen.length - 1].end) continue;
    chosen.push(m);
  }
  return chosen.map((m, i) => {
    const limit = chosen[i + 1]?.start ?? view.text.length;
    let k = m.end;
    if (k < limit && NOTE_OPEN.test(view.text[k])) {
      const close = view.text.slice(k, Math.min(limit, k + 80)).search(NOTE_CLOSE);
      if (close > 0) k += close + 1;
    }
    while (!m.rule.noTail && k < limit && !STOP.test(view.text[k]) && !boundaryBetween(text, view.offsets[k - 1], view.offsets[k])) k++;
    const start = view.offsets[m.start];
    const end = view.offsets[k - 1] + 1;
    return { rule: m.rule, start, end, line: view.lines[k - 1], text: view.text.slice(m.start, k), groups: m.groups };
  });
}
