import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { processText } from '../../pipeline/stages.js';
import type { Fact, Message, ProcessedDoc } from '../../schemas/types.js';
import { PROJECT_CORPUS } from '../support/shared.js';

export interface TableRead {
  doc: ProcessedDoc;
  /** Facts from the table extractors that stand for their metric after reconciliation. */
  facts: Fact[];
  /** Value of a catalogued table cell, undefined when the cell is not recorded. */
  cell(metric: string): number | undefined;
  /** Values of the seven applicant columns of a table 3 row (natural … total), undefined where not recorded. */
  row(prefix: string): (number | undefined)[];
  messages: Message[];
}

const APPLICANTS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
export const APPEAL = ['upheld', 'corrected', 'other', 'pending', 'total'];

export function readTables(text: string, name = 'inline.txt'): TableRead {
  const doc = processText(text, name);
  expect(doc.status, name).toBe('ok');
  if (doc.status !== 'ok') throw new Error(`${name} failed`);
  const facts = doc.facts.filter((f) => f.extractor.startsWith('table.') && !f.supersededBy);
  const cell = (metric: string) => facts.find((f) => f.metric === metric)?.value;
  return {
    doc,
    facts,
    cell,
    row: (prefix) => (prefix.startsWith('appeal.') ? APPEAL : APPLICANTS).map((c) => cell(`${prefix}.${c}`)),
    messages: doc.messages.filter((m) => m.ruleId.startsWith('table/')),
  };
}

export function readFixture(name: string): TableRead {
  return readTables(readFileSync(join(PROJECT_CORPUS, 'fixtures', name), 'utf8'), name);
}
