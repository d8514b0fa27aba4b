import { loadLibraryDir } from '../../../src/cli/library-files';
import type { Playbooks } from '../../../src/core/review';
import { describeLibraryIssue, type Library } from '../../../src/core/library';
import { LIBRARY_ROOT } from '../library/support';

/** The real clause-library/; a broken one fails the test with the library's own messages. */
export function realLibrary(): Library {
  const result = loadLibraryDir(LIBRARY_ROOT);
  if (!result.ok) throw new Error(result.issues.map((i) => describeLibraryIssue(i)).join('\n'));
  return result.library;
}

/** Each scenario's playbook from a library, as review() takes them. */
export function playbooksOf(library: Library): Playbooks {
  const playbooks: Playbooks = {};
  for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];
  return playbooks;
}
