import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../pipeline/paths.js';

/** ../shared beside the project: present in CI, absent in a user's clone. */
export const SHARED = resolve(packageRoot(), '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'corpus'));

let warned = false;
/** Call in a describe block that needs ../shared; it prints once why such tests are skipped. */
export function noteSharedSkip(what: string): boolean {
  if (!HAS_SHARED && !warned) {
    warned = true;
    console.warn(`\n[nianbao tests] ../shared not found beside the project: skipping tests that read it (${what} …)\n`);
  }
  return !HAS_SHARED;
}

export function sharedText(set: string, name: string): string {
  return readFileSync(join(SHARED, 'corpus', set, 'texts', name), 'utf8');
}

export interface GoldFile {
  doc: string;
  year: number | null;
  agency: string | null;
  format: string;
  kind: string;
  sections: [string, string][];
  facts: { metric: string; label?: string; value: number; approx?: string; src: string; quote: string; alt?: string[] }[];
  conflicts: { kind: string; metrics: string[]; note?: string }[];
}

export function sharedGold(set: string, stem: string): GoldFile {
  return JSON.parse(readFileSync(join(SHARED, 'corpus', set, 'gold', `${stem}.json`), 'utf8')) as GoldFile;
}

export function sharedTextNames(set: string): string[] {
  const dir = join(SHARED, 'corpus', set, 'texts');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export const PROJECT_CORPUS = join(packageRoot(), 'corpus');
