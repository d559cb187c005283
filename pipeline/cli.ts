#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatHelp, parseArgs, UsageError, type CommandSpec, type ParsedArgs } from './cli-args.js';
import type { RunSummary } from './run.js';

/**
 * The `nianbao` command: a thin layer over the programmatic API (pipeline/index.ts). Exit
 * codes: 0 every document processed, 1 the run finished but some documents failed, 2 bad
 * usage or a database that cannot be used, 130 the run was interrupted (Ctrl-C, SIGTERM).
 */

/** Failed documents listed after a run; the database holds them all. */
const FAILURES_PRINTED = 50;

interface Command extends CommandSpec {
  run(args: ParsedArgs): Promise<number>;
}

const COMMANDS: Command[] = [
  {
    name: 'run',
    summary: 'Process reports (files, folders, globs) into a SQLite database.',
    usage: 'nianbao run <files, folders or globs...> --db FILE [options]',
    positional: { name: '<inputs...>', description: '.txt, .md, .html files; folders are walked recursively; globs like "archive/**/*.txt"', required: true },
    options: [
      { name: 'db', type: 'string', value: 'FILE', description: 'SQLite database to write (created if missing)', default: 'nianbao.sqlite' },
      { name: 'force', type: 'boolean', description: 'reprocess documents even if their bytes and the pipeline version are unchanged' },
      { name: 'extractors', type: 'list', value: 'IDS', description: 'run only these extractors (comma-separated; see `nianbao extractors`)' },
      { name: 'disable', type: 'list', value: 'IDS', description: 'skip these extractors' },
      { name: 'workers', alias: 'w', type: 'number', value: 'N', description: `worker threads for the stages (segmenting, extracting …); 0 runs them in the main thread (default: the number of cores, here ${availableParallelism()})` },
      { name: 'quiet', alias: 'q', type: 'boolean', description: 'no progress, print only the summary' },
      { name: 'json', type: 'boolean', description: 'print the summary as one JSON object' },
      { name: 'help', alias: 'h', type: 'boolean', description: 'show this help' },
    ],
    examples: [
      'nianbao run corpus --db nianbao.sqlite',
      'nianbao run "archive/**/*.{txt,html}" --db archive.sqlite --workers 2',
      'nianbao run corpus --db out.sqlite --force',
    ],
    notes: [
      'Progress goes to standard error: a bar on a terminal, a line every 5 s otherwise.',
      'Ctrl-C (or SIGTERM) stops after the documents in flight; a second Ctrl-C stops at once. Either way, or after a crash,',
      'running the same command again finishes the rest: each document is committed whole, unchanged ones are skipped.',
    ],
    async run({ positional, options }) {
      const { runPipeline } = await import('./run.js');
      const { barReporter, lineReporter } = await import('./engine/progress.js');
      const { onStopSignals } = await import('./engine/signals.js');
      const quiet = Boolean(options.quiet || options.json);
      const progress = quiet ? undefined : process.stderr.isTTY ? barReporter(process.stderr) : lineReporter(process.stderr);
      const stopping = new AbortController();
      const say = (line: string) => (progress ? progress.note(line) : process.stderr.write(line + '\n'));
      const removeSignalHandlers = onStopSignals(
        (signal) => {
          stopping.abort();
          if (!options.json) say(`nianbao: ${signal}: finishing the documents in flight, then stopping (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again stops at once)`);
        },
        () => {
          progress?.finish();
          process.stderr.write('nianbao: stopped at once; the documents in flight are redone by the next run\n');
          process.exit(130);
        },
      );
      let summary: RunSummary;
      try {
        summary = await runPipeline({
          inputs: positional,
          db: String(options.db),
          force: Boolean(options.force),
          extractors: options.extractors as string[] | undefined,
          disableExtractors: options.disable as string[] | undefined,
          workers: (options.workers as number | undefined) ?? availableParallelism(),
          signal: stopping.signal,
          onProgress: progress && ((p) => progress.update(p)),
          onDocument: progress && ((event) => event.outcome === 'failed' && progress.note(`failed  ${event.path}: ${event.error}`)),
        });
      } finally {
        removeSignalHandlers();
        progress?.finish();
      }
      process.stdout.write(options.json ? JSON.stringify(summary) + '\n' : formatRunSummary(summary));
      if (summary.interrupted) return 130;
      return summary.failed > 0 ? 1 : 0;
    },
  },
  {
    name: 'export',
    summary: 'Export records from a database as JSONL (the contract the scorer reads) or CSV.',
    usage: 'nianbao export --db FILE --format jsonl|csv [--out FILE] [--table facts|documents|conflicts|sections]',
    options: [
      { name: 'db', type: 'string', value: 'FILE', description: 'database written by `nianbao run`', default: 'nianbao.sqlite' },
      { name: 'format', type: 'string', value: 'FORMAT', description: 'output format', choices: ['jsonl', 'csv'], default: 'jsonl' },
      { name: 'out', alias: 'o', type: 'string', value: 'FILE', description: 'write here instead of standard output' },
      { name: 'table', type: 'string', value: 'TABLE', description: 'which table a CSV export holds', choices: ['facts', 'documents', 'conflicts', 'sections'], default: 'facts' },
      { name: 'help', alias: 'h', type: 'boolean', description: 'show this help' },
    ],
    examples: ['nianbao export --db nianbao.sqlite --format jsonl --out records.jsonl', 'nianbao export --db nianbao.sqlite --format csv --table conflicts'],
    async run({ options }) {
      const { exportRecords, Store } = await import('./index.js');
      const store = Store.open(String(options.db), { readonly: true });
      try {
        const { lines } = await exportRecords(store, {
          format: options.format as 'jsonl' | 'csv',
          out: options.out as string | undefined,
          table: options.table as 'facts' | 'documents' | 'conflicts' | 'sections',
        });
        if (options.out && options.out !== '-') process.stderr.write(`nianbao: wrote ${lines} lines to ${options.out}\n`);
      } finally {
        store.close();
      }
      return 0;
    },
  },
  {
    name: 'stats',
    summary: 'Summarise a database: documents by status, format and year, facts, open conflicts, failures.',
    usage: 'nianbao stats --db FILE [--json]',
    options: [
      { name: 'db', type: 'string', value: 'FILE', description: 'database written by `nianbao run`', default: 'nianbao.sqlite' },
      { name: 'json', type: 'boolean', description: 'print as one JSON object' },
      { name: 'help', alias: 'h', type: 'boolean', description: 'show this help' },
    ],
    async run({ options }) {
      const { readStats, Store } = await import('./index.js');
      const store = Store.open(String(options.db), { readonly: true });
      let stats;
      try {
        stats = readStats(store);
      } finally {
        store.close();
      }
      if (options.json) {
        process.stdout.write(JSON.stringify(stats) + '\n');
        return 0;
      }
      const pairs = (r: Record<string, number>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
      const lines = [
        `documents  ${stats.documents.total} (${pairs(stats.documents.byStatus)})`,
        `  by format  ${pairs(stats.documents.byFormat)}`,
        `  by year    ${pairs(stats.documents.byYear)}`,
        `facts      ${stats.facts.catalogued} catalogued (${stats.facts.fromTables} from tables, ${stats.facts.fromText} from text), ${stats.facts.total} stored in all`,
        `conflicts  ${stats.conflicts.open} open (${pairs(stats.conflicts.byKind)})`,
      ];
      if (stats.lastRun) lines.push(`last run   #${stats.lastRun.id} ${stats.lastRun.status}, started ${stats.lastRun.startedAt}, pipeline ${stats.lastRun.pipelineVersion}`);
      if (stats.failures.length) {
        lines.push(`failed documents (${stats.failures.length}):`);
        for (const f of stats.failures) lines.push(`  ${f.path}  [${f.errorCode}] ${f.error}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
      return 0;
    },
  },
  {
    name: 'extractors',
    summary: 'List the extractor plugins, their kind, whether they run by default and the report languages they read.',
    usage: 'nianbao extractors [--json]',
    options: [
      { name: 'json', type: 'boolean', description: 'print as JSON' },
      { name: 'help', alias: 'h', type: 'boolean', description: 'show this help' },
    ],
    async run({ options }) {
      const { listExtractors } = await import('./index.js');
      const list = listExtractors().map((e) => ({ id: e.id, version: e.version, kind: e.kind, enabledByDefault: e.enabledByDefault, languages: e.languages, description: e.description }));
      if (options.json) process.stdout.write(JSON.stringify(list) + '\n');
      else for (const e of list) process.stdout.write(`${e.id.padEnd(24)} ${e.kind.padEnd(9)} ${e.enabledByDefault ? 'on ' : 'off'}  ${e.languages.join(',').padEnd(5)} ${e.description}\n`);
      return 0;
    },
  },
];

function formatRunSummary(summary: RunSummary): string {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const rate = summary.elapsedMs > 0 ? ((summary.ok + summary.failed) / (summary.elapsedMs / 1000)).toFixed(1) : '0';
  const lines = [
    `nianbao: ${summary.total} document${summary.total === 1 ? '' : 's'} in ${seconds} s: ${summary.ok} ok, ${summary.failed} failed, ${summary.skipped} skipped (unchanged)`,
    `  facts ${summary.facts}, conflicts ${summary.conflicts} (from the documents processed in this run)`,
    `  database ${summary.db}, pipeline ${summary.pipelineVersion}, ${summary.workers} worker${summary.workers === 1 ? '' : 's'}, ${rate} documents/s`,
  ];
  if (summary.interrupted) {
    const left = summary.total - summary.ok - summary.failed - summary.skipped;
    lines.push(`  interrupted: ${left} document${left === 1 ? '' : 's'} not done; run the same command again to finish them`);
  }
  for (const u of summary.unmatched) lines.push(`  note: ${u.input}: ${u.reason}`);
  if (summary.failed) {
    lines.push(`Failed documents (${summary.failed}):`);
    for (const f of summary.failures.slice(0, FAILURES_PRINTED)) lines.push(`  ${f.path}  [${f.errorCode}] ${f.error}`);
    if (summary.failed > FAILURES_PRINTED) lines.push(`  … and ${summary.failed - FAILURES_PRINTED} more: \`nianbao stats --db ${summary.db}\` lists them all`);
  }
  return lines.join('\n') + '\n';
}

function mainHelp(): string {
  return [
    'nianbao: turn Chinese government information disclosure annual reports (政府信息公开工作年度报告) into confidence-scored records in SQLite.',
    '',
    'Usage: nianbao <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary}`),
    '',
    'Run `nianbao <command> --help` for a command\'s options.',
    'Exit codes: 0 all documents processed; 1 the run finished but some documents failed; 2 bad usage or unusable database;',
    '130 the run was interrupted (run the same command again to finish it).',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { pipelineVersion } = await import('./stages.js');
    process.stdout.write(pipelineVersion() + '\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(formatHelp(command) + '\n');
      return 0;
    }
    return await command.run(parseArgs(command, rest));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`nianbao: ${error.message}\n\n${command ? formatHelp(command) : mainHelp()}\n`);
      return 2;
    }
    if ((error as Error)?.name === 'StoreError' || (error as Error)?.name === 'EngineError') {
      process.stderr.write(`nianbao: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

function invokedDirectly(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`nianbao: unexpected error: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
