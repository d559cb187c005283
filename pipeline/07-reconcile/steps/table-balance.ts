import type { Conflict, Fact } from '../../../schemas/types.js';
import { appendUnique, makeConflict, markPassed } from '../conflict.js';
import { formatValue, point } from '../interval.js';
import { checkTables, type IdentityCheck, type TermValue } from '../table-identities.js';
import { defineReconcileStep } from '../step.js';

export const TABLE_BALANCE_STEP = 'table-balance';

const TABLE_METRIC = /^(apply|appeal)\./;

/**
 * The filled-in copies of tables 3 and 4 in a document, as maps metric → cell fact. Cells are
 * taken in table and reading order; a metric met again starts a new copy, so a report that
 * prints the table twice (or one per sub-agency) is checked copy by copy, and a table split
 * across pages stays one copy.
 */
export function tableCopies(facts: readonly Fact[]): Map<string, Fact>[] {
  const cells = facts
    .filter((f) => f.src === 'table' && f.table && f.metric !== null && TABLE_METRIC.test(f.metric) && !f.derived)
    .sort((a, b) => a.table!.index - b.table!.index || a.table!.row - b.table!.row || a.table!.col - b.table!.col || a.start - b.start);
  const copies: Map<string, Fact>[] = [];
  let current = new Map<string, Fact>();
  for (const fact of cells) {
    if (current.has(fact.metric!)) {
      copies.push(current);
      current = new Map();
    }
    current.set(fact.metric!, fact);
  }
  if (current.size > 0) copies.push(current);
  return copies;
}

function side(terms: readonly TermValue[], sum: number): string {
  const values = terms.map((t) => formatValue(t.value));
  return terms.length > 1 ? `${values.join(' + ')} = ${formatValue(sum)}` : values[0];
}

/** 自然人列：一 + 二 为 0 + 0 = 0，但 三（七） + 四 为 136 + 0 = 136 */
export function balanceMessage(check: IdentityCheck): string {
  const { identity } = check;
  return `${identity.where}：${identity.leftText} 为 ${side(check.left, check.leftSum)}，但 ${identity.rightText} 为 ${side(check.right, check.rightSum)}`;
}

export const tableBalance = defineReconcileStep(TABLE_BALANCE_STEP, 'check the identities of template tables 3 and 4 (table_balance)', (state) => {
  const added: Conflict[] = [];
  const passed = new Set<string>();
  for (const copy of tableCopies(state.facts)) {
    const values = new Map([...copy].map(([metric, fact]) => [metric, fact.value]));
    for (const check of checkTables(values)) {
      const facts = check.cells.map((metric) => copy.get(metric)!);
      if (check.holds) {
        for (const fact of facts) passed.add(fact.id);
        continue;
      }
      added.push(
        makeConflict({
          kind: 'table_balance',
          source: TABLE_BALANCE_STEP,
          ruleId: `table_balance/${check.identity.id}`,
          facts,
          expected: point(check.leftSum),
          observed: point(check.rightSum),
          message: balanceMessage(check),
        }),
      );
    }
  }
  return { ...state, facts: markPassed(state.facts, passed), conflicts: appendUnique(state.conflicts, added) };
});
