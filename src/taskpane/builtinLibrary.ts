import type { LibrarySourceFile } from '../core/library';

// webpack's require.context, which @types/node's Require does not describe.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace NodeJS {
    interface Require {
      context(dir: string, deep: boolean, filter: RegExp): { keys(): string[]; (key: string): unknown };
    }
  }
}

/**
 * The built-in clause library: every YAML file under clause-library/, turned into JSON data at
 * build time by scripts/yaml-loader.cjs. Imported dynamically so it stays out of the start chunk.
 */
const files = require.context('../../clause-library', true, /\.ya?ml$/);

export const BUILTIN_FILES: LibrarySourceFile[] = files
  .keys()
  .filter((key) => key.startsWith('./'))
  .map((key) => ({ path: key.slice(2), data: files(key) }));
