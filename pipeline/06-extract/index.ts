import { isFigure } from '../../extractors/numbers/index.js';
import { selectExtractors, type ExtractContext } from '../../extractors/index.js';
import type { DescribedDoc, ExtractedDoc, Fact, Message, NumberMention, Paragraph } from '../../schemas/types.js';
import { sectionAt } from '../04-classify/index.js';
import { tokensIn } from '../03-segment/index.js';
import { lowerBound } from '../ordered.js';
import { defineStage, message } from '../stage.js';

export function extractContext(doc: DescribedDoc, messages: Message[], source: () => string): ExtractContext {
  const figures: NumberMention[] = doc.numbers.filter((n) => isFigure(n.role));
  return {
    doc,
    sectionAt: (offset) => sectionAt(doc.sections, offset),
    paragraphAt: (offset): Paragraph | undefined => {
      const i = lowerBound(doc.paragraphs, (p) => p.end, offset + 1);
      const paragraph = doc.paragraphs[i];
      return paragraph && paragraph.start <= offset ? paragraph : undefined;
    },
    figuresIn: (from, to) => {
      const out: NumberMention[] = [];
      for (let i = lowerBound(figures, (f) => f.start, from); i < figures.length && figures[i].start < to; i++) {
        if (figures[i].end <= to) out.push(figures[i]);
      }
      return out;
    },
    tokensIn: (from, to) => tokensIn(doc.text, doc.tokenEnds, from, to),
    report: (ruleId, severity, text, span) => messages.push(message(source(), ruleId, severity, text, span)),
  };
}

export const extract = defineStage<DescribedDoc, ExtractedDoc>(
  { name: 'extract', version: '1', description: 'run the enabled extractor plugins (pattern, keyword, table …) over the document' },
  (doc, options) => {
    const messages = [...doc.messages];
    let current = 'extract';
    const context = extractContext(doc, messages, () => current);
    const facts: Omit<Fact, 'id'>[] = [];
    for (const extractor of selectExtractors(options.extractors, options.disableExtractors)) {
      if (!extractor.languages.includes(doc.language)) continue;
      current = extractor.id;
      facts.push(...extractor.run(context));
    }
    facts.sort((a, b) => a.valueStart - b.valueStart || a.start - b.start || String(a.metric).localeCompare(String(b.metric)));
    return { ...doc, messages, facts: facts.map((fact, i) => ({ id: `f${i + 1}`, ...fact })) };
  },
);
