import { expect } from 'vitest';
import { processText } from '../../pipeline/stages.js';
import type { ProcessedDoc } from '../../schemas/types.js';

/** Helpers for hand-made reports run end to end through processText (test/reconcile/reports*.test.ts). */

export function processed(text: string, path = 'report.txt'): ProcessedDoc {
  const result = processText(text, path);
  if (result.status !== 'ok') throw new Error(`${path}: ${result.error}`);
  return result;
}

/** Conflicts as a reviewer meets them: kind, severity, metrics and message. */
export function brief(doc: ProcessedDoc) {
  return doc.conflicts.map((c) => ({ kind: c.kind, severity: c.severity, metrics: c.metrics, message: c.message }));
}

/** Every conflict names its facts, and every arithmetic one the intervals compared. */
export function expectTraceable(doc: ProcessedDoc): void {
  const ids = new Set(doc.facts.map((f) => f.id));
  for (const conflict of doc.conflicts) {
    for (const id of conflict.facts) expect(ids.has(id), `${conflict.kind} names fact ${id}`).toBe(true);
    if (conflict.kind === 'structure') continue;
    expect(conflict.facts.length, conflict.message).toBeGreaterThan(0);
    expect(conflict.expected, conflict.message).toBeDefined();
    expect(conflict.observed, conflict.message).toBeDefined();
  }
}

/** A short prose report: its title, 一、概述, the given paragraph as part 二, and part 三. */
export function proseReport(organ: string, year: number, active: string): string {
  return [
    `${organ}${year}年政府信息公开工作年度报告`,
    '一、概述',
    `${year}年，${organ}按照《条例》要求，认真做好政府信息公开工作。`,
    '二、主动公开政府信息情况',
    active,
    '三、依申请公开情况',
    '全年未收到政府信息公开申请。',
  ].join('\n');
}
