/** Where a run stands, for progress displays. */
export interface Progress {
  done: number;
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  /** Bytes of the documents done. */
  bytes: number;
  elapsedMs: number;
  /** Documents per second over the last few seconds. */
  rate: number;
  /** Estimated time to finish, once a rate is known. */
  etaMs?: number;
}

const WINDOW_MS = 10_000;
const SAMPLE_MS = 1000;

/** Counts documents as they finish and derives rate and ETA from a sliding window. */
export class ProgressMeter {
  private readonly started: number;
  private readonly counts = { done: 0, ok: 0, failed: 0, skipped: 0, bytes: 0 };
  private readonly samples: { at: number; done: number }[] = [];

  constructor(
    readonly total: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
    this.samples.push({ at: this.started, done: 0 });
  }

  record(outcome: 'ok' | 'failed' | 'skipped', bytes: number): void {
    this.counts.done++;
    this.counts[outcome]++;
    this.counts.bytes += bytes;
    const now = this.clock();
    if (now - this.samples[this.samples.length - 1].at >= SAMPLE_MS) {
      this.samples.push({ at: now, done: this.counts.done });
      while (this.samples.length > 2 && now - this.samples[1].at >= WINDOW_MS) this.samples.shift();
    }
  }

  snapshot(): Progress {
    const now = this.clock();
    const oldest = this.samples[0];
    const seconds = (now - oldest.at) / 1000;
    const rate = seconds > 0 ? (this.counts.done - oldest.done) / seconds : 0;
    const remaining = this.total - this.counts.done;
    const progress: Progress = { ...this.counts, total: this.total, elapsedMs: now - this.started, rate };
    if (rate > 0 && this.counts.done > 0) progress.etaMs = (remaining / rate) * 1000;
    return progress;
  }
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

function figures(p: Progress): string[] {
  const parts = [`${p.rate >= 10 ? Math.round(p.rate) : p.rate.toFixed(1)} docs/s`];
  if (p.etaMs !== undefined && p.done < p.total) parts.push(`ETA ${formatDuration(p.etaMs)}`);
  parts.push(`${p.failed} failed`);
  if (p.skipped) parts.push(`${p.skipped} unchanged`);
  return parts;
}

/** One line for a terminal: a bar, done/total, rate, ETA, failures; fits in `width` columns. */
export function formatBar(p: Progress, width: number): string {
  const share = p.total === 0 ? 1 : p.done / p.total;
  const text = `${p.done}/${p.total} ${Math.floor(share * 100)}% · ${figures(p).join(' · ')}`;
  const barWidth = Math.min(30, width - text.length - 4);
  if (barWidth < 10) return text.slice(0, Math.max(1, width - 1));
  const filled = Math.round(share * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`;
}

/** One plain line for logs. */
export function formatLine(p: Progress): string {
  const share = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
  return `nianbao: ${p.done}/${p.total} documents (${share}%), ${figures(p).join(', ')}, ${formatDuration(p.elapsedMs)} elapsed`;
}

export interface ProgressReporter {
  update(progress: Progress): void;
  /** A line that must stay (a failed document): printed above the bar, or as is. */
  note(line: string): void;
  finish(): void;
}

interface Output {
  write(chunk: string): unknown;
  columns?: number;
}

/** A bar redrawn in place on a terminal, at most every `redrawMs`. */
export function barReporter(stream: Output, redrawMs = 100, clock: () => number = Date.now): ProgressReporter {
  let last: Progress | undefined;
  let drawnAt = -Infinity;
  let drawn = false;
  const draw = () => {
    if (!last) return;
    stream.write(`\r${formatBar(last, stream.columns || 80)}\x1b[K`);
    drawn = true;
    drawnAt = clock();
  };
  return {
    update(progress) {
      last = progress;
      if (clock() - drawnAt >= redrawMs || progress.done === progress.total) draw();
    },
    note(line) {
      stream.write(`${drawn ? '\r\x1b[K' : ''}${line}\n`);
      if (drawn) draw();
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** Plain lines for logs and pipes, one every `intervalMs`. */
export function lineReporter(stream: Output, intervalMs = 5000, clock: () => number = Date.now): ProgressReporter {
  let printedAt = clock();
  return {
    update(progress) {
      if (clock() - printedAt < intervalMs) return;
      printedAt = clock();
      stream.write(formatLine(progress) + '\n');
    },
    note(line) {
      stream.write(line + '\n');
    },
    finish() {},
  };
}
