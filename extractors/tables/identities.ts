/**
 * The arithmetic the official tables promise, as pure data over a map metric → value. Table
 * extraction uses it to choose the one way to split run-together digits; reconciliation can use
 * the same identities to report `table_balance` conflicts.
 *
 * Table 2 has no identity: 上一年项目数量 + 本年增/减 counts items, 处理决定数量 counts decisions.
 * In the corpus the two agree in most rows (002: 33 − 12 = 21) but not in all (平潭 2019: no split
 * of 行政许可3960181 makes 上一年 + 增减 = 处理决定), so it cannot decide anything.
 */
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../../schemas/catalog.js';

export type TemplateVersion = '2019' | '2021';

/** Σ lhs = Σ rhs (`eq`) or Σ lhs ≤ Σ rhs (`le`). */
export interface Identity {
  id: string;
  lhs: readonly string[];
  rhs: readonly string[];
  relation: 'eq' | 'le';
  description: string;
}

export type IdentityStatus = 'holds' | 'fails' | 'unknown';

const PARTS: readonly ApplicantColumn[] = APPLICANT_COLUMNS.filter((c) => c !== 'total');

/** Rows of table 3 in template order, per version (subtotals the template has no row for excluded). */
export function applyRows(version: TemplateVersion): string[] {
  return [
    'new', 'carried_in', 'disclosed', 'partial',
    ...['state_secret', 'law_prohibited', 'three_security', 'third_party', 'internal', 'process', 'enforcement', 'query'].map((r) => `withheld.${r}`),
    ...['not_held', 'needs_creation', 'unclear'].map((r) => `unable.${r}`),
    ...['petition', 'repeat', 'publication', 'bulk', 'confirm'].map((r) => `rejected.${r}`),
    ...(version === '2019' ? ['other_handling'] : ['other_handling.no_correction', 'other_handling.no_fee', 'other_handling.misc']),
    'handled', 'carried_out',
  ];
}

/** The outcome rows that (七)总计 adds up. */
export function outcomeRows(version: TemplateVersion): string[] {
  return applyRows(version).filter((r) => !['new', 'carried_in', 'handled', 'carried_out'].includes(r));
}

/**
 * Table 3: every row's 总计 is the sum of the six applicant columns; in every column 一 + 二
 * equals 三(七) + 四; and 三(七) is the sum of the outcome rows (一)…(六).
 */
export function applyIdentities(version: TemplateVersion): Identity[] {
  const identities: Identity[] = applyRows(version).map((row) => ({
    id: `apply.row.${row}`,
    lhs: [`apply.${row}.total`],
    rhs: PARTS.map((c) => `apply.${row}.${c}`),
    relation: 'eq',
    description: `${row}: 总计 = 自然人 + 法人或其他组织各列`,
  }));
  for (const column of APPLICANT_COLUMNS) {
    identities.push({
      id: `apply.column.${column}.balance`,
      lhs: [`apply.new.${column}`, `apply.carried_in.${column}`],
      rhs: [`apply.handled.${column}`, `apply.carried_out.${column}`],
      relation: 'eq',
      description: `${column}: 一 + 二 = 三（七） + 四`,
    });
    identities.push({
      id: `apply.column.${column}.handled`,
      lhs: [`apply.handled.${column}`],
      rhs: outcomeRows(version).map((row) => `apply.${row}.${column}`),
      relation: 'eq',
      description: `${column}: 三（七）总计 = （一）至（六）之和`,
    });
  }
  return identities;
}

export const APPEAL_GROUPS = ['review', 'suit_direct', 'suit_after_review'] as const;
export const APPEAL_RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** Table 4: each 总计 is the sum of its four results. */
export function appealIdentities(): Identity[] {
  return APPEAL_GROUPS.map((group) => ({
    id: `appeal.${group}.total`,
    lhs: [`appeal.${group}.total`],
    rhs: ['upheld', 'corrected', 'other', 'pending'].map((r) => `appeal.${group}.${r}`),
    relation: 'eq',
    description: `${group}: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
  }));
}

function sum(keys: readonly string[], values: ReadonlyMap<string, number>): number | null {
  let total = 0;
  for (const key of keys) {
    const v = values.get(key);
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Whether an identity holds for the values known; `unknown` when one of its cells is missing. */
export function identityStatus(identity: Identity, values: ReadonlyMap<string, number>): IdentityStatus {
  const left = sum(identity.lhs, values);
  const right = sum(identity.rhs, values);
  if (left === null || right === null) return 'unknown';
  const tolerance = 1e-6 * Math.max(1, Math.abs(left), Math.abs(right));
  if (identity.relation === 'eq') return Math.abs(left - right) <= tolerance ? 'holds' : 'fails';
  return left <= right + tolerance ? 'holds' : 'fails';
}

export function identityKeys(identity: Identity): string[] {
  return [...identity.lhs, ...identity.rhs];
}
