import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { accessSync, chmodSync, constants } from 'node:fs';
import { packagePath } from '../../pipeline/paths.js';

/** The compiled CLI that `npm test` builds first. */
export const CLI = packagePath('dist', 'pipeline', 'cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: SpawnOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { ...options, encoding: 'utf8' });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function startCli(args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Collects a child's output and resolves with its exit code (or the signal that ended it). */
export function finished(child: ChildProcess): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

const NOBODY = 65534;

/**
 * File permissions do not bind root, so as root a permission test runs the CLI as `nobody`
 * (uid 65534). Returns the spawn options, or why the test cannot run here.
 */
export function unprivileged(folder: string): { options: SpawnOptions } | { skip: string } {
  if (process.platform === 'win32') return { skip: 'file permissions work differently on Windows' };
  if (process.getuid?.() !== 0) return { options: {} };
  // nobody must reach the test folder; tmpdir() folders are created 0700.
  chmodSync(folder, 0o777);
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, ${constants.R_OK})`], { uid: NOBODY, gid: NOBODY });
  if (probe.status !== 0) return { skip: `running as root and user nobody cannot read ${CLI}` };
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return { skip: `running as root and ${folder} is not writable` };
  }
  return { options: { uid: NOBODY, gid: NOBODY } };
}
