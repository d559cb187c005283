import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAgency, detectFormat, detectKind, detectTitle, detectYear } from '../pipeline/05-metadata/index.js';
import { processText } from '../pipeline/stages.js';
import { HAS_SHARED, PROJECT_CORPUS, noteSharedSkip, sharedGold, sharedText, sharedTextNames } from './support/shared.js';

const seed = (name: string) => readFileSync(join(PROJECT_CORPUS, 'seeds', name), 'utf8');

describe('metadata of the seed reports', () => {
  const cases: [string, number, string, string, string][] = [
    ['000_e736801e236d0d10.txt', 2017, '吉林经开区教育局', 'prose', 'annual_report'],
    ['001_19b8e9ec41e9b207.txt', 2018, '溪湖区教育局', 'prose', 'annual_report'],
    ['002_0b05de4b094eb67b.txt', 2019, '海东市教育局', 'template2019', 'annual_report'],
    ['003_ec855f1e0311ed9b.txt', 2014, '张店区教育局', 'prose', 'annual_report'],
    ['004_41da7047456a66e7.txt', 2014, '南安市教育局', 'prose', 'work_summary'],
  ];
  for (const [name, year, agency, format, kind] of cases) {
    it(`${name}: ${year}, ${agency}, ${format}, ${kind}`, () => {
      const result = processText(seed(name), name);
      expect(result.status).toBe('ok');
      if (result.status !== 'ok') return;
      expect(result.metadata).toMatchObject({ year, agency, format, kind });
    });
  }
});

describe('metadata rules', () => {
  it('takes the year covered, not the publication date', () => {
    const text = '平阳县市场监督管理局2020年政府信息公开工作报告\n索引号 001008003008067/2021-98380\n生成日期 2021-01-28 公开方式 主动公开\n一、总体情况';
    expect(detectYear(text).year).toBe(2020);
  });

  it('reads years printed with spaces (PDF) or in Chinese numerals', () => {
    expect(detectYear('本报告是…编制的 2012 年度政府信息公开工作年度报告').year).toBe(2012);
    expect(detectYear('二○一二年度政府信息公开工作年度报告').year).toBe(2012);
  });

  it('reads the statistics period when the title has no year', () => {
    expect(detectYear('本报告所列数据的统计期限自2014年1月1日起，至2014年12月31日止。').year).toBe(2014);
  });

  it('finds the agency in a compiled-by clause', () => {
    expect(detectAgency('本年報是根據…要求，由南京市公安局编制的2011年度政府信息公开年度报告。').agency).toBe('南京市公安局');
  });

  it('tells the templates apart by their headers', () => {
    expect(detectFormat('信息内容\t本年制发件数\t本年废止件数\t现行有效件数').format).toBe('template2021');
    expect(detectFormat('信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量').format).toBe('template2019');
    expect(detectFormat('全年主动公开政府信息120条。').format).toBe('prose');
  });

  it('tells a work summary from an annual report by its title', () => {
    expect(detectKind('蚌埠市2019年政务公开工作总结', '').kind).toBe('work_summary');
    expect(detectKind(detectTitle('张店区教育局2014年政府信息公开\n工作年度报告\n2014年，'), '').kind).toBe('annual_report');
  });
});

describe.skipIf(noteSharedSkip('year accuracy against ../shared gold'))('year against gold (../shared)', () => {
  const sets = HAS_SHARED ? ['dev', 'peers'] : [];
  for (const set of sets) {
    it(`${set}: the year is right for at least 90% of reports`, () => {
      let right = 0;
      let seen = 0;
      const misses: string[] = [];
      for (const name of sharedTextNames(set)) {
        const gold = sharedGold(set, name.replace(/\.[^.]+$/, ''));
        if (gold.year === null) continue;
        seen++;
        const result = processText(sharedText(set, name), name);
        const year = result.status === 'ok' ? result.metadata.year : null;
        if (year === gold.year) right++;
        else misses.push(`${name}: ${year} (gold ${gold.year})`);
      }
      expect(right / seen, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  }
});
