import type { MaskedText } from './mask.js';
import type { Era } from './rule.js';
import { sourceSpan } from './mask.js';
import {
  APPLICATION_CHANNELS, CATEGORY_LIST_OPENERS, COMPLAINT_LIST_OPENER, GENERIC_LABEL, LEADING_CUE, LIST_BREAK,
  TEMPLATE2019_ITEMS, VERB_LIST_OPENER, cleanCategoryLabel, cleanChannelLabel,
} from './rules/list.js';
import { ITEMS } from './rules/words.js';
import { previousInBlock, type ProseFact, type SentenceView } from './sentences.js';

/** What a list breaks down: categories of disclosed information, ways of applying, channels of requests. */
type ListKind = 'active' | 'apply' | 'complaints';

/** A total and the parts stated after it, with the words that say whether the parts are the whole. */
export interface PartGroup {
  id: string;
  total?: ProseFact;
  parts: ProseFact[];
  cues: string[];
}

interface Item {
  piece: string;
  pieceStart: number;
  figureIndex: number;
  shareIndex?: number;
  /** The item follows a nested 其中, so it breaks down the item before, not the total. */
  nested: boolean;
}

const CUE_WORDS = ['其中', '包括', '主要有', '分别为', '分别是', '含'] as const;
const CONTINUATION = /^[^，。；#]{1,20}?类(?:的)?信息#/;
const SHARE = /^，?占(?:总体的?)?(?:比例|比重)?(?:为)?#/;
const MAX_LABEL = 24;

function kindOf(metric: string | null): ListKind | null {
  if (!metric) return null;
  if (metric.startsWith('active.')) return 'active';
  if (metric === 'apply.new.total') return 'apply';
  if (metric === 'complaints.total') return 'complaints';
  return null;
}

/**
 * The cue (其中, 包括 …) that opens the parts of a total whose figure is at `at`: within 30
 * characters, with no other count figure in between (a percentage of comparison may be).
 */
function cueAfter(masked: MaskedText, at: number): { cue: string; start: number; inParens: boolean } | null {
  const limit = Math.min(masked.text.length, at + 32);
  for (let i = at + 1; i < limit; i++) {
    const char = masked.text[i];
    if (char === '。') return null;
    if (char === '#' && masked.figures[i]?.unit !== 'percent') return null;
    const cue = CUE_WORDS.find((word) => masked.text.startsWith(word, i));
    if (cue) {
      let start = i + cue.length;
      while (/[：，、]/.test(masked.text[start] ?? '')) start++;
      return { cue, start, inParens: masked.text[i - 1] === '（' };
    }
  }
  return null;
}

/**
 * Items from `from` on: each is the words before a figure (the label) and the figure, with an
 * optional share (，占15%). A piece of words with clause breaks may hold count-less categories
 * before its label; a new statement (同时, 我局 …), a label too long to be a name, or a figure
 * followed by more words (85 件的办理复文) ends the list.
 */
function parseItems(masked: MaskedText, from: number, inParens: boolean): Item[] {
  const text = masked.text;
  const sentenceEnd = text.indexOf('。', from) < 0 ? text.length : text.indexOf('。', from);
  const end = inParens && text.indexOf('）', from) >= 0 ? Math.min(text.indexOf('）', from), sentenceEnd) : sentenceEnd;
  const items: Item[] = [];
  let nested = false;
  let pos = from;
  while (pos < end) {
    const hash = text.indexOf('#', pos);
    if (hash < 0 || hash >= end) break;
    const piece = text.slice(pos, hash);
    const subs = piece.split(/[，；：]/);
    const labelPiece = subs[subs.length - 1];
    const skipped = subs.slice(0, -1).filter((s) => s.length > 0);
    if (skipped.length > 2 || [...skipped, labelPiece].some((s) => LIST_BREAK.test(s))) break;
    if (labelPiece.length === 0 || labelPiece.length > MAX_LABEL + 6 || /[《》]/.test(labelPiece)) break;
    if (items.length > 0 && /其中/.test(piece)) nested = true;
    let next = hash + 1;
    let shareIndex: number | undefined;
    const share = SHARE.exec(text.slice(next));
    if (share && masked.figures[next + share[0].length - 1]?.unit === 'percent') {
      shareIndex = next + share[0].length - 1;
      next += share[0].length;
    }
    if (next < end && !/[，；、。）]/.test(text[next])) break;
    items.push({ piece: labelPiece, pieceStart: hash - labelPiece.length, figureIndex: hash, ...(shareIndex !== undefined ? { shareIndex } : {}), nested });
    pos = next;
    while (pos < end && /[，；、]/.test(text[pos])) pos++;
  }
  return items;
}

interface ListContext {
  view: SentenceView;
  kind: ListKind;
  total?: ProseFact;
  cue: string;
  era: Era;
  claimed: Map<number, ProseFact[]>;
}

function baseFact(context: ListContext, item: Item, ruleId: string, quoteEnd: number): Omit<ProseFact, 'metric' | 'value' | 'unit' | 'approx' | 'interval' | 'valueStart' | 'valueEnd'> {
  const quote = sourceSpan(context.view.masked, item.pieceStart, quoteEnd);
  return { kind: 'list', sentence: context.view.index, specificity: 0.6, slot: 'list', start: quote.start, end: quote.end, src: 'text', ruleId, evidence: [ruleId, item.piece] };
}

function figureFact(context: ListContext, item: Item, ruleId: string, metric: string, label: string | undefined, index: number): ProseFact {
  const figure = context.view.masked.figures[index]!;
  return {
    ...baseFact(context, item, ruleId, index + 1),
    figure,
    metric,
    ...(label !== undefined ? { label } : {}),
    value: figure.value,
    unit: figure.unit,
    approx: figure.approx,
    interval: figure.interval,
    valueStart: figure.valueStart,
    valueEnd: figure.valueEnd,
  };
}

/** Facts for one item that no pattern rule read. */
function itemFacts(context: ListContext, item: Item): ProseFact[] {
  const figure = context.view.masked.figures[item.figureIndex]!;
  if (item.nested || figure.unit !== 'count') return [];
  if (context.kind === 'active') {
    if (figure.measure !== undefined && !(ITEMS as readonly string[]).includes(figure.measure)) return [];
    const label = cleanCategoryLabel(item.piece);
    if (GENERIC_LABEL.test(label) || label.length > MAX_LABEL) return [];
    const template = context.era === 'template2019' ? TEMPLATE2019_ITEMS.find((t) => t.label.test(label)) : undefined;
    if (template) return [figureFact(context, item, `${template.metric}/主动公开…列举`, template.metric, undefined, item.figureIndex)];
    const facts = [figureFact(context, item, 'active.category/列举', 'active.category', label, item.figureIndex)];
    if (item.shareIndex !== undefined) facts.push(figureFact(context, item, 'active.category_share/列举占比', 'active.category_share', label, item.shareIndex));
    return facts;
  }
  const piece = item.piece.replace(/^(?:其中|包括)[：，、]?/, '');
  const both = /^(.+?)(?:和|及|、)(.+?)(?:申请)?各$/.exec(piece);
  const labels = (both ? [both[1], both[2]] : [piece]).map(cleanChannelLabel);
  if (labels.some((l) => l.length === 0 || l.length > MAX_LABEL)) return [];
  if (context.kind === 'apply') {
    if (!labels.every((l) => APPLICATION_CHANNELS.test(l))) return [];
    return labels.map((label) => figureFact(context, item, 'apply.by_channel/列举', 'apply.by_channel', label, item.figureIndex));
  }
  return labels.map((label) => figureFact(context, item, 'complaints.by_channel/列举', 'complaints.by_channel', label, item.figureIndex));
}

/** Reads the items of one list into facts and the group of the total's parts. */
function readList(context: ListContext, items: Item[], minimum: number, groupId: string): { facts: ProseFact[]; group: PartGroup } {
  const facts: ProseFact[] = [];
  const parts: ProseFact[] = [];
  const cues = [context.cue];
  let sum = 0;
  const exactTotal = context.total && context.total.approx === 'exact' ? context.total.value : null;
  const group: PartGroup = { id: groupId, ...(context.total ? { total: context.total } : {}), parts, cues };
  if (items.length < minimum) return { facts, group };
  for (const item of items) {
    const figure = context.view.masked.figures[item.figureIndex]!;
    // Disjoint ways of applying or of writing in: once they reach the total, what follows is no part of it.
    if (context.kind !== 'active' && exactTotal !== null && sum + figure.value > exactTotal) break;
    const claimed = context.claimed.get(figure.start);
    const produced = claimed ? [] : itemFacts(context, item);
    if (claimed || produced.length > 0) sum += figure.value * (produced.length > 1 && context.kind !== 'active' ? produced.length : 1);
    facts.push(...produced);
    const prefixes = context.total?.parts ?? [];
    for (const fact of [...(claimed ?? []), ...produced]) {
      if (fact.metric && (prefixes.length === 0 || prefixes.some((p) => fact.metric!.startsWith(p)))) parts.push(fact);
    }
  }
  if (parts.some((p) => p.metric === 'active.channel.other' || /^其他/.test(p.label ?? ''))) cues.push('其他');
  if (items.length > 0) {
    const span = context.view.masked.text.slice(items[0].pieceStart, items[items.length - 1].figureIndex + 1);
    for (const word of ['等', '以及', '含'] as const) if (span.includes(word) && !cues.includes(word)) cues.push(word);
  }
  return { facts, group };
}

/**
 * Lists of parts in running text: categories after a total (其中 机构职能类信息18条，占15%…),
 * after an opener (在主动公开的信息中，…) or straight after 主动公开 (three items at least);
 * ways of applying after the applications received; channels of citizens' requests.
 */
export function readLists(views: readonly SentenceView[], stated: readonly ProseFact[], era: Era): { facts: ProseFact[]; groups: PartGroup[] } {
  const claimed = new Map<number, ProseFact[]>();
  for (const fact of stated) if (fact.figure) claimed.set(fact.figure.start, [...(claimed.get(fact.figure.start) ?? []), fact]);
  const facts: ProseFact[] = [];
  const groups: PartGroup[] = [];
  const listed = new Set<number>();
  const add = (context: ListContext, from: number, inParens: boolean, minimum: number, groupId: string, unclaimedOnly = false) => {
    const items = parseItems(context.view.masked, from, inParens).filter((item) => !listed.has(context.view.masked.figures[item.figureIndex]!.start));
    if (unclaimedOnly && items.some((item) => claimed.has(context.view.masked.figures[item.figureIndex]!.start))) return false;
    const read = readList(context, items, minimum, groupId);
    if (read.facts.length === 0 && read.group.parts.length === 0) return false;
    for (const item of items) listed.add(context.view.masked.figures[item.figureIndex]!.start);
    facts.push(...read.facts);
    groups.push(read.group);
    return true;
  };
  let lastActiveList = -2;
  for (const view of views) {
    const masked = view.masked;
    const totals = stated.filter((f) => f.sentence === view.index && f.parts && f.metric && kindOf(f.metric));
    for (const total of totals) {
      const at = masked.figures.indexOf(total.figure);
      const cue = cueAfter(masked, at);
      const context: ListContext = { view, kind: kindOf(total.metric)!, total, cue: cue?.cue ?? '其中', era, claimed };
      const groupId = `${total.ruleId}@${total.figure!.start}`;
      if (cue) {
        if (add(context, cue.start, cue.inParens, 1, groupId) && context.kind === 'active') lastActiveList = view.index;
        continue;
      }
      const next = views[view.index + 1];
      const leading = next && next.block === view.block ? LEADING_CUE.exec(next.masked.text) : null;
      if (next && leading && total === totals[totals.length - 1]) {
        if (add({ ...context, view: next, cue: leading[1] }, leading[0].length, false, 1, groupId) && context.kind === 'active') lastActiveList = next.index;
      }
    }
    for (const opener of CATEGORY_LIST_OPENERS) {
      const found = opener.exec(masked.text);
      if (!found) continue;
      const total = stated.filter((f) => f.metric === 'active.total' && f.sentence <= view.index && f.sentence >= view.index - 3).at(-1);
      const context: ListContext = { view, kind: 'active', ...(total ? { total } : {}), cue: found[0].replace(/[：，]$/, ''), era, claimed };
      if (add(context, found.index + found[0].length, false, 1, total ? `${total.ruleId}@${total.figure!.start}` : `list@${sourceSpan(masked, found.index, found.index + 1).start}`)) lastActiveList = view.index;
    }
    const verb = VERB_LIST_OPENER.exec(masked.text);
    if (verb) add({ view, kind: 'active', cue: '主动公开', era, claimed }, verb.index + verb[0].length, false, 3, `list@${sourceSpan(masked, verb.index, verb.index + 1).start}`, true);
    const complaints = COMPLAINT_LIST_OPENER.exec(masked.text);
    if (complaints) add({ view, kind: 'complaints', cue: '诉求', era, claimed }, complaints.index + complaints[0].length, false, 2, `list@${sourceSpan(masked, complaints.index, complaints.index + 1).start}`);
    const previous = previousInBlock(views, view);
    if (previous && lastActiveList === previous.index && CONTINUATION.test(masked.text)) {
      const group = groups[groups.length - 1];
      const context: ListContext = { view, kind: 'active', ...(group?.total ? { total: group.total } : {}), cue: group?.cues[0] ?? '其中', era, claimed };
      if (add(context, 0, false, 1, group?.id ?? `list@${view.start}`)) lastActiveList = view.index;
    }
  }
  return { facts, groups };
}
