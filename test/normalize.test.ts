import { describe, expect, it } from 'vitest';
import { normalize, removeDebris, toSimplified, traditionalShare, unifyCharacters } from '../pipeline/02-normalize/index.js';
import { toInput, toOutput } from '../pipeline/02-normalize/offset-map.js';
import type { IngestedDoc } from '../schemas/types.js';

function ingested(rawText: string): IngestedDoc {
  return { path: 'x.txt', sha256: '', bytes: rawText.length, messages: [], status: 'ok', sourceFormat: 'txt', encoding: 'utf-8', rawText, rawTables: [] };
}

describe('removeDebris', () => {
  it('drops pinyin glosses copied from annotated pages (hr061) and maps offsets back', () => {
    const raw = '臨夏州交通運(yùn)輸局2019年政府信息公開工作年度報(bào)告';
    const { text, runs, removed } = removeDebris(raw);
    expect(text).toBe('臨夏州交通運輸局2019年政府信息公開工作年度報告');
    expect(removed['pinyin-gloss']).toBe(2);
    const at = text.indexOf('2019');
    expect(raw.slice(toInput(runs, at), toInput(runs, at + 4))).toBe('2019');
    expect(toOutput(runs, raw.indexOf('2019'))).toBe(at);
  });

  it('keeps parenthesised words that are not pinyin', () => {
    expect(removeDebris('重点领域信息(执法监督)30条').text).toBe('重点领域信息(执法监督)30条');
    expect(removeDebris('网站(http)链接').text).toBe('网站(http)链接');
  });

  it('removes U+FFFD, zero-width characters and Word bookmarks; CRLF becomes LF', () => {
    expect(removeDebris('部门\ufffd预算\u200b\r\n[bookmark: _GoBack]  2014年').text).toBe('部门预算\n  2014年');
  });
});

describe('unifyCharacters', () => {
  const cases: [string, string][] = [
    ['主动公开信息４８６条，占１５．８３％', '主动公开信息486条，占15.83%'],
    ['2019年,我市主动公开政府信息26.8万条', '2019年，我市主动公开政府信息26.8万条'],
    ['(一)主动公开情况:全年', '（一）主动公开情况：全年'],
    ['收费金额(单位:万元)', '收费金额（单位：万元）'],
    ['1,234条', '1,234条'],
    ['(http://www.jeda.gov.cn)', '(http://www.jeda.gov.cn)'],
    ['政务\u3000公开\u00a0网', '政务 公开 网'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => {
      expect(unifyCharacters(input)).toBe(expected);
      expect(unifyCharacters(input)).toHaveLength(input.length);
    });
  }
});

describe('Traditional to Simplified', () => {
  it('detects a Traditional copy and converts it without changing its length', () => {
    const text = '撫遠市自然資源局不斷強化宣傳信息報送工作，通過政府門戶網站共發布信息18篇';
    expect(traditionalShare(text)).toBeGreaterThan(0.2);
    const simplified = toSimplified(text);
    expect(simplified).toBe('抚远市自然资源局不断强化宣传信息报送工作，通过政府门户网站共发布信息18篇');
    expect(simplified).toHaveLength(text.length);
  });

  it('keeps what the report printed rather than translating terms (檔案 stays 档案, not 文件)', () => {
    expect(toSimplified('市政府其他檔案93件')).toBe('市政府其他档案93件');
  });

  it('leaves Simplified text alone', () => {
    expect(traditionalShare('吉林经开区教育局2017年政府信息公开工作年度报告')).toBe(0);
  });
});

describe('normalize stage', () => {
  it('records what it repaired and keeps the raw text for printed headings', () => {
    const doc = normalize.run(ingested('一、總體情況\r\n2022年,通過政府門戶網站共發布信息18篇'), {});
    expect(doc.text).toBe('一、总体情况\n2022年，通过政府门户网站共发布信息18篇');
    expect(doc.script).toBe('traditional');
    expect(doc.rawText.startsWith('一、總體情況')).toBe(true);
    expect(doc.messages.map((m) => m.ruleId)).toContain('normalize/traditional');
  });
});
