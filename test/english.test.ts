/**
 * English-language reports: number reading, sentence rules, false positives and the two invented
 * fixtures in corpus/fixtures (en_*). Sentences are constructed in the style of the English
 * versions Chinese agencies publish; every figure is invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_RULES, findEnglishNumbers } from '../extractors/english/index.js';
import { STRUCTURE_RULES } from '../extractors/english/structures.js';
import { EXTRACTORS } from '../extractors/index.js';
import { isFigure } from '../extractors/numbers/index.js';
import { sha256Of, type SourceFile } from '../pipeline/01-ingest/index.js';
import { processText, STAGES } from '../pipeline/stages.js';
import type { Approx, Unit } from '../schemas/catalog.js';
import type { Interval, NumberRole, ProcessedDoc } from '../schemas/types.js';
import { PROJECT_CORPUS } from './support/shared.js';

/** Runs every stage on a sentence as an English report (a lone sentence is too short to be detected as one). */
function readEnglish(text: string, path = 'sentence.txt'): ProcessedDoc {
  const bytes = new TextEncoder().encode(text);
  let value: unknown = { path, bytes, sha256: sha256Of(bytes) } satisfies SourceFile;
  for (const stage of STAGES) {
    value = (stage.run as (input: unknown, options: object) => unknown)(value, {});
    if (stage.name === 'normalize') value = { ...(value as object), language: 'en' };
  }
  return value as ProcessedDoc;
}

/** '[1000,1100)' → {low: 1000, high: 1100, highOpen: true}; 'Infinity' is an open end. */
function interval(spec: string): Interval {
  const m = /^([[(])(-?[\d.]+),(-?[\d.]+|Infinity)([\])])$/.exec(spec);
  if (!m) throw new Error(`bad interval spec ${spec}`);
  const out: Interval = { low: Number(m[2]), high: Number(m[3]) };
  if (m[1] === '(') out.lowOpen = true;
  if (m[4] === ')') out.highOpen = true;
  return out;
}

describe('reading English numbers', () => {
  // [text, the mention as printed, value, unit, approx, interval]
  const rows: [string, string, number, Unit, Approx, string][] = [
    ['The city received twelve hundred requests.', 'twelve hundred', 1200, 'count', 'exact', '[1200,1200]'],
    ['The portal recorded 3.5 million visits.', '3.5 million', 3500000, 'count', 'exact', '[3450000,3550000]'],
    ['It released about 300 documents.', 'about 300', 300, 'count', 'about', '[270,330]'],
    ['More than 1,000 items were released.', 'More than 1,000', 1000, 'count', 'at_least', '(1000,Infinity)'],
    ['fewer than 20 cases', 'fewer than 20', 20, 'count', 'at_most', '[0,20)'],
    ['at least 5 sessions', 'at least 5', 5, 'count', 'at_least', '[5,Infinity)'],
    ['no more than 12 staff', 'no more than 12', 12, 'count', 'at_most', '[0,12]'],
    ['1,000+ items', '1,000+', 1000, 'count', 'at_least', '[1000,Infinity)'],
    ['300 or so visitors', '300 or so', 300, 'count', 'about', '[270,330]'],
    ['nearly 2,300 visits', 'nearly 2,300', 2300, 'count', 'about', '[2070,2530]'],
    ['45 thousand page views', '45 thousand', 45000, 'count', 'exact', '[44500,45500]'],
    ['a total of 1,234,567 page views', '1,234,567', 1234567, 'count', 'exact', '[1234567,1234567]'],
    ['fees of RMB 1.2 million', 'RMB 1.2 million', 1200000, 'yuan', 'exact', '[1150000,1250000]'],
    ['fees of 10,000 yuan', '10,000 yuan', 10000, 'yuan', 'exact', '[10000,10000]'],
    ['¥5,000 in postage', '¥5,000', 5000, 'yuan', 'exact', '[5000,5000]'],
    ['15.5% of all requests', '15.5%', 15.5, 'percent', 'exact', '[15.45,15.55]'],
    ['twenty-five percent of requests', 'twenty-five percent', 25, 'percent', 'exact', '[24.5,25.5]'],
    ['The bureau carried over 3 requests.', '3', 3, 'count', 'exact', '[3,3]'],
  ];
  for (const [text, printed, value, unit, approx, spec] of rows) {
    it(`${text} → ${printed} = ${value} ${unit} ${approx}`, () => {
      const mention = findEnglishNumbers(text).find((m) => m.start === text.indexOf(printed));
      expect(mention, `no mention at "${printed}"`).toBeDefined();
      expect({ text: mention!.text, value: mention!.value, unit: mention!.unit, approx: mention!.approx, interval: mention!.interval }).toEqual({
        text: printed,
        value,
        unit,
        approx,
        interval: interval(spec),
      });
      expect(isFigure(mention!.role)).toBe(true);
    });
  }

  it('cuts what compromise joins: "RMB 1.2 million and 10,000 yuan" and "¥5,000; 3 million yuan" are two figures each', () => {
    const read = (s: string) => findEnglishNumbers(s).map((m) => [m.text, m.value, m.unit]);
    expect(read('RMB 1.2 million and 10,000 yuan')).toEqual([['RMB 1.2 million', 1200000, 'yuan'], ['10,000 yuan', 10000, 'yuan']]);
    expect(read('¥5,000; 3 million yuan')).toEqual([['¥5,000', 5000, 'yuan'], ['3 million yuan', 3000000, 'yuan']]);
  });

  it('keeps a year a year after "over" (up 8.5% over 2022.)', () => {
    expect(findEnglishNumbers('an increase of 8.5% over 2022.').map((m) => [m.text, m.role])).toEqual([['8.5%', 'percent'], ['2022', 'year']]);
  });

  // Shapes whose digits are not figures: [text, the role every number in it must have].
  const notFigures: [string, NumberRole][] = [
    ['from January 1 to December 31, 2023', 'date'],
    ['published on 15 March 2023', 'date'],
    ['issued on 2023-03-15', 'date'],
    ['call 0571-87654321 on weekdays', 'phone'],
    ['Tel: (0000) 8765 4321', 'phone'],
    ['through the 12345 service hotline', 'phone'],
    ['Article 20 of the Regulations', 'ordinal'],
    ['listed in Part II of the annex', 'ordinal'],
    ['Decree No. 711 of the State Council', 'doc_number'],
    ['(Guo Ban Han [2020] No. 109)', 'doc_number'],
    ['(1) improving the catalogue', 'list_marker'],
    ['Postcode: 999000', 'postcode'],
    ['Room 301', 'address'],
    ['in the COVID-19 response', 'code'],
    ['the 3rd plenary session', 'ordinal'],
  ];
  for (const [text, role] of notFigures) {
    it(`not a figure: ${text} (${role})`, () => {
      const mentions = findEnglishNumbers(text);
      expect(mentions.length).toBeGreaterThan(0);
      for (const mention of mentions) expect(mention.role, mention.text).toBe(role);
    });
  }

  for (const rule of STRUCTURE_RULES) {
    it(`structure ${rule.id}: its example holds a ${rule.role}`, () => {
      expect(findEnglishNumbers(rule.example).map((m) => m.role)).toContain(rule.role);
    });
  }
});

