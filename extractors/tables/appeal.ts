import { resolveRow } from './cells.js';
import { APPEAL_GROUPS, APPEAL_RESULTS, appealIdentities } from './identities.js';
import type { EmptyItem, ValueItem } from './items.js';
import type { LabelRule } from './labels.js';
import { reachesEnd, type RegionReading } from './read.js';
import type { RawRow } from './rows.js';
import { settleRows, type PlannedColumn, type TableOutput } from './settle.js';

/**
 * The words table 4 prints above its figures, in any arrangement: one header row, headers split
 * over lines or one character per line, mini tables with their own headings (### 行政复议), notes.
 */
export const APPEAL_HEADER_WORDS: readonly LabelRule[] = [
  { id: 'appeal.header/行政复议行政诉讼情况', noTail: true, pattern: '(?:[一二三四五六七八九十]+[、.．])?政府信息公开行政复议[、，和及]?行政诉讼情况', example: '四、政府信息公开行政复议、行政诉讼情况' },
  { id: 'appeal.header/行政复议', noTail: true, pattern: '行政复议', example: '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计' },
  { id: 'appeal.header/行政诉讼', noTail: true, pattern: '行政诉讼', example: '### 行政诉讼（未经复议直接起诉）' },
  { id: 'appeal.header/未经复议直接起诉', noTail: true, pattern: '未经复议直接起诉', example: '未经复议直接起诉复议后起诉' },
  { id: 'appeal.header/复议后起诉', noTail: true, pattern: '复议后起诉', example: '未经复议直接起诉复议后起诉' },
  { id: 'appeal.header/结果', noTail: true, pattern: '结果|维持|纠正|其他|尚未|审结|总计', example: '结果结果其他尚未' },
  { id: 'appeal.header/连接词', noTail: true, pattern: '[、，,。；;：:（）()“”及和与]+|情况|数量|案件|政府信息公开', example: '行政复议、行政诉讼情况' },
  { id: 'appeal.header/注', noTail: true, pattern: '注[:：][^|0-9]{0,60}?[。；;]', example: '注：行政复议、行政诉讼数量含上年度结转数量。' },
  { id: 'appeal.header/markdown', noTail: true, pattern: '#{1,6}', example: '### 行政复议' },
];

const CELLS = APPEAL_GROUPS.length * APPEAL_RESULTS.length;

/**
 * The fifteen figures of table 4, read in template order wherever they stand: one row of 15, 15
 * lines of one, three mini tables of 5, or one run of digits cut by the identities (each 总计 is
 * the sum of its four results). Reading stops at the first words that are not a table 4 header.
 */
export function extractAppealTable(text: string, reading: RegionReading<LabelRule>, tableIndex: number): TableOutput {
  const cells: (ValueItem | EmptyItem)[] = [];
  let started = false;
  for (const item of reading.items) {
    if (item.kind === 'label') {
      started = true;
      continue;
    }
    if (item.kind === 'text') break;
    if (!started) continue;
    const line = reading.lines.find((l) => l.index === item.line);
    // Empty cells hold a place only inside a separated line of figures, not in header lines.
    if (item.kind === 'empty') {
      const lineHasFigures = reading.items.some((x) => x.kind === 'value' && x.line === item.line);
      if (!line?.separated || !lineHasFigures) continue;
    }
    cells.push(item);
  }
  while (cells.length > 0 && cells[cells.length - 1].kind === 'empty') cells.pop();
  while (cells.length > 0 && cells[0].kind === 'empty') cells.shift();
  if (!cells.some((c) => c.kind === 'value')) return { drafts: [], diagnostics: [] };
  const first = cells[0];
  const last = cells[cells.length - 1];
  const raw: RawRow<LabelRule> = { labelText: '行政复议、行政诉讼', start: first.start, end: last.end, line: first.line, cells };
  const columns: PlannedColumn[] = APPEAL_GROUPS.flatMap((group) =>
    APPEAL_RESULTS.map((result) => ({ key: `appeal.${group}.${result}`, metric: `appeal.${group}.${result}`, zh: `${GROUP_ZH[group]} ${RESULT_ZH[result]}`, unit: 'count' as const })),
  );
  const shapes = Array.from({ length: CELLS }, () => ({ decimal: false, unit: false }));
  return settleRows(
    [
      {
        id: 'appeal',
        columns,
        resolution: resolveRow(raw, shapes, { mode: 'line', runTogether: reading.runTogether, truncated: reachesEnd(text, raw) }),
        ruleId: 'appeal.position/按模板列序',
        rowLabel: '政府信息公开行政复议、行政诉讼情况',
        tableRow: 0,
        quoteStart: raw.start,
        quoteEnd: raw.end,
        span: { start: raw.start, end: raw.end },
      },
    ],
    appealIdentities(),
    new Map(),
    tableIndex,
  );
}

const GROUP_ZH: Record<(typeof APPEAL_GROUPS)[number], string> = { review: '行政复议', suit_direct: '行政诉讼 未经复议直接起诉', suit_after_review: '行政诉讼 复议后起诉' };
const RESULT_ZH: Record<(typeof APPEAL_RESULTS)[number], string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };
