import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_CORPUS } from '../support/shared.js';
import { readFixture, readTables } from './support.js';
import {
  LEGACY_2011,
  LEGACY_2015,
  MINI_TABLES_SHUYANG,
  OCR_KEWEI,
  PDF_TEXT_GOVNIANBAO,
  PIPE_HR025,
  PIPE_PER_LINE_HR067,
  RUN_TOGETHER_80576_TABLE2,
  RUN_TOGETHER_80613,
  TAB_002,
} from './snippets.js';

const zeros = Array<number>(7).fill(0);

describe('shape 1: tab-separated text pasted from Word', () => {
  const t = readTables(TAB_002);

  it('reads table 2 by the 2019 headers, signs and 万元 kept', () => {
    expect(t.cell('active.normative.total')).toBe(10);
    expect([t.cell('active.penalty.prev_items'), t.cell('active.penalty.change'), t.cell('active.penalty.decisions')]).toEqual([33, -12, 21]);
    expect([t.cell('active.fees.prev_items'), t.cell('active.fees.change')]).toEqual([6, 0]);
    expect([t.cell('active.procurement.projects'), t.cell('active.procurement.amount')]).toEqual([4, 617200]);
  });

  it('keeps the columns of rows whose leading cells are missing, and the 0 of （七）总计', () => {
    expect(t.row('apply.new')).toEqual(zeros);
    expect(t.row('apply.disclosed')).toEqual([136, 0, 0, 0, 0, 0, 136]);
    expect(t.row('apply.withheld.process')).toEqual(zeros);
    expect(t.row('apply.withheld.enforcement')).toEqual(zeros);
    expect(t.row('apply.other_handling')).toEqual(zeros);
    expect(t.row('apply.handled')).toEqual([136, 0, 0, 0, 0, 0, 0]);
    expect(t.row('apply.carried_out')).toEqual(zeros);
  });

  it('records every cell of the three tables, zeros included', () => {
    expect(t.facts.filter((f) => f.metric !== null)).toHaveLength(22 + 23 * 7 + 15);
    expect(t.facts.every((f) => f.src === 'table' && f.extractor === 'table.template')).toBe(true);
    const cell = t.facts.find((f) => f.metric === 'apply.handled.natural')!;
    expect(cell.table).toMatchObject({ col: 0, rowLabel: '（七）总计', colLabel: '自然人' });
    expect(cell.evidence).toEqual(['（七）总计', '自然人']);
  });
});

describe('shape 2: pipe-flattened text from HTML conversions', () => {
  it('reads markdown rows with and without separator rows, and keeps an extra local row uncatalogued', () => {
    const t = readFixture('tables-pipe-2019.txt');
    expect([t.cell('active.licensing.prev_items'), t.cell('active.licensing.change'), t.cell('active.licensing.decisions')]).toEqual([46, -3, 1208]);
    expect(t.cell('active.services.change')).toBe(2);
    expect(t.cell('active.procurement.amount')).toBe(251000);
    const local = t.facts.filter((f) => f.metric === null && f.label === '行政征收');
    expect(local.map((f) => f.value)).toEqual([5, 1, 6]);
    expect(t.row('apply.new')).toEqual([10, 2, 0, 0, 0, 0, 12]);
    expect(t.row('apply.withheld.third_party')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.row('apply.unable.not_held')).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(t.row('apply.handled')).toEqual([10, 2, 0, 0, 0, 0, 12]);
    expect(t.row('appeal.suit_direct')).toEqual([0, 0, 0, 1, 1]);
  });

  it('reads one cell per line, a short row only where an empty cell says which column is missing', () => {
    const t = readTables(PIPE_PER_LINE_HR067);
    expect([t.cell('active.rules.issued'), t.cell('active.rules.repealed'), t.cell('active.rules.in_force')]).toEqual([0, 0, undefined]);
    expect([t.cell('active.normative.issued'), t.cell('active.normative.repealed'), t.cell('active.normative.in_force')]).toEqual([5, 12, 8]);
    expect(t.cell('active.fees.amount')).toBe(0);
  });
});

describe('shape 3: real HTML tables with rowspan and colspan', () => {
  it('reads a 2019 table 3 whose header spans 3 rows and 3 columns, and labels spanning 20 rows', () => {
    const t = readFixture('tables-html-2019.html');
    expect(t.doc.tables).toHaveLength(3);
    expect([t.cell('active.licensing.change'), t.cell('active.penalty.change'), t.cell('active.procurement.amount')]).toEqual([2, -12, 617200]);
    expect(t.row('apply.disclosed')).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(t.row('apply.unable.not_held')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t.row('apply.other_handling')).toEqual(zeros);
    expect(t.row('apply.handled')).toEqual([8, 1, 0, 0, 0, 0, 9]);
    expect(t.row('appeal.review')).toEqual([0, 1, 0, 0, 1]);
    expect(t.facts.filter((f) => f.metric !== null)).toHaveLength(22 + 23 * 7 + 15);
  });

  it('yields every cell of the 2021 merged-cells fixture', () => {
    const t = readFixture('template2021-merged-cells.html');
    expect(t.facts.filter((f) => f.metric !== null)).toHaveLength(10 + 25 * 7 + 15);
    expect(t.cell('active.fees.amount')).toBe(13500);
    expect(t.row('apply.new')).toEqual([12, 2, 0, 0, 0, 0, 14]);
    expect(t.row('apply.other_handling.misc')).toEqual(zeros);
    expect(t.row('appeal.review')).toEqual([1, 0, 0, 0, 1]);
    expect(t.messages).toEqual([]);
  });
});