type ExpectedFact = { metric: string; value: number; unit: Unit; approx: Approx; quote: string; src?: 'text' | 'table' };
const facts = (doc: ProcessedDoc) => doc.facts.map((f) => ({ metric: f.metric, value: f.value, unit: f.unit, approx: f.approx, quote: f.quote, src: f.src }));
const expectFacts = (doc: ProcessedDoc, expected: ExpectedFact[]) => expect(facts(doc)).toEqual(expected.map((f) => ({ src: 'text', ...f })));

describe('English sentences into the catalog', () => {
  const rows: [string, ExpectedFact[]][] = [
    ['The city received twelve hundred requests in 2023.', [{ metric: 'apply.new.total', value: 1200, unit: 'count', approx: 'exact', quote: 'received twelve hundred requests' }]],
    [
      'The bureau proactively disclosed more than 1,000 items of government information.',
      [{ metric: 'active.total', value: 1000, unit: 'count', approx: 'at_least', quote: 'proactively disclosed more than 1,000 items of government information' }],
    ],
    ['The portal website recorded 3.5 million visits.', [{ metric: 'platform.visits', value: 3500000, unit: 'count', approx: 'exact', quote: 'portal website recorded 3.5 million visits' }]],
    ['The bureau held about 300 press conferences.', [{ metric: 'response.press_conferences', value: 300, unit: 'count', approx: 'about', quote: 'about 300 press conferences' }]],
    ['No requests were received in 2023.', [{ metric: 'apply.new.total', value: 0, unit: 'count', approx: 'exact', quote: 'No requests were received' }]],
    ['The office collected fees of RMB 1.2 million.', [{ metric: 'fees.collected', value: 1200000, unit: 'yuan', approx: 'exact', quote: 'collected fees of RMB 1.2 million' }]],
    ['The office collected 350 copies of forms.', []],
    [
      'The city received 2 applications for administrative reconsideration concerning disclosure.',
      [{ metric: 'appeal.review.total', value: 2, unit: 'count', approx: 'exact', quote: '2 applications for administrative reconsideration' }],
    ],
    [
      'Of these, 1,102 were disclosed in full, 230 were disclosed in part and 45 were rejected.',
      [
        { metric: 'apply.disclosed.total', value: 1102, unit: 'count', approx: 'exact', quote: '1,102 were disclosed in full' },
        { metric: 'apply.partial.total', value: 230, unit: 'count', approx: 'exact', quote: '230 were disclosed in part' },
      ],
    ],
  ];
  for (const [sentence, expected] of rows) it(sentence, () => expectFacts(readEnglish(sentence), expected));

  describe('false positives: no catalogued fact', () => {
    const sentences = [
      'The statistics cover the period from January 1, 2023 to December 31, 2023.',
      'Requests received in 2023 were answered within 20 working days.',
      'For enquiries about requests, call 0571-87654321 or Tel: (0000) 8765 4321.',
      'Requests are handled under Article 20 of the Regulations.',
      'The Regulations on requests were revised by Decree No. 711 of the State Council.',
      '(1) receiving requests; (2) handling requests; (3) replying.',
      'The figures on requests received are listed in Part II of the annex.',
      'The city received requests through the 12345 service hotline.',
      'In 2024, the city will hold at least 10 training sessions.',
    ];
    for (const sentence of sentences) it(sentence, () => expect(readEnglish(sentence).facts.filter((f) => f.metric !== null)).toEqual([]));
  });

  for (const rule of ENGLISH_RULES) {
    it(`rule ${rule.id}: its example yields ${rule.metric}`, () => {
      expect(readEnglish(rule.example).facts.some((f) => f.ruleId === rule.id && f.metric === rule.metric)).toBe(true);
    });
  }
});

