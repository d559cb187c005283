import { resolveRow } from './cells.js';
import type { Identity } from './identities.js';
import { reachesEnd, type RegionReading } from './read.js';
import { LEGACY_COLUMN_WORDS, type LegacyRowRule } from './rules-legacy.js';
import { settleRows, type PlannedColumn, type PlannedRow, type TableOutput } from './settle.js';

type LegacyColumn = 'annual' | 'cumulative';

/** The value columns the header names, in printed order (本年度 and 历年累计, or one of them). */
export function legacyColumns(header: string): LegacyColumn[] {
  const annual = header.search(LEGACY_COLUMN_WORDS.annual);
  const cumulative = header.search(LEGACY_COLUMN_WORDS.cumulative);
  if (annual >= 0 && cumulative >= 0) return annual < cumulative ? ['annual', 'cumulative'] : ['cumulative', 'annual'];
  return cumulative >= 0 ? ['cumulative'] : ['annual'];
}

/**
 * Every catalogued cell of the statistical table of pre-2019 reports. Run-together digits
 * (主动公开信息数条4251516) are cut with what must hold: a year's figure is at most the
 * cumulative one, a part (其中：1.网站公开) at most its whole, and the figures stated in the text
 * (主动公开政府信息425条) win among the cuts left.
 */
export function extractLegacyTable(
  text: string,
  reading: RegionReading<LegacyRowRule>,
  anchors: ReadonlyMap<string, ReadonlySet<number>>,
  tableIndex: number,
): TableOutput {
  const firstLabel = reading.hits[0]?.start ?? reading.span.end;
  const order = legacyColumns(text.slice(reading.span.start, firstLabel).replace(/\s/g, ''));
  const rowOf = new Map<string, number>();
  const planned: PlannedRow[] = [];
  const identities: Identity[] = [];
  const keyAnchors = new Map<string, ReadonlySet<number>>();
  reading.rows.forEach((raw, i) => {
    if (!raw.hit || !raw.cells.some((c) => c.kind === 'value')) return;
    const rule = raw.hit.rule;
    const rowLabel = raw.hit.text.replace(/^(?:其中[：:])?[1-9][.、．]/, '').replace(/(?:条|件|元|万元|个|人|次)$/, '');
    if (!rowOf.has(rule.id)) rowOf.set(rule.id, i);
    const label = rule.metric === 'apply.by_channel' ? raw.hit.groups[0] : undefined;
    const unit = rule.unit ?? 'count';
    const tenThousand = unit === 'yuan' && /万元$/.test(raw.hit.text);
    // A 历年累计 cell the catalog has no metric for is kept uncatalogued under its row's name; a
    // catalogued one (active.cumulative) is unlabelled like every mention of that metric, so it
    // merges with the prose's 历年累计 and is compared across years.
    const columns: PlannedColumn[] = order.map((column) => ({
      key: `legacy.${i}.${column}`,
      metric: column === 'annual' ? rule.metric : rule.cumulative ?? null,
      ...(column === 'annual' ? (label !== undefined ? { label } : {}) : rule.cumulative ? {} : { label: `${rowLabel} 历年累计` }),
      zh: column === 'annual' ? '本年度' : '历年累计',
      unit,
      tenThousand,
    }));
    if (order.length === 2) identities.push({ id: `legacy.${i}.year-within-cumulative`, lhs: [`legacy.${i}.annual`], rhs: [`legacy.${i}.cumulative`], relation: 'le', description: '本年度 ≤ 历年累计' });
    const parent = rule.parent ? rowOf.get(rule.parent) : undefined;
    if (parent !== undefined) {
      for (const column of order) {
        identities.push({ id: `legacy.${i}.part-of-${parent}.${column}`, lhs: [`legacy.${i}.${column}`], rhs: [`legacy.${parent}.${column}`], relation: 'le', description: '其中的一项 ≤ 总数' });
      }
    }
    const stated = label === undefined ? anchors.get(rule.metric) : undefined;
    if (stated) keyAnchors.set(`legacy.${i}.annual`, stated);
    const shapes = columns.map(() => ({ decimal: unit === 'yuan', unit: unit === 'yuan' }));
    planned.push({
      id: `legacy.${i}`,
      columns,
      resolution: resolveRow(raw, shapes, { mode: reading.mode, runTogether: reading.runTogether, truncated: reachesEnd(text, raw) }),
      ruleId: rule.id,
      rowLabel,
      tableRow: planned.length,
      quoteStart: raw.start,
      quoteEnd: raw.end,
      span: { start: raw.start, end: raw.end },
    });
  });
  return settleRows(planned, identities, keyAnchors, tableIndex);
}
