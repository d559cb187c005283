import { sourceSpan, type MaskedText } from './mask.js';
import type { Era } from './rule.js';
import { APPLICATION_CHANNELS, GENERIC_LABEL, ITEM_CUE, LIST_BREAK, LIST_CUES, REQUEST_CHANNELS, TEMPLATE2019_ITEMS, applicationChannelLabel, cleanCategoryLabel, cleanChannelLabel } from './rules/list.js';
import { ITEMS } from './rules/words.js';
import { figureFields, type ProseFact, type SentenceView } from './sentences.js';

/** What a list breaks down: categories of disclosed information, ways of applying, channels of requests. */
export type ListKind = 'active' | 'apply' | 'complaints';

export interface Item {
  piece: string;
  pieceStart: number;
  figureIndex: number;
  shareIndex?: number;
  /** The item follows a nested 其中, so it breaks down the item before, not the total. */
  nested: boolean;
}

const SHARE = /^，?占(?:总体的?)?(?:比例|比重)?(?:为)?#/;
const MAX_LABEL = 24;

export function kindOf(metric: string | null): ListKind | null {
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
export function cueAfter(masked: MaskedText, at: number): { cue: string; start: number; inParens: boolean } | null {
  const limit = Math.min(masked.text.length, at + 32);
  for (let i = at + 1; i < limit; i++) {
    const char = masked.text[i];
    if (char === '。') return null;
    if (char === '#' && masked.figures[i]?.unit !== 'percent') return null;
    const cue = LIST_CUES.find((word) => masked.text.startsWith(word, i));
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
 * before its label; a new statement (同时, 我局 …), a label too long to be a name, a title 《》 in
 * the label of a figure no rule read (its label would be the title), or a figure followed by more
 * words (85 件的办理复文) ends the list.
 */
export function parseItems(masked: MaskedText, from: number, inParens: boolean, claimed: (figureIndex: number) => boolean = () => false): Item[] {
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
    if (labelPiece.length === 0 || labelPiece.length > MAX_LABEL + 6 || (/[《》]/.test(labelPiece) && !claimed(hash))) break;
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

/** Where a list is read: its sentence, what it breaks down, the total it belongs to, the cue that opened it and the rule id of its facts. */
export interface ListContext {
  view: SentenceView;
  kind: ListKind;
  total?: ProseFact;
  cue: string;
  era: Era;
  ruleId: string;
}

/** A fact of an item: the quote runs from its label to the figure (the count, or the share after it). */
function itemFact(context: ListContext, item: Item, metric: string, label: string | undefined, index: number): ProseFact {
  const figure = context.view.masked.figures[index]!;
  const quote = sourceSpan(context.view.masked, item.pieceStart, index + 1);
  return {
    kind: 'list',
    sentence: context.view.index,
    specificity: 0.6,
    slot: 'list',
    start: quote.start,
    end: quote.end,
    src: 'text',
    ruleId: context.ruleId,
    evidence: [context.ruleId, context.cue, item.piece],
    ...figureFields(figure),
    metric,
    ...(label !== undefined ? { label } : {}),
  };
}

/** An item that names information as such (政务信息发布, 政府信息): a part of the list, but no category. */
const INFORMATION_AS_SUCH = /^(?:政务|政府)信息(?:发布|公开)?$/;

function withoutCue(piece: string): string {
  return piece.replace(/^[（(]/, '').replace(ITEM_CUE, '');
}

/** An item that is one of the parts but no catalogued metric, labelled with its own words. */
function uncataloguedItem(context: ListContext, item: Item, label: string): ProseFact {
  return { ...itemFact(context, item, 'active.category', label, item.figureIndex), metric: null, ruleId: `${context.ruleId}/uncatalogued` };
}

/** Facts for one item that no pattern rule read. */
export function itemFacts(context: ListContext, item: Item): ProseFact[] {
  const figure = context.view.masked.figures[item.figureIndex]!;
  if (item.nested || figure.unit !== 'count') return [];
  if (context.kind === 'active') {
    if (figure.measure !== undefined && !(ITEMS as readonly string[]).includes(figure.measure)) return [];
    // 政务信息发布 393 条 beside 动态类 and 解读类 names no category, yet it is one of the parts
    // the total is made of: it is kept uncatalogued, so the parts still add up to what the text lists.
    const words = withoutCue(item.piece);
    if (INFORMATION_AS_SUCH.test(words)) return [uncataloguedItem(context, item, words)];
    const label = cleanCategoryLabel(item.piece);
    if (GENERIC_LABEL.test(label) || label.length > MAX_LABEL) return [];
    const template = context.era === 'template2019' ? TEMPLATE2019_ITEMS.find((t) => t.label.test(label)) : undefined;
    if (template) return [itemFact(context, item, template.metric, undefined, item.figureIndex)];
    const facts = [itemFact(context, item, 'active.category', label, item.figureIndex)];
    if (item.shareIndex !== undefined) facts.push(itemFact(context, item, 'active.category_share', label, item.shareIndex));
    return facts;
  }
  const piece = item.piece.replace(/^(?:其中|包括)[：，、]?/, '');
  const both = /^(.+?)(?:和|及|、)(.+?)(?:申请)?各$/.exec(piece);
  const labels = (both ? [both[1], both[2]] : [piece]).map(cleanChannelLabel);
  if (labels.some((l) => l.length === 0 || l.length > MAX_LABEL)) return [];
  if (context.kind === 'apply') {
    const ways = labels.map(applicationChannelLabel);
    if (!ways.every((l) => APPLICATION_CHANNELS.test(l))) return [];
    return ways.map((label) => itemFact(context, item, 'apply.by_channel', label, item.figureIndex));
  }
  if (!labels.every((l) => REQUEST_CHANNELS.test(l))) return [];
  return labels.map((label) => itemFact(context, item, 'complaints.by_channel', label, item.figureIndex));
}

