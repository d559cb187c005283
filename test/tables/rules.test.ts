import { describe, expect, it } from 'vitest';
import { metricDef } from '../../schemas/catalog.js';
import { ANCHOR_RULES, proseAnchors } from '../../extractors/tables/anchors.js';
import { APPEAL_HEADER_WORDS } from '../../extractors/tables/appeal.js';
import { applyRows } from '../../extractors/tables/identities.js';
import { compactView, findLabels, type LabelRule } from '../../extractors/tables/labels.js';
import { textLines } from '../../extractors/tables/lines.js';
import { ACTIVE_COLUMNS, ACTIVE_ROW_RULES, VERSION_MARKERS } from '../../extractors/tables/rules-active.js';
import { APPLY_ROW_RULES } from '../../extractors/tables/rules-apply.js';
import { LEGACY_ROW_RULES } from '../../extractors/tables/rules-legacy.js';

function labelsIn<R extends LabelRule>(text: string, rules: readonly R[]) {
  return findLabels(text, compactView(text, textLines(text, 0, text.length)), rules);
}

const tables: [string, readonly LabelRule[]][] = [
  ['table 2 rows', ACTIVE_ROW_RULES],
  ['table 3 rows', APPLY_ROW_RULES],
  ['statistical table rows', LEGACY_ROW_RULES],
  ['table 4 header words', APPEAL_HEADER_WORDS],
];

describe.each(tables)('every rule of %s finds a label in its corpus example', (_, rules) => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const hits = labelsIn(rule.example, rules);
    expect(hits.map((h) => h.rule.id)).toContain(rule.id);
  });
});

describe('rule tables', () => {
  it('have unique ids and name catalogued metrics', () => {
    for (const [, rules] of tables) expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of LEGACY_ROW_RULES) {
      expect(metricDef(rule.metric), rule.id).toBeDefined();
      if (rule.cumulative) expect(metricDef(rule.cumulative), rule.id).toBeDefined();
    }
    for (const version of ['2019', '2021'] as const) {
      for (const [row, columns] of Object.entries(ACTIVE_COLUMNS[version])) {
        for (const c of columns!) expect(metricDef(`active.${row}.${c.key}`)?.unit, `${version} ${row}.${c.key}`).toBe(c.unit);
      }
      for (const row of applyRows(version)) expect(metricDef(`apply.${row}.total`), row).toBeDefined();
    }
    for (const rule of APPLY_ROW_RULES.filter((r) => !r.group)) expect(metricDef(`apply.${rule.row}.natural`), rule.id).toBeDefined();
  });

  it('match row labels by meaning, whatever their numbering, punctuation and notes', () => {
    const ids = (text: string) => labelsIn(text, APPLY_ROW_RULES).map((h) => h.rule.id);
    // Real variants: （六） sub-rows with 、 or ，, numbering with a space, a note wrapped over lines.
    expect(ids('1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请 | 9 |')).toEqual(['apply.other_handling.no_correction/逾期不补正']);
    expect(ids('| 缴纳费用、 | 行政机关不再处理其政 | 0 | 0 |')).toEqual(['apply.other_handling.no_fee/逾期未缴纳费用']);
    expect(ids('（二）部分公开（区分处理的，只计这一情\n形，不计其他情形） 447 7 0 0 0 0 454')).toEqual(['apply.partial/部分公开']);
    expect(ids('3.其他1000001（七）总计14710000148')).toEqual(['apply.other_handling.misc/3.其他', 'apply.handled/（七）总计']);
    // 总计 alone is a column header, not the （七） row.
    expect(ids('自然人法人或其他组织总计')).toEqual([]);
    expect(labelsIn('规范性文件898989', ACTIVE_ROW_RULES).map((h) => h.rule.row)).toEqual(['normative']);
    expect(labelsIn('行政规范性文件 | 34 | 189 |', ACTIVE_ROW_RULES).map((h) => h.text)).toEqual(['行政规范性文件']);
  });

  it('end a label where its figures begin, its note and unit included', () => {
    const [hit] = labelsIn('（二）部分公开（区分处理的，只计这一情形，不计其他情形）500000 5', APPLY_ROW_RULES);
    expect(hit.text).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    const legacy = labelsIn('其中：1.网站公开条41815092.政府公报公开条77', LEGACY_ROW_RULES);
    expect(legacy.map((h) => h.text)).toEqual(['1.网站公开条', '2.政府公报公开条']);
  });

  it('tell the template versions apart by header words, each with a real example', () => {
    for (const marker of VERSION_MARKERS) expect(marker.example.replace(/\s/g, ''), marker.id).toMatch(new RegExp(marker.pattern));
    expect(new Set(VERSION_MARKERS.map((m) => m.version))).toEqual(new Set(['2019', '2021']));
  });

  it('read the figures the prose states, each anchor rule on its example', () => {
    for (const rule of ANCHOR_RULES) {
      const found = proseAnchors(rule.example, []);
      expect(found.get(rule.metric)?.size, rule.id).toBe(1);
    }
    expect(proseAnchors('本年度全区共收到70件申请', [{ start: 0, end: 5 }]).get('apply.new.total')).toEqual(new Set([70]));
    expect(proseAnchors('本年度全区共收到70件申请', [{ start: 0, end: 20 }]).size).toBe(0);
  });
});