describe('extractors declare the languages they read', () => {
  it('english.prose reads English only; the Chinese extractors default to Chinese', () => {
    for (const extractor of EXTRACTORS) expect(extractor.languages).toEqual(extractor.id === 'english.prose' ? ['en'] : ['zh']);
  });

  it('a Chinese sentence quoted in an English report is not read by a Chinese extractor, and vice versa', () => {
    const english = readEnglish('The bureau quoted the Chinese original: 全年受理政府信息公开申请62件。 It received 35 requests in 2023.');
    expect(english.facts.map((f) => [f.extractor, f.value])).toEqual([['english.prose', 35]]);
    const chinese = processText('全年受理政府信息公开申请62件。The bureau received 35 requests.', 'zh.txt');
    expect(chinese.status === 'ok' && chinese.facts.map((f) => [f.extractor, f.value])).toEqual([['prose.pattern', 62]]);
  });
});

const fixture = (name: string): ProcessedDoc => {
  const result = processText(readFileSync(join(PROJECT_CORPUS, 'fixtures', name), 'utf8'), name);
  if (result.status !== 'ok') throw new Error(`${name}: ${result.error}`);
  return result;
};

describe('fixture en_xinlan_city_government_2023.txt (invented city government)', () => {
  const doc = fixture('en_xinlan_city_government_2023.txt');

  it('is English, 2023, the People’s Government of Xinlan City, prose, annual report', () => {
    expect(doc.language).toBe('en');
    expect(doc.metadata).toMatchObject({ year: 2023, agency: 'People’s Government of Xinlan City', region: 'Xinlan City', format: 'prose', kind: 'annual_report' });
  });

  it('has the six parts I.–VI.', () => {
    expect(doc.sections.map((s) => [s.heading, s.label])).toEqual([
      ['2023 Annual Report on Government Information Disclosure of t', 'preamble'],
      ['I. General Situation', 'overview'],
      ['II. Proactive Disclosure of Government Information', 'active'],
      ['III. Receipt and Handling of Requests for Government Information Disclosure', 'application'],
      ['IV. Administrative Reconsideration and Litigation Concerning Government Information Disclosure', 'appeal'],
      ['V. Major Problems and Improvements', 'problems'],
      ['VI. Other Matters', 'other'],
    ]);
  });

  it('states these facts, and no others', () => {
    expectFacts(doc, [
      { metric: 'active.total', value: 12486, unit: 'count', approx: 'exact', quote: 'proactively disclosed 12,486 items of government information' },
      { metric: 'apply.new.total', value: 1200, unit: 'count', approx: 'exact', quote: 'received twelve hundred requests for government information disclosure' },
      { metric: 'apply.carried_in.total', value: 15, unit: 'count', approx: 'exact', quote: '15 requests were carried over from the previous year' },
      { metric: 'platform.visits', value: 3500000, unit: 'count', approx: 'exact', quote: 'Portal （新岚市人民政府门户网站） recorded 3.5 million visits' },
      { metric: 'response.interpretations', value: 56, unit: 'count', approx: 'exact', quote: '56 policy interpretations' },
      { metric: 'response.press_conferences', value: 24, unit: 'count', approx: 'exact', quote: '24 press conferences' },
      { metric: 'org.staff.full_time', value: 3, unit: 'count', approx: 'exact', quote: '3 full-time' },
      { metric: 'org.staff.part_time', value: 12, unit: 'count', approx: 'exact', quote: '12 part-time' },
      { metric: 'org.trainings', value: 8, unit: 'count', approx: 'exact', quote: '8 training sessions' },
      { metric: 'org.trainees', value: 600, unit: 'count', approx: 'about', quote: 'training sessions on the Regulations, attended by about 600 people' },
      { metric: 'apply.disclosed.total', value: 640, unit: 'count', approx: 'exact', quote: '640 were granted in full' },
      { metric: 'apply.partial.total', value: 210, unit: 'count', approx: 'exact', quote: '210 were partially disclosed' },
      { metric: 'fees.collected', value: 0, unit: 'yuan', approx: 'exact', quote: 'No fees were charged' },
      { metric: 'appeal.review.total', value: 3, unit: 'count', approx: 'exact', quote: '3 administrative reconsideration' },
      { metric: 'appeal.suit.total', value: 2, unit: 'count', approx: 'exact', quote: '2 administrative litigation' },
    ]);
  });

  it('merges the second statement of zero fees (VI. no fees were collected) into the first', () => {
    expect(doc.facts.find((f) => f.metric === 'fees.collected')?.mentions).toHaveLength(1);
  });
});

