import { cueAfter, itemFacts, kindOf, parseItems, type Item, type ListContext } from './list-items.js';
import { sourceSpan } from './mask.js';
import type { Era } from './rule.js';
import { CONTINUATION, LEADING_CUE, LIST_AFTER_LEADING_CUE, LIST_AFTER_TOTAL, LIST_CONTINUED, LIST_OPENERS } from './rules/list.js';
import { previousInBlock, type ProseFact, type SentenceView } from './sentences.js';

/** A total and the parts stated after it, with the words that say whether the parts are the whole. */
export interface PartGroup {
  id: string;
  total?: ProseFact;
  parts: ProseFact[];
  cues: string[];
}

const CLOSING_CUES = ['其他', '等', '以及', '含'] as const;

interface ListOptions {
  minimum: number;
  /** Only lists no rule has read a figure of (a bare 主动公开 followed by items). */
  unclaimedOnly?: boolean;
  inParens?: boolean;
}

function groupIdOf(total: ProseFact | undefined, masked: SentenceView['masked'], at: number): string {
  return total ? `${total.ruleId}@${total.figure!.start}` : `list@${sourceSpan(masked, at, at + 1).start}`;
}

/** Reads lists sentence by sentence; a figure belongs to one list at most. */
class ListReader {
  readonly facts: ProseFact[] = [];
  readonly groups: PartGroup[] = [];
  private readonly listed = new Set<number>();
  private readonly claimed = new Map<number, ProseFact[]>();

  constructor(stated: readonly ProseFact[]) {
    for (const fact of stated) if (fact.figure) this.claimed.set(fact.figure.start, [...(this.claimed.get(fact.figure.start) ?? []), fact]);
  }

  /** Reads the list that starts at `from`; true when it gave any fact or part. */
  read(context: ListContext, from: number, groupId: string, options: ListOptions): boolean {
    const figures = context.view.masked.figures;
    const claimed = (index: number) => this.claimed.has(figures[index]!.start);
    const items = parseItems(context.view.masked, from, options.inParens ?? false, claimed).filter((item) => !this.listed.has(figures[item.figureIndex]!.start));
    if (items.length < options.minimum) return false;
    if (options.unclaimedOnly && items.some((item) => this.claimed.has(figures[item.figureIndex]!.start))) return false;
    const group = this.parts(context, items, groupId);
    if (group.facts.length === 0 && group.parts.length === 0) return false;
    for (const item of items) this.listed.add(figures[item.figureIndex]!.start);
    this.facts.push(...group.facts);
    this.groups.push(group);
    return true;
  }

  /** Facts of the items no rule read, and every item that is a part of the total. */
  private parts(context: ListContext, items: Item[], id: string): PartGroup & { facts: ProseFact[] } {
    const facts: ProseFact[] = [];
    const parts: ProseFact[] = [];
    const prefixes = context.total?.parts ?? [];
    const exactTotal = context.total?.approx === 'exact' ? context.total.value : null;
    let sum = 0;
    for (const item of items) {
      const figure = context.view.masked.figures[item.figureIndex]!;
      const claimed = this.claimed.get(figure.start);
      const produced = claimed ? [] : itemFacts(context, item);
      const counted = figure.value * Math.max(1, context.kind === 'active' ? 1 : produced.length);
      // Ways of applying or of writing in are disjoint: once they reach the total, what follows is no part of it.
      if (context.kind !== 'active' && exactTotal !== null && sum + counted > exactTotal) break;
      if (claimed || produced.length > 0) sum += counted;
      facts.push(...produced);
      for (const fact of [...(claimed ?? []), ...produced]) {
        // An item read uncatalogued (政务信息 393 条) is still one of the parts the total is made of;
        // a figure a rule set aside as uncatalogued (a sub-unit's count) is not.
        const part = fact.metric === null ? produced.includes(fact) : prefixes.length === 0 || prefixes.some((p) => fact.metric!.startsWith(p));
        if (part) parts.push(fact);
      }
    }
    const cues = [context.cue];
    const span = context.view.masked.text.slice(items[0].pieceStart, items[items.length - 1].figureIndex + 1);
    for (const word of CLOSING_CUES) if ((span.includes(word) || (word === '其他' && parts.some((p) => p.metric === 'active.channel.other'))) && !cues.includes(word)) cues.push(word);
    return { id, ...(context.total ? { total: context.total } : {}), parts, cues, facts };
  }
}

