import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package's root folder, found from this module's own location, so data files resolve the
 * same way from the TypeScript sources (tests) and from the compiled `dist/` (CLI, workers).
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'nianbao') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('nianbao: cannot find the package root (no package.json named "nianbao" above ' + import.meta.url + ')');
    dir = parent;
  }
}

export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
