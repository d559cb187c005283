import { identityKeys, identityStatus, type Identity } from './identities.js';

/** A row whose digits can be cut in several ways: one candidate vector of values per way. */
export interface SplitVariable {
  id: string;
  keys: readonly string[];
  candidates: readonly (readonly number[])[];
}

export type Unresolved = 'ambiguous' | 'inconsistent' | 'too-many';

export interface SplitOutcome {
  /** Variable id → index of the one candidate every consistent reading agrees on. */
  chosen: Map<string, number>;
  unresolved: Map<string, Unresolved>;
}

function assign(values: Map<string, number>, keys: readonly string[], vector: readonly number[]): void {
  keys.forEach((key, i) => values.set(key, vector[i]));
}

function consistent(identities: readonly Identity[], values: ReadonlyMap<string, number>): boolean {
  return identities.every((identity) => identityStatus(identity, values) !== 'fails');
}

/**
 * Chooses, for each variable, the candidate that the identities (and the figures stated in the
 * prose, `anchors`: any of the values stated for a cell) leave standing. First each variable alone against the identities among its
 * own cells; then the anchors, only where some candidate agrees with them; then every variable
 * still open jointly against the identities that link rows, with the cells already known. A
 * variable is chosen only when every consistent joint reading gives it the same candidate.
 */
export function solveSplits(
  variables: readonly SplitVariable[],
  known: ReadonlyMap<string, number>,
  identities: readonly Identity[],
  anchors: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
  limit = 200_000,
): SplitOutcome {
  const chosen = new Map<string, number>();
  const unresolved = new Map<string, Unresolved>();
  const values = new Map(known);
  const open: { variable: SplitVariable; indices: number[] }[] = [];
  for (const variable of variables) {
    const own = new Set(variable.keys);
    const local = identities.filter((identity) => identityKeys(identity).every((k) => own.has(k)));
    let indices = variable.candidates.map((_, i) => i);
    const scratch = new Map<string, number>();
    const fits = (i: number, rules: readonly Identity[]) => {
      scratch.clear();
      assign(scratch, variable.keys, variable.candidates[i]);
      return consistent(rules, scratch);
    };
    const balanced = indices.filter((i) => fits(i, local));
    if (balanced.length === 0 && indices.length > 1) {
      unresolved.set(variable.id, 'inconsistent');
      continue;
    }
    if (balanced.length > 0) indices = balanced;
    const anchored = indices.filter((i) => variable.keys.every((key, k) => anchors.get(key)?.has(variable.candidates[i][k]) ?? true));
    if (anchored.length > 0) indices = anchored;
    if (indices.length === 1) {
      chosen.set(variable.id, indices[0]);
      assign(values, variable.keys, variable.candidates[indices[0]]);
    } else {
      open.push({ variable, indices });
    }
  }
  if (open.length === 0) return { chosen, unresolved };

  for (const component of components(open, identities)) solveJointly(component, identities, values, limit, chosen, unresolved);
  return { chosen, unresolved };
}

type Open = { variable: SplitVariable; indices: number[] };

/** Open variables linked by some identity, directly or through others; each group is solved alone. */
function components(open: readonly Open[], identities: readonly Identity[]): Open[][] {
  const parent = open.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  open.forEach((o, i) => o.variable.keys.forEach((key) => owner.set(key, i)));
  for (const identity of identities) {
    const linked = [...new Set(identityKeys(identity).map((k) => owner.get(k)).filter((i) => i !== undefined))];
    for (const i of linked.slice(1)) parent[find(i)] = find(linked[0]);
  }
  const groups = new Map<number, Open[]>();
  open.forEach((o, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), o]));
  return [...groups.values()];
}

/** Depth-first over the candidates of linked variables, checking each identity once all its open cells have values. */
function solveJointly(
  open: readonly Open[],
  identities: readonly Identity[],
  values: Map<string, number>,
  limit: number,
  chosen: Map<string, number>,
  unresolved: Map<string, Unresolved>,
): void {
  const depthOfKey = new Map<string, number>();
  open.forEach((o, depth) => o.variable.keys.forEach((key) => depthOfKey.set(key, depth)));
  const checksAt: Identity[][] = open.map(() => []);
  for (const identity of identities) {
    const depth = Math.max(...identityKeys(identity).map((k) => depthOfKey.get(k) ?? -1));
    if (depth >= 0) checksAt[depth].push(identity);
  }
  const seen = open.map(() => new Set<number>());
  let nodes = 0;
  let solutions = 0;
  const walk = (depth: number): boolean => {
    if (depth === open.length) {
      solutions++;
      return true;
    }
    const { variable, indices } = open[depth];
    let any = false;
    for (const i of indices) {
      if (++nodes > limit) return false;
      assign(values, variable.keys, variable.candidates[i]);
      if (consistent(checksAt[depth], values) && walk(depth + 1)) {
        seen[depth].add(i);
        any = true;
      }
      if (nodes > limit) return false;
    }
    for (const key of variable.keys) values.delete(key);
    return any;
  };
  walk(0);
  open.forEach(({ variable }, depth) => {
    for (const key of variable.keys) values.delete(key);
    if (nodes > limit) unresolved.set(variable.id, 'too-many');
    else if (solutions === 0) unresolved.set(variable.id, 'inconsistent');
    else if (seen[depth].size === 1) chosen.set(variable.id, [...seen[depth]][0]);
    else unresolved.set(variable.id, 'ambiguous');
  });
  open.forEach(({ variable }) => {
    const index = chosen.get(variable.id);
    if (index !== undefined) assign(values, variable.keys, variable.candidates[index]);
  });
}
