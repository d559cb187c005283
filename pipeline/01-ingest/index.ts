import { extname } from 'node:path';
import type { IngestedDoc, SourceFormat } from '../../schemas/types.js';
import { DocumentError, defineStage } from '../stage.js';
import { decodeBytes, sniffHtmlCharset } from './decode.js';
import { renderHtml } from './html.js';
import type { SourceFile } from './read.js';

export { expandInputs, type MissingInput, type WalkResult } from './walk.js';
export { MAX_INPUT_BYTES, readSource, sha256Of, type SourceFile } from './read.js';

const TEXT_EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
};

/** Formats users do hold but this version does not read, with what to do instead. */
const NOT_YET_SUPPORTED: Record<string, string> = {
  '.pdf': 'PDF is not supported yet: convert it to text first (for example `pdftotext -layout report.pdf`) and run nianbao on the .txt',
  '.docx': 'Word .docx is not supported yet: save it as .txt or .html (or `libreoffice --headless --convert-to txt`) and run nianbao on that',
  '.doc': 'Word .doc is not supported yet: save it as .txt or .html (or `libreoffice --headless --convert-to txt`) and run nianbao on that',
  '.wps': 'WPS documents are not supported yet: save as .txt or .html first',
  '.rtf': 'RTF is not supported yet: save as .txt or .html first',
  '.xls': 'spreadsheets are not reports: not supported',
  '.xlsx': 'spreadsheets are not reports: not supported',
  '.ofd': 'OFD is not supported yet: convert it to text first',
};

/** Formats recognised by their first bytes, whatever the file is named. */
const SIGNATURES: { bytes: number[]; ext: string; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], ext: '.pdf', name: 'a PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], ext: '.docx', name: 'a ZIP archive (Word .docx, Excel .xlsx or .zip)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], ext: '.doc', name: 'an old Office document (.doc, .xls, .wps)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], ext: '.rtf', name: 'an RTF document' },
];

/** A PDF or Office file named .txt (a download saved under the wrong name) is told apart from text by its first bytes. */
function refuseMisnamed(bytes: Uint8Array, path: string): void {
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (!signature) return;
  const ext = extname(path) || 'no extension';
  throw new DocumentError('E_UNSUPPORTED', `the file is ${signature.name}, though named ${ext}: ${NOT_YET_SUPPORTED[signature.ext]}`);
}

export function sourceFormatOf(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  const format = TEXT_EXTENSIONS[ext];
  if (format) return format;
  const hint = NOT_YET_SUPPORTED[ext];
  if (hint) throw new DocumentError('E_UNSUPPORTED', hint);
  throw new DocumentError(
    'E_UNSUPPORTED',
    ext ? `unknown file type "${ext}": nianbao reads .txt, .md, .html and .htm` : 'the file has no extension: nianbao reads .txt, .md, .html and .htm',
  );
}

export const ingest = defineStage<SourceFile, IngestedDoc>(
  { name: 'ingest', version: '2', description: 'decode bytes (UTF-8/16, GB18030, Big5), render HTML body and tables' },
  (source) => {
    const sourceFormat = sourceFormatOf(source.path);
    refuseMisnamed(source.bytes, source.path);
    const base = { path: source.path, sha256: source.sha256, bytes: source.bytes.length, messages: [], status: 'ok' as const, sourceFormat };
    if (sourceFormat === 'html') {
      const { text: html, encoding } = decodeBytes(source.bytes, sniffHtmlCharset(source.bytes));
      const rendered = renderHtml(html);
      if (!/[\u3400-\u9fffA-Za-z]{2}/.test(rendered.text)) {
        throw new DocumentError('E_NO_CONTENT', 'the HTML page has no visible report text (only scripts, styles or navigation)');
      }
      return { ...base, encoding, rawText: rendered.text, rawTables: rendered.tables };
    }
    const { text, encoding } = decodeBytes(source.bytes);
    return { ...base, encoding, rawText: text, rawTables: [] };
  },
);
