/**
 * Every prose rule reads its own example, a real sentence of the corpus; the examples are found
 * in the corpus texts when ../shared is present.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers, isFigure } from '../extractors/numbers/index.js';
import { maskSpan } from '../extractors/prose/mask.js';
import { parseItems } from '../extractors/prose/list-items.js';
import { COMPILED_NEGATIONS } from '../extractors/prose/negations.js';
import { DECLARED_COUNT_RULES, PATTERN_RULES } from '../extractors/prose/patterns.js';
import { matchRule, measureFits, type CompiledRule } from '../extractors/prose/rule.js';
import { LIST_OPENERS } from '../extractors/prose/rules/list.js';
import { processText } from '../pipeline/stages.js';
import { HAS_SHARED, noteSharedSkip, sharedText, sharedTextNames } from './support/shared.js';

function masked(sentence: string) {
  return maskSpan(sentence, findNumbers(sentence).filter((n) => isFigure(n.role)), { start: 0, end: sentence.length });
}

/** A rule reads its example when one of its matches holds a figure of the right measure. */
function reads(rule: CompiledRule, sentence: string): boolean {
  return matchRule(rule, masked(sentence)).some((m) => m.figure !== undefined && measureFits(rule, m.figure));
}

describe('every pattern rule reads its example', () => {
  for (const rule of [...PATTERN_RULES, ...DECLARED_COUNT_RULES]) {
    it(rule.id, () => {
      expect(reads(rule, rule.example), `${rule.pattern} on ${rule.example}`).toBe(true);
    });
  }
});

describe('every negation rule reads its example', () => {
  for (const rule of COMPILED_NEGATIONS) {
    it(rule.id, () => {
      rule.regex.lastIndex = 0;
      const match = rule.regex.exec(masked(rule.example).text);
      expect(match, `${rule.pattern} on ${rule.example}`).not.toBeNull();
      expect(rule.when.some(({ regex }) => !regex || regex.test(match![0]))).toBe(true);
    });
  }
});

describe('every list opener opens a list in its example', () => {
  for (const opener of LIST_OPENERS) {
    it(opener.id, () => {
      const text = masked(opener.example);
      const found = opener.pattern.exec(text.text);
      expect(found, `${opener.pattern} on ${opener.example}`).not.toBeNull();
      expect(parseItems(text, found!.index + found![0].length, false).length).toBeGreaterThanOrEqual(opener.minimum);
    });
  }
});

describe('rule tables', () => {
  it('give each rule a unique id', () => {
    const ids = [...PATTERN_RULES, ...DECLARED_COUNT_RULES, ...COMPILED_NEGATIONS, ...LIST_OPENERS].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.skipIf(noteSharedSkip('prose rule examples found in the corpus'))('rule examples come from the corpus', () => {
  // As rule patterns see text (no whitespace, full-width punctuation), figures left as printed.
  const compact = (s: string) => maskSpan(s, [], { start: 0, end: s.length }).text;
  const corpus = HAS_SHARED
    ? ['dev', 'peers'].flatMap((set) => sharedTextNames(set).map((name) => {
        const result = processText(sharedText(set, name), name);
        return result.status === 'ok' ? compact(result.text) : '';
      }))
    : [];
  for (const rule of [...PATTERN_RULES, ...DECLARED_COUNT_RULES, ...COMPILED_NEGATIONS, ...LIST_OPENERS]) {
    it(rule.id, () => {
      expect(corpus.some((text) => text.includes(compact(rule.example))), rule.example).toBe(true);
    });
  }
});
