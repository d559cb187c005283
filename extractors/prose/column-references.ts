import type { ExtractContext } from '../define.js';
import { sourceSpan } from './mask.js';
import { otherYear, yearMentionsOf } from './patterns.js';
import { ITEMS } from './rules/words.js';
import { figureFields, type ProseFact, type SentenceView } from './sentences.js';

export const COLUMN_REFERENCE_RULE = 'reference/同名栏目';

/**
 * A figure published through a named column, with no channel word in its clause:
 * 全年通过审计信息专栏公开政府信息16条. The name is what ties it to a channel.
 */
const THROUGH_COLUMN = /(?:通过|在|经|利用)(?:该|此)?[“《]?(?<name>[^，。；：#、“”《》]{2,12}?)[”》]?(?:专栏|栏目)(?:上|中|内)?(?:共|累计)?(?:主动)?(?:公开|发布|更新|推送)(?:了)?(?:各类)?(?:政府|政务)?信息(?:共计|共)?(?<n>#)/dg;

function compact(text: string): string {
  return text.replace(/[\s“”《》"]/g, '');
}

/**
 * A channel statement that named a column (网站审计信息栏目公开信息20条) and a later figure
 * published through the column of that name, in another sentence, are two statements of one
 * channel: the later figure is read as the same metric, so the reconciler compares the two. A
 * column never named in a channel statement (开设疫情防控专栏，发布信息200条) is left alone:
 * a topical column is a part of a channel, not the channel.
 */
export function readColumnReferences(views: readonly SentenceView[], stated: readonly ProseFact[], context: ExtractContext): ProseFact[] {
  const { text, numbers, metadata } = context.doc;
  const years = yearMentionsOf(numbers);
  const claimed = new Set(stated.flatMap((f) => (f.figure ? [f.figure.start] : [])));
  const channels = stated.filter((f) => f.metric?.startsWith('active.channel.'));
  const facts: ProseFact[] = [];
  for (const view of views) {
    THROUGH_COLUMN.lastIndex = 0;
    for (const match of view.masked.text.matchAll(THROUGH_COLUMN)) {
      const name = match.groups!.name;
      const at = match.indices!.groups!.n[0];
      const figure = view.masked.figures[at];
      if (!figure || claimed.has(figure.start) || figure.unit !== 'count' || !(ITEMS as readonly string[]).includes(figure.measure ?? '')) continue;
      if (otherYear(text, years, view, match.index, at, metadata.year)) continue;
      const named = channels.find((f) => f.sentence !== view.index && [`${name}专栏`, `${name}栏目`].some((words) => compact(text.slice(f.start, f.end)).includes(words)));
      if (!named) continue;
      const quote = sourceSpan(view.masked, match.index, at + 1);
      facts.push({
        kind: 'pattern',
        sentence: view.index,
        specificity: 0.7,
        slot: 'main',
        ...figureFields(figure),
        metric: named.metric,
        start: quote.start,
        end: quote.end,
        src: 'text',
        ruleId: COLUMN_REFERENCE_RULE,
        evidence: [COLUMN_REFERENCE_RULE, `${name}专栏`, named.ruleId],
      });
    }
  }
  return facts;
}
