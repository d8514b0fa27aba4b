import type { ParseResult } from '../core/library';
import { loadLibraryDir } from './library-files';
import { reviewLibrary, type ReviewLibrary } from './review-library';

/**
 * The library that ships with the command line. From source it is read and validated from
 * clause-library/ on each call; the bundle (scripts/build-cli.ts) replaces this module with the
 * library validated at build time, so a run neither parses YAML nor validates again.
 */
export function builtInLibrary(): ParseResult {
  return loadLibraryDir();
}

/** The review's part of the built-in library; undefined when the library has problems (the review runs without). */
export function builtInReviewLibrary(): ReviewLibrary | undefined {
  const loaded = builtInLibrary();
  return loaded.ok ? reviewLibrary(loaded.library) : undefined;
}
