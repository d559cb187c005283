import { APPLICANT_COLUMNS } from '../../schemas/catalog.js';
import { applyColumnName, applyRowName } from './wording.js';

/**
 * The arithmetic identities of template table 3 (applications by applicant and outcome) and
 * table 4 (appeals), as pure functions over a map metric → value. An identity is checked only
 * when every cell it names was read: a cell the excerpt cut off is unknown, never zero.
 */

/** One side of an identity: a cell, or a group of cells standing for one term (a subtotal or its items). */
export type Term = { cell: string } | { subtotal: string; items: readonly string[] };

export interface Identity {
  /** Stable id: table3/column-balance/natural, table3/row-total/handled, table4/review … */
  id: string;
  left: readonly Term[];
  right: readonly Term[];
  /** Where the reviewer looks, and what each side is, in the template's words. */
  where: string;
  leftText: string;
  rightText: string;
  /** The identity as a real report states or shows it. */
  example: string;
}

const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== 'total');

/** Sub-rows of the outcome groups of table 3, in template order. */
const GROUP_ITEMS: Readonly<Record<string, readonly string[]>> = {
  withheld: ['state_secret', 'law_prohibited', 'three_security', 'third_party', 'internal', 'process', 'enforcement', 'query'],
  unable: ['not_held', 'needs_creation', 'unclear'],
  rejected: ['petition', 'repeat', 'publication', 'bulk', 'confirm'],
  other_handling: ['no_correction', 'no_fee', 'misc'],
};

const OUTCOMES = ['disclosed', 'partial', 'withheld', 'unable', 'rejected', 'other_handling'] as const;

/** Every row of table 3 that has applicant columns, sub-rows included. */
const TABLE3_ROWS: readonly string[] = [
  'new', 'carried_in',
  ...OUTCOMES.flatMap((row) => [row, ...(GROUP_ITEMS[row] ?? []).map((item) => `${row}.${item}`)]),
  'handled', 'carried_out',
];

const cell = (row: string, column: string): Term => ({ cell: `apply.${row}.${column}` });

/** An outcome group: its subtotal row when read, else the sum of its items. */
function outcome(row: string, column: string): Term {
  const items = GROUP_ITEMS[row];
  return items ? { subtotal: `apply.${row}.${column}`, items: items.map((item) => `apply.${row}.${item}.${column}`) } : cell(row, column);
}

function columnBalance(column: string): Identity {
  return {
    id: `table3/column-balance/${column}`,
    left: [cell('new', column), cell('carried_in', column)],
    right: [cell('handled', column), cell('carried_out', column)],
    where: `${applyColumnName(column)}列`,
    leftText: '一 + 二',
    rightText: '三（七） + 四',
    example: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  };
}

function rowTotal(row: string): Identity {
  return {
    id: `table3/row-total/${row}`,
    left: [cell(row, 'total')],
    right: APPLICANTS.map((column) => cell(row, column)),
    where: `${applyRowName(row)}行`,
    leftText: '总计列',
    rightText: '各申请人列之和',
    example: '（一）予以公开\t136\t0\t0\t0\t0\t0\t136',
  };
}

function handledSum(column: string): Identity {
  return {
    id: `table3/handled-sum/${column}`,
    left: [cell('handled', column)],
    right: OUTCOMES.map((row) => outcome(row, column)),
    where: `${applyColumnName(column)}列`,
    leftText: '三（七）总计',
    rightText: '（一）至（六）之和',
    example: '(七) 总计\t136\t0\t0\t0\t0\t0\t0',
  };
}

function groupSubtotal(row: string, column: string): Identity {
  const items = GROUP_ITEMS[row];
  return {
    id: `table3/subtotal/${row}/${column}`,
    left: [cell(row, column)],
    right: items.map((item) => cell(`${row}.${item}`, column)),
    where: `${applyColumnName(column)}列`,
    leftText: `${applyRowName(row)}小计`,
    rightText: '其各分项之和',
    example: '(四) 无法提供\t1.本机关不掌握相关政府信息\t0 …',
  };
}

const APPEAL_KINDS: Readonly<Record<string, string>> = { review: '行政复议', suit_direct: '行政诉讼（未经复议直接起诉）', suit_after_review: '行政诉讼（复议后起诉）' };
const APPEAL_RESULTS: Readonly<Record<string, string>> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };

function appealTotal(kind: string): Identity {
  return {
    id: `table4/${kind}-total`,
    left: [{ cell: `appeal.${kind}.total` }],
    right: Object.keys(APPEAL_RESULTS).map((result) => ({ cell: `appeal.${kind}.${result}` })),
    where: APPEAL_KINDS[kind],
    leftText: '总计',
    rightText: Object.values(APPEAL_RESULTS).join(' + '),
    example: '结果维持\t结果纠正\t其他结果\t尚未审结\t总计 / 0\t0\t1\t0\t1',
  };
}

/** Every identity of tables 3 and 4, in the order a reviewer reads the tables. */
export const TABLE_IDENTITIES: readonly Identity[] = Object.freeze([
  ...APPLICANT_COLUMNS.map(columnBalance),
  ...TABLE3_ROWS.map(rowTotal),
  ...APPLICANT_COLUMNS.map(handledSum),
  ...Object.keys(GROUP_ITEMS).flatMap((row) => APPLICANT_COLUMNS.map((column) => groupSubtotal(row, column))),
  ...Object.keys(APPEAL_KINDS).map(appealTotal),
]);

export interface TermValue {
  value: number;
  /** Metric ids the value was read from. */
  cells: string[];
}

/** A term's value, or undefined when a cell it needs was not read. */
export function termValue(term: Term, values: ReadonlyMap<string, number>): TermValue | undefined {
  if ('cell' in term) {
    const value = values.get(term.cell);
    return value === undefined ? undefined : { value, cells: [term.cell] };
  }
  const subtotal = values.get(term.subtotal);
  if (subtotal !== undefined) return { value: subtotal, cells: [term.subtotal] };
  const items = term.items.map((item) => values.get(item));
  if (items.some((v) => v === undefined)) return undefined;
  return { value: items.reduce((a, b) => a! + b!, 0)!, cells: [...term.items] };
}

export interface IdentityCheck {
  identity: Identity;
  holds: boolean;
  left: TermValue[];
  right: TermValue[];
  leftSum: number;
  rightSum: number;
  /** Every cell the check read. */
  cells: string[];
}

/** Checks one identity; undefined when a cell it needs is missing. */
export function checkIdentity(identity: Identity, values: ReadonlyMap<string, number>): IdentityCheck | undefined {
  const left = identity.left.map((t) => termValue(t, values));
  const right = identity.right.map((t) => termValue(t, values));
  if (left.some((t) => !t) || right.some((t) => !t)) return undefined;
  const sum = (terms: (TermValue | undefined)[]) => terms.reduce((a, t) => a + t!.value, 0);
  const leftSum = sum(left);
  const rightSum = sum(right);
  // Cells are integers or decimals of money; compare at a cent's precision.
  const holds = Math.abs(leftSum - rightSum) < 0.005;
  return { identity, holds, left: left as TermValue[], right: right as TermValue[], leftSum, rightSum, cells: [...left, ...right].flatMap((t) => t!.cells) };
}

/** Every identity whose cells were all read, checked. */
export function checkTables(values: ReadonlyMap<string, number>): IdentityCheck[] {
  return TABLE_IDENTITIES.map((identity) => checkIdentity(identity, values)).filter((c): c is IdentityCheck => c !== undefined);
}
