import type { Required } from './required-text';

/**
 * The words each of the review's own patterns needs, read when the command line is built: its
 * bundle replaces this module with one returning them, keyed by flags and source, null for a
 * pattern that needs no word (scripts/required-text-table.ts). Reading a pattern's source costs about a millisecond on a
 * process's first review, where some hundred patterns are read; from source there is no table and
 * each pattern is read when first asked.
 */
export function builtRequiredText(): ReadonlyMap<string, Required | null> | null {
  return null;
}
