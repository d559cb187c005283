import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPROX_KINDS, CONFLICT_KINDS, METRICS, SECTION_LABELS, UNITS, metricDef, requireMetric } from '../schemas/catalog.js';
import { HAS_SHARED, SHARED, noteSharedSkip } from './support/shared.js';

describe('the project catalog', () => {
  it('has unique ids and only catalogued units', () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of METRICS) expect(UNITS).toContain(m.unit);
  });

  it('builds the table-3 grid: 29 rows × 7 applicant columns', () => {
    expect(METRICS.filter((m) => /^apply\.(?!by_channel|consultations)/.test(m.id))).toHaveLength(29 * 7);
    expect(metricDef('apply.withheld.third_party.legal')?.zh).toBe('三（三）4.保护第三方合法权益 × 法律服务机构');
  });

  it('throws on an unknown metric, naming it', () => {
    expect(() => requireMetric('active.totl')).toThrow(/unknown metric "active.totl"/);
  });
});

describe.skipIf(noteSharedSkip('catalog coverage of ../shared/spec/metrics.json'))('the shared catalog ../shared/spec/metrics.json', () => {
  const shared = HAS_SHARED ? JSON.parse(readFileSync(join(SHARED, 'spec', 'metrics.json'), 'utf8')) : null;

  it('is covered id for id, unit for unit, with the same labelled metrics', () => {
    const ours = new Map(METRICS.map((m) => [m.id, m]));
    for (const m of shared.metrics) {
      expect(ours.get(m.id), m.id).toBeDefined();
      expect(ours.get(m.id)!.unit, m.id).toBe(m.unit);
      expect(Boolean(ours.get(m.id)!.labeled), m.id).toBe(Boolean(m.labeled));
    }
    expect(METRICS.length).toBe(shared.metrics.length);
  });

  it('has the same section labels, approximation kinds, units and conflict kinds', () => {
    expect([...SECTION_LABELS].sort()).toEqual(Object.keys(shared.sections).sort());
    expect([...APPROX_KINDS].sort()).toEqual(Object.keys(shared.approx).sort());
    expect([...UNITS].sort()).toEqual(Object.keys(shared.units).sort());
    expect([...CONFLICT_KINDS].sort()).toEqual(Object.keys(shared.conflict_kinds).sort());
  });
});
