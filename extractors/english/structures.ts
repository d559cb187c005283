/**
 * Step 1 of reading English numbers: shapes whose digits are never figures (dates, telephone
 * numbers, document numbers, references such as Article 20, list markers), found before any
 * number is read so that compromise never reads their digits as counts. Rows of data, each
 * with a real example that test/english.test.ts runs.
 */
import type { NumberRole } from '../../schemas/types.js';
import { MONTH, ORDINAL_MARKER, REFERENCE_WORDS } from './lexicon.js';

export interface StructureRule {
  id: string;
  role: NumberRole;
  pattern: RegExp;
  example: string;
}

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;

export const STRUCTURE_RULES: readonly StructureRule[] = [
  { id: 'en/url', role: 'url', pattern: /\b(?:https?:\/\/|www\.)[^\s，。）)]*[^\s，。）).,;:]/gi, example: 'visit www.example.gov.cn/2023 for details' },
  { id: 'en/email', role: 'email', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, example: 'write to gkb2023@example.gov.cn' },
  { id: 'en/date-month-day', role: 'date', pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:\s*,\s*${YEAR})?\b`, 'g'), example: 'from January 1 to December 31, 2023' },
  { id: 'en/date-day-month', role: 'date', pattern: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:\s*,?\s*${YEAR})?\b`, 'g'), example: 'published on 15 March 2023' },
  { id: 'en/date-month-year', role: 'date', pattern: new RegExp(String.raw`\b${MONTH}\s*,?\s+${YEAR}\b`, 'g'), example: 'since March 2023' },
  { id: 'en/date-numeric', role: 'date', pattern: new RegExp(String.raw`\b${YEAR}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}/\d{1,2}/${YEAR}\b`, 'g'), example: 'issued on 2023-03-15' },
  {
    id: 'en/phone-context',
    role: 'phone',
    pattern: /\b(?:tel|telephone|phone|fax|hotline|call)\b\.?(?:\s*(?:no\.?|number))?\s*[:：]?\s*(?:\+?86[\s-]?)?\(?\d[\d()\s-]{3,}\d/gi,
    example: 'Tel: (0571) 8765 4321',
  },
  { id: 'en/phone-shape', role: 'phone', pattern: /(?:\+86[\s-]?)?\(?\b0\d{2,3}\)?[\s-]\d{7,8}\b|\b1[3-9]\d{9}\b/g, example: 'call 0571-87654321 on weekdays' },
  { id: 'en/hotline-number', role: 'phone', pattern: /\b\d{5}(?=\s+(?:government\s+)?(?:service\s+)?hotline)/gi, example: 'through the 12345 service hotline' },
  { id: 'en/postcode', role: 'postcode', pattern: /\b(?:post(?:al)?\s*code|zip(?:\s*code)?)\s*[:：]?\s*\d{6}\b/gi, example: 'Postcode: 310000' },
  {
    id: 'en/document-number',
    role: 'doc_number',
    pattern: /(?:[[〔(]\s*(?:19|20)\d{2}\s*[\]〕)]\s*)?\bNo[s]?\.\s*\d+(?:\s*(?:,|and|-)\s*\d+)*/g,
    example: 'Decree No. 711 of the State Council',
  },
  {
    id: 'en/reference',
    role: 'ordinal',
    pattern: new RegExp(String.raw`\b${REFERENCE_WORDS}\s+(?:\d+|${ORDINAL_MARKER}\b)(?:\s*\(\d+\))?`, 'g'),
    example: 'Article 20 of the Regulations',
  },
  { id: 'en/address', role: 'address', pattern: /\b(?:Room|Building|Floor|Block|Gate|Unit)\s+\d+\b/g, example: 'Room 301, Building 2' },
  { id: 'en/code', role: 'code', pattern: /\b[A-Za-z]+-\d+\b|\b[A-Za-z]+\d+[A-Za-z\d]*\b|\b\d+(?!(?:st|nd|rd|th|s)\b)[A-Za-z]+\b/g, example: 'the COVID-19 response and 5G networks' },
  { id: 'en/list-marker-paren', role: 'list_marker', pattern: /[(（]\s*(?:\d{1,2}|[ivx]{1,4}|[IVX]{1,4}|[a-h])\s*[)）]/g, example: '(1) improving the catalogue; (2) updating' },
  { id: 'en/list-marker-line', role: 'list_marker', pattern: /^[ \t*#]*(?:\d{1,2}|[IVX]{1,4})[.)．](?!\d)/gm, example: '3. Handling of requests' },
];

export interface Structure {
  start: number;
  end: number;
  role: NumberRole;
  ruleId: string;
}

/** Every structure in text[from, to), earlier and longer ones first, none overlapping. */
export function findStructures(text: string, from: number, to: number): Structure[] {
  const slice = text.slice(from, to);
  const found: Structure[] = [];
  for (const rule of STRUCTURE_RULES) {
    for (const match of slice.matchAll(rule.pattern)) {
      found.push({ start: from + match.index!, end: from + match.index! + match[0].length, role: rule.role, ruleId: rule.id });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Structure[] = [];
  for (const structure of found) {
    const last = kept[kept.length - 1];
    if (last && structure.start < last.end) continue;
    kept.push(structure);
  }
  return kept;
}
