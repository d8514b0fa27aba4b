import type { LibraryIssue } from '../../core/library';

/**
 * The library check reports a file that fails its schema twice: for what is wrong in it, and again
 * as missing, since the library has no valid copy. The reader is told once, with the reason.
 */
export function reportedIssues(issues: readonly LibraryIssue[]): LibraryIssue[] {
  const broken = new Set(issues.filter((i) => i.key !== 'library.file.missing').map((i) => i.file));
  return issues.filter((i) => i.key !== 'library.file.missing' || !broken.has(i.file));
}
