import { describe, expect, it } from 'vitest';
import { TABLE_IDENTITIES, checkIdentity, checkTables, termValue } from '../../pipeline/07-reconcile/table-identities.js';
import { seed002Values } from '../support/tables.js';

describe('table identities', () => {
  it('have unique ids and name only catalogued metrics', async () => {
    const { metricDef } = await import('../../schemas/catalog.js');
    expect(new Set(TABLE_IDENTITIES.map((i) => i.id)).size).toBe(TABLE_IDENTITIES.length);
    for (const identity of TABLE_IDENTITIES) {
      for (const term of [...identity.left, ...identity.right]) {
        for (const metric of 'cell' in term ? [term.cell] : [term.subtotal, ...term.items]) expect(metricDef(metric), `${identity.id}: ${metric}`).toBeDefined();
      }
    }
  });

  it('seed 002 fails exactly three: the natural column, row (七)总计 and the total column\'s (七) = (一)…(六)', () => {
    const failed = checkTables(seed002Values()).filter((c) => !c.holds).map((c) => c.identity.id);
    expect(failed).toEqual(['table3/column-balance/natural', 'table3/row-total/handled', 'table3/handled-sum/total']);
  });

  it('checks every identity of a complete 2019 table except the subtotals the template does not print', () => {
    const checked = checkTables(seed002Values()).map((c) => c.identity.id);
    expect(checked.filter((id) => id.startsWith('table3/subtotal/'))).toEqual([]);
    expect(checked).toContain('table3/handled-sum/natural');
    expect(checked).toContain('table4/suit_direct-total');
  });

  it('uses a printed subtotal when there is one, else the sum of its items', () => {
    const values = new Map([['apply.unable.not_held.total', 2], ['apply.unable.needs_creation.total', 1], ['apply.unable.unclear.total', 0]]);
    const term = { subtotal: 'apply.unable.total', items: ['apply.unable.not_held.total', 'apply.unable.needs_creation.total', 'apply.unable.unclear.total'] };
    expect(termValue(term, values)).toEqual({ value: 3, cells: term.items });
    values.set('apply.unable.total', 4);
    expect(termValue(term, values)).toEqual({ value: 4, cells: ['apply.unable.total'] });
    const subtotal = TABLE_IDENTITIES.find((i) => i.id === 'table3/subtotal/unable/total')!;
    expect(checkIdentity(subtotal, values)).toMatchObject({ holds: false, leftSum: 4, rightSum: 3 });
  });

  it('a missing cell leaves the identity unchecked, never read as zero', () => {
    const values = seed002Values();
    values.delete('apply.carried_out.natural');
    const ids = checkTables(values).map((c) => c.identity.id);
    expect(ids).not.toContain('table3/column-balance/natural');
    expect(ids).not.toContain('table3/row-total/carried_out');
  });

  it('table 4: 总计 against its four results', () => {
    const identity = TABLE_IDENTITIES.find((i) => i.id === 'table4/review-total')!;
    const values = new Map([['appeal.review.upheld', 2], ['appeal.review.corrected', 1], ['appeal.review.other', 0], ['appeal.review.pending', 1], ['appeal.review.total', 3]]);
    expect(checkIdentity(identity, values)).toMatchObject({ holds: false, leftSum: 3, rightSum: 4 });
    values.set('appeal.review.total', 4);
    expect(checkIdentity(identity, values)?.holds).toBe(true);
  });
});
