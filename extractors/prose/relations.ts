import type { FactRelation } from '../../schemas/types.js';
import type { PartGroup } from './lists.js';
import type { ProseFact } from './sentences.js';

/**
 * Sets `relation` on every total that has parts and on its parts: one group id per total (the
 * rule id and figure offset), with the cue words that tell the reconciler whether the parts are
 * the whole (其中 alone is not; 其他 closing the list is).
 */
export function relate(facts: readonly ProseFact[], groups: readonly PartGroup[]): ProseFact[] {
  const merged = new Map<string, PartGroup>();
  for (const group of groups) {
    const held = merged.get(group.id);
    if (!held) merged.set(group.id, { ...group, parts: [...group.parts], cues: [...group.cues] });
    else {
      held.parts.push(...group.parts);
      for (const cue of group.cues) if (!held.cues.includes(cue)) held.cues.push(cue);
    }
  }
  const relations = new Map<ProseFact, FactRelation>();
  for (const group of merged.values()) {
    if (group.parts.length === 0) continue;
    if (group.total) relations.set(group.total, { group: group.id, role: 'total', cues: group.cues });
    for (const part of group.parts) if (!relations.has(part)) relations.set(part, { group: group.id, role: 'part', cues: group.cues });
  }
  return facts.map((fact) => {
    const relation = relations.get(fact);
    return relation ? { ...fact, relation } : fact;
  });
}
