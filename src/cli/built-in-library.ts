import type { ParseResult } from '../core/library';
import { loadLibraryDir } from './library-files';

/**
 * The library that ships with the command line. From source it is read and validated from
 * clause-library/ on each call; the bundle (scripts/build-cli.ts) replaces this module with the
 * library validated at build time, so a run neither parses YAML nor validates again.
 */
export function builtInLibrary(): ParseResult {
  return loadLibraryDir();
}
