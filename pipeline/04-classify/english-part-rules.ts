import type { SectionLabel } from '../../schemas/catalog.js';
import { withoutEnglishNumbering } from './english-headings.js';
import type { PartRule } from './part-rules.js';

/**
 * Heading keywords of English reports per report part, tried in order like PART_RULES: appeals
 * (reconsideration) before requests, other matters and problems before everything that could
 * share their words. Each example is a heading as English versions of the reports print them;
 * test/english-outline.test.ts runs every example.
 */
export const ENGLISH_PART_RULES: readonly PartRule[] = [
  { id: 'part/en-other-matters', label: 'other', pattern: /\bother\s+(?:matters|items|issues|information)\b|\bmiscellaneous\b/i, example: 'VI. Other Matters to Be Reported' },
  { id: 'part/en-appendix', label: 'other', pattern: /\b(?:annex|appendix|attachment|statistical\s+tables?)\b/i, example: 'Annex: Statistical Tables' },
  {
    id: 'part/en-problems',
    label: 'problems',
    pattern: /\b(?:problems?|improvements?|shortcomings|deficiencies|next\s+steps|work\s+plans?|outlook|way\s+forward|areas\s+for\s+improvement)\b/i,
    example: 'V. Major Problems and Improvements',
  },
  { id: 'part/en-fees', label: 'fees', pattern: /\b(?:fees?|charges|charging)\b/i, example: 'VII. Fees Charged and Fee Reductions' },
  { id: 'part/en-appeal', label: 'appeal', pattern: /\b(?:reconsideration|litigation|lawsuits?|complaints?|appeals?)\b/i, example: 'IV. Administrative Reconsideration and Litigation Concerning Government Information Disclosure' },
  {
    id: 'part/en-application',
    label: 'application',
    pattern: /\b(?:requests?|applications?|upon\s+application|inquiries|enquiries|consultations?)\b/i,
    example: 'III. Receipt and Handling of Requests for Government Information Disclosure',
  },
  { id: 'part/en-response', label: 'response', pattern: /\b(?:interpretations?|interpreting|responses?|responding|public\s+concerns?|interaction)\b/i, example: '(III) Policy Interpretation and Responses to Public Concerns' },
  {
    id: 'part/en-overview',
    label: 'overview',
    pattern: /\b(?:general\s+situation|overview|overall\s+situation|summary|basic\s+(?:situation|information)|main\s+(?:work|practices))\b/i,
    example: 'I. General Situation',
  },
  {
    id: 'part/en-organization',
    label: 'organization',
    pattern: /\b(?:organi[sz]ation(?:al)?|institutions?|leadership|mechanisms?|systems?|training|staff(?:ing)?|personnel|funding|budgets?|supervision|safeguards?|confidentiality)\b/i,
    example: '2. Organisation and Staffing',
  },
  {
    id: 'part/en-active',
    label: 'active',
    pattern: /\b(?:proactive(?:ly)?|voluntary|key\s+areas|platforms?|websites?|information\s+disclosure|disclosure\s+of\s+government\s+information)\b/i,
    example: 'II. Proactive Disclosure of Government Information',
  },
];

/** The first English rule that names the heading's part, or null. */
export function labelEnglishHeading(heading: string): PartRule | null {
  const words = withoutEnglishNumbering(heading);
  return ENGLISH_PART_RULES.find((rule) => rule.pattern.test(words)) ?? null;
}

/** Vocabulary of each part in English paragraphs, weighted like PART_VOCABULARY. */
export const ENGLISH_PART_VOCABULARY: Readonly<Partial<Record<SectionLabel, readonly [RegExp, number][]>>> = {
  active: [
    [/\bproactive(?:ly)?\s+(?:disclos|releas|publish)/i, 2],
    [/\b(?:portal|website|gazette|Weibo|WeChat)\b/i, 1],
  ],
  application: [
    [/\b(?:requests?|applications?)\s+for\s+(?:government\s+)?information/i, 2],
    [/\b(?:requests?|applications?|applicants?)\b/i, 1],
    [/\b(?:in\s+full|partially\s+disclosed|carried\s+over|withheld|replied)\b/i, 1],
  ],
  appeal: [
    [/\badministrative\s+(?:reconsideration|litigation)\b/i, 2],
    [/\b(?:lawsuits?|complaints?)\b/i, 1],
  ],
  response: [
    [/\bpolicy\s+interpretations?\b/i, 2],
    [/\b(?:press\s+conferences?|public\s+concerns?|responded)\b/i, 1],
  ],
  organization: [
    [/\bleading\s+group\b|\bdedicated\s+(?:office|unit|staff)\b/i, 2],
    [/\b(?:full-time|part-time|training|staff)\b/i, 1],
  ],
  fees: [
    [/\bfees?\b/i, 2],
    [/\b(?:charged|waived|yuan)\b/i, 1],
  ],
  problems: [
    [/\b(?:problems|shortcomings|deficiencies)\b/i, 2],
    [/\b(?:improve|next\s+year|further\s+strengthen)\b/i, 1],
  ],
};
