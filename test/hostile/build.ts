import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** The bundled command line in lib/ as `npm run build:cli` makes it, rebuilt when a source or library file is newer. */
export function ensureBuilt(): void {
  const main = path.join(ROOT, 'lib', 'cli', 'clausewright.cjs');
  const sources = Math.max(...['src/cli', 'src/core', 'src/io', 'clause-library'].map((d) => newest(path.join(ROOT, d))));
  if (existsSync(main) && statSync(main).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'build-cli.ts')], { cwd: ROOT, stdio: 'inherit' });
}
