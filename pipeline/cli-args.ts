/** A usage mistake: the CLI prints it with the command's help and exits with code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OptionType = 'string' | 'number' | 'boolean' | 'list';

export interface OptionSpec {
  name: string;
  alias?: string;
  type: OptionType;
  description: string;
  /** Placeholder shown in help (FILE, N …). */
  value?: string;
  choices?: readonly string[];
  default?: string | number | boolean;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** Name of the positional arguments in help, or undefined if the command takes none. */
  positional?: { name: string; description: string; required: boolean };
  options: readonly OptionSpec[];
  examples?: readonly string[];
  /** Paragraph lines printed after the options. */
  notes?: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | number | boolean | string[] | undefined>;
}

/**
 * Parses argv against a command's option table: `--name value`, `--name=value`, `-a value`,
 * boolean flags, and comma-separated lists. Anything not in the table is a UsageError.
 */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positional: string[] = [];
  for (const option of spec.options) if (option.default !== undefined) options[option.name] = option.default;
  const byName = new Map<string, OptionSpec>();
  for (const option of spec.options) {
    byName.set(`--${option.name}`, option);
    if (option.alias) byName.set(`-${option.alias}`, option);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    const option = byName.get(key);
    if (!option) throw new UsageError(`unknown option ${key}`, spec.name);
    if (option.type === 'boolean') {
      if (eq > 0) throw new UsageError(`${key} takes no value`, spec.name);
      options[option.name] = true;
      continue;
    }
    const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined || (eq < 0 && raw.startsWith('--'))) throw new UsageError(`${key} needs a value${option.value ? ` (${option.value})` : ''}`, spec.name);
    if (option.choices && !option.choices.includes(raw)) throw new UsageError(`${key} must be one of ${option.choices.join(', ')} (got "${raw}")`, spec.name);
    if (option.type === 'number') {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`${key} needs a whole number (got "${raw}")`, spec.name);
      options[option.name] = n;
    } else if (option.type === 'list') {
      const previous = (options[option.name] as string[] | undefined) ?? [];
      options[option.name] = [...previous, ...raw.split(',').map((s) => s.trim()).filter(Boolean)];
    } else options[option.name] = raw;
  }
  if (spec.positional?.required && positional.length === 0) throw new UsageError(`${spec.name} needs ${spec.positional.name}`, spec.name);
  if (!spec.positional && positional.length > 0) throw new UsageError(`${spec.name} takes no arguments (got "${positional[0]}")`, spec.name);
  return { positional, options };
}

export function formatHelp(spec: CommandSpec): string {
  const lines = [`${spec.summary}`, '', `Usage: ${spec.usage}`];
  if (spec.positional) lines.push('', `  ${spec.positional.name.padEnd(28)}${spec.positional.description}`);
  if (spec.options.length) {
    lines.push('', 'Options:');
    for (const o of spec.options) {
      const flag = `${o.alias ? `-${o.alias}, ` : '    '}--${o.name}${o.type === 'boolean' ? '' : ` ${o.value ?? o.type.toUpperCase()}`}`;
      const extra = [o.choices ? `one of: ${o.choices.join(', ')}` : '', o.default !== undefined && o.default !== false ? `default: ${o.default}` : ''].filter(Boolean).join('; ');
      lines.push(`  ${flag.padEnd(30)}${o.description}${extra ? ` (${extra})` : ''}`);
    }
  }
  if (spec.notes?.length) lines.push('', ...spec.notes);
  if (spec.examples?.length) lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}
