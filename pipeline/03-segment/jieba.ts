import nodejieba from 'nodejieba';
import { packagePath } from '../paths.js';
import type { WordCutter } from '../stage.js';
import { COMMON_DICTIONARY } from './dictionary.js';

// jieba on its own, apart from the segment stage: the batch engine's tokenizer thread cuts words
// for every worker (engine/tokenizer.ts) and must not load the stages' libraries to do it
// (compromise alone weighs some 35 MB in a thread).

let dictionaryLoaded = false;

/**
 * Loads jieba with the common words of its dictionary (dictionary.ts says why not all of them),
 * its HMM, and the field's own terms (政府信息公开, 依申请公开, 经开区 …). Keyword extraction is
 * never used, so its idf and stop-word lists are one-line stand-ins: the default idf list alone
 * costs about 20 MB per jieba instance.
 */
function ensureDictionary(): void {
  if (dictionaryLoaded) return;
  nodejieba.load({
    dict: COMMON_DICTIONARY,
    userDict: packagePath('pipeline', '03-segment', 'userdict.utf8'),
    idfDict: packagePath('pipeline', '03-segment', 'keyword-idf.utf8'),
    stopWordDict: packagePath('pipeline', '03-segment', 'keyword-stopwords.utf8'),
  });
  dictionaryLoaded = true;
}

/** Cuts pieces with jieba in this thread. */
export const cutPieces: WordCutter = (pieces) => {
  ensureDictionary();
  return cutJoined(pieces) ?? pieces.map(cutPiece);
};

function cutPiece(piece: string): Uint32Array {
  const ends: number[] = [];
  let pos = 0;
  for (const word of nodejieba.cut(piece, true)) {
    const next = piece.startsWith(word, pos) ? pos + word.length : pos + 1;
    pos = Math.min(next, piece.length);
    ends.push(pos);
    if (pos >= piece.length) break;
  }
  if (pos < piece.length) ends.push(piece.length);
  return Uint32Array.from(ends);
}

/**
 * One jieba call for many pieces, each call having a cost of its own: jieba always ends a
 * segment at "\n" and makes it a word, so pieces joined by "\n" cut exactly as they would
 * alone. Null when jieba's words do not spell the pieces back; then each is cut on its own.
 */
function cutJoined(pieces: readonly string[]): Uint32Array[] | null {
  const words = nodejieba.cut(pieces.join('\n'), true);
  const out: Uint32Array[] = [];
  let w = 0;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    const ends: number[] = [];
    for (let pos = 0; pos < piece.length; ) {
      const word = words[w++];
      if (word === undefined || word === '' || !piece.startsWith(word, pos)) return null;
      pos += word.length;
      ends.push(pos);
    }
    out.push(Uint32Array.from(ends));
    if (p < pieces.length - 1 && words[w++] !== '\n') return null;
  }
  return w === words.length ? out : null;
}
