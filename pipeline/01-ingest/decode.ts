import { DocumentError } from '../stage.js';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5`. */
  encoding: string;
}

/**
 * Chinese characters of everyday text: GB2312 level 1 (3,755 characters, by far the most
 * frequent) and Big5 level 1 (5,401). Decoding archived reports with the wrong legacy codec
 * still "succeeds" but yields rare characters, so the share of these tells the codecs apart,
 * and tells text from binary junk.
 */
function commonHanzi(): Set<string> {
  const set = new Set<string>();
  const gb = new TextDecoder('gb18030');
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  for (const ch of gb.decode(Uint8Array.from(bytes))) set.add(ch);
  const big5 = new TextDecoder('big5');
  const b5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (const [lo, hi] of [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ]) {
      for (let trail = lo; trail <= hi; trail++) b5.push(lead, trail);
    }
  }
  for (const ch of big5.decode(Uint8Array.from(b5))) set.add(ch);
  set.delete('\ufffd');
  return set;
}

/**
 * How much each UTF-16 code unit counts towards reading as report text, times two: 2 for
 * printable ASCII, whitespace, CJK and full-width punctuation and common Hanzi, 1 for other
 * Hanzi, 0 for the rest. A table, as this runs over every character of every document.
 */
const TEXT_WEIGHT: Uint8Array = buildTextWeights();

function buildTextWeights(): Uint8Array {
  const weights = new Uint8Array(0x10000);
  const range = (from: number, to: number, weight: number) => weights.fill(weight, from, to + 1);
  range(0x20, 0x7e, 2);
  for (const code of [0x0a, 0x0d, 0x09, 0xa0, 0xb7, 0xd7]) weights[code] = 2;
  range(0x3000, 0x303f, 2);
  range(0xff00, 0xffef, 2);
  range(0x2010, 0x2027, 2);
  range(0x4e00, 0x9fff, 1);
  for (const ch of commonHanzi()) weights[ch.charCodeAt(0)] = 2;
  return weights;
}

/**
 * Share of characters that ordinary report text is made of: common Hanzi, printable ASCII,
 * whitespace, CJK and full-width punctuation. Binary junk and wrong-codec text score low.
 */
export function plausibility(text: string): number {
  let good = 0;
  let seen = 0;
  // Sampling keeps this cheap on huge files; reports are homogeneous enough for it.
  const step = text.length > 200_000 ? Math.floor(text.length / 100_000) : 1;
  for (let i = 0; i < text.length; i += step) {
    seen++;
    good += TEXT_WEIGHT[text.charCodeAt(i)];
  }
  return seen === 0 ? 0 : good / 2 / seen;
}

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n === 0 ? 0 : control / n;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const MIN_PLAUSIBILITY = 0.85;
const SAMPLE_BYTES = 65536;

/**
 * Decodes report bytes: a BOM decides; then strict UTF-8; otherwise the codec under which a
 * sample reads most like Chinese text wins among UTF-16 (LE/BE, no BOM), GB18030 (covers GBK and
 * GB2312) and Big5 (Traditional archives). A `charsetHint` (from an HTML meta tag) is tried first.
 */
export function decodeBytes(bytes: Uint8Array, charsetHint?: string): DecodedText {
  if (bytes.length === 0) throw new DocumentError('E_EMPTY', 'the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked({ text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' });
  const hint = normalizeCharset(charsetHint);
  if (hint && hint !== 'utf-8') {
    const text = strictDecode(hint, bytes);
    if (text !== null && plausibility(text) >= MIN_PLAUSIBILITY) return { text, encoding: hint };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' });
  const candidates = bytes.length % 2 === 0 ? ['utf-16le', 'utf-16be', 'gb18030', 'big5'] : ['gb18030', 'big5'];
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: string | null = null;
  let bestScore = 0;
  for (const encoding of candidates) {
    // A sample may end inside a character: decode it leniently; stray U+FFFD count against it.
    const score = plausibility(new TextDecoder(encoding).decode(sample));
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  if (best && bestScore >= MIN_PLAUSIBILITY) {
    const text = strictDecode(best, bytes);
    if (text !== null && plausibility(text) >= MIN_PLAUSIBILITY) return checked({ text, encoding: best });
  }
  if (controlShare(bytes) > 0.02) {
    throw new DocumentError('E_BINARY', 'the file holds binary data, not text (control bytes found); is it an image, archive or office file with the wrong extension?');
  }
  throw new DocumentError(
    'E_DECODE',
    'the text could not be decoded: it is not valid UTF-8 or UTF-16 and reads as neither GBK/GB18030 nor Big5 (is it binary, or in another encoding?)',
  );
}

function checked(decoded: DecodedText): DecodedText {
  if (decoded.text.trim() === '') throw new DocumentError('E_EMPTY', 'the file holds only whitespace');
  if (plausibility(decoded.text) < 0.5) {
    throw new DocumentError('E_BINARY', `the file decodes as ${decoded.encoding} but does not read as text (mostly unusual characters)`);
  }
  return decoded;
}

function normalizeCharset(charset: string | undefined): string | undefined {
  if (!charset) return undefined;
  const c = charset.trim().toLowerCase();
  if (c === 'utf8' || c === 'utf-8') return 'utf-8';
  if (c === 'gbk' || c === 'gb2312' || c === 'gb18030' || c === 'x-gbk') return 'gb18030';
  if (c === 'big5' || c === 'big5-hkscs') return 'big5';
  return undefined;
}

/** Reads `<meta charset>` or `content="...; charset=..."` from the first bytes of an HTML file. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1];
}
