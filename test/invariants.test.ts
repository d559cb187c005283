import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricDef } from '../schemas/catalog.js';
import { processText } from '../pipeline/stages.js';
import { HAS_SHARED, PROJECT_CORPUS, noteSharedSkip, sharedText, sharedTextNames } from './support/shared.js';

/**
 * Whatever the extractors do, every fact must carry its provenance and a span that holds it:
 * extractor and rule ids, a quote equal to the text at its offsets, the figure inside the quote,
 * a catalogued metric in its catalogued unit, and a section that contains it.
 */
function checkDocument(name: string, text: string): void {
  const result = processText(text, name);
  expect(result.status, name).toBe('ok');
  if (result.status !== 'ok') return;
  const ids = new Set<string>();
  for (const fact of result.facts) {
    const where = `${name} ${fact.id} ${fact.metric} ${fact.ruleId}`;
    expect(ids.has(fact.id), where).toBe(false);
    ids.add(fact.id);
    expect(fact.extractor, where).toMatch(/^[a-z]/);
    expect(fact.ruleId, where).toBeTruthy();
    expect(fact.start, where).toBeGreaterThanOrEqual(0);
    expect(fact.end, where).toBeLessThanOrEqual(result.text.length);
    expect(fact.start <= fact.valueStart && fact.valueEnd <= fact.end, where).toBe(true);
    expect(result.text.slice(fact.start, fact.end), where).toBe(fact.quote);
    expect(fact.confidence, where).toBeGreaterThanOrEqual(0);
    expect(fact.confidence, where).toBeLessThanOrEqual(1);
    expect(fact.interval.low <= fact.interval.high, where).toBe(true);
    if (fact.metric !== null) expect(metricDef(fact.metric)?.unit, where).toBe(fact.unit);
    if (fact.section !== null) {
      const holder = result.sections.find((s) => s.start <= fact.valueStart && fact.valueStart < s.end);
      expect(holder?.label, where).toBe(fact.section);
    }
  }
  for (const conflict of result.conflicts) {
    for (const id of conflict.facts) expect(ids.has(id), `${name} conflict ${conflict.kind} refers to ${id}`).toBe(true);
    expect(conflict.message.length).toBeGreaterThan(0);
  }
}

describe('fact invariants on the project corpus', () => {
  const files = ['seeds', 'fixtures'].flatMap((d) => readdirSync(join(PROJECT_CORPUS, d)).map((f) => join(d, f)));
  for (const file of files) {
    it(file, () => {
      const path = join(PROJECT_CORPUS, file);
      const text = file.endsWith('.gbk.txt') ? new TextDecoder('gb18030').decode(readFileSync(path)) : readFileSync(path, 'utf8');
      checkDocument(file.endsWith('.gbk.txt') ? file.replace('.gbk.txt', '.txt') : file, text);
    });
  }
});

describe.skipIf(noteSharedSkip('fact invariants on ../shared texts'))('fact invariants on ../shared texts', () => {
  for (const set of HAS_SHARED ? ['dev', 'peers'] : []) {
    it(set, () => {
      for (const name of sharedTextNames(set)) checkDocument(name, sharedText(set, name));
    });
  }
});
