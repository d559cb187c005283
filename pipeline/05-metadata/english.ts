/**
 * Metadata of English-language reports ("2023 Annual Report on Government Information
 * Disclosure of …"), as rule tables like the Chinese ones in index.ts. Each row carries an
 * example; test/english-outline.test.ts runs them all.
 */
import type { ReportFormat, ReportKind } from '../../schemas/catalog.js';

export interface EnglishMetadataRule {
  id: string;
  pattern: RegExp;
  example: string;
}

const YEAR = String.raw`((?:19|20)\d{2})`;
const MONTH_DAY_1 = String.raw`(?:January\s+1(?:st)?|1(?:st)?\s+(?:of\s+)?January)`;
const MONTH_DAY_31 = String.raw`(?:December\s+31(?:st)?|31(?:st)?\s+(?:of\s+)?December)`;
const REPORT = String.raw`(?:Annual\s+Report|Work\s+Report|Report|Work\s+Summary)\s+on\s+(?:the\s+)?(?:Government\s+|Governmental\s+)?(?:Information\s+Disclosure|Information\s+Publicity|Open\s+Government\s+Information|Disclosure\s+of\s+Government\s+Information)(?:\s+Work)?`;

/** Lines with the page's publication data (Published: 2024-01-20), never the year covered. */
const PUBLICATION_LINE = /\b(?:published|release date|date of (?:issue|release)|updated|posted|source)\s*[:：]/i;

export const ENGLISH_YEAR_RULES: readonly EnglishMetadataRule[] = [
  { id: 'year/en-title', pattern: new RegExp(String.raw`\b${YEAR}\s+${REPORT}`, 'i'), example: '2023 Annual Report on Government Information Disclosure of the People’s Government of Xinlan City' },
  { id: 'year/en-title-for-year', pattern: new RegExp(String.raw`${REPORT}[^\n]{0,120}?(?:\bfor\s+(?:the\s+)?(?:year\s+)?|\(\s*)${YEAR}\b`, 'i'), example: 'Annual Report on Government Information Disclosure of the Ministry of Examples for the Year 2022' },
  {
    id: 'year/en-period',
    pattern: new RegExp(String.raw`\bfrom\s+${MONTH_DAY_1}(?:\s*,?\s*${YEAR})?\s+(?:to|through|until)\s+${MONTH_DAY_31}\s*,?\s*${YEAR}`, 'i'),
    example: 'This report covers the period from January 1 to December 31, 2023.',
  },
  { id: 'year/en-opening', pattern: new RegExp(String.raw`(?:^|\n)\s*(?:In|During)\s+${YEAR}\s*,`), example: 'In 2023, the bureau implemented the Regulations …' },
];

/** Words that end the name of an issuing organ in English. */
const ORGAN = String.raw`(?:Government|Bureau|Ministry|Commission|Administration|Office|Department|Committee|Agency|Authority|Centre|Center|Council|Court|Procuratorate|Service)`;
/** A word of a name: capitalised, or one of the small words that join capitalised ones. */
const NAME_WORD = String.raw`(?:[A-Z][\w’'.-]*|of|and|for|the|on|&)`;

/** How English reports name their issuer, most reliable first; the title rules read the first 6000 characters, the others the whole text. */
export const ENGLISH_AGENCY_RULES: readonly (EnglishMetadataRule & { wholeText?: boolean })[] = [
  {
    id: 'agency/en-title-of',
    pattern: new RegExp(String.raw`${REPORT}\s+(?:of|by)\s+(?:the\s+)?([A-Z][^\n,;]{2,120})`),
    example: '2023 Annual Report on Government Information Disclosure of the People’s Government of Xinlan City',
  },
  {
    id: 'agency/en-title-before',
    pattern: new RegExp(String.raw`(?:^|\n)[\s#*]*(?:The\s+)?([A-Z][^\n,;]{2,120}?)\s*(?:\n\s*)?(?:\b${YEAR}\s+)?${REPORT}`),
    example: 'Xinlan Municipal Bureau of Natural Resources\n2022 Annual Report on Government Information Disclosure',
  },
  {
    id: 'agency/en-compiled-by',
    pattern: /\b(?:compiled|prepared|drafted|issued|published)\s+by\s+(?:the\s+)?([A-Z][^\n,;]{2,120})/,
    wholeText: true,
    example: 'This report is compiled by the General Office of the People’s Government of Xinlan City in accordance with the Regulations.',
  },
  {
    id: 'agency/en-contact',
    pattern: /\bplease\s+contact\s+(?:the\s+)?([A-Z][^\n,;]{2,120})/,
    wholeText: true,
    example: 'For enquiries, please contact the General Office of the Xinlan Municipal Bureau of Commerce, Tel: (0000) 1234 5678.',
  },
];

