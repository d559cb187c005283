import type { Span } from '../../schemas/types.js';

/**
 * Figures the running text states about a table cell (收到申请70件 is 一、本年新收 × 总计). They
 * only help to choose between ways of cutting run-together digits; they never make a fact.
 */
export interface AnchorRule {
  id: string;
  metric: string;
  /** One capture group: the figure. */
  pattern: string;
  example: string;
}

export const ANCHOR_RULES: readonly AnchorRule[] = [
  {
    id: 'anchor/主动公开…信息N条',
    metric: 'active.total',
    pattern: '主动公开(?:了)?(?:各类|政府|政务)?(?:信息|政府信息|政务信息)(?:共计|共|总数)?(?:为|达)?(\\d+)条',
    example: '2011年制作、获取政府信息总数1873条，其中主动公开政府信息425条',
  },
  {
    id: 'anchor/收到…申请N件',
    metric: 'apply.new.total',
    pattern: '(?:收到|受理|新收)(?:了)?(?:政府信息公开|信息公开|依申请公开)?申请(?:共计|共)?(\\d+)件',
    example: '全年受理政府信息公开申请62件',
  },
  {
    id: 'anchor/共收到N件申请',
    metric: 'apply.new.total',
    pattern: '共(?:收到|受理)(\\d+)件(?:政府信息公开)?申请',
    example: '本年度全区共收到70件申请',
  },
];

/** Every value the text outside the tables states for each anchored metric. */
export function proseAnchors(text: string, tables: readonly Span[]): Map<string, Set<number>> {
  const anchors = new Map<string, Set<number>>();
  for (const rule of ANCHOR_RULES) {
    for (const m of text.matchAll(new RegExp(rule.pattern, 'g'))) {
      const at = m.index!;
      if (tables.some((t) => t.start <= at && at < t.end)) continue;
      const set = anchors.get(rule.metric) ?? new Set<number>();
      set.add(Number(m[1]));
      anchors.set(rule.metric, set);
    }
  }
  return anchors;
}