/** Lists after a total of the same sentence (…486条，其中…) or opening the next one (。其中，…). */
function afterTotals(reader: ListReader, views: readonly SentenceView[], view: SentenceView, statedBySentence: ReadonlyMap<number, readonly ProseFact[]>, era: Era): number[] {
  const read: number[] = [];
  const totals = (statedBySentence.get(view.index) ?? []).filter((f) => f.parts && kindOf(f.metric));
  for (const total of totals) {
    const cue = cueAfter(view.masked, view.masked.figures.indexOf(total.figure));
    const context: ListContext = { view, kind: kindOf(total.metric)!, total, cue: cue?.cue ?? '其中', era, ruleId: LIST_AFTER_TOTAL };
    const groupId = groupIdOf(total, view.masked, 0);
    if (cue) {
      if (reader.read(context, cue.start, groupId, { minimum: 1, inParens: cue.inParens }) && context.kind === 'active') read.push(view.index);
      continue;
    }
    const next = views[view.index + 1];
    const leading = next && next.block === view.block && total === totals[totals.length - 1] ? LEADING_CUE.exec(next.masked.text) : null;
    if (leading && reader.read({ ...context, view: next, cue: leading[1], ruleId: LIST_AFTER_LEADING_CUE }, leading[0].length, groupId, { minimum: 1 }) && context.kind === 'active') read.push(next.index);
  }
  return read;
}

/** Lists after an opener (在主动公开的信息中, 主要类别有, 诉求工作 …); true when a list of categories was read. */
function afterOpeners(reader: ListReader, view: SentenceView, stated: readonly ProseFact[], era: Era): boolean {
  let categories = false;
  for (const opener of LIST_OPENERS) {
    const found = opener.pattern.exec(view.masked.text);
    if (!found) continue;
    const total = opener.total ? stated.filter((f) => f.metric === 'active.total' && f.sentence <= view.index && f.sentence >= view.index - 3).at(-1) : undefined;
    const context: ListContext = { view, kind: opener.kind, ...(total ? { total } : {}), cue: found[0].replace(/[：，]$/, ''), era, ruleId: opener.id };
    const read = reader.read(context, found.index + found[0].length, groupIdOf(total, view.masked, found.index), { minimum: opener.minimum, unclaimedOnly: opener.unclaimedOnly ?? false });
    categories ||= read && opener.total === true;
  }
  return categories;
}

/**
 * Lists of parts in running text: categories after a total (其中 机构职能类信息18条，占15%…),
 * after an opener (在主动公开的信息中，…) or straight after 主动公开 (three items at least, none
 * read by a rule); ways of applying after the applications received; channels of citizens'
 * requests (诉求工作，…); and sentences that go on with the categories of the sentence before.
 */
export function readLists(views: readonly SentenceView[], stated: readonly ProseFact[], era: Era): { facts: ProseFact[]; groups: PartGroup[] } {
  const reader = new ListReader(stated);
  const statedBySentence = new Map<number, ProseFact[]>();
  for (const fact of stated) {
    const inSentence = statedBySentence.get(fact.sentence);
    if (inSentence) inSentence.push(fact);
    else statedBySentence.set(fact.sentence, [fact]);
  }
  let lastCategoryList = -2;
  for (const view of views) {
    const masked = view.masked;
    for (const index of afterTotals(reader, views, view, statedBySentence, era)) lastCategoryList = index;
    if (afterOpeners(reader, view, stated, era)) lastCategoryList = view.index;
    if (previousInBlock(views, view)?.index === lastCategoryList && CONTINUATION.test(masked.text)) {
      const group = reader.groups[reader.groups.length - 1];
      const context: ListContext = { view, kind: 'active', ...(group?.total ? { total: group.total } : {}), cue: group?.cues[0] ?? '其中', era, ruleId: LIST_CONTINUED };
      if (reader.read(context, 0, group?.id ?? groupIdOf(undefined, masked, 0), { minimum: 1 })) lastCategoryList = view.index;
    }
  }
  return { facts: reader.facts, groups: reader.groups };
}
