/**
 * English-language reports before extraction: language detection, the outline (I. / Part One /
 * 1. / (I)) and its part labels, and the metadata rules. Constructed text; figures invented.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../pipeline/02-normalize/index.js';
import { ENGLISH_PART_RULES } from '../pipeline/04-classify/english-part-rules.js';
import { labelHeading } from '../pipeline/04-classify/part-rules.js';
import {
  ENGLISH_AGENCY_RULES,
  ENGLISH_FORMAT_RULES,
  ENGLISH_YEAR_RULES,
  detectEnglishAgency,
  detectEnglishFormat,
  detectEnglishKind,
  detectEnglishYear,
} from '../pipeline/05-metadata/english.js';
import { processText } from '../pipeline/stages.js';
import type { ProcessedDoc } from '../schemas/types.js';

const ENGLISH_BODY =
  'In 2023, the bureau implemented the Regulations on Government Information Disclosure and improved the catalogue of information it discloses to the public. ' +
  'Requests were answered on time and the portal website was kept up to date throughout the year.';

function processed(text: string, path = 'doc.txt'): ProcessedDoc {
  const result = processText(text, path);
  if (result.status !== 'ok') throw new Error(`${path}: ${result.error}`);
  return result;
}

describe('detectLanguage', () => {
  it('an English report that quotes Chinese names and titles is English', () => {
    const quoted = `${ENGLISH_BODY} The Xinlan Government Portal (新岚市人民政府门户网站) and the Xinlan Daily (新岚日报) published the notices of the Xinlan Bureau of Commerce (新岚市商务局).`;
    expect(detectLanguage(quoted)).toBe('en');
  });

  it('a Chinese report with web addresses, e-mail and English website names is Chinese', () => {
    const chinese = '2023年，我局通过门户网站（http://www.example.gov.cn/xxgk/index.html）和“Xinlan Release”微信公众号主动公开政府信息486条，受理申请25件。咨询邮箱：gk@example.gov.cn。'.repeat(3);
    expect(detectLanguage(chinese)).toBe('zh');
  });

  it('a few English words are not an English report', () => {
    expect(detectLanguage('Annual Report 2023')).toBe('zh');
    expect(detectLanguage('')).toBe('zh');
  });
});

describe('English part rules', () => {
  for (const rule of ENGLISH_PART_RULES) {
    it(`${rule.id}: its example "${rule.example}" is labelled ${rule.label}`, () => expect(labelHeading(rule.example)?.label).toBe(rule.label));
  }
  const headings: [string, string][] = [
    ['Part One General Situation', 'overview'],
    ['Part III Handling of Applications for Disclosure', 'application'],
    ['(II) Disclosure upon Application', 'application'],
    ['VI. Other Matters Requiring Reporting', 'other'],
    ['IV. Complaints, Reconsideration and Litigation', 'appeal'],
    ['3. Responding to Public Concerns', 'response'],
  ];
  for (const [heading, label] of headings) it(`${heading} → ${label}`, () => expect(labelHeading(heading)?.label).toBe(label));
});

describe('outline of English reports', () => {
  const outline = (text: string) => processed(text).sections.map((s) => (s.label === 'preamble' ? [s.label, s.level, s.numbering?.style ?? null] : [s.heading, s.label, s.level, s.numbering?.style ?? null]));

  it('reads "Part One" headings and keeps the numbered list inside a part out of the outline', () => {
    const text = [
      'Annual Report on Government Information Disclosure of the Ministry of Examples (2022)',
      ENGLISH_BODY,
      'Part One General Situation',
      ENGLISH_BODY,
      '1. We improved the catalogue of proactively disclosed information.',
      '2. We answered every request on time.',
      'Part Two Receipt and Handling of Requests',
      ENGLISH_BODY,
      'Part Three Other Matters',
      ENGLISH_BODY,
    ].join('\n');
    expect(outline(text)).toEqual([
      ['preamble', 1, null],
      ['Part One General Situation', 'overview', 1, 'part'],
      ['Part Two Receipt and Handling of Requests', 'application', 1, 'part'],
      ['Part Three Other Matters', 'other', 1, 'part'],
    ]);
  });

  it('labels paragraphs under an (I) sub-heading by the sub-heading', () => {
    const text = ['2023 Annual Report on Government Information Disclosure of Xinlan Municipal Bureau of Commerce', 'I. General Situation', '(I) Policy Interpretation', ENGLISH_BODY].join('\n');
    const doc = processed(text);
    expect(doc.paragraphs[doc.paragraphs.length - 1].label).toBe('response');
  });

  it('labels a part whose heading names no part by the English words of its body', () => {
    const body = 'The bureau received 35 requests for government information disclosure; 20 were disclosed in full and 2 were carried over from the previous year.';
    const doc = processed(['2023 Annual Report on Government Information Disclosure of Xinlan Municipal Bureau of Commerce', ENGLISH_BODY, 'I. General Situation', ENGLISH_BODY, 'II. Work Done in 2023', body].join('\n'));
    expect(doc.sections.map((s) => [s.heading, s.label, s.ruleId])).toContainEqual(['II. Work Done in 2023', 'application', 'part/vocabulary']);
  });

  it('leaves Chinese reports to the Chinese numbering: "I." in a Chinese report is not a heading', () => {
    const doc = processed('一、总体情况\n2023年，我局主动公开政府信息486条。\nI. Website\n二、主动公开政府信息情况\n全年主动公开信息120条。');
    expect(doc.sections.map((s) => s.heading)).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
  });
});

describe('English metadata rules', () => {
  for (const rule of ENGLISH_YEAR_RULES) {
    it(`${rule.id}: its example gives a year by this rule`, () => expect(detectEnglishYear(rule.example).evidence.startsWith(rule.id)).toBe(true));
  }
  for (const rule of ENGLISH_AGENCY_RULES) {
    it(`${rule.id}: its example gives an agency by this rule`, () => expect(detectEnglishAgency(rule.example).evidence.startsWith(rule.id)).toBe(true));
  }
  for (const rule of ENGLISH_FORMAT_RULES) {
    it(`${rule.id}: its example is ${rule.format}`, () => expect(detectEnglishFormat(rule.example).format).toBe(rule.format));
  }

  const agencies: [string, string][] = [
    ['2023 Annual Report on Government Information Disclosure of the People’s Government of Xinlan City', 'People’s Government of Xinlan City'],
    ['Annual Report on Government Information Disclosure of the Ministry of Examples for the Year 2022', 'Ministry of Examples'],
    ['Xinlan Municipal Bureau of Natural Resources and Planning\n2022 Annual Report on Government Information Disclosure', 'Xinlan Municipal Bureau of Natural Resources and Planning'],
    ['This report is compiled by the General Office of the People’s Government of Xinlan City in accordance with the Regulations.', 'General Office of the People’s Government of Xinlan City'],
  ];
  for (const [text, agency] of agencies) it(`agency: ${agency}`, () => expect(detectEnglishAgency(text).agency).toBe(agency));

  const years: [string, number][] = [
    ['Annual Report on Government Information Disclosure of Xinlan Municipal Bureau of Commerce (2021)', 2021],
    ['The statistics cover the period from 1 January to 31 December 2022.', 2022],
    ['Published: 2024-01-20\nIn 2023, the bureau updated its catalogue. The “2022 Annual Report on Government Information Disclosure” was cited.', 2023],
  ];
  for (const [text, year] of years) it(`year ${year}: ${text.slice(0, 50)}…`, () => expect(detectEnglishYear(text).year).toBe(year));

  it('a work summary is told by its title', () => {
    expect(detectEnglishKind('Work Summary on Government Information Disclosure of Xinlan City for 2023', '').kind).toBe('work_summary');
    expect(detectEnglishKind('2023 Annual Report on Government Information Disclosure', '').kind).toBe('annual_report');
  });

  it('an English version is prose unless it carries the template table headers; "currently in force" in prose is not a header', () => {
    expect(detectEnglishFormat('Of the normative documents, 318 are currently in force.').format).toBe('prose');
    expect(detectEnglishFormat('Type\tIssued this year\tRepealed this year\tCurrently valid\nRules\t2\t0\t15').format).toBe('template2021');
  });
});
