/**
 * The English numbers module reads each line two ways that must agree: compromise reading every
 * line whole ({ allCompromise: true }), and the way it runs, where digits.ts cuts figures printed
 * in digits and compromise reads only the sentences that hold a spelled-out number. Compared on
 * every line of the two English fixtures, on those lines with their figures printed in other
 * shapes, and on the contexts in which compromise reads a digit figure apart (digits.ts gives
 * those back to it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { cutDigitFigures, holdsNumberWords, NUMBER_WORDS } from '../extractors/english/digits.js';
import { findEnglishNumbers } from '../extractors/english/numbers.js';
import { findStructures } from '../extractors/english/structures.js';
import { processText } from '../pipeline/stages.js';
import type { Approx, Unit } from '../schemas/catalog.js';
import type { NumberRole } from '../schemas/types.js';
import { PROJECT_CORPUS } from './support/shared.js';

const FIXTURES = ['en_xinlan_city_government_2023.txt', 'en_qiaoshan_natural_resources_2022.html'];

/** The fixture's text as the pipeline reads it (HTML to text, normalized). */
function fixtureText(name: string): string {
  const result = processText(readFileSync(join(PROJECT_CORPUS, 'fixtures', name), 'utf8'), name);
  if (result.status !== 'ok') throw new Error(`${name}: ${result.error}`);
  return result.text;
}

const byCompromise = (text: string) => findEnglishNumbers(text, 0, text.length, { allCompromise: true });
const cut = (line: string) => cutDigitFigures(line, 0, line.length, line.length, findStructures(line, 0, line.length));

/** Figures printed in the shapes reports use, and in shapes compromise reads apart. */
const SHAPES = ['1,234', '3.5 million', '45%', '1st', '1/2', '¥5,000', 'RMB 3 million', '2023', 'No. 12', 'Article 20', '(35)', '1,000+', '10 000', '3 of 5', '12 - 13'];
const FIGURE = /\d[\d,.]*\d|\d/g;

