import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_DICTIONARY, MIN_FREQUENCY, commonWords, fullDictionaryPath } from '../pipeline/03-segment/dictionary.js';
import { cutPieces } from '../pipeline/03-segment/jieba.js';

function words(piece: string, ends: Uint32Array): string[] {
  let start = 0;
  return [...ends].map((end) => piece.slice(start, (start = end)));
}

describe('the common-words dictionary jieba cuts with', () => {
  it('is exactly what `npm run dictionary` makes from the installed nodejieba dictionary', () => {
    const committed = readFileSync(COMMON_DICTIONARY, 'utf8');
    expect(committed).toBe(commonWords(readFileSync(fullDictionaryPath(), 'utf8')));
    expect(committed.split('\n').length - 1).toBe(79747);
  });

  it('keeps a word from MIN_FREQUENCY on and drops rarer ones, in their order', () => {
    // Lines of nodejieba's jieba.dict.utf8.
    const lines = ['AT&T 3 nz', '一一二 11 m', '一三 19 m', '一下 13924 m', '一个集 20 m', '一两日 19 m', '一世 770 t'];
    expect(MIN_FREQUENCY).toBe(20);
    expect(commonWords(lines.join('\n'))).toBe('一下 13924 m\n一个集 20 m\n一世 770 t\n');
  });

  it('still cuts the field\'s terms and place names whole (text of the seed reports)', () => {
    const pieces = ['吉林省吉林市九站街', '本年新收政府信息公开申请数量', '扎实推进教育系统政务服务平台建设', '依申请公开'];
    const cut = cutPieces(pieces);
    expect(pieces.map((piece, i) => words(piece, cut[i]))).toEqual([
      ['吉林省', '吉林市', '九站', '街'],
      ['本年新收', '政府信息公开申请', '数量'],
      ['扎实', '推进', '教育', '系统', '政务', '服务', '平台', '建设'],
      ['依申请公开'],
    ]);
  });
});
