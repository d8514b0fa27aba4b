import fc from 'fast-check';
import { describeLibraryIssue, parseLibrary } from '../../../src/core/library';
import { resolveAnswers } from '../../../src/core/agreement';
import { fixtureLibraryFiles } from './support';

// Whatever an organisation's library or a user's answers file holds, the result is a list of
// messages, never an exception.
const anything = fc.anything({ maxDepth: 4, withNullPrototype: false });

describe('bad input never crashes', () => {
  const files = fixtureLibraryFiles();

  it('parseLibrary reports any file content as issues', () => {
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), anything, (index, data) => {
        const broken = files.map((f, i) => (i === index ? { ...f, data } : f));
        const result = parseLibrary(broken);
        if (!result.ok) for (const issue of result.issues) expect(describeLibraryIssue(issue)).toMatch(/^\S+.*: \S/);
      }),
      { numRuns: 300 },
    );
  });

  it('parseLibrary reports a damaged field inside a clause by its place', () => {
    const index = files.findIndex((f) => f.path === 'clauses/confidentiality.yaml');
    fc.assert(
      fc.property(fc.constantFrom('stance', 'applies', 'terms', 'text', 'note', 'requires'), anything, (field, value) => {
        const data = JSON.parse(JSON.stringify(files[index]?.data)) as { variants: Record<string, unknown>[] };
        (data.variants[1] as Record<string, unknown>)[field] = value;
        const result = parseLibrary(files.map((f, i) => (i === index ? { ...f, data } : f)));
        if (!result.ok) expect(result.issues.every((i) => i.file === 'clauses/confidentiality.yaml')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('resolveAnswers answers any JSON with field-by-field messages', () => {
    const parsed = parseLibrary(files);
    if (!parsed.ok) throw new Error('fixture library is invalid');
    fc.assert(
      fc.property(fc.record({ scenario: fc.constantFrom('sample-testing', 'joint-development', 'nonsense') }, { requiredKeys: [] }), fc.dictionary(fc.string(), anything), (head, rest) => {
        resolveAnswers(parsed.library, { ...rest, ...head });
      }),
      { numRuns: 300 },
    );
  });
});
