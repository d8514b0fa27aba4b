import { loadLibraryDir } from '../../../src/cli/library-files';
import { describeLibraryIssue } from '../../../src/core/library';
import { LIBRARY_ROOT } from './support';

// The real clause-library/ directory, every file in it.
describe('clause-library/', () => {
  const result = loadLibraryDir(LIBRARY_ROOT);

  it('validates', () => {
    const problems = result.ok ? [] : result.issues.map((i) => describeLibraryIssue(i));
    expect(problems).toEqual([]);
  });
});
