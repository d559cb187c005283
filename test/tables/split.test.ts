import { describe, expect, it } from 'vitest';
import { appealIdentities, applyIdentities, applyRows, identityStatus, outcomeRows } from '../../extractors/tables/identities.js';
import { solveSplits } from '../../extractors/tables/solve.js';
import { enumerateSplits, isWellFormedCell, type Piece } from '../../extractors/tables/split.js';

const count = { decimal: false, unit: false };
const money = { decimal: true, unit: true };

/** Tokens of a run as printed, with offsets as if the run started at 0. */
function tokens(run: string): Piece[] {
  const out: Piece[] = [];
  for (const m of run.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

const values = (cut: Piece[]) => cut.map((p) => Number(p.text.replace(/[元万]/g, '')));

describe('cutting run-together digits', () => {
  it('never starts a cell with a superfluous 0', () => {
    expect(isWellFormedCell('023')).toBe(false);
    expect(isWellFormedCell('00')).toBe(false);
    expect(isWellFormedCell('0')).toBe(true);
    expect(isWellFormedCell('-12')).toBe(true);
    expect(isWellFormedCell('61.72 万元')).toBe(true);
  });

  it('keeps spaces as boundaries and offsets on the document', () => {
    // 平潭 2019: （七）总计23 0 00 0 023 is one cut only.
    const cuts = enumerateSplits(tokens('23 0 00 0 023'), Array(7).fill(count))!;
    expect(cuts.map(values)).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
    expect(cuts[0][6]).toEqual({ text: '23', start: 11, end: 13 });
  });

  it('lists every cut of a run, and refuses when there are too many', () => {
    expect(enumerateSplits(tokens('898989'), Array(3).fill(count))!.length).toBe(10);
    expect(enumerateSplits(tokens('350'), Array(2).fill(count))!.map(values)).toEqual([[3, 50], [35, 0]]);
    expect(enumerateSplits(tokens('1234567890123456789012345'), Array(7).fill(count), 100)).toBeNull();
  });

  it('puts decimals and 元 only where the column takes money, and keeps signs at a cell start', () => {
    const cuts = enumerateSplits(tokens('6152790元'), [count, money])!;
    expect(cuts.map((c) => c.map((p) => p.text))).toContainEqual(['6', '152790元']);
    expect(cuts.every((c) => c[1].text.endsWith('元'))).toBe(true);
    expect(enumerateSplits(tokens('24252.311082'), [money])!.map((c) => c[0].text)).toEqual(['24252.311082']);
    expect(enumerateSplits(tokens('9 +43 52'), Array(3).fill(count))!.map(values)).toEqual([[9, 43, 52]]);
    // The reader already cut 33-1221 at its sign; a sign stays at the start of its cell.
    expect(enumerateSplits(tokens('33 -1221'), Array(3).fill(count))!.map(values)).toEqual([[3, 3, -1221], [33, -1, 221], [33, -12, 21], [33, -122, 1]]);
  });
});

describe('table identities', () => {
  it('state the row sums, the column balance and (七)总计 for each version', () => {
    expect(applyRows('2019')).toHaveLength(23);
    expect(applyRows('2021')).toHaveLength(25);
    expect(outcomeRows('2021')).toHaveLength(21);
    expect(applyIdentities('2019')).toHaveLength(23 + 7 * 2);
    expect(appealIdentities()).toHaveLength(3);
  });

  it('hold, fail, or are unknown while a cell is missing', () => {
    const [review] = appealIdentities();
    const values = new Map([['appeal.review.upheld', 25], ['appeal.review.corrected', 3], ['appeal.review.other', 8], ['appeal.review.pending', 0]]);
    expect(identityStatus(review, values)).toBe('unknown');
    values.set('appeal.review.total', 36);
    expect(identityStatus(review, values)).toBe('holds');
    values.set('appeal.review.total', 37);
    expect(identityStatus(review, values)).toBe('fails');
  });
});

describe('choosing among cuts', () => {
  const row = (name: string) => ['natural', 'business', 'research', 'nonprofit', 'legal', 'other_org', 'total'].map((c) => `apply.${name}.${c}`);
  const candidates = (run: string) => enumerateSplits(tokens(run), Array(7).fill(count))!.map(values);

  it('chooses the one cut every reading of the linked rows agrees on (平潭 2021)', () => {
    const identities = applyIdentities('2021');
    const known = new Map<string, number>();
    // Every other outcome row of that table, as stated (all zero but these).
    for (const r of outcomeRows('2021')) for (const k of row(r)) known.set(k, 0);
    for (const [r, v] of [['partial', [5, 0, 0, 0, 0, 0, 5]], ['withheld.internal', [1, 0, 0, 0, 0, 0, 1]], ['withheld.enforcement', [6, 0, 0, 0, 0, 0, 6]], ['withheld.query', [1, 0, 0, 0, 0, 0, 1]], ['other_handling.misc', [1, 0, 0, 0, 0, 0, 1]]] as const) {
      row(r).forEach((k, i) => known.set(k, v[i]));
    }
    for (const k of [...row('disclosed'), ...row('unable.not_held')]) known.delete(k);
    const variables = [
      { id: 'disclosed', keys: row('disclosed'), candidates: candidates('270020130') },
      { id: 'not_held', keys: row('unable.not_held'), candidates: candidates('220000325') },
      { id: 'handled', keys: row('handled'), candidates: candidates('630020469') },
    ];
    expect(variables.map((v) => v.candidates.filter((c) => c[6] === c.slice(0, 6).reduce((a, b) => a + b, 0)).length)).toEqual([2, 2, 1]);
    const outcome = solveSplits(variables, known, identities);
    expect(variables[0].candidates[outcome.chosen.get('disclosed')!]).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(variables[1].candidates[outcome.chosen.get('not_held')!]).toEqual([22, 0, 0, 0, 0, 3, 25]);
    expect(outcome.unresolved.size).toBe(0);
  });

  it('leaves a variable open when readings disagree, and uses a stated figure only when some cut agrees', () => {
    const keys = ['a', 'b', 'c'];
    const variable = { id: 'v', keys, candidates: [[3, 1, 15], [3, 11, 5], [31, 1, 5]] };
    expect(solveSplits([variable], new Map(), []).unresolved.get('v')).toBe('ambiguous');
    expect(solveSplits([variable], new Map(), [], new Map([['a', new Set([31])]])).chosen.get('v')).toBe(2);
    expect(solveSplits([variable], new Map(), [], new Map([['a', new Set([99])]])).unresolved.get('v')).toBe('ambiguous');
  });
});
