import { APPLICANT_COLUMNS } from '../../schemas/catalog.js';

/** Rows of table 3 as the 2019 template prints them (no subtotal rows for (三)(四)(五)). */
export const TEMPLATE_2019_ROWS = [
  'new', 'carried_in', 'disclosed', 'partial',
  'withheld.state_secret', 'withheld.law_prohibited', 'withheld.three_security', 'withheld.third_party',
  'withheld.internal', 'withheld.process', 'withheld.enforcement', 'withheld.query',
  'unable.not_held', 'unable.needs_creation', 'unable.unclear',
  'rejected.petition', 'rejected.repeat', 'rejected.publication', 'rejected.bulk', 'rejected.confirm',
  'other_handling', 'handled', 'carried_out',
];

/**
 * Seed 002's tables 3 and 4 as printed: every cell 0 except （一）予以公开 自然人 136 / 总计 136,
 * （七）总计 自然人 136 (its 总计 cell 0), and 未经复议直接起诉 其他结果 1 / 总计 1.
 */
export function seed002Values(): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of TEMPLATE_2019_ROWS) for (const column of APPLICANT_COLUMNS) values.set(`apply.${row}.${column}`, 0);
  for (const kind of ['review', 'suit_direct', 'suit_after_review']) for (const r of ['upheld', 'corrected', 'other', 'pending', 'total']) values.set(`appeal.${kind}.${r}`, 0);
  values.set('apply.disclosed.natural', 136);
  values.set('apply.disclosed.total', 136);
  values.set('apply.handled.natural', 136);
  values.set('appeal.suit_direct.other', 1);
  values.set('appeal.suit_direct.total', 1);
  return values;
}