describe('fixture en_qiaoshan_natural_resources_2022.html (invented municipal bureau, with a table)', () => {
  const doc = fixture('en_qiaoshan_natural_resources_2022.html');

  it('is English, 2022, Qiaoshan Municipal Bureau of Natural Resources, prose, annual report', () => {
    expect(doc.language).toBe('en');
    expect(doc.metadata).toMatchObject({ year: 2022, agency: 'Qiaoshan Municipal Bureau of Natural Resources', region: 'Qiaoshan', format: 'prose', kind: 'annual_report' });
  });

  it('has the six parts 1.–6.', () => {
    expect(doc.sections.filter((s) => s.label !== 'preamble').map((s) => [s.heading, s.label])).toEqual([
      ['1. General Situation', 'overview'],
      ['2. Proactive Disclosure of Government Information', 'active'],
      ['3. Receipt and Handling of Requests for Government Information Disclosure', 'application'],
      ['4. Administrative Reconsideration and Litigation', 'appeal'],
      ['5. Major Problems and Improvements', 'problems'],
      ['6. Other Matters', 'other'],
    ]);
  });

  it('states these facts, and no others; the table rows agree with the prose', () => {
    expectFacts(doc, [
      { metric: 'active.total', value: 1000, unit: 'count', approx: 'at_least', quote: 'proactively disclosed more than 1,000 items of government information' },
      { metric: 'platform.visits', value: 120000, unit: 'count', approx: 'about', quote: 'website received approximately 120,000 page views' },
      { metric: 'org.staff.full_time', value: 2, unit: 'count', approx: 'exact', quote: '2 full-time' },
      { metric: 'org.trainings', value: 3, unit: 'count', approx: 'exact', quote: '3 training sessions' },
      { metric: 'response.interpretations', value: 14, unit: 'count', approx: 'exact', quote: '14 policy interpretations' },
      { metric: 'apply.new.total', value: 35, unit: 'count', approx: 'exact', quote: 'New requests received this year\t35', src: 'table' },
      { metric: 'apply.carried_in.total', value: 2, unit: 'count', approx: 'exact', quote: 'carried over from the previous year\t2', src: 'table' },
      { metric: 'apply.disclosed.total', value: 20, unit: 'count', approx: 'exact', quote: 'Disclosed in full\t20', src: 'table' },
      { metric: 'apply.partial.total', value: 6, unit: 'count', approx: 'exact', quote: 'Partially disclosed\t6', src: 'table' },
      { metric: 'fees.collected', value: 1200, unit: 'yuan', approx: 'exact', quote: 'Fees collected for copying and postage amounted to RMB 1,200' },
      { metric: 'appeal.review.total', value: 0, unit: 'count', approx: 'exact', quote: 'no administrative reconsideration' },
      { metric: 'appeal.suit.total', value: 0, unit: 'count', approx: 'exact', quote: 'no administrative reconsideration or litigation' },
    ]);
    expect(doc.conflicts).toEqual([]);
    expect(doc.facts.find((f) => f.metric === 'apply.new.total')?.table).toMatchObject({ row: 1, col: 1, rowLabel: 'New requests received this year' });
  });
});
