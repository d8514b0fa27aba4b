import { parseLibrary, describeLibraryIssue } from '../../../src/core/library';

describe('a refused library is explained once', () => {
  it('a library.yaml that fails its check is not also called missing', () => {
    const parsed = parseLibrary([{ path: 'library.yaml', data: { id: 'acme-clauses', name: 'Acme clauses', version: '2.0' } }]);
    if (parsed.ok) throw new Error('a broken library.yaml was accepted');
    const lines = parsed.issues.map((i) => describeLibraryIssue(i));
    expect(lines.filter((l) => l.startsWith('library.yaml'))).toEqual([expect.stringMatching(/version.*2\.0/)]);
    // A file that really is absent is still reported as missing.
    expect(lines).toContainEqual(expect.stringMatching(/^definitions\.yaml: .*missing/));
  });

  it('a library.yaml that is not a set of fields at all is reported for that, once', () => {
    const parsed = parseLibrary([{ path: 'library.yaml', data: 'name: Acme clauses version 2' }]);
    if (parsed.ok) throw new Error('a broken library.yaml was accepted');
    const about = parsed.issues.filter((i) => i.file === 'library.yaml');
    expect(about).toHaveLength(1);
    expect(about[0]!.key).not.toBe('library.file.missing');
  });
});
