import { loadLibraryDir } from '../../../src/cli/library-files';
import { describeLibraryIssue, type Library } from '../../../src/core/library';
import { LIBRARY_ROOT } from '../library/support';

/** The real clause-library/; a broken one fails the test with the library's own messages. */
export function realLibrary(): Library {
  const result = loadLibraryDir(LIBRARY_ROOT);
  if (!result.ok) throw new Error(result.issues.map((i) => describeLibraryIssue(i)).join('\n'));
  return result.library;
}
