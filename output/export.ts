import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { readConflicts, readDocuments, readFacts, readSections } from './read.js';
import type { Store } from './store.js';

export type ExportFormat = 'jsonl' | 'csv';
export type CsvTable = 'facts' | 'documents' | 'conflicts' | 'sections';

/** Something lines can be written to: a file stream, process.stdout, or an array in tests; a promise means "wait before the next line". */
export interface LineSink {
  write(line: string): void | Promise<void>;
}

const openBound = (v: number | null) => (v === null || Math.abs(v) >= 1e308 ? null : v);

/**
 * Writes the JSONL contract of ../shared/spec/README.md: a `document` line for every input
 * (failed ones included), `section` lines for top-level parts, one `fact` line per reconciled
 * (doc, metric, label), and `conflict` lines. Uncatalogued and superseded facts are not
 * exported; computed values are, marked `derived: true`.
 */
export async function exportJsonl(store: Store, sink: LineSink): Promise<{ lines: number }> {
  let lines = 0;
  const emit = async (record: object) => {
    lines++;
    await sink.write(JSON.stringify(record) + '\n');
  };
  for (const d of readDocuments(store)) {
    await emit({
      type: 'document',
      doc: d.path,
      status: d.status,
      year: d.year,
      agency: d.agency,
      format: d.format,
      ...(d.status === 'failed' ? { error: d.error, error_code: d.errorCode } : {}),
      region: d.region,
      kind: d.kind,
      title: d.title,
      sha256: d.sha256,
      encoding: d.encoding,
    });
  }
  for (const s of readSections(store)) await emit({ type: 'section', doc: s.doc, label: s.label, heading: s.heading, start: s.start, end: s.end, confidence: s.confidence });
  for (const f of readFacts(store)) {
    if (f.metric === null || f.supersededBy) continue;
    await emit({
      type: 'fact',
      doc: f.doc,
      metric: f.metric,
      ...(f.label !== null ? { label: f.label } : {}),
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      low: openBound(f.low),
      high: openBound(f.high),
      confidence: f.confidence,
      start: f.start,
      end: f.end,
      text: f.quote,
      section: f.section,
      src: f.src,
      extractor: f.extractor,
      rule: f.ruleId,
      ...(f.derived ? { derived: true } : {}),
    });
  }
  for (const c of readConflicts(store)) {
    await emit({
      type: 'conflict',
      doc: c.doc,
      kind: c.kind,
      metrics: c.metrics,
      message: c.message,
      severity: c.severity,
      facts: c.facts,
      ...(c.expectedLow !== null || c.expectedHigh !== null ? { expected: [openBound(c.expectedLow), openBound(c.expectedHigh)] } : {}),
      ...(c.observedLow !== null || c.observedHigh !== null ? { observed: [openBound(c.observedLow), openBound(c.observedHigh)] } : {}),
      ...(c.relatedPath ? { related_doc: c.relatedPath } : {}),
    });
  }
  return { lines };
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One table as CSV with a header row; facts carry their document's metadata for spreadsheet use. */
export async function exportCsv(store: Store, sink: LineSink, table: CsvTable = 'facts'): Promise<{ lines: number }> {
  let lines = 0;
  const row = async (fields: unknown[]) => {
    lines++;
    await sink.write(fields.map(csvField).join(',') + '\n');
  };
  if (table === 'documents') {
    const columns = ['path', 'status', 'error_code', 'error', 'year', 'agency', 'region', 'format', 'kind', 'title', 'encoding', 'sha256'];
    await row(columns);
    for (const d of readDocuments(store)) await row([d.path, d.status, d.errorCode, d.error, d.year, d.agency, d.region, d.format, d.kind, d.title, d.encoding, d.sha256]);
  } else if (table === 'facts') {
    const meta = new Map([...readDocuments(store)].map((d) => [d.path, d]));
    await row(['doc', 'year', 'agency', 'region', 'format', 'metric', 'label', 'value', 'unit', 'approx', 'low', 'high', 'confidence', 'section', 'src', 'start', 'end', 'quote', 'extractor', 'rule', 'derived']);
    for (const f of readFacts(store)) {
      if (f.metric === null || f.supersededBy) continue;
      const d = meta.get(f.doc);
      await row([f.doc, d?.year, d?.agency, d?.region, d?.format, f.metric, f.label, f.value, f.unit, f.approx, openBound(f.low), openBound(f.high), f.confidence, f.section, f.src, f.start, f.end, f.quote, f.extractor, f.ruleId, f.derived ? 1 : 0]);
    }
  } else if (table === 'conflicts') {
    await row(['doc', 'kind', 'severity', 'metrics', 'facts', 'expected_low', 'expected_high', 'observed_low', 'observed_high', 'message', 'related_doc', 'status']);
    for (const c of readConflicts(store)) {
      await row([c.doc, c.kind, c.severity, c.metrics.join(' '), c.facts.join(' '), openBound(c.expectedLow), openBound(c.expectedHigh), openBound(c.observedLow), openBound(c.observedHigh), c.message, c.relatedPath, c.status]);
    }
  } else {
    await row(['doc', 'index', 'label', 'heading', 'start', 'end', 'confidence']);
    for (const s of readSections(store)) await row([s.doc, s.index, s.label, s.heading, s.start, s.end, s.confidence]);
  }
  return { lines };
}

/** Exports to a file (or stdout when `out` is undefined or '-'), waiting until it is flushed. */
export async function exportRecords(store: Store, options: { format: ExportFormat; out?: string; table?: CsvTable }): Promise<{ lines: number }> {
  const toStdout = !options.out || options.out === '-';
  const stream: WriteStream | NodeJS.WriteStream = toStdout ? process.stdout : createWriteStream(options.out!);
  const sink: LineSink = {
    write: (line) => {
      if (!stream.write(line)) return once(stream, 'drain').then(() => undefined);
    },
  };
  const result = options.format === 'jsonl' ? await exportJsonl(store, sink) : await exportCsv(store, sink, options.table);
  if (!toStdout) {
    (stream as WriteStream).end();
    await once(stream, 'finish');
  }
  return result;
}