describe('shape 4: table 4 on one line or over several', () => {
  it('reads 15 numbers on one line', () => {
    const t = readTables(TAB_002);
    expect(t.row('appeal.review')).toEqual([0, 0, 0, 0, 0]);
    expect(t.row('appeal.suit_direct')).toEqual([0, 0, 1, 0, 1]);
    expect(t.row('appeal.suit_after_review')).toEqual([0, 0, 0, 0, 0]);
  });

  it('reads three mini tables of five', () => {
    const t = readTables(MINI_TABLES_SHUYANG);
    expect(t.row('appeal.review')).toEqual([27, 10, 9, 15, 61]);
    expect(t.row('appeal.suit_direct')).toEqual([3, 0, 0, 0, 3]);
    expect(t.row('appeal.suit_after_review')).toEqual([8, 0, 1, 1, 10]);
  });

  it('reads one figure per line under headers split over lines', () => {
    const text = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉',
      ...'2 0 1 0 3 0 0 0 1 1 0 0 0 0 0'.split(' '), '五、存在的主要问题及改进情况', '无。'].join('\n');
    const t = readTables(text);
    expect(t.row('appeal.review')).toEqual([2, 0, 1, 0, 3]);
    expect(t.row('appeal.suit_direct')).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('shape 5: tables cut off, units in cells', () => {
  it('keeps the visible cells of a row cut off by the end of the text, and reads 万元 from the header', () => {
    const t = readTables(PIPE_HR025);
    expect(t.row('apply.withheld.law_prohibited')).toEqual([0, 0, 0, 0, undefined, undefined, undefined]);
    expect(t.cell('active.fees.amount')).toBe(265500);
    expect(t.cell('active.licensing.decisions')).toBe(76);
  });

  it('continues a row cut by a page footer', () => {
    const t = readFixture('tables-ocr-2021.txt');
    expect(t.row('apply.disclosed')).toEqual([21, 3, 0, 1, 1, 0, 26]);
    expect(t.cell('active.coercion.decisions')).toBe(12);
    expect(t.cell('active.fees.amount')).toBe(186000);
  });
});

describe('shape 6: cells run together', () => {
  const t = readTables(RUN_TOGETHER_80613);

  it('cuts table 3 rows with the row and column identities', () => {
    expect(t.row('apply.new')).toEqual([64, 0, 0, 2, 0, 4, 70]);
    // 270020130 is 27|0|0|2|0|1|30 or 2|7|0|0|20|1|30 by its row; only the first balances the columns.
    expect(t.row('apply.disclosed')).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(t.row('apply.partial')).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(t.row('apply.unable.not_held')).toEqual([22, 0, 0, 0, 0, 3, 25]);
    expect(t.row('apply.handled')).toEqual([63, 0, 0, 2, 0, 4, 69]);
    expect(t.row('apply.carried_out')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('reads single-cell rows whole and cuts table 4 by its totals', () => {
    expect([t.cell('active.licensing.decisions'), t.cell('active.penalty.decisions'), t.cell('active.coercion.decisions')]).toEqual([2293, 1282, 42]);
    expect(t.cell('active.fees.amount')).toBeCloseTo(242523110.82, 2);
    expect(t.row('appeal.review')).toEqual([1, 0, 2, 0, 3]);
    expect(t.row('appeal.suit_direct')).toEqual([12, 0, 0, 0, 12]);
  });

  it('reports a run that can be cut several ways instead of guessing', () => {
    expect(t.cell('active.normative.issued')).toBeUndefined();
    const split = t.messages.find((m) => m.ruleId === 'table/ambiguous-split')!;
    expect(split.severity).toBe('warning');
    expect(t.doc.text.slice(split.start, split.end)).toBe('行政规范性文件693665');
  });

  it('reports every 2019 table 2 row that has no unique cut (no identity holds in table 2)', () => {
    const r = readTables(RUN_TOGETHER_80576_TABLE2);
    expect([r.cell('active.rules.made'), r.cell('active.rules.published'), r.cell('active.rules.total')]).toEqual([0, 0, 0]);
    expect(r.facts.filter((f) => f.metric !== null)).toHaveLength(3);
    expect(r.messages.filter((m) => m.ruleId === 'table/ambiguous-split')).toHaveLength(7);
  });

  it('cuts the statistical table of 2011 with 本年 ≤ 历年累计 and parts ≤ whole (政府公报公开 7 rules out 4|251516)', () => {
    const r = readTables(LEGACY_2011);
    expect([r.cell('active.total'), r.cell('active.cumulative')]).toEqual([425, 1516]);
    expect([r.cell('active.channel.website'), r.cell('active.channel.gazette')]).toEqual([418, 7]);
    expect(r.facts.find((f) => f.metric === 'apply.by_channel' && f.label === '当面')?.value).toBe(0);
    expect([r.cell('apply.withheld.total'), r.cell('appeal.complaints.total')]).toEqual([0, 0]);
  });

  it('cuts the statistical table of 2015 with the figure stated in the text, and not without it', () => {
    const r = readTables(LEGACY_2015);
    expect([r.cell('active.total'), r.cell('active.cumulative'), r.cell('active.channel.website')]).toEqual([2949, 81916, 2949]);
    expect(r.facts.find((f) => f.metric === 'apply.by_channel' && f.label === '信函、传真')?.value).toBe(0);
    expect([r.cell('fees.waived'), r.cell('apply.disclosed.total')]).toEqual([0, 0]);
    // active.cumulative is an unlabelled metric: its cell carries no row label (else it would not
    // merge with the prose's 历年累计 nor be compared across years); the uncatalogued 历年累计 cells keep theirs.
    expect(r.facts.find((f) => f.metric === 'active.cumulative')?.label).toBeUndefined();
    expect(r.facts.find((f) => f.metric === null && f.value === 81916)?.label).toBe('政府网站公开数 历年累计');
    const unstated = readTables(LEGACY_2015.replace('主动公开政府信息2949条', '主动公开了大量政府信息'));
    expect(unstated.cell('active.cumulative')).toBeUndefined();
    expect(unstated.messages.filter((m) => m.ruleId === 'table/ambiguous-split').length).toBeGreaterThan(0);
  });
});

describe('shape 7: PDF-to-text and OCR output', () => {
  it('reads PDF text with a page footer, a vertical header and a label wrapped over two lines', () => {
    const t = readTables(PDF_TEXT_GOVNIANBAO);
    expect([t.cell('active.penalty.decisions'), t.cell('active.coercion.decisions'), t.cell('active.fees.amount')]).toEqual([3985758, 88283, 961716000]);
    expect(t.row('apply.new')).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(t.row('apply.disclosed')).toEqual([1288, 21, 0, 0, 50, 3, 1362]);
    expect(t.row('apply.partial')).toEqual([447, 7, 0, 0, 0, 0, 454]);
    expect(t.row('apply.unable.not_held')).toEqual([746, 12, 0, 0, 10, 1, 769]);
  });

  it('joins a row whose figures PDF conversion wrapped onto the next line', () => {
    const wrapped = PDF_TEXT_GOVNIANBAO.replace('746 12 0 0 10 1 769', '746 12 0 0\n10 1 769');
    expect(wrapped).not.toBe(PDF_TEXT_GOVNIANBAO);
    expect(readTables(wrapped).row('apply.unable.not_held')).toEqual([746, 12, 0, 0, 10, 1, 769]);
  });

  it('places OCR rows whose labels were printed apart by the template row order', () => {
    const t = readTables(OCR_KEWEI);
    expect(t.row('apply.partial')).toEqual(zeros);
    expect(t.row('apply.withheld.internal')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.row('apply.unable.not_held')).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(t.row('apply.unable.needs_creation')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(t.row('apply.other_handling.no_correction')).toEqual([8, 2, 0, 0, 0, 0, 10]);
    expect(t.row('apply.carried_out')).toEqual([1, 0, 0, 0, 0, 0, undefined]);
    expect(t.row('appeal.review')).toEqual([1, 0, 0, 0, 1]);
    const placed = t.facts.find((f) => f.metric === 'apply.withheld.internal.natural')!;
    expect(placed.ruleId).toBe('apply.position/按模板行序');
  });

  it('ignores invented mini-table headers (数据1 …) and reads a wrapped label whose figures start the next line', () => {
    const t = readFixture('tables-ocr-2021.txt');
    expect(t.row('apply.rejected.petition')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t.row('apply.rejected.repeat')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.row('apply.withheld.internal')).toEqual(zeros);
    expect(t.row('apply.unable.needs_creation')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.row('apply.handled')).toEqual([50, 6, 0, 1, 2, 0, 59]);
    expect(t.row('appeal.suit_direct')).toEqual([1, 0, 0, 1, 2]);
    expect(t.facts.filter((f) => f.metric !== null)).toHaveLength(10 + 25 * 7 + 15);
  });
});

describe('template version', () => {
  it('comes from the header words, not from the year', () => {
    const t = readTables(readFileSync(join(PROJECT_CORPUS, 'fixtures', 'tables-tab-2021.txt'), 'utf8').replaceAll('2022年', '2019年'));
    expect(t.doc.metadata.year).toBe(2019);
    expect([t.cell('active.normative.issued'), t.cell('active.normative.made')]).toEqual([2, undefined]);
    expect(t.facts.find((f) => f.metric === 'active.normative.issued')?.features.templateVersion).toBe('2021');
  });

  it('comes from the （六） sub-rows of table 3 when table 2 is not in the text', () => {
    const t = readTables(PDF_TEXT_GOVNIANBAO.replace(/^[\s\S]*?三、收到和处理政府信息公开申请情况/, '三、收到和处理政府信息公开申请情况') + '\n（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0');
    expect(t.cell('active.penalty.decisions')).toBeUndefined();
    expect(t.facts.find((f) => f.metric === 'apply.new.total')?.features.templateVersion).toBe('2021');
  });
});

describe('reports without template tables', () => {
  it.each(['000_e736801e236d0d10.txt', '001_19b8e9ec41e9b207.txt', '003_ec855f1e0311ed9b.txt', '004_41da7047456a66e7.txt'])('seed %s (prose) yields no table fact and no table diagnostic', (name) => {
    const t = readTables(readFileSync(join(PROJECT_CORPUS, 'seeds', name), 'utf8'), name);
    expect(t.facts).toEqual([]);
    expect(t.messages).toEqual([]);
  });
});