describe('the digits path reads as compromise does', () => {
  for (const name of FIXTURES) {
    const text = fixtureText(name);
    const lines = text.split('\n');

    it(`${name}: every line, and the whole text`, () => {
      for (const line of lines) expect(findEnglishNumbers(line), line).toEqual(byCompromise(line));
      expect(findEnglishNumbers(text)).toEqual(byCompromise(text));
    });

    it(`${name}: every line with its figures printed in other shapes`, () => {
      for (const line of lines.filter((l) => /\d/.test(l))) {
        for (const shape of SHAPES) {
          const variant = line.replace(FIGURE, shape);
          expect(findEnglishNumbers(variant), variant).toEqual(byCompromise(variant));
        }
      }
    });

    it(`${name}: every line with figures and no number word is cut without compromise`, () => {
      const digitLines = lines.filter((l) => /\d/.test(l) && !holdsNumberWords(l, 0, l.length));
      expect(digitLines.length).toBeGreaterThan(0);
      for (const line of digitLines) expect(cut(line), line).not.toBeNull();
    });
  }

  // [sentence of a fixture, figure as printed, value, unit, approx, role]
  const rows: [string, string, number, Unit, Approx, NumberRole][] = [
    ['The city government proactively disclosed 12,486 items of government information throughout the year, an increase of 8.5% over 2022.', '12,486', 12486, 'count', 'exact', 'quantity'],
    ['The city government proactively disclosed 12,486 items of government information throughout the year, an increase of 8.5% over 2022.', '8.5%', 8.5, 'percent', 'exact', 'percent'],
    ['The city government proactively disclosed 12,486 items of government information throughout the year, an increase of 8.5% over 2022.', '2022', 2022, 'count', 'exact', 'year'],
    ['In 2022, the bureau proactively disclosed more than 1,000 items of government information, of which about 300 items concerned land use approvals and 45 concerned mining rights.', 'more than 1,000', 1000, 'count', 'at_least', 'quantity'],
    ['In 2022, the bureau proactively disclosed more than 1,000 items of government information, of which about 300 items concerned land use approvals and 45 concerned mining rights.', 'about 300', 300, 'count', 'about', 'quantity'],
    ["The bureau's website received approximately 120,000 page views.", 'approximately 120,000', 120000, 'count', 'about', 'quantity'],
    ['Fees collected for copying and postage amounted to RMB 1,200.', 'RMB 1,200', 1200, 'yuan', 'exact', 'money'],
    ['Fewer than 10 requests were answered by post because applicants rarely chose that channel.', 'Fewer than 10', 10, 'count', 'at_most', 'quantity'],
    ['The Xinlan Government Portal recorded 3.5 million visits during the year.', '3.5 million', 3500000, 'count', 'exact', 'quantity'],
    ['Requests were answered within the time limits set out in Article 33 of the Regulations.', 'Article 33', 33, 'count', 'exact', 'ordinal'],
    ['Partially disclosed\t6', '6', 6, 'count', 'exact', 'quantity'],
  ];
  for (const [sentence, printed, value, unit, approx, role] of rows) {
    it(`cut without compromise: ${printed} in "${sentence.slice(0, 50)}…"`, () => {
      expect(cut(sentence)).not.toBeNull();
      const mention = findEnglishNumbers(sentence).find((m) => m.text === printed);
      expect(mention, printed).toBeDefined();
      expect({ value: mention!.value, unit: mention!.unit, approx: mention!.approx, role: mention!.role }).toEqual({ value, unit, approx, role });
    });
  }

  // [sentence, how compromise reads its digits apart]: digits.ts leaves these to compromise.
  const contexts: [string, string][] = [
    ['95 requests, or 3 of 5, were answered late.', '3 of 5 is a fraction, no figure'],
    ['It will raise an 12. error', 'a number after "an" that ends a clause is a noun'],
    ['John 5 items were handled.', 'a digit after a first name is an initial'],
    ['It protects the rights of 5 people.', '"rights of" makes the figure a noun'],
    ['The bureau waited 5 and a half hours.', '5 and a half is a fraction'],
    ['The cake was cut into 2 halves.', '2 halves is a fraction'],
    ['The rate rose 3 point 5 percent.', '3 point 5 is one number'],
    ['Visits grew 3 million 2 times.', '3 million 2 is one number, its 2 lost'],
    ['The range was 12 - 13 items.', '12 - 13 is one term, read as 12'],
    ['The item listed as XI 1,200 was late.', 'a Roman numeral joins the figure beside it'],
    ['It was 3 minus 4.', 'minus joins the figures beside it'],
    ['Call 0571-87654321 24 hours a day.', 'a figure beside another shape, which compromise may take into it (a phone number)'],
    ['It counted 1st place and 2 prizes.', '1st is an ordinal, a shape compromise reads'],
  ];
  for (const [sentence, why] of contexts) {
    it(`left to compromise: "${sentence}" (${why})`, () => {
      expect(cut(sentence)).toBeNull();
      expect(findEnglishNumbers(sentence)).toEqual(byCompromise(sentence));
    });
  }

  // A figure dropped for a structure leaves its scale word, which compromise may read as a number of its own.
  it('Decree No. 5  million items.', () => expect(findEnglishNumbers('Decree No. 5  million items.')).toEqual(byCompromise('Decree No. 5  million items.')));

  // Lines of several sentences, one with a spelled-out number: compromise reads the sentences that need it.
  const lines = [
    'It consists of six parts. The statistics cover January 1 to December 31, 2023. Tel: (0000) 8765 4321.',
    'It had twelve 2023 items. It was held on the 3rd of March.',
    'It had twelve 2023 items. Call 0571 8765 4321 now.',
    'Nearly half the requests were answered. The city received 35 requests. Two were withheld.',
    'The city received twelve hundred requests. It held 24 press conferences, and 3 of 5 were online.',
  ];
  for (const line of lines) it(`several sentences: "${line.slice(0, 60)}…"`, () => expect(findEnglishNumbers(line)).toEqual(byCompromise(line)));
});

describe('NUMBER_WORDS', () => {
  it("holds every word compromise's lexicon reads as a number", () => {
    const whole = new RegExp(`^(?:${NUMBER_WORDS.source})$`, 'i');
    const lexicon = nlp.model().one.lexicon as Record<string, string | string[]>;
    const numberTags = /^(?:Value|Cardinal|Ordinal|TextValue|NumericValue|Fraction|Multiple|RomanNumeral|Money|Percent)$/;
    const numberWords = Object.entries(lexicon)
      .filter(([, tags]) => [tags].flat().some((tag) => numberTags.test(tag)))
      .map(([word]) => word);
    expect(numberWords.length).toBeGreaterThan(100);
    for (const word of numberWords) expect(whole.test(word), word).toBe(true);
  });
});