/** Where a name read from a title or clause ends: before the year, a date, "in accordance with", a bracket. */
const NAME_TAIL = /\s+(?:for\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d|in\s+(?:19|20)\d\d|in\s+accordance|according|pursuant|under|on\s+the\s+basis|with\s+|from\s+|to\s+|(?:19|20)\d\d|is\s+|was\s+|has\s+|hereby)\b[\s\S]*$|\s*[([（].*$|[.。]\s*$/i;

/** The organ in a name-like phrase: up to and including its last organ word and what names it (Bureau of Natural Resources). */
function cleanAgencyName(phrase: string): string | null {
  const name = phrase.replace(/\s+/g, ' ').replace(NAME_TAIL, '').trim();
  const organ = new RegExp(String.raw`^(?:${NAME_WORD}\s+)*?${ORGAN}(?:\s+(?:of|for)\s+(?:the\s+)?${NAME_WORD}(?:\s+${NAME_WORD})*)?`).exec(name);
  if (!organ) return null;
  const agency = organ[0].replace(/(?:\s+(?:of|and|for|the|on|&))+$/i, '').replace(/^the\s+/i, '');
  if (!/^[A-Z]/.test(agency) || agency.split(' ').length < 2) return null;
  return agency;
}

/** Year covered by an English report: title, statistics period, opening; else the most frequent year. */
export function detectEnglishYear(text: string): { year: number | null; evidence: string } {
  // Quoted titles name other reports (“2022 Annual Report on …” in a 2023 report): blanked.
  const body = text
    .split('\n')
    .filter((line) => !PUBLICATION_LINE.test(line))
    .join('\n')
    .replace(/[“"][^”"\n]{0,200}[”"]/g, (quoted) => ' '.repeat(quoted.length));
  for (const rule of ENGLISH_YEAR_RULES) {
    const match = rule.pattern.exec(body);
    const printed = match?.slice(1).filter(Boolean).pop();
    if (match && printed) return { year: Number(printed), evidence: `${rule.id}: ${match[0].trim().slice(0, 60)}` };
  }
  const counts = new Map<number, number>();
  for (const match of body.matchAll(/\b((?:19|20)\d{2})\b(?!\s*(?:-|\/)\d)/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? { year: best[0], evidence: `year/en-most-frequent: ${best[0]} ×${best[1]}` } : { year: null, evidence: 'year/none' };
}

/** The issuing organ of an English report, from its title or a compiled-by or contact clause. */
export function detectEnglishAgency(text: string): { agency: string | null; evidence: string } {
  for (const rule of ENGLISH_AGENCY_RULES) {
    const searched = rule.wholeText ? text : text.slice(0, 6000);
    for (const match of searched.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags + 'g'))) {
      const agency = cleanAgencyName(match[1]);
      if (agency) return { agency, evidence: `${rule.id}: ${match[0].trim().replace(/\s+/g, ' ').slice(0, 60)}` };
    }
  }
  return { agency: null, evidence: 'agency/none' };
}

/** The place an agency belongs to: People's Government of Xinlan City → Xinlan City; Xinlan Municipal Bureau … → Xinlan. */
export function detectEnglishRegion(agency: string | null): string | null {
  if (!agency) return null;
  const ofPlace = /People['’]s\s+Government\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})/.exec(agency);
  if (ofPlace) return ofPlace[1];
  const prefix = /^([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)\s+(?:Municipal|Provincial|County|District|City|Prefectural|Autonomous)\b/.exec(agency);
  return prefix ? prefix[1] : null;
}

/** The title: the first line (or a line and the next) that names an annual report or work summary. */
export function detectEnglishTitle(text: string): string | null {
  const lines = text.split('\n').slice(0, 15).map((l) => l.trim()).filter(Boolean);
  const report = new RegExp(REPORT, 'i');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 200 || PUBLICATION_LINE.test(line) || !report.test(line)) continue;
    const previous = lines[i - 1];
    if (previous && previous.length <= 100 && new RegExp(ORGAN + String.raw`(?:\s+of\s+[\w’' ]+)?$`).test(previous) && !/[.;]/.test(previous)) return `${previous} ${line}`;
    return line;
  }
  return null;
}

/** Column headers of the official tables in English versions, all on one header row: prose never lines them up. */
export const ENGLISH_FORMAT_RULES: readonly (EnglishMetadataRule & { format: ReportFormat })[] = [
  {
    id: 'format/en-2021-headers',
    format: 'template2021',
    pattern: /\b(?:issued|formulated)\s+this\s+year\b[^\n]{0,80}\b(?:repealed|abolished)\s+this\s+year\b[^\n]{0,80}\bcurrently\s+(?:valid|effective|in\s+force)\b/i,
    example: 'Type\tIssued this year\tRepealed this year\tCurrently valid',
  },
  {
    id: 'format/en-2019-headers',
    format: 'template2019',
    pattern: /\bnewly\s+(?:made|formulated|produced)\s+this\s+year\b[^\n]{0,80}\bnewly\s+(?:disclosed|published)\s+this\s+year\b/i,
    example: 'Item\tNewly made this year\tNewly disclosed this year\tTotal disclosed',
  },
];

/** English versions are prose unless they carry the official template tables. */
export function detectEnglishFormat(text: string): { format: ReportFormat; evidence: string } {
  for (const rule of ENGLISH_FORMAT_RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { format: rule.format, evidence: `${rule.id}: ${match[0].replace(/\s+/g, ' ').slice(0, 40)}` };
  }
  return { format: 'prose', evidence: 'format/en-no-template-table' };
}

export function detectEnglishKind(title: string | null, text: string): { kind: ReportKind; evidence: string } {
  const head = title ?? text.slice(0, 300);
  const summary = /\bwork\s+summary\b|\bsummary\s+of\s+(?:the\s+)?[\w\s]{0,40}work\b|\bimplementation\s+(?:report|status)\b/i.exec(head);
  return summary ? { kind: 'work_summary', evidence: `kind/en-summary-title: ${summary[0]}` } : { kind: 'annual_report', evidence: 'kind/en-default' };
}
